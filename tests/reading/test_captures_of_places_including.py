"""A capture of counted places "including X" takes X, however the count is told ("retook 41 settlements on
Thursday, including X", "had retaken dozens of villages in the region since Monday, including X and Y"): an event
and a change of hands at each place named, on the sentence's day. Sentences of our own (Ukraine, Sudan)."""
import datetime as dt

import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, places, day", [
    ("Ukrainian troops retook 41 settlements on Thursday, including Snihurivka.", {"Snihurivka"},
     dt.date(2025, 5, 29)),
    ("Ukraine's military said its troops had retaken dozens of villages in the region since Monday, including "
     "Kupiansk and Izium.", {"Kupyansk", "Izyum"}, dt.date(2025, 6, 2)),
    ("Sudan's army retook several towns on Saturday, including Bara and Um Rawaba.", {"Bārah", "Umm Ruwaba"},
     dt.date(2025, 5, 31)),
])
def test_each_place_named_of_the_counted_ones_taken_changes_hands(nlp, body, places, day):
    doc = read_report(nlp, body)
    evs = [e for e in mapped(doc) if "territory" in e.sub_event_type]
    assert {e.location.name for e in evs} == places and {e.date.start for e in evs} == {day}, \
        [(e.sub_event_type, e.location and e.location.name, e.date.start) for e in doc.events]
    assert {c.location.name for c in doc.claims if c.relation == "took"} == places, doc.claims
