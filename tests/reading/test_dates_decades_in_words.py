"""Decades told in words (session 26, dat13): "the seventies", "In the early Eighties", "by the late nineties",
"the mid-Fifties", "The noughties" are those decades (their years 0-3, 4-6, 7-9 for early, mid, late); an age ("a
woman in her forties") or a temperature ("Highs in the nineties", "in the sixties Fahrenheit") is no decade. Sentences
of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published=D(2025, 5, 1)):
    return [(m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, start, end", [
    ("The dam on the Tigris was built in the seventies by a Soviet consortium.", D(1970, 1, 1), D(1979, 12, 31)),
    ("In the early Eighties the rebels held the hills above Ayacucho.", D(1980, 1, 1), D(1983, 12, 31)),
    ("By the late nineties the town had lost half its people.", D(1997, 1, 1), D(1999, 12, 31)),
    ("Her father fled Kabul in the mid-Fifties, she said.", D(1954, 1, 1), D(1956, 12, 31)),
    ("The noughties brought oil money to the delta.", D(2000, 1, 1), D(2009, 12, 31)),
])
def test_a_decade_in_words(text, start, end):
    assert dated(text) == [(start, end, "year")]


@pytest.mark.parametrize("text", [
    "A woman in her forties was wounded by shrapnel.",
    "The commander, a man in his sixties, was arrested.",
    "Highs in the nineties are forecast across the camp.",
    "Temperatures stayed in the sixties Fahrenheit at the camp.",
])
def test_an_age_or_a_temperature_is_no_decade(text):
    assert dated(text) == []
