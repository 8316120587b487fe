"""Features written "Cape of X" and Portuguese "Ponta da X" (gold 22's first run: "around the Cape of
Good Hope" read as Good Hope, California; "Ponta da Madeira", the ore port of São Luís, as Madeira),
on other sentences.

- "Cape of X" is one feature (with "of the" too), as "Gulf of X" and "Bay of X" were.
- "Ponta" before a name (with "da", "do", "das", "dos" after it) is a point of land, as "Punta" was;
  towns the gazetteer knows whole ("Ponta Grossa", "Ponta Delgada") stay towns.
"""
from __future__ import annotations

from reading.geoparse import geoparse
from tests.reading.places import unplaced_or_feature


def _rows(text: str, gaz) -> dict[str, dict]:
    return {text[r["start"]:r["end"]]: r for r in geoparse(text, gazetteer=gaz)}


def test_cape_of_a_name_is_one_feature(gaz):
    rows = _rows("Yachts racing to Hobart rounded the Cape of Good Hope in heavy seas.", gaz)
    assert "Cape of Good Hope" in rows and unplaced_or_feature(rows["Cape of Good Hope"])
    assert "Good Hope" not in rows


def test_ponta_da_a_name_is_no_town_of_the_name(gaz):
    rows = _rows("Grain ships anchored off Ponta do Mel before the storm reached Natal.", gaz)
    assert "Ponta do Mel" in rows and "Mel" not in rows


def test_towns_named_ponta_stay_towns(gaz):
    rows = _rows("Trucks drove from Ponta Grossa to Curitiba.", gaz)
    assert abs(rows["Ponta Grossa"]["lat"] + 25.1) < 0.2
