"""ev23: a plural event noun counted as many ("in dozens of attacks in the province this year", "a string of raids
on police posts this month") tells many events at once, no one event; told on its days ("dozens of air strikes
on Tuesday", "a series of attacks between 3 and 6 May") it is the event of those days. Sentences of our own."""
import pytest

from reading.corpus import read_text


def violent(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return [e for e in doc.events if e.event_type in ("Battles", "Explosions/Remote violence",
                                                      "Violence against civilians") and not e.background]


@pytest.mark.parametrize("text", [
    "The army blamed the Lakurawa group, which has used motorbikes in dozens of attacks in Sokoto this year.",
    "Analysts say the militia has carried out a string of raids on police posts in Ituri this month.",
])
def test_many_events_counted_are_no_one_event(nlp, text):
    assert violent(nlp, text) == [], [(e.event_type, e.date) for e in violent(nlp, text)]


@pytest.mark.parametrize("text", [
    "Warplanes carried out dozens of air strikes on Idlib on Tuesday, killing nine people.",
    "A series of attacks on villages in Chiure district between 3 and 6 May killed at least eight civilians.",
])
def test_many_told_on_their_days_stay_an_event(nlp, text):
    assert len(violent(nlp, text)) == 1
