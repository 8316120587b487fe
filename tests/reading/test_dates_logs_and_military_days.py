"""Days in machine and military writing: a log's ISO timestamp ("2024-09-02T23:10:00Z"), South Asia's dashed
"14-08-2024", a date-time group run together ("150930ZAUG24") and a military day with its two-digit year
("02 MAY 23")."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.reading.dated import only_date

D = dt.date


@pytest.mark.parametrize("text, published, day", [
    ("2024-09-02T23:10:00Z sentry reported movement at the wire.", D(2024, 9, 4), D(2024, 9, 2)),
    ("Ticket raised 2023-12-30T08:05+05:00 by the duty officer.", D(2024, 1, 2), D(2023, 12, 30)),
    ("The FIR was lodged in Peshawar on 14-08-2024.", D(2024, 8, 20), D(2024, 8, 14)),
    ("Chittagong police said the arrests were made on 23-11-2023.", D(2024, 1, 10), D(2023, 11, 23)),
    ("150930ZAUG24: mortar fire on OP 4.", D(2024, 8, 16), D(2024, 8, 15)),
    ("Convoy halted at checkpoint until 010600ZMAY25.", D(2025, 4, 30), D(2025, 5, 1)),
    ("Bridge reopened on 02 MAY 23 after repairs.", D(2025, 1, 10), D(2023, 5, 2)),
])
def test_the_day_of_a_log_or_military_date(text, published, day):
    m = only_date(text, published)
    assert (m.date.start, m.date.end, m.date.precision) == (day, day, "day")


@pytest.mark.parametrize("text", [
    "The score was 3-1-2 after extra time.",
    "Rockets hit 14 homes on Jan 26 2 hours after the alert.",
])
def test_numbers_that_are_no_such_day(text):
    from reading.dates import find_dates
    assert all(m.date is None or m.date.start.year >= 2000 and m.text != "3-1-2" for m in find_dates(text, D(2025, 2, 1)))
