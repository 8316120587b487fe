"""Arrests of suspects of a crime the article tells, or of people held in connection with it, are its inquiry,
not a strategic development of their own (ACLED codes arrests that change the conflict: of a faction's members,
of protesters, of people suspected of taking part); the event word they point back to is no new event either.
Sentences of our own."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import kinds, mapped


def read(nlp, text, published="2025-06-11"):
    return mapped(nlp(read_text(text, doc_id="t", published=published)))


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a trader in Maiduguri on Sunday. Police said they had arrested three suspects.",
    "A bomb exploded at a bus stop in Quetta on Monday, killing four. Police detained two men in Quetta on "
    "Tuesday in connection with the blast.",
    "Unknown assailants killed a judge in Peshawar on Friday. Two brothers were arrested in Mardan on Sunday in "
    "connection with the killing.",
])
def test_arrests_in_an_inquiry_are_no_events_of_their_own(nlp, text):
    assert [k for k in kinds(read(nlp, text)) if k[0] == "Strategic developments" or k[0] == "Battles"] == []


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a trader in Maiduguri on Sunday. Soldiers arrested 40 people suspected of belonging to the "
    "gang in Bama on Monday.",
    "Gunmen shot dead a trader in Maiduguri on Sunday. Troops arrested five suspected militants in Bama on Monday.",
])
def test_arrests_of_people_suspected_of_taking_part_stay_events(nlp, text):
    assert ("Strategic developments", "Arrests") in kinds(read(nlp, text))
