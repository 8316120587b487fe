"""Dates of other calendars told beside or instead of Gregorian ones: a Solar Hijri day ("13 Dey 1398"), a Thai
Buddhist Era year ("B.E. 2543", "2568 BE": 543 years on), a Hijri year ("1445 AH", "the Hijri year 1446"); a
month alone that is also a name ("Mehr news agency") is none. And two small ones: "the 26th day of Ramadan" counts
from its first day; "a report to be published in June" is a plan."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _read(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision, m.future) for m in find_dates(text, published)
            if m.date is not None]


def test_a_solar_hijri_day():
    assert _read("Tasnim said the strike came on 13 Dey 1398.", D(2020, 1, 10)) == [
        ("on 13 Dey 1398", D(2020, 1, 3), D(2020, 1, 3), "day", False)]
    assert _read("Mehr news agency quoted the governor of Kabul.", D(2020, 1, 10)) == []


def test_buddhist_era_and_hijri_years():
    assert _read("The border pact was signed in B.E. 2543.", D(2025, 7, 28)) == [
        ("in B.E. 2543", D(2000, 1, 1), D(2000, 12, 31), "year", False)]
    assert _read("A royal decree of 2567 BE set the rules.", D(2025, 7, 28))[0][1:3] == (D(2024, 1, 1), D(2024, 12, 31))
    got = _read("The group called 1445 AH the year of the sea.", D(2025, 2, 17))
    assert got[0][0] == "1445 AH" and got[0][3] == "year" and abs((got[0][1] - D(2023, 7, 19)).days) <= 1


def test_a_numbered_day_of_ramadan_and_a_report_to_be_published():
    got = _read("Troops entered the palace on the 21st day of Ramadan.", D(2025, 4, 1))
    assert got[0][0] == "on the 21st day of Ramadan" and got[0][1] <= D(2025, 3, 21) <= got[0][2]
    assert _read("The inquiry's report, to be published in June, was leaked.", D(2025, 2, 1))[0][1:5] == (
        D(2025, 6, 1), D(2025, 6, 30), "month", True)
