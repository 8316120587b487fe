"""Audit 4: one night told as a two-day range is that night's evening, at day precision."""
import datetime as dt

import pytest

from reading.dates import find_dates


@pytest.mark.parametrize("text, day, precision", [
    ("Russian drones struck Odesa overnight on June 3 to 4, the governor said.", dt.date(2024, 6, 3), "day"),
    ("Shelling hit Kherson on the night of 3-4 June.", dt.date(2024, 6, 3), "day"),
    ("Drones hit Sumy on the night of June 3 to 4.", dt.date(2024, 6, 3), "day"),
    ("Fighting raged around Vuhledar from June 3 to 4.", dt.date(2024, 6, 3), "week"),
])
def test_one_night_range(text, day, precision):
    got = [m.date for m in find_dates(text, published=dt.date(2024, 6, 5)) if m.date is not None]
    assert got and got[0].start == day and got[0].precision == precision, got


@pytest.mark.parametrize("text, start, end", [
    ("Gunmen killed 17 people in Mangu between Saturday and Monday.", dt.date(2024, 6, 1), dt.date(2024, 6, 3)),
    ("The fighting near Kidal lasted from Thursday to Saturday.", dt.date(2024, 5, 30), dt.date(2024, 6, 1)),
])
def test_weekday_spans(text, start, end):
    got = [m.date for m in find_dates(text, published=dt.date(2024, 6, 5)) if m.date is not None]
    assert len(got) == 1 and (got[0].start, got[0].end, got[0].precision) == (start, end, "week"), got


def test_two_days_named_apart_are_the_days_between(nlp=None):
    # (dat3: one date from the first to the second at week precision, as "on 3 and 6 June" is, not Monday alone)
    got = [m.date for m in find_dates("Shelling on Monday and Thursday killed five.", published=dt.date(2024, 6, 7))]
    assert [(d.start, d.end, d.precision) for d in got] == [(dt.date(2024, 6, 3), dt.date(2024, 6, 6), "week")]


def test_two_days_told_unalike_stay_two(nlp=None):
    got = [m.date for m in find_dates("Shelling on 4 June and yesterday killed five.", published=dt.date(2024, 6, 7))]
    assert len(got) == 2
