"""A story datelined where the clock runs ahead of UTC tells its local day: a past weekday one after its UTC
publication day is that day ("TOKYO - ... on Friday morning", filed late on Thursday UTC), not six days back."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def _days(text, published):
    return [(m.text, m.date.start, m.future) for m in find_dates(text, published) if m.date is not None]


@pytest.mark.parametrize("text, published, day", [
    ("JAKARTA (AP) — A bomb exploded outside a police post in Sulawesi before dawn on Saturday, police said.",
     D(2024, 8, 2), D(2024, 8, 3)),
    ("NEW DELHI, India — Troops exchanged fire along the Line of Control early on Monday.", D(2025, 2, 9),
     D(2025, 2, 10)),
    ("Missile test\nPYONGYANG — State media said the launch on Sunday was a success.", D(2026, 3, 7), D(2026, 3, 8)),
])
def test_a_weekday_after_the_utc_day_is_the_local_day_under_an_eastern_dateline(text, published, day):
    (found,) = _days(text, published)
    assert found[1:] == (day, False)


def test_other_weekdays_and_western_datelines_are_read_as_before():
    text = "BANGKOK (Reuters) - Thai jets struck positions on Tuesday after clashes on Saturday."
    assert [d for _, d, _ in _days(text, D(2025, 7, 23))] == [D(2025, 7, 22), D(2025, 7, 19)]
    text = "BOGOTA (Reuters) - Rebels attacked a base early on Thursday."
    assert _days(text, D(2025, 7, 23))[0][1] == D(2025, 7, 17)
    text = "Rebels attacked a base in Mindanao early on Thursday."  # no dateline
    assert _days(text, D(2025, 7, 23))[0][1] == D(2025, 7, 17)


def test_a_weekday_told_with_its_day_number_keeps_that_day():
    text = "YANGON — Jets bombed a monastery on Thursday the 4th, killing 23."
    assert _days(text, D(2025, 9, 10))[0][1] == D(2025, 9, 4)
