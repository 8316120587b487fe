"""Islands that no town of their name stands for (``geo/data/islands.csv``): GeoNames' populated places
hold Lampedusa and Chios as towns, but not Lesbos, Socotra, Mull or Yeonpyeong. Named bare, as "the island
of X" or as "X Island", they are placed on the island (a region: its box, a region's precision)."""
from __future__ import annotations

from reading.geoparse import geoparse


def _spot(text: str, gaz, name: str):
    (row,) = [r for r in geoparse(text, gazetteer=gaz) if text[r["start"]:r["end"]] == name]
    return row


def _on(row, lat: float, lon: float, tol: float = 0.5) -> bool:
    return row["lat"] is not None and abs(row["lat"] - lat) < tol and abs(row["lon"] - lon) < tol


def test_an_island_named_bare(gaz):
    row = _spot("More than 300 migrants landed on Lesbos overnight, the Greek coastguard said.", gaz, "Lesbos")
    assert _on(row, 39.17, 26.23) and row["precision"] == 3


def test_the_island_of(gaz):
    text = "A cyclone battered the island of Socotra, cutting roads between its villages, Yemeni officials said."
    assert _on(_spot(text, gaz, "Socotra"), 12.5, 53.9)


def test_an_island_with_its_word(gaz):
    text = "North Korean artillery shelled Yeonpyeong Island, killing two South Korean marines."
    row = _spot(text, gaz, "Yeonpyeong Island")
    assert _on(row, 37.66, 125.67, 0.2)


def test_a_scottish_island_and_its_spelling_with_isle(gaz):
    text = "Ferries to Mull were cancelled after the storm, and the Isle of Skye lost power."
    assert _on(_spot(text, gaz, "Mull"), 56.45, -6.0)
    assert _on(_spot(text, gaz, "Isle of Skye"), 57.35, -6.2)


def test_an_island_town_stays_the_town(gaz):
    text = "Migrants reached Lampedusa and the Greek island of Chios on Sunday."
    assert _on(_spot(text, gaz, "Lampedusa"), 35.50, 12.61, 0.1)
    assert _spot(text, gaz, "Chios")["kind"] == "city"


def test_a_mainland_port_named_with_an_island_stays_the_port(gaz):
    text = "Storms cancelled the ferries between Oban and Mull on Monday."
    row = _spot(text, gaz, "Oban")
    assert row["kind"] == "city" and _on(row, 56.42, -5.47, 0.05)  # the town, not its airport "on" Mull's edge
