"""A day's name told as what it dates ("its Christmas Eve parade", "a Boxing Day raid", "the New Year's Eve
shooting", "celebrating New Year's Day") is that day, as "on Christmas Eve" is; a feast told after "at" is its day
when nothing makes it a thing ("at Easter last year", "at Christmas, the guns fell silent"; not "at Christmas
markets"). A feast's name alone before a noun stays a thing ("a Christmas market", "Eid prayers"). "Eid" alone is the
nearer of Eid al-Fitr and Eid al-Adha."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _read(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published)
            if m.date is not None]


def test_a_days_name_before_what_it_dates():
    pub = D(2025, 1, 3)
    assert _read("Police broke up a Boxing Day march in Nairobi.", pub) == [
        ("Boxing Day", D(2024, 12, 26), D(2024, 12, 26), "day")]
    assert _read("Mourners recalled the New Year's Eve shooting.", pub) == [
        ("New Year's Eve", D(2024, 12, 31), D(2024, 12, 31), "day")]


def test_a_feast_after_at():
    assert _read("Rockets hit Nahariya at Easter last year.", D(2025, 2, 3)) == [
        ("at Easter last year", D(2024, 3, 31), D(2024, 3, 31), "day")]
    assert _read("At Christmas, the guns fell silent near Bakhmut.", D(2025, 1, 3))[0][1:3] == (
        D(2024, 12, 25), D(2024, 12, 25))


def test_a_feasts_name_before_a_thing_is_no_date():
    pub = D(2025, 1, 3)
    assert _read("A car rammed a Christmas market in Magdeburg.", pub) == []
    assert _read("Security was tight at Christmas markets across Germany.", pub) == []


def test_eid_alone_is_the_nearest_of_the_two():
    # told after Ramadan 2025, "Eid" is al-Fitr (30 March), read as the tool reads an Islamic day: widened by one
    assert _read("Strikes killed 40 on the first day of Eid, medics said.", D(2025, 3, 31)) == [
        ("on the first day of Eid", D(2025, 3, 29), D(2025, 3, 31), "day")]
    # told in June 2025, it is al-Adha (6 June)
    assert _read("Shops in Gaza City reopened after Eid.", D(2025, 6, 20))[0][1:3] == (D(2025, 6, 5), D(2025, 6, 7))
    assert _read("Eid Mubarak banners were torn down.", D(2025, 6, 20)) == []
