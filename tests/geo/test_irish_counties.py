"""Irish counties written "County Clare", "Co Westmeath", "Co. Mayo" are the county (gold 3:
"Co Westmeath" was listed unplaced, "County Clare" too)."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


@pytest.fixture(scope="module")
def gaz():
    return pytest.importorskip("geo.gazetteer").load_gazetteer()


@pytest.mark.parametrize("text, unit", [
    ("A man was airlifted from a farm in County Clare on Monday.", "ne:IRL-clare"),
    ("Gardaí closed the road near Mullingar, Co Westmeath, after the crash.", "ne:IRL-westmeath"),
    ("Storm Eowyn cut power to 40,000 homes in Co. Mayo.", "ne:IRL-mayo"),
    ("Flooding in Co Cork closed schools in Bandon.", "ne:IRL-cork"),
    ("Residents of County Laois opposed the wind farm.", "ne:IRL-laoighis"),
])
def test_county_prefix(gaz, text, unit):
    rows = geoparse(text, gazetteer=gaz)
    hit = [r for r in rows if "County" in text[r["start"] : r["end"]] or "Co" in text[r["start"] : r["end"]]
           or text[r["start"] : r["end"]] in ("Mayo",)]
    assert hit, rows
    place = gaz.get(unit)
    r = hit[0]
    assert r["kind"] == "admin1", r
    assert (r["lat"], r["lon"]) == pytest.approx((place.lat, place.lon), abs=0.01)
