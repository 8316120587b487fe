"""Years and decades told with an apostrophe (session 25, dat12): "the drought of '84", "those of '11", "in the
'80s", "the early '70s", "from '03 to '05"; a decade whose years are not all past is the century before's ("the
'20s" told in 2025). Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.date.start, m.date.end) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, published, start, end", [
    ("Farmers still speak of the drought of '84 in Tigray.", D(2024, 5, 2), D(1984, 1, 1), D(1984, 12, 31)),
    ("The riots were worse than those of '11, police said.", D(2024, 5, 2), D(2011, 1, 1), D(2011, 12, 31)),
    ("Militias first appeared in the '80s.", D(2024, 5, 2), D(1980, 1, 1), D(1989, 12, 31)),
    ("Oil revenue peaked in the early '70s.", D(2024, 5, 2), D(1970, 1, 1), D(1973, 12, 31)),
    ("The camp grew through the '10s.", D(2025, 5, 2), D(2010, 1, 1), D(2019, 12, 31)),
    ("Jazz clubs thrived there in the '20s.", D(2025, 5, 2), D(1920, 1, 1), D(1929, 12, 31)),
    ("Rainfall from '03 to '05 was below normal.", D(2024, 5, 2), D(2003, 1, 1), D(2005, 12, 31)),
])
def test_a_year_or_decade_with_an_apostrophe(text, published, start, end):
    assert dated(text, published) == [(start, end)]


def test_a_four_digit_number_after_of_is_still_a_count():
    assert dated("The army asked for a budget of 1998 tanks.", D(2024, 5, 2)) == []
