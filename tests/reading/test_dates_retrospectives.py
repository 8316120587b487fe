"""Retrospectives and schedules: "N years ago this week/month" is that whole week or month back, "later this year"
is a plan, a yearless day told with its weekday takes the year the weekday fits, "the July Charter" is a name."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates
from tests.reading.dated import only_date

D = dt.date


@pytest.mark.parametrize("text, published, start, end, precision", [
    ("Ten years ago this week, rebels overran Bunia.", D(2025, 10, 1), D(2015, 9, 29), D(2015, 10, 5), "week"),
    ("Thirty years ago this month, the peacekeepers left Kigali.", D(2024, 4, 8), D(1994, 4, 1), D(1994, 4, 30),
     "month"),
    ("Five years ago this month, the junta seized Bamako.", D(2025, 8, 3), D(2020, 8, 1), D(2020, 8, 31), "month"),
    ("A year ago today, the dam at Derna burst.", D(2024, 9, 11), D(2023, 9, 11), D(2023, 9, 11), "day"),
])
def test_years_ago_this_week_or_month_is_that_whole_span_back(text, published, start, end, precision):
    m = only_date(text, published)
    assert (m.date.start, m.date.end, m.date.precision) == (start, end, precision)


@pytest.mark.parametrize("text", ["The mission will reopen its office in Goma later this year.",
                                  "A donor conference is expected later this month in Oslo.",
                                  "Talks resume in Doha later this week."])
def test_later_this_year_month_or_week_is_a_plan(text):
    m = only_date(text, D(2025, 6, 25))
    assert m.future and m.date.start == D(2025, 6, 25)


def test_later_that_month_told_of_the_past_is_no_plan():
    found = find_dates("Rebels took Kalehe on 3 March 2024. Later that month, they shelled Minova.", D(2025, 6, 25))
    assert not found[1].future and found[1].date.start == D(2024, 3, 4)


@pytest.mark.parametrize("text, published, day", [
    ("The court adjourned the hearing until Tuesday 11th March.", D(2025, 3, 6), D(2025, 3, 11)),
    ("The ceasefire talks ended on Friday, 27 December.", D(2025, 1, 3), D(2024, 12, 27)),
    ("Gunmen attacked the convoy on Monday, 3 March.", D(2025, 3, 6), D(2025, 3, 3)),
])
def test_a_yearless_day_told_with_its_weekday_takes_the_year_the_weekday_fits(text, published, day):
    assert only_date(text, published).date.start == day


@pytest.mark.parametrize("text", [
    "Leaders of the July Uprising met the army chief in Dhaka.",
    "Parties are still debating the July Charter.",
    "Historians of the October Revolution gathered in Moscow.",
])
def test_a_month_before_a_movement_or_charter_word_is_a_name(text):
    assert [m for m in find_dates(text, D(2025, 8, 20)) if m.date is not None] == []


def test_a_month_before_other_capitalised_words_stays_a_date():
    m = only_date("Fighting resumed after the March Kyiv summit.", D(2025, 8, 20))
    assert m.date.start == D(2025, 3, 1)


def test_thursday_week_is_a_week_after_the_coming_thursday():
    m = only_date("The envoy returns to Juba on Thursday week.", D(2024, 3, 8))
    assert (m.date.start, m.future) == (D(2024, 3, 21), True)


@pytest.mark.parametrize("text, published, day, future", [
    ("The cup final, due on 15 June, will be played in Cali.", D(2025, 5, 26), D(2025, 6, 15), True),
    ("Results are due 5 January, the commission said.", D(2025, 12, 20), D(2026, 1, 5), True),
    ("The payment was due on 15 June.", D(2025, 6, 20), D(2025, 6, 15), False),
])
def test_a_day_told_as_due_is_a_plan(text, published, day, future):
    m = only_date(text, published)
    assert (m.date.start, m.future) == (day, future)
