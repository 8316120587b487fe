"""Centuries told with "the" are their hundred years ("the 19th century" 1800-1899, "the nineteenth century"), their
early, mid and late parts scaled from a decade's (0-39, 40-69, 70-99: "the late 19th century" 1870-1899), and two
of them a span ("from the 13th to the 17th centuries"); not a kind ("a 19th-century mosque") nor a century before
Christ. A night told from one weekday "into" the next ("overnight Wednesday into Thursday", "the night of Thursday
into Friday") is both days."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _read(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published)
            if m.date is not None]


def test_centuries_and_their_parts():
    pub = D(2024, 9, 2)
    assert _read("The fort dates from the late 18th century.", pub) == [
        ("from the late 18th century", D(1770, 1, 1), D(1799, 12, 31), "year")]
    assert _read("Herders have crossed the plateau since the early 20th century.", pub) == [
        ("since the early 20th century", D(1900, 1, 1), D(1939, 12, 31), "year")]
    assert _read("Coptic scrolls from the 11th to the 14th centuries were burnt.", pub) == [
        ("from the 11th to the 14th centuries", D(1000, 1, 1), D(1399, 12, 31), "year")]
    assert _read("Under the twentieth century's borders, the valley was split.", pub)[0][1:3] == (
        D(1900, 1, 1), D(1999, 12, 31))


def test_a_century_as_a_kind_or_before_christ_is_no_date():
    pub = D(2024, 9, 2)
    assert _read("Shells hit a 17th-century caravanserai.", pub) == []
    assert _read("The river has moved since the 19th-century surveys.", pub) == []
    assert _read("The city was founded in the 4th century BC.", pub) == []


def test_a_night_from_one_weekday_into_the_next_is_both_days():
    pub = D(2024, 9, 2)  # a Monday
    assert _read("Drones struck Sumy overnight Saturday into Sunday.", pub) == [
        ("overnight Saturday into Sunday", D(2024, 8, 31), D(2024, 9, 1), "day")]
    assert _read("Fighting raged through the night of Friday into Saturday, medics said.", pub)[0][1:4] == (
        D(2024, 8, 30), D(2024, 8, 31), "day")
