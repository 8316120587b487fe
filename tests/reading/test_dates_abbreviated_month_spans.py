"""Spans of months written short with a dash (session 26, dat13): "Sept.-Oct. 2023", "Mar.–Apr. 2024" (the first
month abbreviated, the year told once after the second), "Dec. 2023-Feb. 2024" and "Oct. 2024-Jan. 2025" (each with
its year, across a new year) are the months from the first to the second (by their width: four months are
"year"). Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, published, start, end, precision", [
    ("Cholera cases in Sept.-Oct. 2023 doubled, the WHO said.", D(2024, 2, 1), D(2023, 9, 1), D(2023, 10, 31),
     "month"),
    ("Food prices rose 30% over Mar.–Apr. 2024 in Port Sudan.", D(2024, 6, 1), D(2024, 3, 1), D(2024, 4, 30),
     "month"),
    ("Through the lean months, Dec. 2023-Feb. 2024, rations were halved.", D(2024, 5, 2), D(2023, 12, 1),
     D(2024, 2, 29), "month"),
    ("The airlift ran Oct. 2024-Jan. 2025 from Entebbe.", D(2025, 3, 3), D(2024, 10, 1), D(2025, 1, 31), "year"),
])
def test_a_short_span_of_months(text, published, start, end, precision):
    assert dated(text, published) == [(start, end, precision)]
