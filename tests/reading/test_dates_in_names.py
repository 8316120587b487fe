"""A day that "the" opens and a capitalised word closes is part of a name, not a date: "the March 23 Movement",
"the Sunday Times", "the 9th of April Square"; a day in running text stays a date."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


@pytest.mark.parametrize("text", [
    "Fighters of the March 23 Movement entered Masisi town.",
    "The claim was first made in the Sunday Telegraph.",
    "Crowds gathered in the 9th of April Square in Tbilisi.",
    "Worshippers fled the Friday Mosque when the shelling began.",
    "A spokesman for the February 17 Brigade denied the report.",
])
def test_days_in_names_are_no_dates(text):
    assert [m.text for m in find_dates(text, D(2024, 5, 8)) if m.date is not None] == []


@pytest.mark.parametrize("text, day", [
    ("Rebels of the M23 seized Rubaya on the Sunday before the talks.", D(2024, 5, 5)),
    ("On March 23 Congolese troops retook the hill.", D(2024, 3, 23)),
    ("It happened on the Saturday, Human Rights Watch said.", D(2024, 5, 4)),
])
def test_days_in_running_text_stay_dates(text, day):
    assert [m.date.start for m in find_dates(text, D(2024, 5, 8)) if m.date is not None] == [day]
