"""A language's name is no place (reading.languages): "spoke in Tigrinya", "a Pashto-language broadcast",
"in Pashto and Dari" give no place, not Pasto (Colombia) by a guessed spelling nor Dari (India), nor an
unplaced name; a place that bears the name keeps it where no word says "language" (Dari, Jharkhand; the
Somali region)."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _names(text: str, gaz) -> dict[str, object]:
    return {text[r["start"]:r["end"]]: r["lat"] for r in geoparse(text, gazetteer=gaz)}


@pytest.mark.parametrize("text, language, place", [
    ("The governor answered reporters in Swahili outside the hospital in Mombasa.", "Swahili", "Mombasa"),
    ("Radio stations in Gao broadcast warnings in Bambara and Tamasheq.", "Bambara", "Gao"),
    ("A Farsi-language channel based in London aired the video.", "Farsi", "London"),
    ("The Taliban's statement, issued in Pashto and Dari, was read out in Kandahar.", "Pashto", "Kandahar"),
    ("The Taliban's statement, issued in Pashto and Dari, was read out in Kandahar.", "Dari", "Kandahar"),
    ("A woman in Mekelle told the court in Tigrinya that soldiers had come at night.", "Tigrinya", "Mekelle"),
    ("Families in Qamishli, most of them Kurmanji speakers, fled south.", "Kurmanji", "Qamishli"),
    ("Sermons in Hausa were recorded in Kano.", "Hausa", "Kano"),
])
def test_a_language_is_no_place(gaz, text, language, place):
    got = _names(text, gaz)
    assert language not in got, got
    assert got.get(place) is not None, got


@pytest.mark.parametrize("text, name", [
    ("Floods cut the road to Dari, a town in Jharkhand.", "Dari"),
    ("Clashes in the Somali region left 20 dead, officials in Jijiga said.", "Somali"),
])
def test_a_place_of_a_languages_name_stays_a_place(gaz, text, name):
    assert _names(text, gaz).get(name) is not None
