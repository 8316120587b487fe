"""A tally's start ("Since 8 October 2023, ... have been killed") counts up to now: the yearless days told after it
are read from publication, not in the tally's year (a timeline section's "March 2011" still sets its days' year)."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _days(text, published):
    return [m.date.start for m in find_dates(text, published) if m.date is not None and m.date.precision == "day"]


def test_days_after_a_tallys_start_are_of_the_publication_year():
    text = ("Since 3 May 2024, the health cluster has recorded 1,480 deaths. On 4 May, a mortar round hit a clinic "
            "in Kadugli. On 6 May, gunmen looted the market.")
    assert _days(text, D(2025, 5, 9)) == [D(2024, 5, 3), D(2025, 5, 4), D(2025, 5, 6)]


def test_a_tally_told_at_the_end_of_a_clause_sets_no_year_either():
    text = ("More than 900 people have been displaced since 12 January 2023. On 14 January, militia fighters burned "
            "two villages near Djugu.")
    assert _days(text, D(2024, 1, 20)) == [D(2023, 1, 12), D(2024, 1, 14)]


def test_a_past_day_told_with_its_year_still_dates_the_next_days_of_its_month():
    text = "On 2 March 2011, rebels entered Brega. On 4 March, they took Ras Lanuf."
    assert _days(text, D(2026, 3, 20)) == [D(2011, 3, 2), D(2011, 3, 4)]
