"""Dates told plainly but not read before session 18 (dat4, from the second dates gold; own sentences): a yearless
day and month in numbers, fixed-day feasts, a span between two months or their parts, the day before yesterday, a
weekday that is a habit, decades ago."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, published, day", [
    ("Rebels shelled Sake on 27/4, killing three.", D(2026, 5, 2), D(2026, 4, 27)),
    ("The convoy ambushed since 19.10 has not been found.", D(2025, 10, 22), D(2025, 10, 19)),
    ("Police say the looting began on 11/23 in Minneapolis.", D(2025, 11, 25), D(2025, 11, 23)),
    ("The massacre of 31/12 is still unpunished.", D(2026, 1, 20), D(2025, 12, 31)),
])
def test_a_yearless_numeric_day_whose_order_is_plain_is_read(text, published, day):
    assert [d[1:] for d in dated(text, published)] == [(day, day, "day")]


@pytest.mark.parametrize("text", [
    "The 3/4 company held the ridge.",          # either order could be meant
    "Guards were on 24/7 alert at the depot.",  # round the clock
    "Turnout rose 14/3 in the north.",          # no word of time before it
    "Prices rose on 15.5 percent of goods.",    # a number
])
def test_numbers_with_a_slash_or_dot_are_no_yearless_day(text):
    assert dated(text, D(2025, 6, 1)) == []


@pytest.mark.parametrize("text, published, day", [
    ("Missiles hit Lviv on Orthodox Christmas, officials said.", D(2026, 1, 8), D(2026, 1, 7)),
    ("Shops in Bethlehem stayed shut on Boxing Day.", D(2025, 12, 29), D(2025, 12, 26)),
    ("Cars were torched in Marseille on Bastille Day.", D(2024, 7, 16), D(2024, 7, 14)),
    ("Sirens sounded across Belgium on Armistice Day.", D(2025, 11, 12), D(2025, 11, 11)),
    ("Sporadic gunfire continued over Christmas in Jos.", D(2024, 12, 30), D(2024, 12, 25)),
])
def test_fixed_day_feasts_are_their_day(text, published, day):
    assert [d[1:] for d in dated(text, published)] == [(day, day, "day")]


def test_a_feast_after_over_that_names_a_thing_is_no_date():
    assert dated("The council argued over Christmas lights in Aleppo.", D(2025, 12, 10)) == []


@pytest.mark.parametrize("text, published, start, end", [
    ("Cholera spread from mid-May to late June, the WHO said.", D(2025, 7, 9), D(2025, 5, 11), D(2025, 6, 30)),
    ("Between late November and early January, 90 villages emptied.", D(2026, 1, 30), D(2025, 11, 21), D(2026, 1, 10)),
    ("The port was blockaded from April to June.", D(2024, 8, 2), D(2024, 4, 1), D(2024, 6, 30)),
])
def test_a_span_from_one_month_or_its_part_to_another_is_one_date(text, published, start, end):
    assert [d[1:3] for d in dated(text, published)] == [(start, end)]


def test_two_months_not_told_as_a_span_stay_two():
    assert len(dated("Floods came in April, and fighting in June.", D(2025, 8, 1))) == 2


def test_the_day_before_yesterday_and_after_tomorrow():
    assert dated("The day before yesterday, a mortar hit the school.", D(2025, 4, 10)) == [
        ("The day before yesterday", D(2025, 4, 8), D(2025, 4, 8), "day")]
    got = find_dates("Voting resumes the day after tomorrow.", D(2025, 4, 10))
    assert [(m.date.start, m.future) for m in got if m.date] == [(D(2025, 4, 12), True)]


def test_a_weekday_told_as_a_habit_is_no_date():
    text = "Each Thursday, families wait at the prison gate; every Sunday the market closes. On Sunday it burned."
    assert dated(text, D(2025, 9, 3)) == [("On Sunday", D(2025, 8, 31), D(2025, 8, 31), "day")]


def test_decades_ago_count_ten_years_each():
    (got,) = dated("Two decades ago the rebels first took Gao.", D(2026, 3, 15))
    assert got[1] <= D(2006, 3, 15) <= got[2]


def test_a_part_of_the_year_is_of_this_year_unless_another_year_was_told():
    assert dated("Abductions doubled in the first half of the year.", D(2025, 8, 14)) == [
        ("the first half of the year", D(2025, 1, 1), D(2025, 6, 30), "year")]
    assert [d[0] for d in dated("The dam burst in 2018. In the second half of the year, cholera spread.",
                                D(2025, 8, 14))] == ["in 2018"]
    assert dated("The last quarter of the year was quieter in Ituri.", D(2025, 12, 30)) == []  # a time as a thing


def test_the_days_ahead_are_the_coming_days():
    got = find_dates("Aid agencies fear more clashes over the days ahead.", D(2026, 3, 2))
    assert [(m.text, m.date.start, m.date.end, m.future) for m in got if m.date] == [
        ("over the days ahead", D(2026, 3, 3), D(2026, 3, 9), True)]


def test_earlier_in_the_month_of_publication_runs_to_publication():
    assert dated("Earlier in May, gunmen burned a clinic in Tillia.", D(2025, 5, 19)) == [
        ("Earlier in May", D(2025, 5, 1), D(2025, 5, 19), "month")]
    assert dated("Earlier in April, gunmen burned a clinic in Tillia.", D(2025, 5, 19))[0][1:3] == (
        D(2025, 4, 1), D(2025, 4, 30))
