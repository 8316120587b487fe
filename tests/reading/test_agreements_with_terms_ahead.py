"""lead: an agreement told as made is no plan because its terms lie ahead: "a truce had been agreed ... and that
troops would withdraw", "agreed a ceasefire on Wednesday under which troops will pull back". The terms are a
clause of their own (after "and that", "under which", "whereby"); an event supposed by its own conditional ("A new
offensive on X would trap ...") stays a supposition. Sentences of our own."""
import pytest

from tests.reading.mapped_events import read_report


def agreements(doc):
    return [(e.planned, str(e.date.start)) for e in doc.events if e.sub_event_type == "Agreement"]


@pytest.mark.parametrize("body", [
    "ADEN, March 5 - Officials said on Wednesday that a new truce had been agreed with tribal leaders in Marib "
    "and that both sides would pull back from the front lines.",
    "ADEN, March 5 - The two sides agreed a ceasefire in Marib on Wednesday under which fighters will pull back "
    "from the city's outskirts.",
    "ADEN, March 5 - Tribal leaders signed a truce in Marib on Wednesday whereby government troops would leave "
    "the market town.",
])
def test_an_agreement_made_with_terms_ahead_is_made_that_day(nlp, body):
    assert agreements(read_report(nlp, body, published="2025-03-05")) == [(False, "2025-03-05")]


def test_an_offensive_supposed_by_its_conditional_stays_supposed(nlp):
    doc = read_report(nlp, "ADEN, March 5 - A new Houthi offensive on Marib would trap a million displaced people, "
                           "aid agencies said on Wednesday.", published="2025-03-05")
    assert doc.events and all(e.planned for e in doc.events), doc.events
