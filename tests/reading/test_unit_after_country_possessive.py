"""A town, then "in <country>'s [compass] <unit>": the unit qualifies the town as "in <unit>" does
("Calamar, in Colombia's southern Guaviare department" is Guaviare's Calamar, not Bolívar's)."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, town, lat, lon", [
    ("Dissidents burned a police post in Calamar, in Colombia's southern Guaviare department, on Friday.",
     "Calamar", 1.96, -72.65),
    ("Army engineers reopened the bridge at Calamar, in Colombia\u2019s Guaviare department.", "Calamar", 1.96, -72.65),
])
def test_the_unit_after_a_countrys_possessive_places_the_town(gaz, text, town, lat, lon):
    t = toponyms_by_name(text, gaz)[town]
    assert abs(t["lat"] - lat) < 0.2 and abs(t["lon"] - lon) < 0.2


def test_the_country_and_unit_are_still_read(gaz):
    text = "Dissidents burned a police post in Calamar, in Colombia's southern Guaviare department, on Friday."
    got = toponyms_by_name(text, gaz)
    assert got["Colombia"]["kind"] == "country" and got["Guaviare"]["kind"] == "admin1"


def test_without_a_unit_the_town_keeps_its_first_reading(gaz):
    t = toponyms_by_name("Dissidents burned a police post in Calamar, in Colombia's north, on Friday.", gaz)["Calamar"]
    assert t["lat"] > 5
