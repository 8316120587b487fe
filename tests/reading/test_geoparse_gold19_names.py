"""Web news, sport and travel, and conflict reports with variant spellings (gold 19's genres), on other
sentences: continents are no towns once called so, and language names are no towns."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _rows(text: str) -> dict[str, dict]:
    return {text[r["start"]:r["end"]]: r for r in geoparse(text)}


@pytest.mark.parametrize("text", [
    "Runners from Algeria, Tunisia and Kenya met in Nairobi for the biggest meeting in Africa this year.",
    "A team based in Girona sent riders to Kigali for the first world championships in Africa.",
])
def test_a_continent_is_no_town_once_called_so(text):
    africa = _rows(text)["Africa"]
    assert (africa["lat"], africa["lon"]) == (None, None)  # not Mahdia, Tunisia, whose old name it was


@pytest.mark.parametrize("text, places", [
    ("The ministry published the decree in English and in Arabic, officials in Bamako said.", ["Bamako"]),
    ("The river town, known in English as Timbuktu, sits upstream of Gao.", ["Timbuktu", "Gao"]),
])
def test_a_language_after_in_is_no_place(text, places):
    assert list(_rows(text)) == places


def test_a_town_named_like_a_language_stays_a_place_when_written_as_one():
    rows = _rows("He moved to English, Indiana, near Louisville.")
    assert rows["English"]["lat"] is not None and "Indiana" in rows
