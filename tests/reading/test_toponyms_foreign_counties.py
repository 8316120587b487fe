"""A US county (the only counties the gazetteer holds) is not chosen for an "X County" in an
article about another country that places nothing in the US (gold 3: Middlesex County, Ontario
was placed in Massachusetts)."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, county", [
    ("Flooding closed roads in Essex County and Windsor, Ontario, on Sunday.", "Essex County"),
    ("KINGSTON, Ont. — Frontenac County officials opened a warming centre.", "Frontenac County"),
    ("Wildfires forced evacuations in Renfrew County, Ontario, near Pembroke.", "Renfrew County"),
])
def test_not_a_us_county_abroad(gaz, text, county):
    r = toponyms_by_name(text, gaz)
    assert county in r and r[county]["lat"] is None, r


@pytest.mark.parametrize("text, county, lat", [
    ("Essex County officials in New Jersey declared an emergency.", "Essex County", 40.8),
    ("Rain flooded Middlesex County, Mass., overnight.", "Middlesex County", 42.4),
    ("Deputies in Harris County arrested two men, Houston police said.", "Harris County", 29.8),
])
def test_us_counties_stay(gaz, text, county, lat):
    r = toponyms_by_name(text, gaz)[county]
    assert r["lat"] == pytest.approx(lat, abs=0.6), r
