"""A county of a bigger namesake elsewhere in the country goes to its namesake in the local story's own state
when that one lies near the story's towns, as towns did (gold 21's first run: "the Champaign County line" in
a Springfield, Ohio, story read as Illinois's county), on other sentences."""
from __future__ import annotations

from reading.geoparse import geoparse


def _lat(text: str, gaz, name: str) -> float:
    return next(r["lat"] for r in geoparse(text, gazetteer=gaz) if text[r["start"]:r["end"]] == name)


def test_a_county_line_in_the_datelines_state(gaz):
    text = ("XENIA, Ohio (AP) — A truck overturned on U.S. 68 north of Urbana on Tuesday, near the Champaign County "
            "line, closing the road to Bellefontaine for six hours. The driver, from Peoria, Illinois, was not hurt.")
    assert abs(_lat(text, gaz, "Champaign County") - 40.13) < 0.2


def test_a_county_of_the_story_state_against_a_qualified_town_elsewhere(gaz):
    text = ("MUNCIE, Ind. (AP) — Crews from Muncie and New Castle fought a barn fire near the Randolph County line "
            "on Tuesday. The farm's owner lives in Asheboro, North Carolina.")
    assert abs(_lat(text, gaz, "Randolph County") - 40.16) < 0.2
