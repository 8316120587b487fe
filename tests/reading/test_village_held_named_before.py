""""Russian forces now control the village": the village named before is held (a zone claim there), as with "the
town"; "stormed the village" still names no place of its own."""
from reading.corpus import read_text


def holds(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2026-05-06"))
    return [(c.faction, c.relation, c.location.name) for c in doc.claims if c.relation == "holds"]


def test_now_control_the_village_holds_the_village_named_before(nlp):
    assert holds(nlp, "ZAPORIZHZHIA, May 6 - Ukrainian troops withdrew from Stepnohirsk on Saturday after weeks of "
                      "fighting. Russian forces now control the village, which lies south of Zaporizhzhia.") == [
        ("Russian forces", "holds", "Stepnohirsk")]


def test_controls_the_village_after_a_fight_near_it(nlp):
    assert holds(nlp, "DONETSK, May 6 - Russian forces attacked Ukrainian positions near Kurakhove on Monday. Russian "
                      "forces now control the village, the ministry said.") == [("Russian forces", "holds", "Kurakhove")]


def test_stormed_the_village_is_no_hold_and_no_second_capture(nlp):
    doc = nlp(read_text("SHAN STATE, May 6 - Soldiers stormed the village of Hsenwi on Tuesday. Troops stormed the "
                        "village again on Wednesday.", doc_id="t", published="2026-05-06"))
    assert len([c for c in doc.claims if c.relation == "took"]) <= 1, [(c.relation, c.date) for c in doc.claims]


def test_the_village_is_the_one_told_not_the_town_it_is_told_from(nlp):
    assert holds(nlp, "DONETSK, May 6 - Heavy fighting was reported in Bilohorivka, east of Siversk, on Monday. Russian "
                      "forces now control the village, the ministry said.") == [("Russian forces", "holds", "Bilohorivka")]
