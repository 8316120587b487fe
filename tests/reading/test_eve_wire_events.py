"""Events the reader had got wrong on wire copy (session 23, eve), as general rules. Sentences of our own."""
from tests.reading.mapped_events import read_report


def _agreements(doc) -> list:
    return [e for e in doc.events if e.sub_event_type == "Agreement"]


def test_an_agreement_with_no_side_place_or_country_is_reported_not_lost(nlp):
    doc = read_report(nlp, "The two delegations signed a ceasefire agreement on Thursday, a mediator said.")
    (ev,) = _agreements(doc)
    assert ev.location is None and str(ev.date.start) == "2025-05-29"
    assert any(p.code == "W402" and "ceasefire" in p.text for p in doc.problems)


def test_an_agreement_with_no_side_named_is_placed_at_its_venue(nlp):
    doc = read_report(nlp, "Negotiators reached a truce deal on Saturday after a week of talks in Nairobi.")
    assert [e.location.name for e in _agreements(doc)] == ["Nairobi"]
