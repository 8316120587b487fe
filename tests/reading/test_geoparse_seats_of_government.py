"""Seats of government named for their governments (gold 22's first run: "the Kremlin had asked",
"the White House said", "politicians at Stormont" missed), on other sentences.

- After "the", a landmark of ``geo/data/curated_places.csv`` whose own name is written is that
  landmark, though its name is an English word ("kremlin") or a building's ("the White House" is
  no longer dropped as a building, nor read as Casablanca or White House, Tennessee).
- The towns bearing the name stay towns where no "the" comes before it.
"""
from __future__ import annotations

from reading.geoparse import geoparse


def _places(text: str, gaz) -> dict[str, tuple]:
    return {text[r["start"]:r["end"]]: (r.get("lat"), r.get("lon")) for r in geoparse(text, gazetteer=gaz)}


def test_the_kremlin_is_moscows_seat_of_government(gaz):
    places = _places("A spokesman for the Kremlin rejected the proposal on Tuesday, and Minsk stayed silent.", gaz)
    lat, lon = places["Kremlin"]
    assert abs(lat - 55.75) < 0.05 and abs(lon - 37.62) < 0.05


def test_the_white_house_is_in_washington_not_a_town_of_that_name(gaz):
    places = _places("The White House declined to comment on the tariff talks with Ottawa.", gaz)
    lat, lon = places["White House"]
    assert abs(lat - 38.90) < 0.05 and abs(lon + 77.04) < 0.05  # not Casablanca, not Tennessee


def test_seats_abroad(gaz):
    places = _places("Ministers met at the Casa Rosada before flying to Montevideo.", gaz)
    lat, lon = places["Casa Rosada"]
    assert abs(lat + 34.61) < 0.05 and abs(lon + 58.37) < 0.05


def test_the_town_named_white_house_stays_a_town(gaz):
    places = _places("Deputies in White House, Tennessee, arrested a driver after a chase.", gaz)
    lat, lon = places["White House"]
    assert abs(lat - 36.47) < 0.1 and abs(lon + 86.65) < 0.1


def test_a_white_house_in_lower_case_is_no_place(gaz):
    assert "white house" not in _places("The family painted the white house near the river in Lyon.", gaz)
