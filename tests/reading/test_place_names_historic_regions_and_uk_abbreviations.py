"""Historical regions with an honest outline (an admin-1 union: Bohemia, Moravia, Silesia, Manchuria,
Transvaal) and the traditional British county abbreviations ("Romsey, Hants", "Banbury, Oxon")."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Japanese troops withdrew from Manchuria after the war.", "Manchuria", (40, 53), (119, 135)),
    ("The Boers of the Transvaal rejected the British ultimatum.", "Transvaal", (-27, -22), (24, 32)),
    ("Glassworks in northern Bohemia cut jobs.", "Bohemia", (48.5, 51.1), (12, 16.6)),
    ("Wine from southern Moravia won a prize.", "Moravia", (48.5, 50.3), (15.5, 18.9)),
    ("Steelworkers in Silesia went on strike.", "Silesia", (49.5, 51.8), (14.8, 19.9)),
])
def test_historical_regions_are_regions(gaz, text, name, lat, lon):
    t = toponyms_by_name(text, gaz)[name]
    assert t["kind"] == "region"
    assert lat[0] < t["lat"] < lat[1] and lon[0] < t["lon"] < lon[1]


def test_a_us_town_named_after_a_region_keeps_its_state(gaz):
    t = toponyms_by_name("Firefighters in Moravia, New York, saved the barn.", gaz)["Moravia"]
    assert t["kind"] == "city" and t["lon"] < -70


@pytest.mark.parametrize("text, town, abbr, county_lat", [
    ("Two men were arrested in Romsey, Hants, on Monday.", "Romsey", "Hants", 51.07),
    ("A fire destroyed a barn near Banbury, Oxon, overnight.", "Banbury", "Oxon", 51.76),
    ("Flooding closed roads around Tewkesbury, Glos, again.", "Tewkesbury", "Glos", 51.82),
    ("The bypass at Shrewsbury, Salop, reopened.", "Shrewsbury", "Salop", 52.63),
])
def test_british_county_abbreviations_after_a_town(gaz, text, town, abbr, county_lat):
    t = toponyms_by_name(text, gaz)
    assert t[abbr]["kind"] == "admin1" and abs(t[abbr]["lat"] - county_lat) < 0.2
    assert 50 < t[town]["lat"] < 55 and -4 < t[town]["lon"] < 1  # the English town


def test_bucks_alone_is_no_county(gaz):
    assert "Bucks" not in toponyms_by_name("The Bucks beat the Celtics in Boston.", gaz)
