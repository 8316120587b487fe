"""Reports from Latin America, the Caucasus, Central Asia, the Balkans and East Asia (gold 16's regions),
on other sentences: gangs named in Spanish after their home."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _at(rows: list[dict], text: str, word: str, nth: int = 0) -> dict | None:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return next((r for r in rows if r["start"] <= start < r["end"]), None)


@pytest.mark.parametrize("text, word", [
    ("Chilean prosecutors said cells of the Tren de Aragua ran the kidnapping ring from a flat in Arica.", "Aragua"),
    ("Colombian police said the Tren del Llano had moved into the border town of Arauquita.", "Llano"),
    ("Fuel thieves loyal to the Cartel de Santa Rosa de Lima tapped a pipeline near Irapuato.", "Santa Rosa"),
    ("Soldiers clashed with the Clan del Golfo near Turbo, in Antioquia.", "Golfo"),
])
def test_a_gang_named_in_spanish_after_its_home_is_no_place(text, word):
    rows = geoparse(text)
    assert _at(rows, text, word) is None
    assert any(r["lat"] is not None for r in rows)  # the real places of the sentence are still read


def test_the_home_of_a_spanish_named_gang_written_alone_is_still_a_place():
    text = "Heavy rain flooded roads across Aragua and Carabobo on Monday."
    r = _at(geoparse(text), text, "Aragua")
    assert r is not None and r["lat"] is not None and abs(r["lat"] - 10.2) < 0.6
