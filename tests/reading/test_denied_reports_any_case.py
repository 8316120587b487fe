"""A denial of reported captures is read whatever its case ("DENIED", "Dismissed Rumours"): the
denial scan runs on the folded text (events._denied_reports) and must find what the case-blind
pattern finds. Sentences of other places and wordings than the audit's."""
import pytest

from reading.corpus import read_text

_TAKEN = "The fighters had said on Saturday that they had seized Dilling after heavy fighting."


def _read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-03-10"))


@pytest.mark.parametrize("denial", [
    "KADUGLI - The governor on Sunday Dismissed Rumours that SPLM-N fighters had overrun the town of Dilling.",
    "KADUGLI - The army REJECTED CLAIMS that SPLM-N fighters had TAKEN the town of Dilling.",
])
def test_a_capture_denied_before_in_any_case_changes_no_hands(nlp, denial):
    doc = _read(nlp, denial + " " + _TAKEN)
    assert not [e for e in doc.events if "territory" in e.sub_event_type], doc.events
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims


def test_the_same_capture_without_a_denial_changes_hands(nlp):
    doc = _read(nlp, "KADUGLI - The governor spoke on Sunday. " + _TAKEN)
    assert [e for e in doc.events if "territory" in e.sub_event_type] or [c for c in doc.claims if c.relation == "took"]
