"""Border crossings and small towns wire reports name, which no shipped source holds (GeoNames'
``cities500`` leaves out places it gives no population; crossings are no settlements): curated rows
with sources (``geo/data/curated_places.csv``), found on sentences of our own, each with another place.
"""
from __future__ import annotations

import pytest

from geo.distance import great_circle_km
from reading.geoparse import geoparse


def _placed(text: str, gaz) -> dict[str, tuple]:
    return {text[r["start"]:r["end"]]: (r["lat"], r["lon"]) for r in geoparse(text, gazetteer=gaz)}


@pytest.mark.parametrize("text, name, point", [
    ("Government troops regained Nasir, a town on the Sobat near Ethiopia, aid workers said.", "Nasir", (8.60, 33.07)),
    ("Afghan and Pakistani guards exchanged fire at Torkham on Monday, halting trade with Peshawar.", "Torkham", (34.10, 71.09)),
    ("Traders from Wana said the Angoor Adda crossing had been shut for a week.", "Angoor Adda", (32.33, 69.34)),
    ("Militants overran army positions in Adan Yabaal before dawn, officials in Jowhar said.", "Adan Yabaal", (3.55, 46.12)),
    ("Paramilitary fighters claimed Umm Sumayma, west of Al-Obeid, on Friday.", "Umm Sumayma", (13.18, 29.60)),
    ("Somaliland troops pulled back from Oog towards Burao after clashes.", "Oog", (8.93, 46.63)),
    ("The settlement of Goose Green lies south of Darwin on East Falkland.", "Goose Green", (-51.83, -58.97)),
    ("Mourners from Jaffna lit lamps at Mullivaikkal on the anniversary.", "Mullivaikkal", (9.30, 80.80)),
    ("Lorries queued for days at Habur before entering Zakho.", "Habur", (37.15, 42.57)),
    ("The Kurdish administration reopened the Semalka crossing to Iraq's Duhok province.", "Semalka", (37.09, 42.35)),
    ("UN aid trucks crossed into Idlib through Bab al-Hawa on Tuesday.", "Bab al-Hawa", (36.23, 36.67)),
    ("Travellers from Murmansk were turned back at Storskog, the police in Kirkenes said.", "Storskog", (69.67, 30.12)),
])
def test_a_crossing_or_small_town_is_placed(gaz, text, name, point):
    got = _placed(text, gaz)
    assert got.get(name, (None,))[0] is not None, got
    assert great_circle_km(*got[name], *point) < 50, got


def test_a_person_named_like_the_town_is_no_place(gaz):
    got = _placed("Nasir told reporters in Khartoum that the talks had failed.", gaz)
    assert "Nasir" not in got, got
