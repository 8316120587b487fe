""""The following Monday" counts from the latest date told before it, as "the following week" does, not from
publication; past a shift of weeks told since ("Two weeks later, ...") the day it counts from is not told: no date."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _read(text, published):
    return [(m.text, m.date.start, m.future) for m in find_dates(text, published) if m.date is not None]


def test_the_following_weekday_counts_from_the_date_told_before():
    text = ("Rebels overran the garrison at Kiwanja on 6 February. Aid convoys were turned back. The following "
            "Thursday, the army shelled the town's market.")
    assert _read(text, D(2026, 4, 2)) == [("on 6 February", D(2026, 2, 6), False),
                                          ("The following Thursday", D(2026, 2, 12), False)]


def test_with_nothing_told_it_is_the_next_one():
    assert _read("The following Thursday, the council will vote.", D(2026, 4, 2)) == [
        ("The following Thursday", D(2026, 4, 9), True)]


def test_past_a_shift_of_weeks_it_tells_no_day():
    text = ("The court convicted him on 3 March. His lawyers appealed two weeks later. The following Monday, the "
            "court froze his assets.")
    assert _read(text, D(2026, 4, 20)) == [("on 3 March", D(2026, 3, 3), False)]
