"""South Asia's headquarters subdistricts are written "X Sadar" ("Sunamganj Sadar upazila", "in Jessore
Sadar"): one name, the subdistrict around the district town X, not the town X and an unknown place
"Sadar". Read at the unit of that name when the table of units holds it, else at the town with a
district's precision."""
from __future__ import annotations

from reading.geoparse import geoparse


def _rows(text: str, gaz):
    return [(text[r["start"]:r["end"]], r) for r in geoparse(text, gazetteer=gaz)]


def test_a_sadar_upazila_is_one_unit(gaz):
    rows = _rows("Floods cut off villages in Sunamganj Sadar upazila in Bangladesh on Monday.", gaz)
    (unit,) = [r for s, r in rows if "Sunamganj" in s]
    assert [s for s, _ in rows] == ["Sunamganj Sadar", "Bangladesh"]
    assert abs(unit["lat"] - 25.05) < 0.1 and abs(unit["lon"] - 91.40) < 0.1 and unit["precision"] == 2


def test_a_sadar_unit_with_an_apostrophe(gaz):
    rows = _rows("Aid workers said camps in Cox's Bazar Sadar upazila were flooded after the cyclone.", gaz)
    assert [s for s, _ in rows] == ["Cox's Bazar Sadar"]
    assert rows[0][1]["precision"] == 2 and abs(rows[0][1]["lat"] - 21.5) < 0.15


def test_a_sadar_the_table_lacks_is_read_at_its_town(gaz):
    rows = _rows("Police in Bogra said clashes were also reported in Jessore Sadar on Friday.", gaz)
    assert [s for s, _ in rows] == ["Bogra", "Jessore Sadar"]
    town = rows[1][1]
    assert abs(town["lat"] - 23.17) < 0.1 and abs(town["lon"] - 89.21) < 0.1 and town["precision"] == 2


def test_sadar_alone_is_no_unit(gaz):
    rows = _rows("Officials at the Sadar police station in Dinajpur said two men were held.", gaz)
    assert "Dinajpur" in [s for s, _ in rows] and all("Sadar" not in s for s, _ in rows if s != "Sadar")
