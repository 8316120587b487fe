"""Spans whose end opens with its own word: "from Friday through Sunday", "every day from 3 June until Tuesday" (the
Tuesday after, not the day the span starts); "between the 4th and the 6th of last month"; and a day told by its
ordinal before a verb ("a raid on the 9th wounded two")."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _spans(text, published):
    return [(m.text, m.date.start, m.date.end) for m in find_dates(text, published) if m.date is not None]


def test_from_one_weekday_through_another():
    # published on a Wednesday
    got = _spans("Power was cut in Kherson from Friday through Sunday.", D(2025, 4, 16))
    assert got == [("from Friday through Sunday", D(2025, 4, 11), D(2025, 4, 13))]


def test_from_a_day_until_a_weekday_that_falls_on_its_weekday():
    # 3 June 2025 was a Tuesday: "until Tuesday" is the one before publication, a week on
    got = _spans("Water trucks reached Rafah every day from 3 June until Tuesday.", D(2025, 6, 12))
    assert got == [("from 3 June until Tuesday", D(2025, 6, 3), D(2025, 6, 10))]


def test_between_two_ordinals_of_last_month():
    text = "Shelling was recorded on 2 March. Between the 4th and the 6th of last month, the town was cut off."
    got = _spans(text, D(2025, 5, 10))
    assert got[-1] == ("Between the 4th and the 6th of last month", D(2025, 4, 4), D(2025, 4, 6))


def test_an_ordinal_day_before_a_verb():
    text = "Early this month troops entered Bama; a raid on the 9th wounded two soldiers."
    assert _spans(text, D(2025, 6, 20))[-1] == ("on the 9th", D(2025, 6, 9), D(2025, 6, 9))
