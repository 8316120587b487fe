"""Year-first numeric days as East Asian reports write them ("2024/05/03", "2024.05.03") are read as ISO days are;
a dotted version number with one-digit parts is no date."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def _dated(text, published):
    return [m for m in find_dates(text, published) if m.date is not None]


@pytest.mark.parametrize("text, day", [
    ("Taiwan's coast guard sighted the carrier group on 2024/10/14 east of Hualien.", D(2024, 10, 14)),
    ("The notice, dated 2024.10.09, ordered fishing boats back to port.", D(2024, 10, 9)),
    ("Seoul said the balloons crossed the border on 2024/6/2.", D(2024, 6, 2)),
])
def test_year_first_days(text, day):
    (m,) = _dated(text, D(2024, 10, 20))
    assert (m.date.start, m.date.end, m.date.precision) == (day, day, "day")


def test_a_version_number_is_no_date():
    assert _dated("The drones ran firmware 2024.1.3 when they were captured.", D(2024, 10, 20)) == []
