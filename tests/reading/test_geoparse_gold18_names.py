"""Biographies and obituaries, transport and weather news, and relief sitreps (gold 18's genres), on other
sentences: relatives named in apposition after a kin noun and first names before a quoted nickname are
persons, not the towns of those names."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _surfaces(text: str) -> list[str]:
    return [text[r["start"]:r["end"]] for r in geoparse(text)]


@pytest.mark.parametrize("text, persons, places", [
    ("He leaves his wife, Florence, and two daughters, Aurora and Charlotte, all of Tulsa.",
     ["Florence", "Aurora", "Charlotte"], ["Tulsa"]),
    ("She is survived by her husband, Tyler, and by her brother, Denver, who lives in Reno.",
     ["Tyler", "Denver"], ["Reno"]),
    ("Survivors include a son, Eugene, of Salem, Ore.; and a daughter, Alexandria, of Boise.",
     ["Eugene", "Alexandria"], ["Salem", "Boise"]),
    ("Survivors include his daughters, Madison (Greg) Lincoln of Topeka and Paris Hale of Wichita.",
     ["Madison", "Lincoln", "Paris"], ["Topeka", "Wichita"]),
    ("His sons, Kevin and Sydney, run the family's garage in Brisbane.", ["Sydney"], ["Brisbane"]),
    ("Her granddaughter, Savannah, read a poem at the service in Macon.", ["Savannah"], ["Macon"]),
])
def test_a_relative_named_after_a_kin_noun_is_no_place(text, persons, places):
    found = _surfaces(text)
    assert not [p for p in persons if p in found]
    assert places == [s for s in found if s in places]


@pytest.mark.parametrize("text, place", [
    ("She was born in Lincoln and moved with her husband to Houston in 1970.", "Houston"),
    ("Residents of Austin and Dallas, and of San Antonio, were told to conserve water.", "Dallas"),
    ("His son, who lives in Denver, flew home for the funeral.", "Denver"),
])
def test_a_town_beside_a_kin_noun_but_not_in_apposition_stays_a_place(text, place):
    assert place in _surfaces(text)


def test_a_first_name_before_a_quoted_nickname_is_a_person():
    text = 'Margaret "Peggy" Olsen, 88, of Duluth died Monday; Charlotte \u201cCharlie\u201d Berg spoke at the service.'
    assert _surfaces(text) == ["Duluth"]


def _at(rows: list[dict], text: str, word: str) -> dict | None:
    start = text.index(word)
    return next((r for r in rows if r["start"] <= start < r["end"]), None)


@pytest.mark.parametrize("text, name", [
    ("Blizzards closed roads across the Nebraska Panhandle on Tuesday.", "Nebraska Panhandle"),
    ("A heat dome will sit over the Northern Plains and the Great Plains all week.", "Great Plains"),
    ("Frost hit coffee farms on the Shan Plateau for a second night.", "Shan Plateau"),
    ("A rescue boat capsized in the Humber Estuary off Hull.", "Humber Estuary"),
    ("Snow fell across the Ethiopian Highlands, the agency said.", "Ethiopian Highlands"),
])
def test_a_weather_region_named_with_its_generic_word_is_one_toponym(text, name):
    rows = geoparse(text)
    r = _at(rows, text, name)
    assert r is not None and text[r["start"]:r["end"]] == name
    assert "Panhandle" not in _surfaces(text)  # not Panhandle, Texas


def test_a_town_named_with_a_region_word_stays_the_town():
    text = "Fires burned near White Plains and in Plainview overnight."
    r = _at(geoparse(text), text, "White Plains")
    assert r is not None and r["lat"] is not None and abs(r["lat"] - 41.03) < 0.2


@pytest.mark.parametrize("text, storm, place", [
    ("Hurricane Milton made landfall near Siesta Key on Wednesday night.", "Milton", "Siesta Key"),
    ("Typhoon Kai-tak brought floods to Cebu and Bohol.", "Kai-tak", "Cebu"),
    ("Hurricane Florence made landfall near Wrightsville Beach on Friday.", "Florence", "Wrightsville Beach"),
    ("Tropical Storm Ketsana (Ondoy) flooded Marikina and Pasig.", "Ondoy", "Marikina"),
])
def test_a_storm_named_like_a_place_is_no_place(text, storm, place):
    found = _surfaces(text)
    assert storm not in found and place in found


def test_a_town_named_like_a_storm_word_stays_a_place():
    assert _surfaces("Storm Lake, Iowa, and Hurricane, Utah, were spared.")[:3:2] == ["Storm Lake", "Hurricane"]


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Flights were diverted from Heathrow Airport to Birmingham.", "Heathrow Airport", 51.47, -0.46),
    ("The charter landed at Gatwick Airport after a bird strike.", "Gatwick Airport", 51.15, -0.19),
    ("Light aircraft fly tourists from Wilson Airport to the Masai Mara.", "Wilson Airport", -1.32, 36.81),
])
def test_an_airport_named_without_its_city_is_placed_at_the_airport(text, name, lat, lon):
    r = _at(geoparse(text), text, name)
    assert r is not None and text[r["start"]:r["end"]] == name
    assert r["lat"] is not None and abs(r["lat"] - lat) < 0.1 and abs(r["lon"] - lon) < 0.1


def test_an_airport_name_without_its_city_never_opens_on_a_common_word():
    from geo.gazetteer import _airport_names

    names = _airport_names("Austin Municipal Airport", "Austin", frozenset({"municipal"}))
    assert "Municipal Airport" not in names and "Austin Municipal Airport" in names
    assert "Heathrow Airport" in _airport_names("London Heathrow Airport", "London", frozenset({"municipal"}))


@pytest.mark.parametrize("text, war, place", [
    ("Her grandfather fought in the Balkan Wars before settling in Skopje.", "Balkan", "Skopje"),
    ("Veterans of the New Zealand Wars were buried at Wanganui.", "New Zealand", "Wanganui"),
    ("He was wounded in the Iran\u2013Iraq War and later moved to Basra.", "Iran", "Basra"),
])
def test_a_war_named_after_a_place_is_no_place(text, war, place):
    found = _surfaces(text)
    assert war not in found and place in found
