"""Feasts told by a day of them ("the second day of Eid al-Adha", "the eve of Eid", "the Day of Arafat"), Nowruz,
Kenya's own days, and national days whose date depends on the country: read only when the country is named right
before them ("Pakistan's Independence Day", "Bangladeshi Victory Day"); "on Independence Day" alone stays unread."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def _dated(text, published):
    return [m for m in find_dates(text, published) if m.date is not None]


def _span(text, published):
    (m,) = _dated(text, published)
    return m.date.start, m.date.end, m.date.precision


@pytest.mark.parametrize("text, published, day", [
    ("Troops paraded in Lahore on Pakistan's Independence Day.", D(2024, 8, 20), D(2024, 8, 14)),
    ("A bomb went off in Maiduguri ahead of Nigeria's Independence Day, police said.", D(2024, 10, 3), D(2024, 10, 1)),
    ("Crowds filled Dhaka on Bangladeshi Victory Day despite the strike.", D(2024, 12, 18), D(2024, 12, 16)),
    ("Moscow cancelled parades on Russia's Victory Day for fear of drones.", D(2024, 5, 12), D(2024, 5, 9)),
    ("Rallies were banned in Nairobi on Madaraka Day.", D(2024, 6, 5), D(2024, 6, 1)),
])
def test_a_national_day_with_its_country_is_that_country_s_day(text, published, day):
    assert _span(text, published) == (day, day, "day")


@pytest.mark.parametrize("text", [
    "Shelling resumed on Independence Day, officials said.",
    "Fighters of the Central African Republic's army attacked the town.",
    "Pilgrims prayed on Mount Arafat before dawn.",
])
def test_no_country_no_national_day(text):
    assert _dated(text, D(2024, 8, 30)) == []


def test_a_day_of_an_islamic_feast_is_that_day_known_to_a_day():
    # Eid al-Adha 2024: 16 June in Saudi Arabia and most countries; its second day the 17th
    start, end, precision = _span("Gunmen attacked a checkpoint in Mandera on the second day of Eid al-Adha.",
                                  D(2024, 6, 20))
    assert start <= D(2024, 6, 17) <= end and (end - start).days == 2 and precision == "day"
    start, end, _ = _span("Clashes broke out in El Geneina on the eve of Eid al-Fitr.", D(2024, 4, 15))
    assert start <= D(2024, 4, 9) <= end and end < D(2024, 4, 11)  # Eid al-Fitr 2024: 10 April
    start, end, _ = _span("On the Day of Arafat, a drone struck a car near Marib.", D(2024, 6, 20))
    assert start <= D(2024, 6, 15) <= end  # 9 Dhu al-Hijjah 1445


def test_nowruz_is_1_farvardin_and_newroz_the_21st():
    nowruz = _span("Police in Mashhad arrested dancers on Nowruz.", D(2024, 3, 25))
    assert nowruz == (D(2024, 3, 20), D(2024, 3, 20), "day")  # (1 Farvardin 1403; 1404's was 21 March 2025)
    assert _span("Police in Mashhad arrested dancers on Nowruz.", D(2025, 3, 25))[0] == D(2025, 3, 21)
    assert _span("Kurds in Diyarbakir lit fires for Newroz, without incident.", D(2024, 3, 25))[0] == D(2024, 3, 21)
