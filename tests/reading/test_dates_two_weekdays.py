"""Two weekdays joined by "and" are one date from the first to the second ("raided on Monday and Thursday": the
days Monday to Thursday, at week precision, as "on 3 and 6 May" is); two in a row stay both days at day precision."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _dated(text, published):
    return [m for m in find_dates(text, published) if m.date is not None]


def test_two_weekdays_apart_are_the_days_between_them():
    (m,) = _dated("Jihadists raided the market in Djibo on Monday and Thursday.", D(2024, 5, 10))
    assert (m.date.start, m.date.end, m.date.precision) == (D(2024, 5, 6), D(2024, 5, 9), "week")
    assert m.text == "on Monday and Thursday"


def test_two_weekdays_in_a_row_stay_day_precise():
    (m,) = _dated("Students marched in Dhaka on Saturday and Sunday.", D(2024, 5, 13))
    assert (m.date.start, m.date.end, m.date.precision) == (D(2024, 5, 11), D(2024, 5, 12), "day")


def test_weekdays_told_apart_stay_apart():
    found = _dated("Shelling hit Sumy on Tuesday. On Friday, a drone struck a bus.", D(2024, 5, 11))
    assert [(m.text, m.date.start) for m in found] == [("on Tuesday", D(2024, 5, 7)), ("On Friday", D(2024, 5, 10))]
