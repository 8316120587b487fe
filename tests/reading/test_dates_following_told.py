""""The following week/month" counts from the date its sentence told before, whether told with a year or not
("began on 1 April ... fell the following week"), not from publication."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _last(text, published):
    return [m for m in find_dates(text, published) if m.date is not None][-1]


def test_the_following_week_after_a_yearless_day():
    m = _last("The siege of Kadugli began on 3 June and the town fell the following week.", D(2024, 7, 2))
    assert (m.text, m.date.start, m.date.end) == ("the following week", D(2024, 6, 10), D(2024, 6, 16))
    assert not m.future


def test_the_following_month_after_a_yearless_month():
    m = _last("Rebels took Ras Kamboni in February and Kismayo the following month.", D(2024, 11, 20))
    assert (m.date.start, m.date.end) == (D(2024, 3, 1), D(2024, 3, 31))


def test_the_following_month_alone_still_counts_from_publication():
    m = _last("Aid agencies said the following month would be decisive.", D(2024, 11, 20))
    assert m.date.start == D(2024, 12, 1)
