"""A yearless month or day told as a habit ("every year", "each year", "annually") is no date, as "every June" is not;
a part of next year or next month ("the first quarter of next year") is that part, as of last year."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _read(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision, m.future) for m in find_dates(text, published)
            if m.date is not None]


def test_a_habit_of_every_year_is_no_date():
    assert _read("The rains cut the road from April to June each year.", D(2025, 2, 1)) == []
    assert _read("Veterans gather at the memorial on 9 May every year.", D(2025, 2, 1)) == []
    assert _read("The fair is held in Mopti in March annually.", D(2025, 2, 1)) == []
    assert _read("The rains cut the road from April to June.", D(2025, 8, 1))[0][1:3] == (D(2025, 4, 1), D(2025, 6, 30))


def test_a_part_of_next_year_or_month():
    assert _read("The army will train 5,000 recruits in the first quarter of next year.", D(2025, 11, 10)) == [
        ("the first quarter of next year", D(2026, 1, 1), D(2026, 3, 31), "month", True)]
    assert _read("A vote is planned for the second half of next month.", D(2025, 11, 10))[0][1:3] == (
        D(2025, 12, 16), D(2025, 12, 31))
