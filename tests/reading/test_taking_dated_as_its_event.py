"""A capture dated only by a lag from the event told before ("Two days earlier, rebels seized X") changes hands,
on the zone layer, on the day its marker is given, not on the day the report came out. Sentences of our own."""
from tests.reading.mapped_events import read_article


def test_the_claim_of_a_capture_takes_its_events_day(nlp):
    doc = read_article(nlp, "Shelling killed 12 people in Goma on Friday. Two days earlier, M23 rebels seized the town "
                            "of Sake.", "2025-01-25")
    took = [c for c in doc.claims if c.relation == "took" and c.location is not None and c.location.name == "Sake"]
    taken = [e for e in doc.events if "territory" in e.sub_event_type]
    assert took and taken, ([(c.relation, c.location) for c in doc.claims], [e.sub_event_type for e in doc.events])
    assert str(taken[0].date.start) == "2025-01-22", taken[0].date
    assert took[0].date.start == taken[0].date.start, (took[0].date, taken[0].date)
