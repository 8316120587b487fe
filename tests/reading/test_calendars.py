"""The other calendars' arithmetic (:mod:`reading.calendars`): Jewish feasts in any year by the Hebrew calendar's rules,
Solar Hijri days and years by the 33-year cycle, checked against days published for them."""
from __future__ import annotations

import datetime as dt

from reading.calendars import jewish_feast_span, rosh_hashanah, solar_hijri_day, solar_hijri_year_span

D = dt.date


def test_rosh_hashanah_falls_where_the_hebrew_calendar_puts_it():
    assert [rosh_hashanah(y) for y in (1973, 2016, 2019, 2023, 2027)] == [
        D(1973, 9, 27), D(2016, 10, 3), D(2019, 9, 30), D(2023, 9, 16), D(2027, 10, 2)]


def test_feasts_counted_from_tishri_nisan_and_kislev():
    assert jewish_feast_span("yom kippur", 1973) == (D(1973, 10, 6),) * 2  # the war's first day
    assert jewish_feast_span("simchat torah", 2023) == (D(2023, 10, 7),) * 2
    assert jewish_feast_span("passover", 2021) == (D(2021, 3, 28), D(2021, 4, 3))
    assert jewish_feast_span("purim", 2025) == (D(2025, 3, 14),) * 2
    assert jewish_feast_span("hanukkah", 2023) == (D(2023, 12, 8), D(2023, 12, 15))
    assert jewish_feast_span("hanukkah", 2024)[0] == D(2024, 12, 26)  # (a 355-day year: a 30-day Heshvan)


def test_solar_hijri_days_and_years():
    assert solar_hijri_day(1404, 1, 1) == D(2025, 3, 21)
    assert solar_hijri_day(1398, 10, 13) == D(2020, 1, 3)
    assert solar_hijri_day(1399, 12, 30) == D(2021, 3, 20)  # the 30th of Esfand of a leap year
    assert solar_hijri_year_span(1403) == (D(2024, 3, 20), D(2025, 3, 20))
