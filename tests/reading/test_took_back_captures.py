""""Took back X" is a recapture ("took back control of X", "has taken back the town of X"): an event and a change
of hands, as "retook X" is; what else is taken back (remarks, votes) is no territory. Sentences of our own
(Ukraine, DR Congo, Mali)."""
import datetime as dt

import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, place, day", [
    ("Ukrainian forces took back control of Kupiansk on Monday, the general staff said.", "Kupyansk",
     dt.date(2025, 6, 2)),
    ("M23 rebels took back Rutshuru on Friday after a week of fighting.", "Rutshuru", dt.date(2025, 5, 30)),
    ("Malian troops have taken back the town of Kidal, officials said.", "Kidal", dt.date(2025, 6, 3)),
])
def test_a_place_taken_back_changes_hands(nlp, body, place, day):
    doc = read_report(nlp, body)
    evs = [e for e in mapped(doc) if "territory" in e.sub_event_type]
    assert [(e.location.name, e.date.start) for e in evs] == [(place, day)], \
        [(e.sub_event_type, e.location and e.location.name, e.date.start) for e in doc.events]
    assert [c.location.name for c in doc.claims if c.relation == "took"] == [place], doc.claims


@pytest.mark.parametrize("body", [
    "The minister took back his remarks on Monday.",
    "Opposition voters took back the city council in last year's election.",
])
def test_other_things_taken_back_are_no_capture(nlp, body):
    assert not [e for e in read_report(nlp, body).events if "territory" in e.sub_event_type]
