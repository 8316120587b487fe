"""Spans told by their last month, and US weekday spans (session 26, dat13): "the 12 months to June 2024" is July 2023
to June 2024, "the six months ending April" November to April, "The quarter to September" July to September; "Tuesday
through Friday" told of this week is those days, one span, as "from Tuesday to Friday" is. Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, published, start, end, precision", [
    ("Attacks on aid workers rose in the 12 months to June 2024.", D(2024, 9, 1), D(2023, 7, 1), D(2024, 6, 30),
     "year"),
    ("Food prices doubled in the six months ending April, the WFP said.", D(2025, 7, 1), D(2024, 11, 1),
     D(2025, 4, 30), "year"),
    ("The quarter to September saw two convoys attacked.", D(2025, 11, 2), D(2025, 7, 1), D(2025, 9, 30), "month"),
    ("Hearings ran Tuesday through Friday this week in The Hague.", D(2025, 9, 13), D(2025, 9, 9), D(2025, 9, 12),
     "week"),
])
def test_a_span_told_by_its_end_or_through(text, published, start, end, precision):
    assert dated(text, published) == [(start, end, precision)]
