"""Divisions above Natural Earth's admin-1 units (Italian regions, Spanish autonomous communities,
French régions, Philippine regions and island groups, Belgian regions) are regions of the
gazetteer, dissolved from their units (gold 3: "Sicily" was missed, "Emilia-Romagna" and
"Mindanao" found but not placed, "Tuscany" was a Calgary neighbourhood)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from reading.geoparse import geoparse

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gaz():
    return pytest.importorskip("geo.gazetteer").load_gazetteer()


def _rows(text, gaz):
    return {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Wildfires raged across Sardinia and Calabria on Tuesday.", "Sardinia", 40.1, 9.0),
    ("Wildfires raged across Sardinia and Calabria on Tuesday.", "Calabria", 39.0, 16.5),
    ("Farmers in Apulia blamed the drought on poor planning.", "Apulia", 41.0, 16.5),
    ("Voters in Lombardy backed the regional government's plan.", "Lombardy", 45.6, 9.8),
    ("Snow cut power to villages in Piedmont overnight.", "Piedmont", 45.1, 7.9),
    ("The drought in Catalonia forced water restrictions in Girona.", "Catalonia", 41.8, 1.5),
    ("Tourists left the Canary Islands after the protests.", "Canary Islands", 28.3, -15.7),
    ("Heatwaves hit Andalusia and Extremadura this week.", "Extremadura", 39.2, -6.1),
    ("Floods inundated towns in Brittany after the storm.", "Brittany", 48.2, -2.9),
    ("Police reinforcements were sent to Corsica after the bombing.", "Corsica", 42.15, 9.1),
    ("Rebels regrouped in the mountains of Mindanao, the army said.", "Mindanao", 7.6, 124.8),
    ("A typhoon hit Eastern Visayas on Sunday, cutting power to Samar.", "Eastern Visayas", 11.7, 125.0),
    ("Coalition talks stalled as parties in Flanders refused to budge.", "Flanders", 51.0, 4.2),
])
def test_division_is_a_placed_region(gaz, text, name, lat, lon):
    rows = _rows(text, gaz)
    assert name in rows, rows
    r = rows[name]
    assert r["kind"] == "region" and r["lat"] is not None, r
    assert _km(lat, lon, r["lat"], r["lon"]) < 120, r


def test_the_towns_inside_stay_towns(gaz):
    rows = _rows("Fires near Ourense, in Galicia, and around Palermo in Sicily were put out.", gaz)
    assert rows["Ourense"]["kind"] == "city" and rows["Palermo"]["kind"] == "city"
    assert rows["Galicia"]["kind"] == "region" and rows["Sicily"]["kind"] == "region"


def test_rows_are_the_script_output():
    """``regions.csv`` holds what ``scripts/build_iso_regions.py`` writes (rerun it after a data change)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_iso_regions", ROOT / "scripts" / "build_iso_regions.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with open(ROOT / "geo" / "data" / "regions.csv", newline="", encoding="utf-8") as f:
        have = [r for r in csv.DictReader(f) if r["id"].startswith(mod.PREFIXES)]
    assert have == mod.rows()
    ids = [r["id"] for r in have]
    assert len(ids) == len(set(ids))
    # every unit of those countries in at most one division (island groups apart)
    seen: dict[str, str] = {}
    for r in have:
        if r["id"] in {f"region:{iso.lower()}-{gid}" for iso, groups in mod.GROUPS.items() for gid in groups}:
            continue
        for u in r["admin1_ids"].split("|"):
            assert u not in seen, (u, seen.get(u), r["id"])
            seen[u] = r["id"]


def _km(lat1, lon1, lat2, lon2):
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Troops retook a village in Middle Shabelle from al-Shabaab.", "Middle Shabelle", 3.0, 46.0),
    ("Drought killed livestock across Lower Juba and Gedo.", "Lower Juba", 0.1, 41.8),
    ("Strikes hit the Bekaa Valley overnight, Lebanese media said.", "Bekaa Valley", 33.9, 36.1),
    ("Tourism in the Algarve recovered this summer.", "Algarve", 37.2, -8.1),
    ("Telangana police arrested two men in Warangal.", "Telangana", 17.9, 79.2),
])
def test_english_names_and_newer_units(gaz, text, name, lat, lon):
    r = _rows(text, gaz)[name]
    assert r["lat"] is not None and _km(lat, lon, r["lat"], r["lon"]) < 120, r


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Jihadist attacks spread across the Sahel last year.", "Sahel", 16.0, 10.5),
    ("Soldiers were killed in the Liptako-Gourma area near the borders.", "Liptako-Gourma", 14.5, 0.25),
    ("Officials in Kurdistan said flights from Erbil had resumed.", "Kurdistan", 36.1, 44.5),
    ("Strikes were called in Sanandaj and across Iran's Kurdistan province.", "Kurdistan", 35.7, 47.0),
])
def test_regions_across_borders_and_kurdistan(gaz, text, name, lat, lon):
    r = _rows(text, gaz)[name]
    assert r["lat"] is not None and _km(lat, lon, r["lat"], r["lon"]) < 150, r


def test_a_group_named_after_the_sahel_is_no_place(gaz):
    assert "Sahel" not in _rows("Islamic State Sahel Province claimed the attack on Friday.", gaz)
