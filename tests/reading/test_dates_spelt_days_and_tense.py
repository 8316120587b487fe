"""Days written as ordinal words are days ("the fifth of May", "June the fourteenth"), and a weekday takes the tense
of its own verb: "met on Monday and will meet on Monday", "said it would sail on Monday", "ahead of Saturday's march"."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates
from tests.reading.dated import only_date

D = dt.date


@pytest.mark.parametrize("text, published, day", [
    ("The ceasefire was signed in Lusaka on the ninth of March.", D(2025, 3, 20), D(2025, 3, 9)),
    ("Rebels entered the town on the twenty-third of August, witnesses said.", D(2024, 9, 2), D(2024, 8, 23)),
    ("The tribunal sat until the thirty-first of October 1987.", D(2025, 1, 5), D(1987, 10, 31)),
    ("Polling stations in Kano will open on February the twenty-second.", D(2025, 2, 10), D(2025, 2, 22)),
    ("The convoy reached Kandahar on December the fourth, 1979.", D(2024, 12, 4), D(1979, 12, 4)),
])
def test_a_day_told_by_an_ordinal_word_is_that_day(text, published, day):
    m = only_date(text, published)
    assert (m.date.start, m.date.end, m.date.precision) == (day, day, "day")


@pytest.mark.parametrize("text", ["In March the first convoy reached Goma.", "By April the third brigade had left Sumy."])
def test_a_month_before_an_ordinal_that_opens_a_noun_phrase_stays_a_month(text):
    m = only_date(text, D(2025, 6, 2))
    assert (m.date.precision, m.date.start.day) == ("month", 1) and m.date.end.day >= 30


def _days(text, published):
    return [(m.text, m.date.start, m.future) for m in find_dates(text, published) if m.date is not None]


def test_one_weekday_past_and_one_ahead_in_one_sentence():
    # published on a Thursday: the Tuesday the talks met, the Tuesday they meet again
    got = _days("Envoys met on Tuesday in Doha and will meet on Tuesday in Cairo.", D(2025, 3, 13))
    assert got == [("on Tuesday", D(2025, 3, 11), False), ("on Tuesday", D(2025, 3, 18), True)]


def test_a_day_after_a_report_of_what_would_happen_is_ahead():
    got = _days("The ministry said the ships would sail from Aden by Sunday.", D(2025, 3, 13))
    assert got == [("by Sunday", D(2025, 3, 16), True)]
    got = _days("The ministry said the ships would have sailed by Sunday but for the storm.", D(2025, 3, 13))
    assert got == [("by Sunday", D(2025, 3, 9), False)]


def test_ahead_of_a_later_day_leaves_the_earlier_one_past():
    got = _days("Police detained organisers on Monday night ahead of Friday's march in Nairobi.", D(2025, 3, 13))
    assert got == [("on Monday night", D(2025, 3, 10), False), ("of Friday's", D(2025, 3, 14), True)]


@pytest.mark.parametrize("text, day", [
    ("The ministry said it would not comment on Monday's attack in Kismayo.", D(2025, 3, 10)),
    ("Officials said they would investigate the raid on Tuesday night.", D(2025, 3, 11)),
])
def test_would_before_a_day_that_dates_a_past_act_leaves_it_past(text, day):
    assert [(d, f) for _t, d, f in _days(text, D(2025, 3, 13))] == [(day, False)]


def test_a_capitalised_ordinal_after_a_day_and_month_is_no_second_day():
    text = "On the 27th of April the Eleventh and Twelfth Corps crossed the Rappahannock."
    m = only_date(text, D(2025, 5, 2))
    assert (m.text, m.date.start) == ("On the 27th of April", D(2025, 4, 27))
