"""geoparse: a physical feature of geo/data/physical_features.csv (a river, lake, sea, strait, range, desert or
peak) read as a feature is given that table's point, kind "physical", at a coarse precision (a district's for a
summit or a strait, a region's for a river or range); a few peaks' names are read written alone. The event
pipeline still places nothing there."""
from __future__ import annotations

import pytest

from geo.distance import great_circle_km
from reading.corpus import read_text
from reading.geoparse import geoparse


def _at(text, surface):
    rows = [r for r in geoparse(text) if text[r["start"] : r["end"]] == surface]
    assert len(rows) == 1, [(text[r["start"] : r["end"]], r["name"]) for r in geoparse(text)]
    return rows[0]


@pytest.mark.parametrize("text, surface, lat, lon, precision", [
    ("Fishermen on Lake Tanganyika reported two boats missing near Kalemie.", "Lake Tanganyika", -6.0, 29.5, 3),
    ("Drought left barges stranded on the Yangtze for a month.", "Yangtze", 31.4, 121.9, 3),
    ("Coast guards intercepted a dinghy in the Strait of Gibraltar before dawn.", "Strait of Gibraltar", 35.95, -5.6, 2),
    ("Sandstorms swept across the Gobi Desert and into Inner Mongolia.", "Gobi Desert", 42.5, 103.0, 3),
    ("A heatwave settled over the Balkan Mountains and the Danube plain.", "Balkan Mountains", 42.75, 25.0, 3),
    ("Two trekkers were rescued on Mount Kenya after a fall.", "Mount Kenya", -0.15, 37.3, 2),
])
def test_a_feature_is_placed_at_its_point(text, surface, lat, lon, precision):
    r = _at(text, surface)
    assert r["kind"] == "physical" and r["precision"] == precision
    assert great_circle_km(r["lat"], r["lon"], lat, lon) < 30


def test_a_place_named_beside_a_feature_keeps_its_own_point():
    text = "Fishermen on Lake Tanganyika reported two boats missing near Kalemie."
    r = _at(text, "Kalemie")
    assert r["kind"] == "city" and great_circle_km(r["lat"], r["lon"], -5.95, 29.19) < 20


@pytest.mark.parametrize("text, surface", [
    ("A Nepali guide reached the top of Makalu on Sunday, his 20th summit.", "Makalu"),
    ("Snow blocked the route to Annapurna base camp.", "Annapurna"),
    ("The expedition attempted K2 in winter.", "K2"),
    ("Shipping firms rerouted vessels away from Bab al-Mandab after the attacks.", "Bab al-Mandab"),
    ("Nepal's Everest region reopened to trekkers in March.", "Everest"),
])
def test_a_peak_or_strait_written_alone_is_found_and_placed(text, surface):
    r = _at(text, surface)
    assert r["kind"] == "physical" and r["lat"] is not None


@pytest.mark.parametrize("text, word", [
    ("Poland ordered more K2 tanks from Hyundai Rotem.", "K2"),
    ("Lieutenant Colonel Andrew Everest briefed reporters in London.", "Everest"),
    ("Shares of Everest Group rose in New York.", "Everest"),
])
def test_a_name_read_alone_is_no_tank_person_or_company(text, word):
    assert not [r for r in geoparse(text) if text[r["start"] : r["end"]] == word]


def test_the_longer_name_of_a_peak_wins_over_a_town_inside_it():
    text = "Climbers turned back below Nanda Devi as the weather closed in."
    r = _at(text, "Nanda Devi")
    assert r["kind"] == "physical" and great_circle_km(r["lat"], r["lon"], 30.38, 79.97) < 10


def test_a_river_named_like_a_country_is_the_river_at_its_mouth():
    text = "Militias moved boats along the Niger near Mopti."
    r = _at(text, "Niger")
    assert r["kind"] == "physical" and r["precision"] == 3 and r["lat"] < 6  # the delta, not the country


def test_the_pipeline_places_no_event_at_a_feature(nlp):
    doc = nlp(read_text("Gunmen attacked a fishing camp on Lake Tanganyika on Monday, killing four.",
                        doc_id="p", published="2024-05-06"))
    lake = [m for m in doc.mentions if m.text == "Lake Tanganyika"]
    assert lake and all(m.location is None for m in lake)
    assert not [e for e in doc.events
                if e.location is not None and great_circle_km(e.location.lat, e.location.lon, -6.0, 29.5) < 1]


def test_a_possessive_feature_is_placed():
    r = _at("Lava flowed down Mount Etna's eastern flank overnight.", "Mount Etna's")
    assert r["kind"] == "physical" and great_circle_km(r["lat"], r["lon"], 37.75, 14.99) < 10


@pytest.mark.parametrize("text, surface, lat, lon", [
    ("Syrian and Israeli guns exchanged fire across the slopes of Mount Hermon.", "Mount Hermon", 33.42, 35.86),
    ("Firefighters battled a blaze on Mount Olympus as tourists fled Litochoro.", "Mount Olympus", 40.09, 22.36),
])
def test_a_far_small_town_named_after_a_feature_gives_way_to_it(text, surface, lat, lon):
    r = _at(text, surface)
    assert r["kind"] == "physical" and great_circle_km(r["lat"], r["lon"], lat, lon) < 10


def test_a_town_named_after_a_feature_stays_the_town_with_its_state():
    r = _at("Deputies said a brush fire near Mount Olympus, Utah, was contained.", "Mount Olympus")
    assert r["kind"] == "city" and r["lon"] < -100


@pytest.mark.parametrize("text, surface, lat, lon", [
    ("Farmers along the Orange and Vaal rivers lost their maize.", "Orange", -28.6, 16.5),
    ("Flood water from the Juba river cut the road to Bardera.", "Juba", -0.26, 42.6),
])
def test_a_river_named_by_a_common_word_is_the_river_before_river(text, surface, lat, lon):
    r = _at(text, surface)
    assert r["kind"] == "physical" and great_circle_km(r["lat"], r["lon"], lat, lon) < 20
