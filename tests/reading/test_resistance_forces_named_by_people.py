"""An armed group named by the people or region it comes from and a resistance or self-defence noun ("Karenni
resistance fighters", "Masalit self-defence forces", "Kachin ethnic rebels") is a side: the event's actor, and
the side of the zone it takes. A whole country's resistance ("Syrian resistance fighters") names no one group:
no zone of its own. Own sentences."""
import pytest

from tests.reading.mapped_events import held_sides as held, read_report as read


@pytest.mark.parametrize("body, side", [
    ("DAKAR, June 3 - Masalit self-defence forces clashed with RSF fighters in El Geneina on Monday.",
     "Masalit self-defence forces"),
    ("ADDIS ABABA, June 3 - Amhara resistance forces ambushed a federal convoy near Gondar on Monday.",
     "Amhara resistance forces"),
    ("YANGON, June 3 - Kachin ethnic rebels shelled an army camp near Bhamo on Monday.", "Kachin ethnic rebels"),
])
def test_a_group_named_by_its_people_acts(nlp, body, side):
    doc = read(nlp, body)
    assert [e.actor1 for e in doc.events] == [side], doc.events


def test_a_group_named_by_its_people_holds_what_it_takes(nlp):
    doc = read(nlp, "YANGON, June 3 - Karenni resistance fighters captured the town of Demoso on Monday, "
                    "residents said.")
    assert [e.actor1 for e in doc.events if "territory" in e.sub_event_type] == ["Karenni resistance fighters"]
    assert held(doc) == ["Karenni resistance fighters"]


def test_a_whole_countrys_resistance_holds_no_zone(nlp):
    doc = read(nlp, "DAMASCUS, June 3 - Syrian resistance fighters captured the town of Saraqeb on Monday, "
                    "activists said.")
    assert held(doc) == []
