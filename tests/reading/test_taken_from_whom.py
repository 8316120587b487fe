"""A side named inside what was taken ("seized the headquarters of the military's Northeastern Command", "overran
the base of the army's 5th Division") lost it: with no taker named before the verb it is the loser (actor2), never
the taker. A taking told in the passive with its day before "by" ("was seized on Sunday by JNIM") is the taker's. Sentences of our own (Myanmar, Sudan, Mali)."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, loser", [
    ("An ethnic armed group said Saturday it had seized the headquarters of the military's Northeastern Command "
     "in Lashio.", "military"),
    ("Unnamed fighters overran the base of the army's 5th Infantry Division in Babanusa on Monday.", "army"),
])
def test_the_side_whose_base_was_taken_is_not_the_taker(nlp, body, loser):
    doc = read_report(nlp, body)
    taken = [e for e in mapped(doc) if "territory" in e.sub_event_type or e.event_type == "Battles"]
    assert taken and all(loser not in e.actor1.lower() and "forces" not in e.actor1 for e in taken), \
        [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize("body", [
    "Tessalit was seized on Sunday by JNIM fighters, officials said.",
    "Tessalit was captured late on Saturday night by JNIM, a local official said.",
    "Tessalit had been overrun on 12 March by JNIM fighters, residents said.",
])
def test_a_passive_taking_with_its_day_before_by_names_its_taker(nlp, body):
    doc = read_report(nlp, body)
    assert {e.actor1 for e in mapped(doc) if "territory" in e.sub_event_type} == {"JNIM"}, \
        [(e.sub_event_type, e.actor1) for e in doc.events]
    assert {(c.relation, c.faction) for c in doc.claims} == {("took", "JNIM")}, doc.claims
