"""Soldiers who surrender in a fight or a capture the text has just told are its end, not a strategic development of
their own; a surrender told alone (fighters giving themselves up) stays one. Sentences of our own."""
import pytest

from tests.reading.mapped_events import read_kinds


def read(nlp, text, published="2025-06-11"):
    return read_kinds(nlp, text, published)


@pytest.mark.parametrize("text", [
    "Rebels captured an army base at Kutkai on Saturday after heavy fighting. The rebels said 35 soldiers surrendered.",
    "Insurgents overran a police post in Mansehra early on Monday, and some 12 policemen surrendered, a statement said.",
    # evv: the fight told after the surrender in its sentence; a capture told in a long sentence before
    "A Spanish frigate fired warning shots near Hobyo on Saturday and the pirates surrendered after a brief exchange "
    "of fire in which one pirate was killed.",
    "BANGKOK, June 3 - Resistance fighters have captured Kani, a township seat in the central Sagaing region, after "
    "nearly a week of fighting with junta troops, a spokesperson for the National Unity Government said on Tuesday."
    "\n\nFighters overran the last army outpost in the town on Monday. \"We hold the whole town now,\" he said, "
    "adding that more than thirty soldiers had surrendered with their weapons.",
])
def test_a_surrender_in_a_fight_told_is_its_end(nlp, text):
    got = read(nlp, text)
    assert got and all(t != "Strategic developments" for t, _ in got), got


def test_a_surrender_told_alone_stays(nlp):
    got = read(nlp, "About 200 Boko Haram fighters surrendered to troops in Bama on Monday, the army said.")
    assert got == [("Strategic developments", "Other")]
