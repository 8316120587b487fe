"""A yearless day told in the same sentence as, and within weeks of, a day of an earlier year takes that year
("entered the city on 8 December 2024, days after an offensive began on 27 November"); a day more than 45 days away,
or told in another sentence, keeps its reading from publication."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def _days(text, published):
    return [m.date.start for m in find_dates(text, published) if m.date is not None]


@pytest.mark.parametrize("text, days", [
    ("Wagner fighters reached Bamako's outskirts on 2 January 2023, a week after leaving Kidal on 26 December.",
     [D(2023, 1, 2), D(2022, 12, 26)]),
    ("The ceasefire signed on 19 January 2025 broke down on 18 March.", [D(2025, 1, 19), D(2025, 3, 18)]),
    ("Goma fell on 27 January 2025 and Bukavu on 16 February.", [D(2025, 1, 27), D(2025, 2, 16)]),
])
def test_a_yearless_day_near_a_day_told_takes_its_year(text, days):
    assert _days(text, D(2025, 12, 1)) == days


def test_a_day_in_another_sentence_reads_from_publication():
    assert _days("The junta seized power on 1 February 2021, and on 3 March it shelled Mandalay.",
                 D(2025, 12, 1))[-1] == D(2021, 3, 3)
    assert _days("Fighting began on 15 April 2023. On 2 May, a truce failed.", D(2025, 12, 1))[-1] == D(2025, 5, 2)
