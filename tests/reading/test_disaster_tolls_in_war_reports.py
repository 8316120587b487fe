"""A natural disaster's toll told in a conflict report ("Meanwhile, flash floods swept through X, killing 12
people", "The earthquake that struck the region in February killed 6,000") is no attack: no event of
political violence, and the fighting told beside it keeps its own toll. Own sentences."""
import pytest

from tests.reading.mapped_events import read_report as read


@pytest.mark.parametrize("body", [
    "MOGADISHU, June 3 - Al-Shabaab fighters attacked an army post near Jowhar on Monday. Meanwhile, flash floods "
    "swept through Bardera, killing 12 people.",
    "ALEPPO, June 3 - Government troops shelled positions near Saraqeb on Monday. The earthquake that struck the "
    "province in February killed more than 4,000 people.",
    "SANAA, June 3 - Houthi forces launched drones at Marib on Tuesday. Elsewhere, torrential rains triggered "
    "landslides in Hajjah, killing nine villagers.",
])
def test_a_disasters_toll_is_no_attack(nlp, body):
    doc = read(nlp, body)
    assert len(doc.events) == 1, doc.events
    assert not doc.events[0].fatalities, doc.events


def test_a_flood_of_attackers_is_still_an_attack(nlp):
    doc = read(nlp, "MAIDUGURI, June 3 - Meanwhile, gunmen stormed a village near Gwoza, killing 12 people.")
    assert [e.fatalities for e in doc.events] == [12], doc.events
