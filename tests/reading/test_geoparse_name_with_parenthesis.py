"""A town whose own name goes on in parentheses ("Frankfurt (Oder)", GeoNames' name of the town on the Oder) is
that town, not its bigger namesake (gold 26's first run read it as Frankfurt am Main, 470 km away); a unit or a
country in parentheses after a town still only qualifies it."""
from __future__ import annotations

from reading.geoparse import geoparse


def _rows(text: str, gaz) -> dict[str, dict]:
    return {text[r["start"]:r["end"]]: r for r in geoparse(text, gazetteer=gaz)}


def test_the_town_on_the_oder(gaz):
    got = _rows("Police closed the old bridge between Frankfurt (Oder) and Slubice after the protest.", gaz)
    assert abs(got["Frankfurt (Oder)"]["lat"] - 52.35) < 0.1 and abs(got["Frankfurt (Oder)"]["lon"] - 14.55) < 0.1


def test_a_dateline_in_capitals(gaz):
    got = _rows("FRANKFURT (ODER), Germany (dpa) - The town council met on Monday.", gaz)
    assert abs(got["FRANKFURT (ODER)"]["lon"] - 14.55) < 0.1


def test_a_state_in_parentheses_still_qualifies_the_town(gaz):
    got = _rows("Peoria (Ill.) Mayor Rita Ali met farmers on Monday.", gaz)
    assert "Peoria" in got and abs(got["Peoria"]["lat"] - 40.7) < 0.3
