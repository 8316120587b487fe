"""British ways of telling a day ahead: "a week on Friday" (as "Friday week"), "a week today", "a week tomorrow" ("in a
fortnight's time" stays no date, as "in two weeks" is)."""
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
])
def test_a_british_day_ahead(text, start, end):
    m = only_date(text, THURSDAY)
    assert (m.date.start, m.date.end, m.future) == (start, end, True)
