"""A list of world cities' names in a story of a country that has small namesakes of them reads as the
world cities; a list of the namesakes near the story's own towns stays local."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _rows(text: str) -> dict[str, dict]:
    return {text[r["start"]:r["end"]]: r for r in geoparse(text)}


@pytest.mark.parametrize("text, name, lat, lon", [
    ("The Austin rock band, formed in Texas in 2009, played Paris, Rome and Vienna on their first overseas tour.",
     "Paris", 48.9, 2.3),
    ("The Ohio-born pianist, who studied in Cleveland and Columbus, has performed in London, Berlin and Madrid.",
     "London", 51.5, -0.1),
    ("The Ohio-born pianist, who studied in Cleveland and Columbus, has performed in London, Berlin and Madrid.",
     "Berlin", 52.5, 13.4),
    ("The songwriter grew up outside Macon, Georgia, and sang in church in Savannah; this spring she played "
     "Glasgow, Dublin and Amsterdam.", "Dublin", 53.3, -6.2),
])
def test_a_list_of_world_cities_is_the_world_cities(text, name, lat, lon):
    row = _rows(text)[name]
    assert abs(row["lat"] - lat) < 1 and abs(row["lon"] - lon) < 1


@pytest.mark.parametrize("text, name", [
    ("A fire destroyed a barn near Rome, Georgia, on Tuesday. Firefighters from Cartersville and Calhoun helped, "
     "and crews from Athens and Dublin were put on standby.", "Athens"),
    ("A fire destroyed a barn near Rome, Georgia, on Tuesday. Firefighters from Cartersville and Calhoun helped, "
     "and crews from Athens and Dublin were put on standby.", "Dublin"),
    ("Deputies in Lexington, Kentucky, said the stolen truck was later found between Paris and London, two towns "
     "off the interstate.", "London"),
])
def test_namesakes_listed_near_the_story_stay_local(text, name):
    assert _rows(text)[name]["lon"] < -80  # the US namesake, not the European city


def test_a_namesake_in_the_country_of_a_listed_world_city_stays():
    """Gold 26's first run: a Spanish story's "Malaga and Cordoba" moved Cordoba to Argentina's bigger city, as
    if the list were of world cities abroad; Seville is read as itself, so the list lies in Spain."""
    row = _rows("BARCELONA (Reuters) - Heat records fell in Seville and Córdoba on Sunday, the weather agency said.")
    assert abs(row["Córdoba"]["lat"] - 37.9) < 0.3 and abs(row["Córdoba"]["lon"] + 4.8) < 0.3
