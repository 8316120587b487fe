"""Audit 5: court and human-rights texts date past events with joined years and months."""
import datetime as dt

import pytest

from reading.dates import find_dates


@pytest.mark.parametrize("text, start, end", [
    ("Militiamen looted homes in the villages of Nizi and Fataki in 2002 and 2003.", dt.date(2002, 1, 1), dt.date(2003, 12, 31)),
    ("Soldiers burned villages during 1998 and 1999, the report said.", dt.date(1998, 1, 1), dt.date(1999, 12, 31)),
    ("Rebels held Kisangani in May and June 2000.", dt.date(2000, 5, 1), dt.date(2000, 6, 30)),  # both, as years
    ("Fighting raged around the city in April or May 2016.", dt.date(2016, 4, 1), dt.date(2016, 4, 30)),
])
def test_joined_years_and_months(text, start, end):
    got = [d for d in find_dates(text, published=dt.date(2025, 3, 12)) if d.date is not None]
    assert got and (got[0].date.start, got[0].date.end) == (start, end), [(d.text, d.date) for d in got]


@pytest.mark.parametrize("text, year", [("Clashes in 2014 and 40 people were killed.", 2014),
                                         ("In 2019 and 12 other years of war, the town changed hands.", 2019)])
def test_a_year_and_a_count_is_no_range(text, year):
    got = [d for d in find_dates(text, published=dt.date(2025, 3, 12)) if d.date is not None]
    assert got and got[0].date.start == dt.date(year, 1, 1) and got[0].date.end == dt.date(year, 12, 31), got
