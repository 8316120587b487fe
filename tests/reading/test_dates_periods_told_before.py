"""Periods counted from a date told before them ("the previous weekend", "The weekend after", "the previous
quarter", "the same period last year") and business shorthand for quarters and halves ("Q3 2024", "in H1")."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def _dated(text, published):
    return [(m.text, m.date.start, m.date.end) for m in find_dates(text, published) if m.date is not None]


@pytest.mark.parametrize("text, published, phrase, start, end", [
    # from a Saturday or Sunday told: the weekend before that one
    ("Police said on Sunday that the market had reopened. The previous weekend, a bomb killed six in Maiduguri.",
     D(2023, 5, 16), "The previous weekend", D(2023, 5, 6), D(2023, 5, 7)),
    ("Talks collapsed on Thursday 12 October. The weekend before, rockets hit Sderot.", D(2023, 10, 20),
     "The weekend before", D(2023, 10, 7), D(2023, 10, 8)),
    ("The ceasefire began on 2 March. The weekend after, militias shelled Kidal.", D(2024, 3, 20),
     "The weekend after", D(2024, 3, 9), D(2024, 3, 10)),
    # none told: the weekend just gone
    ("Gunmen abducted 30 pupils in Kaduna the previous weekend, officials said.", D(2024, 3, 12),
     "the previous weekend", D(2024, 3, 9), D(2024, 3, 10)),
])
def test_a_weekend_counted_from_a_day_told(text, published, phrase, start, end):
    assert (phrase, start, end) in _dated(text, published)


def test_the_previous_quarter_is_the_one_before_the_quarter_told():
    text = "In the second quarter of 2024, evictions in Haiti rose 15 per cent on the previous quarter, IOM said."
    assert ("the previous quarter", D(2024, 1, 1), D(2024, 3, 31)) in _dated(text, D(2024, 8, 2))


def test_the_previous_quarter_with_no_date_told_is_no_date():
    assert _dated("Exports of grain fell sharply on the previous quarter.", D(2024, 8, 2)) == []


@pytest.mark.parametrize("text, published, phrase, start, end", [
    ("In the first half of 2023, 900 people were killed in Sool, against 400 in the same period last year.",
     D(2023, 9, 1), "the same period last year", D(2022, 1, 1), D(2022, 6, 30)),
    ("Abductions in Zamfara in October rose by half over the same months a year earlier.", D(2024, 11, 15),
     "the same months a year earlier", D(2023, 10, 1), D(2023, 10, 31)),
    # none told: last year's, as before
    ("Air strikes rose over the same period last year, the monitor said.", D(2024, 5, 1),
     "the same period last year", D(2023, 1, 1), D(2023, 12, 31)),
])
def test_the_same_period_a_year_back(text, published, phrase, start, end):
    assert (phrase, start, end) in _dated(text, published)


def test_the_same_period_a_year_earlier_with_no_period_told_is_no_date():
    text = "In 2022, raids on Jenin doubled over the same period a year earlier."
    assert [d for d in _dated(text, D(2024, 1, 10)) if "same" in d[0]] == []


@pytest.mark.parametrize("text, published, start, end", [
    ("Drone strikes on refineries peaked in Q3 2024.", D(2025, 2, 1), D(2024, 7, 1), D(2024, 9, 30)),
    ("Funding covered a fifth of needs in H1, the agency said.", D(2025, 10, 2), D(2025, 1, 1), D(2025, 6, 30)),
    ("Kidnappings rose in H2 of 2022.", D(2024, 1, 5), D(2022, 7, 1), D(2022, 12, 31)),
    ("In Q4, 200 displaced families returned to Mosul.", D(2024, 2, 14), D(2023, 10, 1), D(2023, 12, 31)),
])
def test_quarters_and_halves_in_shorthand(text, published, start, end):
    assert [(s, e) for _, s, e in _dated(text, published)] == [(start, end)]


@pytest.mark.parametrize("text", ["The Q3 results were weak.", "Use an h1 heading.", "The H1 report is out."])
def test_shorthand_with_no_time_told_is_no_date(text):
    assert _dated(text, D(2025, 5, 5)) == []
