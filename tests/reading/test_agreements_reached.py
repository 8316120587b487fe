"""Sides agreeing to a truce or signing a peace deal: ACLED's Strategic developments / Agreement, with
both sides as actors, placed where it was agreed (the venue), not where a teller comes from.
Sentences of our own."""
import pytest

from reading.corpus import read_text


def agreements(nlp, text, published="2025-06-11"):
    doc = nlp(read_text(text, doc_id="t", published=published))
    return [(e.actor1, e.actor2, getattr(e.location, "name", "")) for e in doc.events
            if e.event_type == "Strategic developments" and e.sub_event_type == "Agreement"]


@pytest.mark.parametrize("text", [
    "The junta and the Arakan Army agreed to a humanitarian pause in Kunming on Tuesday.",
    "Government negotiators and the ELN agreed to a 90-day ceasefire in Caracas on Monday.",
    "The army and the rebels signed a cessation of hostilities in Pretoria on Wednesday.",
    "Both sides agreed to a temporary pause in the fighting in Tripoli on Friday.",
])
def test_agreed_truces_with_a_length_or_kind_are_agreements(nlp, text):
    assert len(agreements(nlp, text)) == 1


def test_both_sides_of_an_agreement_named_with_a_descriptor_are_its_actors(nlp):
    text = ("PORT SUDAN, March 3 (Reuters) - In Manama, Bahrain, the Sudanese army and the paramilitary Rapid "
            "Support Forces agreed to a three-day truce on Sunday. Shelling hit Omdurman on Monday, residents said.")
    rows = agreements(nlp, text)
    assert rows and {rows[0][0], rows[0][1]} == {"SAF", "RSF"}, rows


def test_a_place_in_the_tellers_words_is_not_the_venue(nlp):
    text = ("NAIROBI, May 4 (Reuters) - In Manama, Bahrain, the Ethiopian army and the Fano militia, after "
            "months of talks, signed a peace deal on Friday, the Saudi and U.S. mediators said.")
    rows = agreements(nlp, text)
    assert rows and rows[0][2] == "Manama", rows
