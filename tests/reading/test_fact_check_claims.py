"""A fact-check's labelled claim ("CLAIM: Jets bombed the cathedral. VERDICT: False.") is what is said, not what
happened: no event, no control claim; what the check finds did happen, told in its own words, is an event."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, title, body, published="2025-03-08"):
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


@pytest.mark.parametrize("label", ["CLAIM:", "Claim 2:", "Viral claim:"])
def test_a_labelled_claim_is_no_event(nlp, label):
    body = (f"{label} Russian missiles destroyed the cathedral in Lviv on Tuesday.\n\n"
            "VERDICT: False. The photographs were taken in 2019, and the cathedral was open on Wednesday.")
    doc = read(nlp, "Fact check: was Lviv's cathedral hit?", body)
    assert mapped(doc) == [], doc.events


def test_a_labelled_capture_is_no_claim_of_control(nlp):
    body = ("CLAIM: Rebels captured Goma on Monday and the governor fled.\n\n"
            "VERDICT: False. Residents said the city was calm and the governor spoke on local radio on Tuesday.")
    doc = read(nlp, "Fact check: has Goma fallen?", body)
    assert doc.claims == [] and mapped(doc) == [], (doc.claims, doc.events)


def test_what_the_check_confirms_is_an_event(nlp):
    body = ("CLAIM: A drone hit the airport in Odesa. VERDICT: Misleading.\n\n"
            "What did happen: on Tuesday a Russian drone struck a warehouse in Izmail, the regional governor said.")
    doc = read(nlp, "Fact check: Odesa airport", body)
    assert [(e.event_type, e.location.name) for e in mapped(doc)] == [("Explosions/Remote violence", "Izmayil")]
