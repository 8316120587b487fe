"""A name written with "city" ("Durango city", "the city of Durango") is the town, not the unit of
the same name (brief of gold 3: "Durango city" gave the state)."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _first(text, gaz, name):
    return next(r for r in geoparse(text, gazetteer=gaz) if text[r["start"] : r["end"]] == name)


@pytest.mark.parametrize("text, name, kind", [
    ("Soldiers patrolled Durango city after the ambush.", "Durango", "city"),
    ("Gunmen opened fire in the city of Durango late on Friday.", "Durango", "city"),
    ("Drought hit farms across Durango state.", "Durango", "admin1"),
    ("Explosions were heard in Kharkiv city before dawn.", "Kharkiv", "city"),
    ("Protests spread to the city of Chihuahua on Sunday.", "Chihuahua", "city"),
])
def test_city_word(gaz, text, name, kind):
    assert _first(text, gaz, name)["kind"] == kind


def test_capitalised_city_is_a_name_of_its_own(gaz):
    r = _first("Storms hit Oklahoma City overnight.", gaz, "Oklahoma City")
    assert r["kind"] == "city"


def test_a_name_qualifying_the_city_word_keeps_its_place(gaz):
    r = _first("No one was hurt in the New Jersey city, police said.", gaz, "New Jersey")
    assert r["kind"] == "admin1"
