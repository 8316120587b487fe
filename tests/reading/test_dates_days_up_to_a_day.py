"""A period told by its last day: "in the week to Sunday" (the seven days up to it), "in the 10 days to 28 March",
"the three days ending Sunday"; and a day "proposed" is a plan."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.reading.dated import only_date

D = dt.date


@pytest.mark.parametrize("text, published, start, end", [
    ("In the week to Sunday, 14 civilians were killed in Ituri.", D(2025, 6, 4), D(2025, 5, 26), D(2025, 6, 1)),
    ("Cholera cases doubled in the 10 days to 12 May, WHO said.", D(2025, 5, 20), D(2025, 5, 3), D(2025, 5, 12)),
    ("In the three days ending Sunday, 40 boats landed in Lampedusa.", D(2025, 6, 4), D(2025, 5, 30), D(2025, 6, 1)),
])
def test_a_period_up_to_a_day(text, published, start, end):
    m = only_date(text, published)
    assert (m.date.start, m.date.end) == (start, end)


def test_a_day_proposed_is_ahead():
    m = only_date("A prisoner swap is proposed for 2-4 June.", D(2025, 5, 28))
    assert (m.date.start, m.date.end, m.future) == (D(2025, 6, 2), D(2025, 6, 4), True)
