"""Seas whose name opens with a compass word (gold 22's first run: "energy links across the North
Sea" read as North Sea, New York), on other sentences.

- Before "Sea" or "Ocean", "North", "South", "East" and "West" are the name's own words, not words
  opening a clause: "the North Sea" and "the East China Sea" are seas, listed unplaced.
"""
from __future__ import annotations

from reading.geoparse import geoparse
from tests.reading.places import unplaced_or_feature


def _rows(text: str, gaz) -> dict[str, dict]:
    return {text[r["start"]:r["end"]]: r for r in geoparse(text, gazetteer=gaz)}


def test_the_north_sea_is_no_town_of_that_name(gaz):
    rows = _rows("Wind farms planned off Aberdeen will send power across the North Sea to Bergen.", gaz)
    assert "North Sea" in rows and unplaced_or_feature(rows["North Sea"])


def test_a_compass_word_opens_a_longer_sea_name(gaz):
    rows = _rows("Coast guard ships from Taipei and Manila patrol the East China Sea more often.", gaz)
    assert "East China Sea" in rows and "China" not in rows
