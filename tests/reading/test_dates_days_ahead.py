"""A yearless day one or two days after publication is this year's (another time zone's day, or a plan told in
the present), not the same day almost a year back; further ahead, a past report's day stays last year's."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates
from tests.reading.dated import only_date

D = dt.date


def test_a_day_one_after_publication_is_this_years():
    m = only_date("Soldiers killed two suspected rebels near Cotabato on October 8, the army said.", D(2024, 10, 7))
    assert (m.date.start, m.date.end) == (D(2024, 10, 8),) * 2


def test_a_plan_told_in_the_present_two_days_ahead_across_new_year():
    m = only_date("The new border tariff comes into force on 1 January.", D(2023, 12, 30))
    assert m.date.start == D(2024, 1, 1) and m.future


def test_a_day_a_week_ahead_in_a_past_report_stays_last_years():
    m = only_date("The raid on 19 April was the bloodiest of the insurgency.", D(2024, 4, 12))
    assert m.date.start == D(2023, 4, 19) and not m.future


def test_an_anniversary_text_keeps_its_past_year_for_a_day_ahead():
    text = ("Five years ago, the army stormed Bamako's radio station on 16 August 2020. On 18 August, the president "
            "resigned.")
    days = [m.date.start for m in find_dates(text, D(2025, 8, 17)) if m.date is not None]
    assert days[-2:] == [D(2020, 8, 16), D(2020, 8, 18)]
