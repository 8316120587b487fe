"""The church's feasts counted from Easter date events ("on Palm Sunday", "since Ash Wednesday", "during Lent", "on
Ascension Day", "on Whit Monday", the Orthodox ones from the Orthodox Easter), but "the Good Friday Agreement" is a
name, as "Pentecost Mass" is a thing and Pentecost or Ascension alone may be an island; a feast told with its year ("on Christmas last year", "on Halloween in 2019") is that year's, and "the day
before Thanksgiving" a day before it; "Chinese New Year" is the Lunar New Year. A weekday that does not fit a yearless
day near publication ("on Thursday, June 13" told on Saturday 14 June 2025) is a slip in copy, not another year."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _read(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published)
            if m.date is not None]


def test_feasts_counted_from_easter_are_their_days():
    pub = D(2024, 6, 3)
    assert _read("Pilgrims were turned back from Bethlehem on Palm Sunday.", pub) == [
        ("on Palm Sunday", D(2024, 3, 24), D(2024, 3, 24), "day")]
    assert _read("Three priests have been abducted since Ash Wednesday.", pub) == [
        ("since Ash Wednesday", D(2024, 2, 14), D(2024, 2, 14), "day")]
    assert _read("The shrine was shelled on Ascension Day.", pub) == [
        ("on Ascension Day", D(2024, 5, 9), D(2024, 5, 9), "day")]
    assert _read("Militiamen blocked the road on Whit Monday.", pub) == [
        ("on Whit Monday", D(2024, 5, 20), D(2024, 5, 20), "day")]
    assert _read("No vigils were held during Lent.", pub) == [
        ("during Lent", D(2024, 2, 14), D(2024, 3, 30), "month")]
    assert _read("A church in Zaporizhzhia was hit on Orthodox Good Friday.", pub) == [
        ("on Orthodox Good Friday", D(2024, 5, 3), D(2024, 5, 3), "day")]


def test_a_feasts_name_or_a_place_is_no_date():
    pub = D(2024, 6, 3)
    assert _read("Mediators in Belfast cited the Good Friday Agreement.", pub) == []
    assert _read("Gunmen killed 40 worshippers during Pentecost Mass.", pub) == []
    assert _read("Gardens were stripped in the south of Pentecost.", pub) == []  # an island of Vanuatu
    assert _read("The task force staged through Ascension Island.", pub) == []
    assert _read("Flights from Corpus Christi were cancelled.", pub) == []


def test_a_feast_told_with_its_year_and_a_day_before_it():
    assert _read("Gunmen attacked a chapel on Christmas last year.", D(2025, 2, 10)) == [
        ("on Christmas last year", D(2024, 12, 25), D(2024, 12, 25), "day")]
    assert _read("The curfew was first imposed on Halloween in 2019.", D(2025, 2, 10)) == [
        ("on Halloween in 2019", D(2019, 10, 31), D(2019, 10, 31), "day")]
    assert _read("Threats were phoned in the day before Thanksgiving.", D(2023, 12, 1)) == [
        ("the day before Thanksgiving", D(2023, 11, 22), D(2023, 11, 22), "day")]
    assert _read("Drones hit the market on Chinese New Year.", D(2024, 2, 15)) == [
        ("on Chinese New Year", D(2024, 2, 10), D(2024, 2, 10), "day")]


def test_a_wrong_weekday_near_publication_keeps_the_year():
    assert _read("Rebels shelled Kalehe on Thursday, June 13, officials said.", D(2025, 6, 14))[0][1:3] == (
        D(2025, 6, 13), D(2025, 6, 13))
    # far from publication the weekday still picks the year it fits
    assert _read("The tribunal first sat on Wednesday, 13 September.", D(2025, 1, 10))[0][1:3] == (
        D(2023, 9, 13), D(2023, 9, 13))
