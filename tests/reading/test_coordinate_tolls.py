"""A toll belongs to the act whose clause tells it: when ", and" or ", while" joins two violent acts each told with
a subject of its own ("Fighting broke out in X, and a suicide bomber killed six soldiers in Y"), the dead are the
second act's, not counted twice nor given to the first. A toll told in the passive after the joint ("and five
people were killed") or as someone's report ("and the army said it killed 40") stays the first act's. Sentences of
our own (Iraq, Ukraine, Somalia, Nigeria, DR Congo)."""
import pytest

from tests.reading.mapped_events import read_article


def _tolls(nlp, text):
    return sorted((e.location.name, e.fatalities) for e in read_article(nlp, text, "2025-06-03").events
                  if e.location is not None)


@pytest.mark.parametrize("text, place, toll, other", [
    ("Fighting broke out in Baiji late on Wednesday, and a suicide bomber killed six soldiers at a checkpoint in "
     "Ramadi, police said.", "Ramadi", 6, "Bayjī"),
    ("Clashes erupted in Beledweyne on Monday, while a car bomb killed nine people in Mogadishu.", "Mogadishu", 9,
     "Beledweyne"),
    ("Fighting raged in Pokrovsk, while Russian shelling killed three civilians in Kherson.", "Kherson", 3,
     "Pokrovsk"),
])
def test_the_dead_of_a_second_act_are_not_the_first_acts(nlp, text, place, toll, other):
    tolls = dict(_tolls(nlp, text))
    assert tolls.get(place) == toll and tolls.get(other) is None, tolls


@pytest.mark.parametrize("text, toll", [
    ("Russian missiles struck Kharkiv on Monday, and five people were killed.", 5),
    ("ADF rebels attacked Beni, and the army said it killed 40 of them.", 40),
    ("Gunmen attacked a checkpoint in Maiduguri, and killed six soldiers.", 6),
])
def test_a_toll_told_after_the_joint_of_one_act_stays_its_own(nlp, text, toll):
    assert [t for _, t in _tolls(nlp, text)] == [toll]
