"""evq: a toll told for several listed towns ("Clashes in A, B and C killed 30") gives each town its event, and the
toll is told once, on the first town's event: how many died in each town is not told, and a toll copied to every
town would count the dead several times over on the map and in the exports. Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_article


@pytest.mark.parametrize("text, towns, first, toll", [
    ("Air strikes on Idlib, Saraqeb and Ariha killed 12 civilians on Sunday.", 3, "Idlib", 12),
    ("Clashes in Mopti and Djenne killed 30 people on Tuesday, residents said.", 2, "Mopti", 30),
    ("Shelling of Kharkiv and Izium killed five people on Friday.", 2, "Kharkiv", 5),
])
def test_each_listed_town_has_its_event_and_the_toll_is_told_once(nlp, text, towns, first, toll):
    evs = mapped(read_article(nlp, text, "2025-02-20"))
    assert len({e.location.place_id for e in evs}) == towns == len(evs), evs
    assert [e.fatalities for e in evs if e.fatalities is not None] == [toll], evs
    assert [e.location.name for e in evs if e.fatalities is not None] == [first], evs
