"""An ordinary English word opening a sentence is no far-away city of that name ("Hail the size of golf
balls fell in Gilbert" in an Iowa story read as Ha'il, Saudi Arabia: gold 5). Such a word, when its
only reading is a town abroad far from the story's places, is doubted whatever the town's size,
and dropped; where the story is about that town's country it stays."""
from __future__ import annotations

from reading.geoparse import geoparse


def _surfaces(text: str, gaz):
    return [(text[r["start"]:r["end"]], r.get("lat")) for r in geoparse(text, gazetteer=gaz)]


def test_weather_word_after_a_dateline(gaz):
    text = ("KEARNEY, Neb. (AP) \u2014 Hail flattened corn fields between Kearney and Cozad on Saturday night. "
            "Crews from Hastings and Grand Island helped clear the roads.")
    got = _surfaces(text, gaz)
    assert "Hail" not in [s for s, _ in got]
    assert "Cozad" in [s for s, _ in got]


def test_weather_word_opening_a_later_sentence(gaz):
    text = ("Storms crossed Hamilton County, Indiana, on Sunday, and power was out in Noblesville and Fishers. "
            "Hail broke windows in Carmel, the county said.")
    assert "Hail" not in [s for s, _ in _surfaces(text, gaz)]


def test_the_city_in_its_own_country(gaz):
    text = ("Saudi Arabia opened a new airport terminal on Monday. Hail, in the north of the kingdom, "
            "will get daily flights from Riyadh and Jeddah.")
    got = dict(_surfaces(text, gaz))
    assert got.get("Hail") is not None and 26.5 < got["Hail"] < 28.5
