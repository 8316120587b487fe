"""A day named by its ordinal alone may open a clause with an article ("on the 12th a mortar hit ..."): the day of
the month told before; an ordinal before a noun ("on the 3rd floor") stays no date."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.text, m.date.start) for m in find_dates(text, published) if m.date]


def test_an_ordinal_before_an_article_is_a_day_of_the_month_told():
    assert dated("Fighting began in Sake on 9 March, and on the 12th a mortar hit the clinic.", D(2024, 4, 2)) == [
        ("on 9 March", D(2024, 3, 9)), ("on the 12th", D(2024, 3, 12))]


def test_an_ordinal_before_a_noun_is_no_day():
    assert dated("Gunmen shot a guard on the 3rd floor of the ministry.", D(2024, 4, 2)) == []
