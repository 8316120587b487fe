"""evy: a civic building taken in a town ("seized the town hall in Bunia", "took over the central bank building
in Aden") is an event there, but the town did not change hands: no territory event, no control claim, so no
zone over the town. The town itself taken still is one. Sentences of our own."""
import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-06-11"))


@pytest.mark.parametrize("text, town", [
    ("CODECO militiamen seized the town hall in Bunia on Monday.", "Bunia"),
    ("Houthi fighters took over the central bank building in Aden on Sunday.", "Aden"),
    ("M23 rebels seized control of the governor's office in Goma on Monday.", "Goma"),
])
def test_a_building_taken_is_an_event_in_the_town_not_its_capture(nlp, text, town):
    doc = read(nlp, text)
    assert [e.location.name for e in doc.events] == [town], doc.events
    assert not any("territory" in e.sub_event_type for e in doc.events), doc.events
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims


def test_the_town_taken_is_still_a_capture(nlp):
    doc = read(nlp, "M23 rebels seized Bunia on Monday.")
    assert any("territory" in e.sub_event_type for e in doc.events), doc.events
