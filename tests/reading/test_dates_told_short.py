"""Dates told briefly (session 17, dt2): two days in a row joined by "and", "a fortnight ago", a part of
last/this year, two-digit years after an apostrophe, seasons not after publication. Own sentences."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, published, start, end", [
    ("Militias torched homes in Djugu on Monday and Tuesday.", D(2026, 1, 1), D(2025, 12, 29), D(2025, 12, 30)),
    ("Airstrikes pounded Saada on Saturday and Sunday, medics said.", D(2025, 9, 16), D(2025, 9, 13), D(2025, 9, 14)),
    ("Gunmen raided Zurmi on Wednesday and Thursday.", D(2024, 3, 8), D(2024, 3, 6), D(2024, 3, 7)),
    ("Clashes in Tal Afar on 30 and 31 December left six dead.", D(2026, 1, 2), D(2025, 12, 30), D(2025, 12, 31)),
])
def test_two_days_in_a_row_are_both_at_day_precision(text, published, start, end):
    assert [d[1:] for d in dated(text, published)] == [(start, end, "day")]


def test_two_days_told_unalike_stay_two_dates():
    # (dat3: two weekdays apart, "on Monday and Thursday", are one date from one to the other, at week precision)
    assert dated("Drones hit Sumy on Monday and Thursday.", D(2025, 9, 19)) == [
        ("on Monday and Thursday", D(2025, 9, 15), D(2025, 9, 18), "week")]
    assert len(dated("Bandits struck Gusau on 6 March and yesterday.", D(2024, 3, 8))) == 2


@pytest.mark.parametrize("published, start, end", [
    (D(2026, 1, 5), D(2025, 12, 19), D(2025, 12, 25)),
    (D(2024, 7, 20), D(2024, 7, 3), D(2024, 7, 9)),
])
def test_a_fortnight_ago_is_the_week_around_fourteen_days_back(published, start, end):
    assert dated("Rebels overran an army post near Rutshuru a fortnight ago.", published) == [
        ("a fortnight ago", start, end, "week")]


@pytest.mark.parametrize("text, published, start, end", [
    ("Abductions rose in the final quarter of last year.", D(2026, 2, 10), D(2025, 10, 1), D(2025, 12, 31)),
    ("Abductions rose in the first half of last year.", D(2025, 1, 4), D(2024, 1, 1), D(2024, 6, 30)),
    ("Abductions rose in the second half of last year.", D(2023, 11, 30), D(2022, 7, 1), D(2022, 12, 31)),
    ("Abductions fell in the first quarter of this year.", D(2025, 5, 10), D(2025, 1, 1), D(2025, 3, 31)),
    ("Abductions fell in the first half of this year.", D(2025, 5, 10), D(2025, 1, 1), D(2025, 5, 10)),
    ("Looting spread in the last week of last month.", D(2026, 1, 12), D(2025, 12, 25), D(2025, 12, 31)),
])
def test_a_part_of_last_or_this_year_never_after_publication(text, published, start, end):
    (_told, s, e, _precision), = dated(text, published)
    assert (s, e) == (start, end) and e <= published


@pytest.mark.parametrize("text, start, end", [
    ("The junta's offensive of '23 stalled outside Lashio.", D(2023, 1, 1), D(2023, 12, 31)),
    ("Voting in '24 was marred by attacks on polling stations.", D(2024, 1, 1), D(2024, 12, 31)),
    ("In March '22, the militia entered Bunia.", D(2022, 3, 1), D(2022, 3, 31)),
    ("Raids since summer ’19 have emptied the valley.", D(2019, 6, 1), D(2019, 8, 31)),
])
def test_a_two_digit_year_after_an_apostrophe(text, start, end):
    assert [d[1:3] for d in dated(text, D(2026, 2, 10))] == [(start, end)]


def test_a_two_digit_year_is_of_the_century_not_after_publication():
    assert [d[1] for d in dated("After the war of '67, Quneitra lay in ruins.", D(2025, 2, 10))] == [
        D(1967, 1, 1)]
    assert [d[1] for d in dated("Fighting in June '24 emptied Kidal.", D(2025, 2, 10))] == [D(2024, 6, 1)]


def test_quoted_numbers_and_contractions_are_no_years():
    assert dated("Residents called it 'the 24 hours of terror' and said rock 'n' roll was banned.", D(2026, 2, 10)) == []
    assert dated("The convoy's 12 trucks reached Sirte.", D(2026, 2, 10)) == []


@pytest.mark.parametrize("text, published, start", [
    ("Attacks since summer have killed 300 in Ituri.", D(2026, 2, 10), D(2025, 6, 1)),
    ("Attacks since the winter have killed 300 in Ituri.", D(2025, 11, 10), D(2024, 12, 1)),
    ("Floods in the spring cut the road to Malakal.", D(2026, 1, 20), D(2025, 3, 1)),
    ("Elections will be held in the spring.", D(2025, 10, 1), D(2026, 3, 1)),
])
def test_a_season_told_in_the_past_is_not_after_publication(text, published, start):
    assert [d[1] for d in dated(text, published)] == [start]
