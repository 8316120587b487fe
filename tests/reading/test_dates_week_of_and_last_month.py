""""the week of 13 October" is the seven days from that day; "last <month>" told just after that month is a year
back ("Last October" told in November or December: this year's would be "last month" or "in October")."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.reading.dated import only_date

D = dt.date


@pytest.mark.parametrize("text, published, start, end", [
    ("Cholera cases in Sana'a doubled in the week of 8 September.", D(2025, 9, 30), D(2025, 9, 8), D(2025, 9, 14)),
    ("The week of Feb. 3 brought the heaviest shelling of Sumy.", D(2025, 3, 1), D(2025, 2, 3), D(2025, 2, 9)),
    ("Rebels took two towns in the week to 5 June.", D(2025, 6, 9), D(2025, 5, 30), D(2025, 6, 5)),
    ("Displacement peaked on 14 September.", D(2025, 9, 30), D(2025, 9, 14), D(2025, 9, 14)),
])
def test_a_week_told_by_its_first_day(text, published, start, end):
    m = only_date(text, published)
    assert (m.date.start, m.date.end) == (start, end)


@pytest.mark.parametrize("published, month_start", [
    (D(2025, 11, 18), D(2024, 10, 1)),  # the month just gone: a year back
    (D(2025, 12, 3), D(2024, 10, 1)),   # two months back: still a year back
    (D(2026, 3, 9), D(2025, 10, 1)),    # months later: the latest October
    (D(2025, 10, 20), D(2024, 10, 1)),  # this very month: a year back
])
def test_last_october(published, month_start):
    m = only_date("Last October, drones hit the grain terminal in Izmail.", published)
    assert m.date.start == month_start and m.date.precision == "month"


def test_last_december_told_in_january_is_the_one_just_gone():
    m = only_date("The junta closed the border last December.", D(2026, 1, 14))
    assert m.date.start == D(2025, 12, 1)
