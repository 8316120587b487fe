"""A war's running tally with no day and no town ("Fighting has displaced more than 3 million people across
Myanmar", "clashes have killed thousands in Sudan") is no event of the publication day; a fight with its toll at a
town ("Clashes ... have killed at least 12 people in Omdurman") still is."""
import pytest

from tests.reading.mapped_events import mapped, read_report


def read(nlp, body):
    return read_report(nlp, body, published="2025-03-10", title="Aid appeal")


@pytest.mark.parametrize("body", [
    "Fighting has displaced more than 3 million people across Myanmar, according to the UN.",
    "Fighting in Sudan has uprooted over 12 million people, aid agencies say.",
    "Clashes have so far killed more than 5,000 people across Yemen, the monitor said.",
    "Attacks by jihadists have killed thousands of people in Burkina Faso and displaced two million.",
])
def test_a_wars_tally_is_no_event(nlp, body):
    doc = read(nlp, body)
    assert mapped(doc) == [], doc.events


def test_a_fight_with_its_toll_at_a_town_stays(nlp):
    doc = read(nlp, "Clashes between the army and the RSF have killed at least 12 people in Omdurman, medics said.")
    assert [(e.sub_event_type, e.fatalities) for e in mapped(doc)] == [("Armed clash", 12)], doc.events
