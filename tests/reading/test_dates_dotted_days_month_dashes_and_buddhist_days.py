"""A dotted day with its year is written day first where dots are used ("Updated: 04.03.2025" is 4 March, not a span
between 4 March and 3 April); two months joined by a dash are one span ("the April-June period"); a Thai day told
with its Buddhist Era year ("5 May B.E. 2567", "5 May 2567 BE") is that day 543 years earlier."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _read(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published)
            if m.date is not None]


def test_a_dotted_day_is_day_first():
    assert _read("Last updated: 04.03.2025, 09:40 (Kyiv time)", D(2025, 3, 5)) == [
        ("04.03.2025", D(2025, 3, 4), D(2025, 3, 4), "day")]


def test_two_months_joined_by_a_dash_are_one_span():
    assert _read("Displacement doubled in the April-June period, the agency said.", D(2025, 8, 1)) == [
        ("in the April-June", D(2025, 4, 1), D(2025, 6, 30), "month")]


def test_a_day_with_its_buddhist_era_year():
    assert _read("The order, signed on 5 May B.E. 2567, closed the crossing.", D(2024, 6, 1)) == [
        ("on 5 May B.E. 2567", D(2024, 5, 5), D(2024, 5, 5), "day")]
    assert _read("The order was signed on 5 May 2567 BE in Bangkok.", D(2024, 6, 1)) == [
        ("on 5 May 2567 BE", D(2024, 5, 5), D(2024, 5, 5), "day")]
