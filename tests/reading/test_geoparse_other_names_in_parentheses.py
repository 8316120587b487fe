"""Another name of a place in parentheses right after it, as encyclopedic entries write it (gold 21's first
run: "Tripoli (Ṭarābulus in Arabic)" in an entry on Lebanon's Tripoli that later names Tripoli, Libya, read as
Libya's), on other sentences: that name is the place before it. A bare name in parentheses without a language
or a cue ("formerly", "also", "Welsh:") is no other name ("Frankfurt (Oder)")."""
from __future__ import annotations

from reading.geoparse import geoparse


def _rows(text: str, gaz) -> list[tuple[str, float | None]]:
    return [(text[r["start"]:r["end"]], r["lat"]) for r in geoparse(text, gazetteer=gaz)]


def test_an_arabic_name_in_parentheses_is_the_place_before_it(gaz):
    text = ("Tripoli (Ṭarābulus in Arabic) is the largest city in northern Lebanon, north of Byblos and Batroun. "
            "It is not to be confused with Tripoli, the capital of Libya, on the Mediterranean coast of Africa.")
    rows = _rows(text, gaz)
    assert rows[1][0] == "Ṭarābulus" and abs(rows[1][1] - 34.43) < 0.3, rows


def test_a_bare_name_in_parentheses_is_no_other_name(gaz):
    text = "Floodwater closed roads in Springfield (Missouri) and Joplin on Tuesday."
    names = {text[r["start"]:r["end"]]: r["name"] for r in geoparse(text, gazetteer=gaz)}
    assert names.get("Missouri") == "Missouri", names  # the state that qualifies the town, not the town
