"""A weekday told with its week ("on Thursday last week", "on Monday next week") is that day of the week before or
after publication's; a year told by its last month or day ("the fiscal year to March 2025", "the year ended 30
June") is the twelve months up to it."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.reading.dated import only_date

D = dt.date


@pytest.mark.parametrize("text, day, future", [
    ("On Wednesday last week, gunmen kidnapped 20 pupils in Kuriga.", D(2024, 3, 13), False),
    ("EU envoys travel to Tbilisi on Tuesday next week.", D(2024, 3, 26), True),
    ("On Monday this week, the army withdrew from Avdiivka.", D(2024, 3, 18), False),
])
def test_a_weekday_of_a_week_told(text, day, future):
    m = only_date(text, D(2024, 3, 21))  # a Thursday
    assert (m.date.start, m.date.end, m.date.precision, m.future) == (day, day, "day", future)


@pytest.mark.parametrize("text, start, end", [
    ("Nepal's defence outlays in the fiscal year to July 2024 grew by a fifth.", D(2023, 8, 1), D(2024, 7, 31)),
    ("Inflation in the year ending June reached 29 percent, the central bank said.", D(2024, 7, 1), D(2025, 6, 30)),
    ("Arms imports in the financial year ended 31 March 2025 doubled.", D(2024, 4, 1), D(2025, 3, 31)),
])
def test_a_year_told_by_its_end(text, start, end):
    m = only_date(text, D(2025, 8, 4))
    assert (m.date.start, m.date.end, m.date.precision) == (start, end, "year")


def test_a_plain_month_is_still_a_month():
    m = only_date("Exports fell in June, the ministry said.", D(2025, 8, 4))
    assert (m.date.start, m.date.end, m.date.precision) == (D(2025, 6, 1), D(2025, 6, 30), "month")
