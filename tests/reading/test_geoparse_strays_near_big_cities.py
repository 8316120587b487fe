"""A small town abroad beside a big city the article places is no stray (gold 22's first run: a
port named as a speaker, "while Felixstowe said it had gained", unplaced in a story told from Egypt
because its country is named nowhere else and the unambiguous towns lie far off), on other sentences.

- A bare name (not written as a place) under its own name, within ``_BIG_NEIGHBOUR_KM`` of a city of 100,000 people or more that the
  article places (in any country), the town keeps its place.
- Far from every such city it is still doubted as before (a surname is no town).
"""
from __future__ import annotations

from reading.geoparse import geoparse


def _placed(text: str, gaz) -> dict[str, float | None]:
    return {text[r["start"]:r["end"]]: r.get("lat") for r in geoparse(text, gazetteer=gaz)}


def test_a_port_named_as_a_speaker_beside_big_ports_abroad(gaz):
    text = ("CAIRO - Canal fees fell again in May, officials in Cairo and Suez said. Dock workers in Antwerp and "
            "Rotterdam reported fewer ships, while Harwich said its ferry berths stood empty.")
    lat = _placed(text, gaz).get("Harwich")
    assert lat is not None and abs(lat - 51.94) < 0.2


def test_the_big_cities_themselves_stay(gaz):
    text = ("CAIRO - Canal fees fell again in May, officials in Cairo and Suez said. Dock workers in Antwerp and "
            "Rotterdam reported fewer ships, while Harwich said its ferry berths stood empty.")
    placed = _placed(text, gaz)
    assert abs(placed["Antwerp"] - 51.22) < 0.1 and abs(placed["Rotterdam"] - 51.92) < 0.1
