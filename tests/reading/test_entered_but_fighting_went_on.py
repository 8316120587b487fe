"""evy: a side that entered or took a place "but fighting resumed/continued" has not settled its hold: the
entry is a fight there (no change of hands, no zone); the same entry told without it still is one.
Sentences of our own."""
import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-06-11"))


@pytest.mark.parametrize("text", [
    "Sudanese army troops entered Wad Madani on Saturday, but fighting resumed later in the day, residents said.",
    "Tigrayan forces captured Alamata on Sunday, but fierce fighting continued on Monday, witnesses said.",
    "M23 rebels entered Goma on Sunday but clashes went on around the airport.",
])
def test_an_entry_still_fought_over_changes_no_hands(nlp, text):
    doc = read(nlp, text)
    assert doc.events and all(e.sub_event_type == "Armed clash" for e in doc.events), doc.events
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims
    assert any(p.code == "W408" for p in doc.problems), doc.problems


def test_an_entry_told_alone_is_a_change_of_hands(nlp):
    doc = read(nlp, "M23 rebels entered Goma on Sunday and raised their flag over the governor's office.")
    assert any("territory" in e.sub_event_type for e in doc.events), doc.events
    assert any(c.relation == "took" for c in doc.claims), doc.claims
