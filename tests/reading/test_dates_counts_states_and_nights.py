"""Counts back and ahead from publication and days a declared state runs to: "in the past 72 hours" (any count of
hours: the days they reach back), "will reply within a week", "over the coming week" (one unit, as "within seven
days" and "in the coming days" are read), "declared a truce until 22 April" and "adjourned until the 5th of May"
(the coming day, as "suspended until Tuesday" is), and "the night of Monday to Tuesday" (both days, one night)."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _read(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision, m.future) for m in find_dates(text, published)
            if m.date is not None]


def test_any_count_of_hours_back_reaches_its_days():
    assert _read("Floods killed 41 people in the past 72 hours, officials said.", D(2024, 9, 9)) == [
        ("in the past 72 hours", D(2024, 9, 6), D(2024, 9, 9), "week", False)]
    assert _read("Over the last 36 hours the shelling eased.", D(2024, 9, 9))[0][1:3] == (D(2024, 9, 7), D(2024, 9, 9))
    assert _read("In the past few hours the shelling eased.", D(2024, 9, 9)) == []


def test_one_unit_within_or_coming_runs_from_publication():
    assert _read("Moscow said it would answer the proposal within a week.", D(2024, 3, 4)) == [
        ("within a week", D(2024, 3, 4), D(2024, 3, 11), "week", True)]
    assert _read("Aid groups expect more displacement over the coming week.", D(2024, 3, 4)) == [
        ("over the coming week", D(2024, 3, 5), D(2024, 3, 11), "week", True)]
    assert _read("The men were released within a week of their arrest.", D(2024, 3, 4)) == []


def test_a_declared_state_runs_until_the_coming_day():
    assert _read("The council declared a curfew until 2 June in Goma.", D(2024, 5, 20)) == [
        ("until 2 June", D(2024, 6, 2), D(2024, 6, 2), "day", True)]
    assert _read("The trial was adjourned until the 3rd of June.", D(2024, 5, 20)) == [
        ("until the 3rd of June", D(2024, 6, 3), D(2024, 6, 3), "day", True)]
    assert _read("Fighting raged until 2 June.", D(2024, 5, 20))[0][1] == D(2023, 6, 2)  # no state: the past one


def test_the_night_of_one_weekday_to_the_next_is_both_days():
    got = _read("Drones struck Odesa during the night of Saturday to Sunday.", D(2024, 11, 18))
    assert [(s, e, p) for _, s, e, p, _ in got] == [(D(2024, 11, 16), D(2024, 11, 17), "day")]
