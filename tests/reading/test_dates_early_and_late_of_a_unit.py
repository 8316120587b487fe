""""Early" and "late" of a month or year told relatively are the parts a named one has ("early next month" the 1st to
the 10th, "late last year" September to December), this one's up to publication (or from it, in a plan)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.reading.dated import only_date

D = dt.date


@pytest.mark.parametrize("text, published, start, end", [
    ("Early this month, militants burned the market in Djibo.", D(2025, 10, 24), D(2025, 10, 1), D(2025, 10, 10)),
    ("Early this month, militants burned the market in Djibo.", D(2025, 10, 6), D(2025, 10, 1), D(2025, 10, 6)),
    ("The militia withdrew from Bunia late last month.", D(2025, 3, 4), D(2025, 2, 21), D(2025, 2, 28)),
    ("A referendum is planned for early next month.", D(2025, 3, 4), D(2025, 4, 1), D(2025, 4, 10)),
    ("The port reopened late last year.", D(2025, 3, 4), D(2024, 9, 1), D(2024, 12, 31)),
    ("Parliament will vote early next year.", D(2025, 3, 4), D(2026, 1, 1), D(2026, 4, 30)),
])
def test_early_and_late_of_a_month_or_year(text, published, start, end):
    m = only_date(text, published)
    assert (m.date.start, m.date.end) == (start, end)


def test_the_end_of_the_week_keeps_its_own_reading():
    m = only_date("The ceasefire collapsed late last week.", D(2025, 3, 5))
    assert (m.date.start, m.date.end, m.date.precision) == (D(2025, 2, 27), D(2025, 3, 2), "week")


@pytest.mark.parametrize("text, start, end", [
    ("Violence surged at the start of the month in Cite Soleil.", D(2025, 6, 1), D(2025, 6, 10)),
    ("Violence surged in the middle of the month in Cite Soleil.", D(2025, 6, 11), D(2025, 6, 20)),
    ("Violence has surged since the start of the month in Cite Soleil.", D(2025, 6, 1), D(2025, 6, 24)),
])
def test_the_start_or_middle_of_this_month_and_a_span_since_its_start(text, start, end):
    m = only_date(text, D(2025, 6, 24))
    assert (m.date.start, m.date.end) == (start, end)
