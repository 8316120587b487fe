"""British ways of telling a day ahead: "a week on Friday" (as "Friday week"), "a week today", "a week tomorrow", and
"in a fortnight's time" or "in a week's time" (the seven days around that far ahead, as "a fortnight ago" is back)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.reading.dated import only_date

D = dt.date
THURSDAY = D(2025, 3, 13)


@pytest.mark.parametrize("text, start, end", [
    ("The committee reconvenes a week on Monday in Westminster.", D(2025, 3, 24), D(2025, 3, 24)),
    ("The ultimatum to the junta runs out a week today.", D(2025, 3, 20), D(2025, 3, 20)),
    ("Aid flights to Port Sudan restart a week tomorrow.", D(2025, 3, 21), D(2025, 3, 21)),
    ("The envoy returns to Tripoli in a fortnight's time.", D(2025, 3, 24), D(2025, 3, 30)),
    ("Monitors will report in a week’s time.", D(2025, 3, 17), D(2025, 3, 23)),
])
def test_a_british_day_ahead(text, start, end):
    m = only_date(text, THURSDAY)
    assert (m.date.start, m.date.end, m.future) == (start, end, True)
