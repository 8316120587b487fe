"""A yearless day after "until" told of a state that lasts ("are available until", "remains valid until", "stays
open until") is the coming one, and a hope told in the past ("hoped to resume ... on 14-15 July") is a plan (session
25, dat12); a day already passed stays this year's. Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.date.start, m.date.end, m.future) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, start, end", [
    ("Registration forms are available until 28 June at the camp office.", D(2025, 6, 28), D(2025, 6, 28)),
    ("The humanitarian corridor stays open until 2 July, officials said.", D(2025, 7, 2), D(2025, 7, 2)),
    ("The permit remains valid until July 5.", D(2025, 7, 5), D(2025, 7, 5)),
    ("The agency hoped to resume flights to Juba on 14-15 July.", D(2025, 7, 14), D(2025, 7, 15)),
])
def test_a_coming_day_of_a_lasting_state_or_a_hope(text, start, end):
    assert dated(text, D(2025, 6, 25)) == [(start, end, True)]


@pytest.mark.parametrize("text, start", [
    ("The exhibition was open until 20 June.", D(2025, 6, 20)),
    ("They had hoped to finish the road on 3 June.", D(2025, 6, 3)),
])
def test_a_day_passed_stays_this_years(text, start):
    assert dated(text, D(2025, 6, 25)) == [(start, start, False)]
