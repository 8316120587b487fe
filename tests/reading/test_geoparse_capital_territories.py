"""A name written with the words of a capital's or a federal unit ("X Union Territory", "X Capital Territory",
"X Federal District") is that unit: its first-level unit when the gazetteer has one, else the place of the name
at a district's precision; the name alone is the toponym, an unknown one is listed unplaced, and the unit
words are never another place."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


def test_a_union_territory_named_after_its_capital_is_placed_there(gaz):
    got = toponyms_by_name("Soldiers patrolled Naypyitaw Union Territory after the blast in Yangon.", gaz)
    row = got["Naypyitaw"]
    assert abs(row["lat"] - 19.75) < 0.3 and abs(row["lon"] - 96.13) < 0.3 and row["precision"] == 2


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Roads in the Delhi National Capital Territory were shut by fog.", "Delhi", 28.6, 77.1),
    ("Farmers blocked roads into Chandigarh Union Territory on Tuesday.", "Chandigarh", 30.7, 76.8),
    ("Heavy rain flooded the Kuala Lumpur Federal Territory overnight.", "Kuala Lumpur", 3.1, 101.7),
])
def test_a_territory_of_a_known_unit_is_the_unit(gaz, text, name, lat, lon):
    got = toponyms_by_name(text, gaz)
    assert got[name]["kind"] == "admin1" and abs(got[name]["lat"] - lat) < 0.5 and abs(got[name]["lon"] - lon) < 0.5
    assert all(r["lat"] is None or r["lat"] > 0 for r in got.values())  # no Port Moresby "National Capital District"


def test_an_unknown_territory_is_listed_unplaced(gaz):
    got = toponyms_by_name("Snow cut off Leh in Ladakh Union Territory for a week.", gaz)
    assert "Ladakh" in got and got["Ladakh"]["lat"] is None


@pytest.mark.parametrize("text, name", [
    ("Bushfires threatened the Australian Capital Territory on Sunday.", "Australian Capital Territory"),
    ("Gunmen attacked a village in the Federal Capital Territory overnight.", "Federal Capital Territory"),
])
def test_a_units_own_name_is_left_as_read(gaz, text, name):
    assert toponyms_by_name(text, gaz)[name]["kind"] == "admin1"
