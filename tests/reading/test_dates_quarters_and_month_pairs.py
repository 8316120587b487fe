"""A quarter told by its rank alone is of the year it is told in (the year before when not yet begun; the next
when planned after it ended); two months in a row told with "and" are one span; "earlier this summer" ends on
publication."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates
from tests.reading.dated import only_date

D = dt.date


@pytest.mark.parametrize("text, published, start, end, future", [
    ("In the second quarter, kidnappings in Zamfara doubled.", D(2025, 8, 14), D(2025, 4, 1), D(2025, 6, 30), False),
    ("The fourth quarter alone saw 300 drone strikes.", D(2026, 1, 3), D(2025, 10, 1), D(2025, 12, 31), False),
    ("Exports through Odesa will recover in the first quarter.", D(2025, 5, 2), D(2026, 1, 1), D(2026, 3, 31), True),
])
def test_a_quarter_told_by_its_rank_alone(text, published, start, end, future):
    m = only_date(text, published)
    assert (m.date.start, m.date.end, m.date.precision, m.future) == (start, end, "month", future)


@pytest.mark.parametrize("text", ["He scored in the fourth quarter of the match.", "Shops in the Christian quarter shut."])
def test_other_quarters_are_no_date(text):
    assert [m for m in find_dates(text, D(2025, 8, 14)) if m.date is not None] == []


def test_two_months_in_a_row_told_with_and_are_one_span():
    m = only_date("Militias killed 240 civilians in Ituri in November and December.", D(2026, 1, 12))
    assert (m.date.start, m.date.end, m.date.precision) == (D(2025, 11, 1), D(2025, 12, 31), "month")


def test_months_apart_stay_two_dates():
    found = [m for m in find_dates("Floods hit Beledweyne in April and again in October.", D(2025, 11, 2)) if m.date]
    assert [(m.date.start, m.date.end) for m in found] == [(D(2025, 4, 1), D(2025, 4, 30)),
                                                           (D(2025, 10, 1), D(2025, 10, 31))]


def test_earlier_this_summer_ends_on_publication():
    m = only_date("Earlier this summer, the militia stormed Kalehe.", D(2024, 7, 20))
    assert (m.date.start, m.date.end) == (D(2024, 6, 1), D(2024, 7, 20))


def test_a_week_of_the_month_told_before_is_that_week():
    text = "Raids on Tawila rose in October. In the second week of the month, drones hit the market."
    found = [m for m in find_dates(text, D(2025, 11, 2)) if m.date is not None]
    assert (found[1].date.start, found[1].date.end, found[1].date.precision) == (D(2025, 10, 8), D(2025, 10, 14),
                                                                                 "week")


@pytest.mark.parametrize("text, start, end", [
    ("Shelling in the last ten days of January hit Kherson.", D(2026, 1, 22), D(2026, 1, 31)),
    ("In the first five days of January, 40 died in Kurram.", D(2026, 1, 1), D(2026, 1, 5)),
])
def test_the_first_or_last_n_days_of_a_month(text, start, end):
    m = only_date(text, D(2026, 2, 1))
    assert (m.date.start, m.date.end) == (start, end)
