"""Protesters killed, told in the passive with no number ("Protesters were shot dead by police") are ACLED's
excessive force against protesters (a protest event the map counts as violence), not a peaceful protest; words of
hearsay around the killing ("reportedly were shot dead", "were allegedly shot dead") mark it alleged, as for
other violence. Sentences of our own."""
import pytest

from reading.corpus import read_text


def protests(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return [(e.sub_event_type, e.location.name if e.location else None, e.alleged) for e in doc.events
            if e.event_type == "Protests"]


@pytest.mark.parametrize("text, place", [
    ("Protesters were shot dead by police in Conakry on Thursday.", "Conakry"),
    ("Demonstrators had been gunned down by soldiers outside the parliament in Kampala, witnesses said.", "Kampala"),
    ("In Mandalay, marchers were beaten to death by militiamen on Sunday.", "Mandalay"),
])
def test_protesters_killed_in_the_passive_is_excessive_force(nlp, text, place):
    assert protests(nlp, text) == [("Excessive force against protesters", place, "")]


@pytest.mark.parametrize("text, how", [
    ("Protesters reportedly were shot dead by police in Kisumu on Tuesday.", "'reportedly'"),
    ("Demonstrators were allegedly shot dead by soldiers in Bamako on Friday.", "'allegedly'"),
    ("Two protesters were reportedly killed by security forces in Tehran on Saturday.", "'reportedly'"),
])
def test_hearsay_on_the_killing_marks_it_alleged(nlp, text, how):
    got = protests(nlp, text)
    assert [(sub, alleged) for sub, _, alleged in got] == [("Excessive force against protesters", how)], got


@pytest.mark.parametrize("text", [
    "Protesters were dispersed by police with tear gas in Dakar on Monday.",
    "Protesters were reportedly arrested by police in Harare on Monday.",
])
def test_protesters_dispersed_or_arrested_are_no_excessive_force(nlp, text):
    assert [sub for sub, _, _ in protests(nlp, text)] == ["Protest with intervention"]
