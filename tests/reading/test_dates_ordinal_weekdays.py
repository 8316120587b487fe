"""An ordinal weekday of a month ("the first Saturday of November", "the last Friday of June") is that one day,
not the whole month; a plain weekday stays as it was."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.reading.dated import only_date

D = dt.date


@pytest.mark.parametrize("text, published, day", [
    ("Guinea will hold its referendum on the first Sunday of September.", D(2025, 6, 2), D(2025, 9, 7)),
    ("The curfew was imposed on the second Tuesday of January.", D(2025, 2, 11), D(2025, 1, 14)),
    ("Pro-democracy groups marched on the last Friday of June.", D(2024, 7, 15), D(2024, 6, 28)),
    ("The fourth Thursday of November 2023 passed quietly in the camps.", D(2024, 1, 3), D(2023, 11, 23)),
])
def test_an_ordinal_weekday_of_a_month_is_one_day(text, published, day):
    m = only_date(text, published)
    assert (m.date.start, m.date.end, m.date.precision) == (day, day, "day")


def test_the_first_week_of_a_month_is_still_a_week():
    m = only_date("Looting spread through Juba in the first week of March.", D(2025, 4, 2))
    assert (m.date.start, m.date.end) == (D(2025, 3, 1), D(2025, 3, 7))
