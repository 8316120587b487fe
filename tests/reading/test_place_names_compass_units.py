"""A capitalised compass word and a town's name the gazetteer does not hold whole name a district or
zone ("North Shewa zone", "West Pokot"), not the town (a namesake abroad) nor its part: the whole name
is the mention, unplaced, when a unit word follows or the town is small; a big city's part ("West
Mosul") keeps the city. A compass word, a number and a name ("North 24 Parganas") is one name."""
from __future__ import annotations

import datetime as dt

from reading.document import Document
from reading.toponyms import PlaceMentions
from tests.reading.places import toponyms_by_name


def _mention(gaz, text: str, name: str):
    doc = PlaceMentions(gaz)(Document(id="t", text=text, published=dt.date(2025, 1, 1)))
    return next(m for m in doc.mentions if m.text == name)


def test_a_compass_zone_is_its_own_name_not_a_town_abroad(gaz):
    text = "Militiamen looted shops in North Shewa zone on Friday, residents said."
    got = toponyms_by_name(text, gaz)
    assert "Shewa" not in got
    assert got["North Shewa"]["lat"] is None  # no Afghan village
    m = _mention(gaz, text, "North Shewa")
    assert m.place_id is None and m.location is None


def test_a_compass_name_of_a_small_namesake_town_is_unplaced_without_a_unit_word(gaz):
    got = toponyms_by_name("Gunmen raided villages in North Shewa overnight.", gaz)
    assert "Shewa" not in got and got["North Shewa"]["lat"] is None


def test_a_big_citys_compass_part_keeps_the_city(gaz):
    got = toponyms_by_name("Snipers fired on civilians in West Mosul on Sunday.", gaz)
    assert abs(got["Mosul"]["lat"] - 36.34) < 0.2


def test_a_known_compass_unit_stays_placed(gaz):
    got = toponyms_by_name("Displaced families arrived in North Kivu province.", gaz)
    assert got["North Kivu"]["kind"] == "admin1"


def test_a_numbered_compass_district_is_one_name(gaz):
    text = "Cyclone winds flattened huts in South 24 Parganas and Howrah."
    got = toponyms_by_name(text, gaz)
    assert "South 24 Parganas" in got and got["South 24 Parganas"]["lat"] is None
    assert "Parganas" not in got
