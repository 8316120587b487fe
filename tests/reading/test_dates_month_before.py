""""the month before", "The year before, ...", "the year after" count from the date told before them (in their
sentence or the one before), as "the previous month" does; with no date told before, they are no date."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _dated(text, published):
    return [(m.text, m.date.start, m.date.end) for m in find_dates(text, published) if m.date is not None]


def test_the_month_before_a_month_told():
    assert _dated("Houthi forces seized the port in April and the airport the month before.", D(2025, 9, 1))[-1] == (
        "the month before", D(2025, 3, 1), D(2025, 3, 31))


def test_the_year_before_a_year_told_in_the_sentence_before():
    found = _dated("The junta dissolved parliament in 2021. The year before, protests had shaken Yangon.",
                   D(2025, 9, 1))
    assert found[-1] == ("The year before", D(2020, 1, 1), D(2020, 12, 31))


def test_the_year_after():
    assert _dated("Kabul fell in August 2021 and the economy shrank by a fifth the year after.", D(2025, 9, 1))[-1] == (
        "the year after", D(2022, 1, 1), D(2022, 12, 31))


def test_no_date_told_before_no_date():
    assert _dated("Officials said the month before, the camp had flooded.", D(2025, 9, 1)) == []
    assert _dated("Turnout was lower than in the year before last.", D(2025, 9, 1)) == []
