"""Holidays an analyst dates by their rule (Easter by the computus, the US federal Mondays and Thursday, the Lunar
New Year by its table, "the holidays" at the year's end), Hijri days told with their year, and spans counted to
publication ("the past fortnight", "year to date", "the first nine months of 2023")."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates
from tests.reading.dated import only_date

D = dt.date


@pytest.mark.parametrize("text, published, start, end, precision", [
    # Western Easter of 2019 was 21 April, of 2025 20 April; the Orthodox one of 2023 16 April
    ("A gunman opened fire in a church in Negombo on Easter Sunday.", D(2019, 5, 10), D(2019, 4, 21), D(2019, 4, 21),
     "day"),
    ("Riots broke out in Derry over the Easter weekend.", D(2025, 4, 23), D(2025, 4, 18), D(2025, 4, 21), "week"),
    ("Shelling of Kherson went on through Orthodox Easter, officials said.", D(2023, 4, 20), D(2023, 4, 16),
     D(2023, 4, 16), "day"),
    ("Police said the shooting happened on Easter Monday.", D(2024, 4, 20), D(2024, 4, 1), D(2024, 4, 1), "day"),
    # the first Monday of September, the last Monday of May, the fourth Thursday of November
    ("Nine people were shot in Detroit over Labor Day weekend, police said.", D(2022, 9, 7), D(2022, 9, 3),
     D(2022, 9, 5), "week"),
    ("A gunman killed four at a cookout in Ohio on Memorial Day.", D(2021, 6, 2), D(2021, 5, 31), D(2021, 5, 31),
     "day"),
    ("Two men were arrested in Texas after a brawl on Thanksgiving Day.", D(2024, 12, 2), D(2024, 11, 28),
     D(2024, 11, 28), "day"),
    ("Fireworks were banned in Hanoi during the Lunar New Year.", D(2023, 2, 3), D(2023, 1, 22), D(2023, 1, 22),
     "day"),
    ("Fighting eased around Bakhmut during the Christmas week.", D(2023, 1, 4), D(2022, 12, 19), D(2022, 12, 25),
     "week"),  # (the week Christmas falls in: a Sunday in 2022)
    ("Over the holidays, drones struck Odesa's port twice.", D(2024, 1, 9), D(2023, 12, 24), D(2024, 1, 1), "week"),
])
def test_holidays_by_their_rule(text, published, start, end, precision):
    m = only_date(text, published)
    assert (m.date.start, m.date.end, m.date.precision) == (start, end, precision)


@pytest.mark.parametrize("text", ["A yacht sank off Easter Island.", "Rebels seized the Post Office during the Easter "
                                  "Rising.", "The town fell during the Easter Offensive.",
                                  "Asylum seekers were held on Christmas Island."])
def test_names_that_open_on_easter_are_no_date(text):
    assert [m for m in find_dates(text, D(2024, 6, 1)) if m.date] == []


def test_the_holidays_of_another_season_are_no_date():
    assert [m for m in find_dates("Attacks rose in Kano over the holidays.", D(2024, 8, 20)) if m.date] == []


def test_a_thanksgiving_in_a_canadian_story_is_not_the_american_one():
    text = "Two hunters were shot near Kenora, Canada, on Thanksgiving."
    assert [m for m in find_dates(text, D(2023, 10, 12)) if m.date] == []


def test_a_lunar_new_year_outside_the_table_is_no_invented_day():
    assert [m for m in find_dates("Markets shut on Lunar New Year 2041.", D(2041, 3, 1)) if m.date] == []


@pytest.mark.parametrize("text, published, start, end", [
    # the tabular day (28 Feb 2025 for 1 Ramadan 1446), one day each side
    ("The RSF shelled El Fasher on 1 Ramadan 1446 AH.", D(2025, 3, 20), D(2025, 2, 27), D(2025, 3, 1)),
    ("Pilgrims were attacked near Karbala on 10 Muharram 1446.", D(2024, 8, 1), D(2024, 7, 15), D(2024, 7, 17)),
    ("Clashes broke out in Sanaa on 12 Rabi' al-Awwal 1445 AH.", D(2023, 10, 2), D(2023, 9, 25), D(2023, 9, 27)),
    # a weekday told beside it picks the one day
    ("Mourners were shot in Quetta on Tuesday, 10 Muharram 1446.", D(2024, 8, 1), D(2024, 7, 16), D(2024, 7, 16)),
])
def test_a_hijri_day_told_with_its_year(text, published, start, end):
    m = only_date(text, published)
    assert (m.date.start, m.date.end, m.date.precision, m.future) == (start, end, "day", False)


def test_a_ramadan_told_with_its_hijri_year():
    m = only_date("The siege of the camp lasted through Ramadan 1444.", D(2025, 1, 5))
    # (kept from 23 March to 20 April 2023; tabular 22 March, widened a day each side as a feast is)
    assert (m.date.start, m.date.end) == (D(2023, 3, 21), D(2023, 4, 21))


@pytest.mark.parametrize("text, published, start, end, precision", [
    ("Over the past fortnight, 40 people died in Kassala.", D(2024, 10, 15), D(2024, 10, 2), D(2024, 10, 15),
     "week"),
    ("Year to date, the agency has counted 310 airstrikes.", D(2025, 6, 3), D(2025, 1, 1), D(2025, 6, 3), "year"),
    ("In the first nine months of 2023, 1,100 civilians were killed.", D(2024, 2, 1), D(2023, 1, 1), D(2023, 9, 30),
     "year"),
    ("Kidnappings fell in the last three months of the year.", D(2022, 12, 20), D(2022, 10, 1), D(2022, 12, 20),
     "month"),
])
def test_spans_counted_to_publication_or_within_a_year(text, published, start, end, precision):
    m = only_date(text, published)
    assert (m.date.start, m.date.end, m.date.precision) == (start, end, precision)


@pytest.mark.parametrize("text", ["Aid arrived within a fortnight."])
def test_other_fortnights_are_no_date(text):  # ("in a fortnight's time" is a time ahead since dat13: its own test)
    assert [m for m in find_dates(text, D(2024, 5, 5)) if m.date] == []
