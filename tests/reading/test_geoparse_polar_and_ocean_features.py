"""geoparse (gd30): ocean trenches, passages and ice shelves named with their word after the name are one feature,
not the country or town they are named after ("the Kuril-Kamchatka Trench", "the Drake Passage", "the Amery Ice
Shelf"); the biggest trenches, ice shelves, glaciers, reefs and salt flats have a point in
geo/data/physical_features.csv; deserts and a delta written with "the" alone are read ("the Kalahari", "the
Sundarbans"); a feature written alone keeps its possessive ("Kilimanjaro's", "Everest's"); and a feature written
alone near the story wins over a small namesake town of its own country far from it (Kilauea, Hawaii)."""
from __future__ import annotations

import pytest

from geo.distance import great_circle_km
from reading.geoparse import geoparse


def _rows(text):
    return {text[r["start"] : r["end"]]: r for r in geoparse(text)}


@pytest.mark.parametrize("text, surface, lat, lon", [
    ("A Russian survey ship mapped the Kuril-Kamchatka Trench off Petropavlovsk this summer.", "Kuril-Kamchatka Trench",
     44.15, 150.5),
    ("The quake struck above the Japan Trench, east of Miyagi, and a small tsunami reached Ishinomaki.", "Japan Trench",
     37.5, 143.8),
    ("Sailors heading for Cape Town avoided the Drake Passage and its storms.", "Drake Passage", -58.0, -65.0),
    ("Glaciologists camped on the Amery Ice Shelf, far south of Perth, for two months.", "Amery Ice Shelf",
     -69.75, 71.0),
    ("Meltwater from Helheim Glacier reached the fjord near Tasiilaq.", "Helheim Glacier", 66.35, -38.2),
    ("Divers surveyed Tubbataha Reef in the Sulu Sea after the typhoon passed Palawan.", "Tubbataha Reef", 8.9, 119.9),
    ("Buses from Tozeur cross the Chott el Djerid to Kebili in an hour.", "Chott el Djerid", 33.7, 8.43),
])
def test_trenches_ice_shelves_glaciers_reefs_and_salt_flats_are_placed(text, surface, lat, lon):
    r = _rows(text)[surface]
    assert r["kind"] == "physical" and great_circle_km(r["lat"], r["lon"], lat, lon) < 30


def test_a_trench_named_after_a_country_is_not_the_country():
    rows = _rows("Earthquakes along the Tonga Trench rarely reach Fiji.")
    assert "Tonga" not in rows and rows["Tonga Trench"]["kind"] == "physical"


def test_a_passage_that_is_no_feature_stays_unplaced_or_unread():
    rows = _rows("Lawmakers in Denver passed a Safe Passage Act for cyclists.")
    assert all(r["lat"] is None for s, r in rows.items() if "Passage" in s)


@pytest.mark.parametrize("text, surface, lat, lon", [
    ("Herders crossed the Kalahari with their cattle before reaching Ghanzi.", "Kalahari", -23.0, 22.0),
    ("Cotton fields in Turkmenistan end where the Karakum begins.", "Karakum", 39.0, 60.0),
    ("Tigers in the Sundarbans attacked two honey collectors from Satkhira.", "Sundarbans", 22.5, 89.5),
])
def test_deserts_and_a_delta_written_with_the_alone(text, surface, lat, lon):
    r = _rows(text)[surface]
    assert r["kind"] == "physical" and great_circle_km(r["lat"], r["lon"], lat, lon) < 30


def test_a_feature_written_alone_keeps_its_possessive():
    r = _rows("Climbers gathered at Everest's base camp after the storm.")["Everest"]
    assert r["kind"] == "physical" and great_circle_km(r["lat"], r["lon"], 27.99, 86.93) < 10


def test_a_volcano_near_the_story_is_not_a_small_namesake_town_far_off():
    text = "Kilauea erupted again overnight, and ash drifted over Pahoa and Hilo."
    r = _rows(text)["Kilauea"]
    assert r["kind"] == "physical" and great_circle_km(r["lat"], r["lon"], 19.42, -155.29) < 10


def test_the_namesake_town_stays_when_the_story_is_there():
    text = "Kilauea, a village on Kauai's north shore near Princeville and Hanalei, opened a new library."
    r = _rows(text)["Kilauea"]
    assert r["kind"] == "city" and great_circle_km(r["lat"], r["lon"], 22.21, -159.41) < 10
