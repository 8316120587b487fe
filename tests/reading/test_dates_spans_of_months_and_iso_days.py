"""Spans told by their two ends are one date: "between January and May" is the five months (not January alone, nor
"May" dropped as a name), "from the end of March until early May" both parts and what lies between; ISO days
bound a span as worded days do ("Between 2025-02-27 and 2025-03-02", "2024-01-01 to 2024-12-31"), and "the week of
2025-01-20" is the seven days from it."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def _read(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published)
            if m.date is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("Between February and May, 80 aid workers were detained in Tigray.", D(2026, 7, 2),
     ("Between February and May", D(2026, 2, 1), D(2026, 5, 31), "year")),
    ("From the end of March until early May, the militia held the road to Bunia.", D(2026, 9, 1),
     ("From the end of March until early May", D(2026, 3, 21), D(2026, 5, 10), "month")),
    ("Between November and March, floods cut the highway near Beira.", D(2026, 6, 3),
     ("Between November and March", D(2025, 11, 1), D(2026, 3, 31), "year")),
])
def test_two_months_bound_one_span(text, published, expected):
    assert _read(text, published) == [expected]


def test_may_and_march_alone_stay_names():
    assert _read("Theresa May and her aides watched the March on Tripoli.", D(2026, 7, 2)) == []


@pytest.mark.parametrize("text, expected", [
    ("Between 2026-04-27 and 2026-05-01, 22 convoys were looted near Kalehe.",
     ("Between 2026-04-27 and 2026-05-01", D(2026, 4, 27), D(2026, 5, 1), "week")),
    ("The survey covers 2025-07-01 to 2026-06-30 in 14 districts.",
     ("2025-07-01 to 2026-06-30", D(2025, 7, 1), D(2026, 6, 30), "year")),
    ("Its next bulletin covers the week of 2026-05-04, when the ceasefire began.",
     ("2026-05-04", D(2026, 5, 4), D(2026, 5, 10), "week")),
])
def test_iso_days_bound_spans_as_worded_days_do(text, expected):
    assert _read(text, D(2026, 5, 20)) == [expected]


def test_two_iso_days_with_and_stay_two_days():
    found = _read("The clinic was looted on 2026-05-04 and again on 2026-05-30.", D(2026, 6, 2))
    assert [(s, e) for _, s, e, _ in found] == [(D(2026, 5, 4), D(2026, 5, 4)), (D(2026, 5, 30), D(2026, 5, 30))]
