""""The turn of the year" is 21 December to 10 January (the last one passed, or in a plan the next); a plan's "by the
end of the month" is publication's month, not a past month told earlier in the story."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _spans(text, published):
    return [(m.text, m.date.start, m.date.end, m.future) for m in find_dates(text, published) if m.date is not None]


def test_the_turn_of_the_year_told_in_the_past_is_the_last_one():
    got = _spans("Fuel convoys to Mekelle stopped around the turn of the year, traders said.", D(2024, 4, 9))
    assert got == [("around the turn of the year", D(2023, 12, 21), D(2024, 1, 10), False)]


def test_the_turn_of_the_year_in_a_plan_is_the_next_one():
    got = _spans("The mission wants its troops out of Bunia by the turn of the year.", D(2024, 10, 2))
    assert got == [("by the turn of the year", D(2024, 12, 21), D(2025, 1, 10), True)]


def test_a_plans_end_of_the_month_is_this_month():
    text = ("Clashes in Rakhine began in November 2023. More villages are expected to empty around the end of the "
            "month, the agency said.")
    got = _spans(text, D(2025, 6, 5))
    assert got[-1] == ("around the end of the month", D(2025, 6, 21), D(2025, 6, 30), True)
