"""Organisations whose names hold a place are no toponyms (gold 3: "Manchester City", "Air India",
"West Midlands Police", "Westmorland and Furness Council"; "The Bank of England" gave Portsmouth,
New Hampshire, whose GeoNames nickname is "The Bank")."""
from __future__ import annotations

import pytest

from tests.reading.places import surfaces


@pytest.mark.parametrize("text, kept", [
    ("Norwich City beat Everton 2-0 in front of 30,000 fans.", []),
    ("Stoke City fans travelled to Cardiff on Saturday.", ["Cardiff"]),
    ("Air Canada cancelled flights to Halifax during the storm.", ["Halifax"]),
    ("Air Tanzania resumed its route to Mwanza.", ["Mwanza"]),
    ("Thames Valley Police arrested a man in Reading on Monday.", ["Reading"]),
    ("Avon and Somerset Police said the road near Bath was closed.", ["Bath"]),
    ("Brighton and Hove Council approved the plan.", []),
    ("The Bank said rates would stay high.", []),
])
def test_organisation_names(gaz, text, kept):
    assert surfaces(text, gaz) == kept


@pytest.mark.parametrize("text, place", [
    ("Flooding hit Kansas City and Oklahoma City overnight.", "Kansas City"),
    ("Rockets struck Gaza City on Tuesday.", "Gaza City"),
    ("Crowds gathered in Manchester city centre.", "Manchester"),
    ("Tourists flew from India to Kenya.", "India"),
    ("Bosnia and Herzegovina signed the deal.", "Bosnia and Herzegovina"),
    ("Police in Derby and Nottingham made arrests.", "Derby"),
])
def test_places_stay(gaz, text, place):
    assert place in surfaces(text, gaz)


@pytest.mark.parametrize("text", [
    "Economists expect the European Central Bank to cut rates in June.",
    "Analysts said the Federal Reserve and the Central Bank would act together.",
])
def test_capitalised_direction_before_an_ordinary_word_is_a_name(gaz, text):
    assert "Bank" not in surfaces(text, gaz)
