"""A list of first-level units across a border ("Texas and Chihuahua", "Ontario and Michigan") is the
units, when one member is plainly a unit: not a Mexican village called Texas, nor Ontario, California.
One country's lists keep that country's units, and lists of big border towns stay the towns."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, expected", [
    ("Smugglers moved guns through Texas and Chihuahua last year.",
     {"Texas": (31.5, -99.4), "Chihuahua": (28.8, -106.5)}),
    ("Troops deployed to Chihuahua and Texas after the floods.",
     {"Texas": (31.5, -99.4), "Chihuahua": (28.8, -106.5)}),
    ("Heat records fell in Arizona and Sonora this week.",
     {"Arizona": (34.3, -111.7), "Sonora": (29.7, -110.8)}),
    ("Ice storms knocked out power in Ontario and Michigan.",
     {"Ontario": (50.1, -85.8), "Michigan": (44.9, -85.7)}),
    ("Anglers in Minnesota or Ontario reported thin ice.",
     {"Ontario": (50.1, -85.8), "Minnesota": (46.3, -94.2)}),
])
def test_units_listed_across_a_border_are_the_units(gaz, text, expected):
    rows = toponyms_by_name(text, gaz)
    for name, (lat, lon) in expected.items():
        row = rows[name]
        assert row["kind"] == "admin1", (name, row)
        assert (row["lat"], row["lon"]) == (pytest.approx(lat, abs=1.0), pytest.approx(lon, abs=1.0)), (name, row)


@pytest.mark.parametrize("text, lon_range", [
    ("Water disputes between Punjab and Sindh grew this summer.", (60.0, 74.5)),  # Pakistan's Punjab
    ("Farm unions in Punjab and Haryana blocked the highways.", (73.5, 77.5)),  # India's Punjab
])
def test_one_countrys_units_stay_that_countrys(gaz, text, lon_range):
    row = toponyms_by_name(text, gaz)["Punjab"]
    assert row["kind"] == "admin1", row
    assert lon_range[0] <= row["lon"] <= lon_range[1], row


def test_big_border_towns_stay_towns(gaz):
    rows = toponyms_by_name("Aid convoys left Aleppo and Gaziantep at dawn.", gaz)
    assert rows["Aleppo"]["kind"] == "city" and rows["Gaziantep"]["kind"] == "city", rows
