"""A capture told inside a denial of someone's claims ("denied Russian claims that Russian troops had
captured X", "rejected RSF reports that its fighters had seized Y") is not known to have happened: no
capture, no zone change; the teller's word may name whose claim it was. Sentences of our own."""
import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-09-04"))


@pytest.mark.parametrize("text", [
    "The Ukrainian General Staff denied Russian claims that Russian troops had captured Siversk on Monday.",
    "Sudan's army rejected RSF reports that its fighters had seized Babanusa on Sunday.",
    "Officials in Addis Ababa dismissed Fano media reports that the militia had taken Lalibela.",
])
def test_a_denied_claim_of_a_capture_is_no_capture(nlp, text):
    doc = read(nlp, text)
    assert not [e for e in doc.events if "territory" in e.sub_event_type], doc.events
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims


def test_a_capture_told_after_rejecting_something_else_stays(nlp):
    doc = read(nlp, "The army rejected the peace plan and said rebels had taken Kutum on Sunday.")
    assert [e for e in doc.events if "territory" in e.sub_event_type]
