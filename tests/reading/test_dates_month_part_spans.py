"""A span of two parts of one month ("from mid- to late March", "in early to mid-April", "the mid-to-late June
offensive") runs from the first part's start to the second's end, not the second part alone."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


@pytest.mark.parametrize("text, start, end", [
    ("Displacement from Kidal peaked from mid- to late March, UNHCR said.", D(2025, 3, 11), D(2025, 3, 31)),
    ("Cholera spread through the camps in early to mid-April.", D(2025, 4, 1), D(2025, 4, 20)),
    ("The mid-to-late June offensive stalled north of Bakhmut.", D(2024, 6, 11), D(2024, 6, 30)),
    ("Flooding in early to mid-May 2023 cut the road to Bor.", D(2023, 5, 1), D(2023, 5, 20)),
    ("Rebels shelled the port in late March.", D(2025, 3, 21), D(2025, 3, 31)),
])
def test_two_parts_of_a_month(text, start, end):
    (m,) = [m for m in find_dates(text, D(2025, 5, 20) if "June" not in text else D(2024, 7, 30)) if m.date]
    assert (m.date.start, m.date.end, m.date.precision) == (start, end, "month")
