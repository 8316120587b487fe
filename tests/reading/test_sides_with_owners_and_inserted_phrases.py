"""A side told with its owner ("under the control of Khalifa Haftar's Libyan National Army"), a phrase set off by
commas after the place a claim is about ("Goma, the largest city in the east, is held by M23"), a side's base told
beside it ("The LNA, based in Benghazi, launched an offensive on Tripoli"), and the country an unplaced event falls
back to (the country, not "the east" of it). Sentences of our own."""
from tests.reading.mapped_events import read_article


def _claims(doc) -> list[tuple[str, str, str]]:
    return [(c.relation, c.faction, c.location.name if c.location is not None else None) for c in doc.claims]


def test_a_hold_by_an_owners_side_is_that_sides(nlp):
    doc = read_article(nlp, "Sirte remains under the control of Khalifa Haftar's Libyan National Army.", "2025-05-14")
    assert ("holds", "LNA", "Sirte") in _claims(doc), _claims(doc)


def test_a_capture_by_an_owners_side_is_an_event_and_a_claim(nlp):
    doc2 = read_article(nlp, "Ajdabiya was captured by Marshal Haftar's Libyan National Army on Monday.", "2025-03-12")
    assert ("took", "LNA", "Ajdabiya") in _claims(doc2), _claims(doc2)
    assert [(e.actor1, e.location.name) for e in doc2.events] == [("LNA", "Ajdabiya")], doc2.events


def test_a_phrase_after_the_place_does_not_hide_the_claim(nlp):
    doc = read_article(nlp, "Bukavu, the second city of the east, is held by the M23 rebels.", "2025-03-01")
    assert ("holds", "M23", "Bukavu") in _claims(doc), _claims(doc)
    doc = read_article(nlp, "Kidal, a desert stronghold of the separatists, fell to the Malian army in November.",
                       "2024-01-10")
    assert ("took", "Malian forces", "Kidal") in _claims(doc), _claims(doc)


def test_a_clause_after_the_place_keeps_its_own_date_out_of_the_claim(nlp):
    doc = read_article(nlp, "Lyman, which Russian forces captured in May, was retaken by Ukrainian forces.", "2022-10-03")
    assert [c for c in doc.claims if c.date is not None and str(c.date.start) == "2022-05-01"] == [], _claims(doc)


def test_a_list_or_a_dateline_is_not_a_phrase_after_the_place(nlp):
    doc = read_article(nlp, "GAO, Mali, Jan 5 (Reuters) - Menaka fell to the jihadists on Sunday.", "2025-01-05")
    assert all(name != "Gao" for _, _, name in _claims(doc)), _claims(doc)


def test_the_sides_base_is_not_where_its_offensive_went(nlp):
    doc = read_article(nlp, "The Houthis, based in Sanaa, launched an offensive on Marib in February 2021.", "2021-06-01")
    fights = [e for e in doc.events if e.event_type == "Battles"]
    assert fights and fights[0].location.name == "Ma'rib", [(e.sub_event_type, e.location) for e in doc.events]


def test_an_unplaced_event_falls_back_to_the_country_not_to_a_part_of_it(nlp):
    doc = read_article(nlp, "Clashes broke out in Misrata on Tuesday. The east remains under the control of the Libyan "
                            "National Army. The defence ministry announced a ceasefire on Wednesday.", "2025-05-15")
    deals = [e for e in doc.events if e.event_type == "Strategic developments"]
    assert deals and deals[0].location is not None and deals[0].location.name == "Libya", [
        (e.sub_event_type, e.location) for e in doc.events]
