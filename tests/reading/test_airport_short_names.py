"""A famous airport named by its short name alone ("Heathrow", "Changi", "Schiphol") is that
airport, not a small namesake elsewhere; a town of the name keeps it when the story is there."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, lat, lon", [
    ("All departures from Heathrow were halted after a drone sighting.", "Heathrow", 51.47, -0.46),
    ("The delegation was held for six hours at Gatwick before flying on.", "Gatwick", 51.15, -0.19),
    ("She boarded a flight out of Changi bound for Jakarta.", "Changi", 1.35, 103.99),
    ("The deported men were put on a charter plane at Schiphol.", "Schiphol", 52.31, 4.76),
    ("Federal agents met the plane when it touched down at Dulles.", "Dulles", 38.95, -77.46),
])
def test_a_famous_airport_by_its_short_name(gaz, text, name, lat, lon):
    t = toponyms_by_name(text, gaz).get(name)
    assert t is not None and t["kind"] == "airport"
    assert abs(t["lat"] - lat) < 0.1 and abs(t["lon"] - lon) < 0.1


def test_the_namesake_town_keeps_its_name_in_its_own_story(gaz):
    text = "A man from Heathrow, Florida, was charged in Orlando with fraud."
    t = toponyms_by_name(text, gaz)["Heathrow"]
    assert t["kind"] == "city" and t["lat"] < 35


def test_an_ordinary_word_of_an_airport_name_is_no_short_name():
    from geo.gazetteer import _airport_names

    names = _airport_names("Vancouver Harbour Airport", "Vancouver", frozenset(), True, frozenset({"harbour"}))
    assert "Harbour" not in names and "Harbour Airport" in names
    assert "Schiphol" in _airport_names("Amsterdam Airport Schiphol", "Amsterdam", frozenset(), True)
    assert "Schiphol" not in _airport_names("Amsterdam Airport Schiphol", "Amsterdam", frozenset(), False)
