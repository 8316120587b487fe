"""An ordinal day after "since", "until", "from" is a day as after "on"; two told with "and" ("on the 19th and the
20th") are both days; "by the 15th" (a deadline, ahead as often as past) and "the 5th battalion" are none."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates
from tests.reading.dated import only_date

D = dt.date


def test_two_ordinal_days_told_with_and_are_both_days_of_the_month_told():
    text = "Fighting spread in March. Drones struck Sennar on the 11th and the 12th."
    found = [m for m in find_dates(text, D(2025, 4, 3)) if m.date is not None]
    assert [(m.date.start, m.date.end, m.date.precision) for m in found][1] == (D(2025, 3, 11), D(2025, 3, 12), "day")


def test_an_ordinal_after_since_is_a_day():
    assert only_date("The road to Kalemie has been shut since the 2nd.", D(2025, 6, 9)).date.start == D(2025, 6, 2)


def test_a_deadline_and_a_unit_number_are_no_ordinal_day():
    assert [m for m in find_dates("The UN wants an answer by the 15th.", D(2025, 6, 9)) if m.date] == []
    assert [m.text for m in find_dates("Troops came on the 4th and the 5th battalion left.", D(2025, 6, 9))
            if m.date] == ["on the 4th"]


def test_ordinal_days_between_or_from_through_are_one_span():
    m = only_date("Shelling of Kherson lasted between the 4th and the 9th.", D(2025, 6, 14))
    assert (m.date.start, m.date.end, m.date.precision) == (D(2025, 6, 4), D(2025, 6, 9), "week")
    m = only_date("Curfews held from the 1st through the 3rd.", D(2025, 6, 14))
    assert (m.date.start, m.date.end) == (D(2025, 6, 1), D(2025, 6, 3))
