"""A town placed by its country or state after a comma ("another Tripoli, in northern Lebanon"; gold
23's first run read it as Libya's capital, the country's Zuwara being named first), on other sentences.
The comma form places nothing when the unit is an owner ("Kharkiv, in Russia's latest strike")."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _point(text: str, gaz, name: str) -> tuple:
    ((lat, lon),) = [(r["lat"], r["lon"]) for r in geoparse(text, gazetteer=gaz) if text[r["start"]:r["end"]] == name]
    return lat, lon


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Smugglers who sail from Zuwara in Libya now also fly people out of Tripoli, in northern Lebanon.",
     "Tripoli", 34.44, 35.84),
    ("The festival moved from Spain to another Valencia, in central Venezuela.", "Valencia", 10.16, -68.00),
    ("Pilgrims from Chile also walk to Santiago, in northern Spain.", "Santiago", 42.88, -8.54),
])
def test_a_town_then_comma_in_a_part_of_its_country(gaz, text, name, lat, lon):
    got = _point(text, gaz, name)
    assert abs(got[0] - lat) < 0.3 and abs(got[1] - lon) < 0.3, got
