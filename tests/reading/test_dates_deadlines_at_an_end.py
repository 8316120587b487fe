"""A deadline at the end of this week, month or year is its end, as "late" in it, and a plan ("by the end of the
week": Friday to Sunday), not the rest of the period from publication; "later this week" keeps the rest."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def _read(text, published):
    (m,) = [m for m in find_dates(text, published) if m.date is not None]
    return m.text, m.date.start, m.date.end, m.future


@pytest.mark.parametrize("text, published, phrase, start, end", [
    ("The junta gave the mediators until the end of the week to reply.", D(2026, 5, 12), "until the end of the week",
     D(2026, 5, 15), D(2026, 5, 17)),
    ("Ministers promised that arrears would be cleared before the end of the month.", D(2026, 5, 4),
     "before the end of the month", D(2026, 5, 21), D(2026, 5, 31)),
    ("Peacekeepers are to leave Kidal by the end of the year.", D(2026, 3, 2), "by the end of the year",
     D(2026, 9, 1), D(2026, 12, 31)),
    ("The envoy said the corridor would reopen at the end of this week.", D(2026, 5, 12), "the end of this week",
     D(2026, 5, 15), D(2026, 5, 17)),
])
def test_a_deadline_at_the_end_of_this_period_is_its_end_and_a_plan(text, published, phrase, start, end):
    assert _read(text, published) == (phrase, start, end, True)


def test_a_deadline_told_on_the_last_days_is_still_a_plan():
    # told on a Saturday: the end of the week is already running, and the deadline is ahead
    assert _read("Rebels have until the end of the week to hand over their weapons.", D(2026, 5, 16))[3] is True


def test_later_this_week_and_since_the_start_of_the_year_keep_their_spans():
    assert _read("Talks will resume later this week.", D(2026, 5, 12))[1:3] == (D(2026, 5, 12), D(2026, 5, 17))
    assert _read("Some 90 people have died since the start of the year.", D(2026, 5, 12))[1:3] == (
        D(2026, 1, 1), D(2026, 5, 12))
