"""Spans told in words (session 17, dat): a part of a month or year ("the last week of May", "the first
half of 2023"), counted recent days ("the past three weeks"), rolling "past month/year", OCHA's "week to
5 June", "this past weekend", New Year's days. Own sentences."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date
PUB = D(2025, 9, 19)  # a Friday


def span(text, published=PUB):
    found = [m for m in find_dates(text, published) if m.date]
    assert len(found) == 1, found
    return found[0].date.start, found[0].date.end, found[0].date.precision


@pytest.mark.parametrize("text, expected", [
    ("In the last week of August, floods cut the road to Bentiu.", (D(2025, 8, 25), D(2025, 8, 31), "week")),
    ("During the first week of July 2024, militias looted Ombella.", (D(2024, 7, 1), D(2024, 7, 7), "week")),
    ("In the second half of June, drones hit Port Sudan.", (D(2025, 6, 16), D(2025, 6, 30), "month")),
    ("In the first half of 2024, 600 civilians died in Sahel attacks.", (D(2024, 1, 1), D(2024, 6, 30), "year")),
    ("In the fourth quarter of 2023, kidnappings doubled in Zamfara.", (D(2023, 10, 1), D(2023, 12, 31), "month")),
])
def test_a_part_of_a_month_or_year(text, expected):
    assert span(text) == expected


def test_last_week_of_a_month_is_not_the_week_before_publication():
    assert span("Rebels took Bunagana in the last week of May.")[0] == D(2025, 5, 25)


@pytest.mark.parametrize("text, days", [
    ("Raids have multiplied over the past three weeks.", 21),
    ("Raids have multiplied in recent months.", 90),
    ("Raids have multiplied over the last 10 days.", 10),
])
def test_recent_spans_count_what_they_tell(text, days):
    start, end, _ = span(text)
    assert (end, (end - start).days) == (PUB, days)


def test_the_past_month_and_year_run_up_to_publication():
    assert span("Fighting over the past month displaced 9,000 people.")[:2] == (D(2025, 8, 20), PUB)
    assert span("Fighting over the past year displaced 90,000 people.")[:2] == (D(2024, 9, 19), PUB)
    assert span("Fighting the previous month displaced 9,000 people.")[:2] == (D(2025, 8, 1), D(2025, 8, 31))


def test_a_weekly_report_week_to_a_day():
    assert span("In the week to 16 September, 12 attacks on aid workers were recorded.") == (
        D(2025, 9, 10), D(2025, 9, 16), "week")


def test_this_past_weekend_and_new_years_days():
    assert span("Shelling this past weekend killed four in Nikopol.")[:2] == (D(2025, 9, 13), D(2025, 9, 14))
    assert span("A car bomb exploded in Mogadishu on New Year's Eve.", D(2026, 1, 3))[:2] == (D(2025, 12, 31),) * 2
    assert find_dates("The New Year message of the president.", PUB) == []


def test_two_days_of_a_month_joined_by_and_unless_a_count_follows():
    assert span("Troops shelled Toretsk on August 4 and 5, the staff said.")[:2] == (D(2025, 8, 4), D(2025, 8, 5))
    assert span("On August 4 and 5 soldiers were wounded near Toretsk.")[:2] == (D(2025, 8, 4),) * 2
