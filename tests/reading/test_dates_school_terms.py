"""School terms are their months, not the season named (session 25, dat12): "the autumn term of 2023" September to
December, "the spring term" January to March, "the summer term" April to July; "long-term" and "this term" are no
dates. Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.date.start, m.date.end, m.date.precision, m.future) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, published, start, end, future", [
    ("Gaza's schools lost the whole autumn term of 2023.", D(2024, 2, 1), D(2023, 9, 1), D(2023, 12, 31), False),
    ("Classes in Odesa moved online for the spring term, the council said.", D(2024, 2, 1),
     D(2024, 1, 1), D(2024, 3, 31), False),
    ("Officials hope to reopen two schools for the summer term.", D(2024, 2, 1), D(2024, 4, 1), D(2024, 7, 31), True),
    ("Attendance fell sharply last summer term in Kharkiv.", D(2024, 2, 1), D(2023, 4, 1), D(2023, 7, 31), False),
])
def test_a_school_term_is_its_months(text, published, start, end, future):
    assert dated(text, published) == [(start, end, "month", future)]


def test_terms_that_are_no_school_term():
    assert dated("The ministry has no long-term plan this term.", D(2024, 2, 1)) == []
    assert dated("Fighting resumed in the spring of 2024.", D(2024, 9, 1)) == [
        (D(2024, 3, 1), D(2024, 5, 31), "month", False)]
