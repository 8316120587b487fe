"""Edges of a span told in words: "at the end of last month" (its late half, as "late last month"), "the last
days of June" (its last week), "36 hours ago" (a day and a half back: the day before), "the past 24 hours" (one day
and night, at day precision, as one night is)."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published) if m.date]


def test_the_end_of_last_month_is_its_late_half():
    # (its late part, as "late last month" and "by the end of the month": the 21st on, since dat12)
    assert dated("Herders clashed with farmers in Dinsor at the end of last month.", D(2024, 7, 9)) == [
        ("the end of last month", D(2024, 6, 21), D(2024, 6, 30), "month")]


def test_the_beginning_of_last_month_is_its_early_half():
    ((_, start, end, _),) = dated("Talks in Jeddah broke down at the beginning of last month.", D(2024, 7, 9))
    assert start == D(2024, 6, 1) and end < D(2024, 6, 20)


def test_the_last_days_of_a_month_are_its_last_week():
    assert dated("In the last days of June, militias burned Koro's market.", D(2024, 7, 9)) == [
        ("the last days of June", D(2024, 6, 24), D(2024, 6, 30), "week")]


def test_hours_ago_count_whole_days_back():
    assert dated("A mortar hit the camp at Dadaab 36 hours ago.", D(2024, 7, 9)) == [
        ("36 hours ago", D(2024, 7, 8), D(2024, 7, 8), "day")]
    ((_, start, end, precision),) = dated("The convoy left Mersa Matruh a few hours ago.", D(2024, 7, 9))
    assert (start, end, precision) == (D(2024, 7, 9), D(2024, 7, 9), "day")


def test_the_past_24_hours_is_one_day_and_night():
    assert dated("Over the past 24 hours, shelling killed four in Nikopol.", D(2024, 7, 9)) == [
        ("Over the past 24 hours", D(2024, 7, 8), D(2024, 7, 9), "day")]
