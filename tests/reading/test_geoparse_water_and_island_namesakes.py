"""Seas, lakes and a big island against towns named after them (session 17, plm).

"North Sea, New York", "Lake Geneva, Wisconsin" and a Mindanao village called Luzon are namesakes of
water and land a reader means first: a sea's name opening a sentence without "the" is the sea, its
namesake town casts no vote for the story's country, a "Lake X" town named after a big city's lake
abroad is that lake unless the story is local to the town, and Luzon is the island group.
"""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse
from tests.reading.places import unplaced_or_feature


def _row(text: str, gaz, name: str) -> dict:
    return next(r for r in geoparse(text, gazetteer=gaz) if text[r["start"]:r["end"]] == name)


@pytest.mark.parametrize("text", [
    "North Sea oil output fell in March.",
    "Brent crude rose. North Sea gas fields were shut for repairs on Tuesday.",
])
def test_a_sea_opening_a_sentence_is_no_town(gaz, text):
    assert unplaced_or_feature(_row(text, gaz, "North Sea"))  # not the hamlet on Long Island


def test_a_seas_namesake_town_does_not_make_the_story_american(gaz):
    text = "The freighter crossed the North Sea before its cargo went by rail to Berlin."
    berlin = _row(text, gaz, "Berlin")
    assert berlin["lat"] == pytest.approx(52.5, abs=0.3) and berlin["lon"] == pytest.approx(13.4, abs=0.3)


@pytest.mark.parametrize("text, lake", [
    ("Tourists from Marion and Salem boarded a ferry on Lake Geneva.", "Lake Geneva"),
    ("Walkers from Dover and Milford hiked around Lake Como last summer.", "Lake Como"),
])
def test_a_lake_named_after_a_big_city_abroad_is_no_us_town(gaz, text, lake):
    assert _row(text, gaz, lake)["lat"] is None  # the lake (no source places lakes), not the town named after it


def test_a_local_story_keeps_the_lake_town(gaz):
    text = "Police in Lake Geneva and Delavan closed roads after the storm; Janesville opened a shelter."
    row = _row(text, gaz, "Lake Geneva")
    assert row["lat"] == pytest.approx(42.59, abs=0.1) and row["lon"] == pytest.approx(-88.43, abs=0.1)


@pytest.mark.parametrize("text", [
    "Typhoon winds lashed northern Luzon on Sunday, cutting power to a million homes.",
    "Rice exports from Luzon fell sharply this year.",
])
def test_luzon_is_the_island_group(gaz, text):
    row = _row(text, gaz, "Luzon")
    assert row["kind"] == "region" and 13.5 < row["lat"] < 17.5 and 119.5 < row["lon"] < 122.5


def test_a_capital_beats_a_small_namesake_backed_only_by_villages(gaz):
    text = "Soldiers camped near Argyle and Anacoco before the envoy met regional leaders in Bridgetown."
    row = _row(text, gaz, "Bridgetown")
    assert row["lat"] == pytest.approx(13.1, abs=0.2) and row["lon"] == pytest.approx(-59.6, abs=0.2)  # Barbados


def test_a_namesake_stays_when_the_text_names_its_state(gaz):
    text = "Deputies in Argyle, Texas, and Anacoco said the pastor had flown to Bridgetown."
    assert _row(text, gaz, "Bridgetown")["lon"] < -80  # a US story that says so: the capital has no claim
