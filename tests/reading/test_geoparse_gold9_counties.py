"""A county named before "and N neighboring counties" (gold 9's first run: "a state of emergency for Laurens and
four neighboring counties" in a Georgia story read as Laurens, South Carolina). New sentences only."""
from __future__ import annotations

from reading.geoparse import geoparse


def test_a_county_before_its_neighbouring_counties(gaz):
    text = ("JACKSON, Miss. (AP) — Flood warnings covered Hinds and surrounding counties on Monday, and roads "
            "near Clinton closed.")
    rows = {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}
    hinds = rows["Hinds"]
    assert hinds["lat"] is not None and abs(hinds["lat"] - 32.3) < 0.3 and abs(hinds["lon"] + 90.2) < 0.3


def test_a_town_before_and_a_lower_case_word_is_left_alone(gaz):
    text = "JACKSON, Miss. (AP) — Roads near Clinton and other towns closed on Monday."
    rows = {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}
    assert "Clinton" in rows and abs(rows["Clinton"]["lat"] - 32.34) < 0.3
