"""Shipping news: a ship from or for a name whose biggest namesake is a world port sails to that port,
though the article names the small namesake's country (gold 13's genre, on other sentences)."""
from __future__ import annotations

import math

import pytest

from reading.geoparse import geoparse


def _at(rows: list[dict], text: str, word: str) -> dict | None:
    start = text.index(word)
    return next((r for r in rows if r["start"] <= start < r["end"]), None)


def _km(r: dict, lat: float, lon: float) -> float:
    p1, p2 = math.radians(r["lat"]), math.radians(lat)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon - r["lon"]) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(a))


_US_PORTS = "Boston, Baltimore and Charleston loaded cotton and tobacco all week. "


@pytest.mark.parametrize("sentence, word, lat, lon", [
    ("The brig Lark cleared for Odessa with flour.", "Odessa", 46.48, 30.74),
    ("The steamer Orion sailed yesterday for Smyrna and the Levant.", "Smyrna", 38.42, 27.14),
    ("Arrived: the Sea Witch, from Melbourne, with wool and gold dust.", "Melbourne", -37.81, 144.96),
    ("The schooner Kate, from Hamburg for Havana, put in with her sails split.", "Hamburg", 53.55, 10.0),
    ("The crew were rescued by a Swansea barque bound home.", "Swansea", 51.62, -3.94),
])
def test_a_ship_sails_to_the_world_port_not_a_small_namesake(sentence, word, lat, lon):
    text = _US_PORTS + sentence
    r = _at(geoparse(text), text, word)
    assert r is not None and r.get("lat") is not None
    assert _km(r, lat, lon) < 100


@pytest.mark.parametrize("text, word, lat, lon", [
    # no ship in the sentence: the namesake the article is about
    ("Richmond, Petersburg and Fairfax were held. Our regiment arrived from Alexandria and marched to Fairfax.",
     "Alexandria", 38.8, -77.05),
    # the text says which one
    ("The steamer left Galveston for Odessa, Texas, with cattle.", "Odessa", 31.85, -102.37),
])
def test_a_namesake_the_text_or_story_places_stays(text, word, lat, lon):
    r = _at(geoparse(text), text, word)
    assert r is not None and r.get("lat") is not None
    assert _km(r, lat, lon) < 100
