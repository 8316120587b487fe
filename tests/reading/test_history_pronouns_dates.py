"""Session 16 (evh): a change of hands told with a pronoun ("Troops retook it on Monday") after the sentence that
names the town taken: a retaking there, and its change of hands for the zones; a change of hands dated by the
fight's last day; a unit's seat named after the unit (sentences of their own, not a gold's)."""
from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, text, published="2026-05-06"):
    return nlp(read_text(text, doc_id="t", published=published))


def takings(doc):
    return [(c.faction, c.location.name) for c in doc.claims if c.relation == "took"]


def test_a_town_retaken_as_it_in_the_next_sentence_changes_hands_again(nlp):
    doc = read(nlp, "GOMA, May 6 - M23 rebels seized Uvira on Saturday. Congolese soldiers recaptured it on Tuesday "
                    "after heavy fighting, the army said.")
    regained = [e for e in mapped(doc) if e.sub_event_type == "Government regains territory"]
    assert [e.location.name for e in regained] == ["Uvira"], [(e.sub_event_type, e.location.name) for e in mapped(doc)]
    assert takings(doc) == [("M23", "Uvira"), ("Congolese forces", "Uvira")], takings(doc)


def test_it_retaken_in_the_same_sentence_gives_the_second_side_its_zone(nlp):
    doc = read(nlp, "KHARTOUM, May 6 - The army retook Bara on Monday, but the RSF recaptured it on Tuesday.")
    assert [f for f, _ in takings(doc)] == ["SAF", "RSF"], takings(doc)


def test_a_retaking_only_planned_or_too_far_from_a_capture_is_none(nlp):
    doc = read(nlp, "GOMA, May 6 - M23 rebels seized Uvira on Saturday. The army said soldiers would soon retake it.")
    assert takings(doc) == [("M23", "Uvira")], takings(doc)
    doc = read(nlp, "KABUL, May 6 - Afghan troops said on Sunday they had retaken it after two days of fighting.")
    assert not takings(doc) and not [e for e in mapped(doc) if "territory" in e.sub_event_type], takings(doc)
    # "stormed it" in the next sentence is the base stormed, not the town retaken before: no capture by the stormers
    doc = read(nlp, "MOGADISHU, May 6 - Somali troops recaptured the town of Bulo Burde on Wednesday, two days after "
                    "al-Shabaab overran a military base there. Al-Shabaab fighters attacked the base with a car bomb on "
                    "Monday and then stormed it, killing nine soldiers.")
    assert takings(doc) == [("Somali forces", "Buulobarde")], takings(doc)


def test_a_town_whose_base_fell_and_was_retaken_as_it_changes_hands_to_the_army(nlp):
    doc = read(nlp, "MAIDUGURI, May 6 - Boko Haram fighters overran an army base in the town of Damboa on Saturday, "
                    "killing four soldiers. The insurgents held the town for two days before soldiers backed by jets "
                    "retook it on Monday, the army said.")
    assert ("Nigerian forces", "Damboa") in takings(doc), takings(doc)
    # the dateline's town is where the report was filed from, not what "it" names
    doc = read(nlp, "MOPTI, May 6 - JNIM fighters stormed an army camp outside Boni in central Mali on Saturday. "
                    "Troops retook it hours later, the army said.")
    assert not takings(doc), takings(doc)


def test_a_town_regained_after_days_of_fighting_changes_hands_on_the_last_day_not_when_told(nlp):
    doc = read(nlp, "NIAMEY, Oct 10 - Niger's army said on Friday it had regained control of the town of Tera after "
                    "fighting on Tuesday and Wednesday.", published="2026-10-10")
    regained = [e for e in mapped(doc) if "territory" in e.sub_event_type]
    assert [(e.date.start.isoformat(), e.date.end.isoformat()) for e in regained] == [("2026-10-07", "2026-10-07")]
    assert [c.date.start.isoformat() for c in doc.claims if c.relation == "took"] == ["2026-10-07"]
    # no fight's day told: the day it was told bounds the change of hands
    doc = read(nlp, "KYIV, Oct 10 - Ukraine said on Friday it had retaken the village of Kupiansk-Vuzlovyi after weeks "
                    "of fighting.", published="2026-10-10")
    assert [e.date.end.isoformat() for e in mapped(doc) if "territory" in e.sub_event_type] == ["2026-10-09"]


def test_a_units_headquarters_seized_in_a_town_is_a_capture_there_in_either_word_order(nlp):
    for told in ("the army's 3rd Infantry Division headquarters in Malakal",
                 "the headquarters of the army's 3rd Infantry Division in Malakal"):
        doc = read(nlp, f"JUBA, May 6 - SPLA-IO rebels said on Tuesday they had seized {told} after a week of fighting.")
        got = [(e.sub_event_type, e.location.name) for e in mapped(doc)]
        assert got == [("Non-state actor overtakes territory", "Malakal")], got
        assert not takings(doc), takings(doc)  # (no control claim; the zones replay the event)


def test_the_fights_day_after_a_relative_clause_closed_by_a_comma_is_the_retakings(nlp):
    doc = read(nlp, "NIAMEY, Oct 10 - Niger's army said on Friday it had retaken the town of Tera, which militants had "
                    "held since June, after fighting on Tuesday and Wednesday.", published="2026-10-10")
    assert [e.date.start.isoformat() for e in mapped(doc) if "territory" in e.sub_event_type] == ["2026-10-07"]
    doc = read(nlp, "NIAMEY, Oct 10 - Niger's army said on Friday it had retaken the town of Tera, which militants had "
                    "seized after fighting on Tuesday.", published="2026-10-10")
    assert "2026-10-06" not in [e.date.start.isoformat() for e in mapped(doc) if e.actor1 == "Nigerien forces"]
