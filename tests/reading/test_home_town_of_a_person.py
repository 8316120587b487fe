""""X, the home town of <a person>": the name after it is the person's, not an unknown place."""
from __future__ import annotations

from reading.geoparse import geoparse


def test_the_person_after_home_town_of_is_no_place():
    text = "Mourners filled Izeh, the home town of Kian Pirfalak, on Friday."
    assert [text[r["start"]:r["end"]] for r in geoparse(text)] == ["Izeh"]


def test_a_town_after_birthplace_of_stays_a_town():
    text = "Tourists crowd Gori, the birthplace of Stalin, and then drive on to Tbilisi."
    names = [text[r["start"]:r["end"]] for r in geoparse(text)]
    assert "Gori" in names and "Tbilisi" in names
