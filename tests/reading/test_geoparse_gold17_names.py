"""Regional news from Western and Northern Europe, North America, Oceania and the polar edges, and mixed
web news (gold 17's genres), on other sentences: features named with a generic word the reader lacked
(islands, lakes after the name, lagoons, gorges, passes, canyons; Irish and Scottish loughs and lochs,
capes, French cols), "St." inside a feature's name, and Papua New Guinea written "PNG"."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _at(rows: list[dict], text: str, word: str, nth: int = 0) -> dict | None:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return next((r for r in rows if r["start"] <= start < r["end"]), None)


@pytest.mark.parametrize("text, name", [
    ("The ferry to Yam Island was cancelled and the supply barge turned back to Thursday Island.", "Yam Island"),
    ("Sailors were rescued off Bird Island after their yacht lost its mast.", "Bird Island"),
    ("Anglers say walleye numbers in Mille Lacs Lake and Leech Lake have fallen for five years.", "Leech Lake"),
    ("Fishermen on the Marovo Lagoon reported a rise in crocodile sightings.", "Marovo Lagoon"),
    ("Rockfall closed the road through the Manawatu Gorge for a week.", "Manawatu Gorge"),
    ("Snow closed Arthur's Pass and the Lewis Pass on Tuesday.", "Lewis Pass"),
    ("Hikers were airlifted from Waimea Canyon after flash floods on Kauai.", "Waimea Canyon"),
    ("Divers searched Lough Derg for the missing boat, gardaí said.", "Lough Derg"),
    ("Salmon farms in Loch Fyne will be inspected again next month.", "Loch Fyne"),
    ("The container ship lost power off Cape Farewell in heavy seas.", "Cape Farewell"),
    ("The stage crosses the Col du Glandon before the descent to Saint-Jean-de-Maurienne.", "Col du Glandon"),
    ("Vingegaard attacked on the Col de la Croix de Fer and again on the final climb.", "Col de la Croix de Fer"),
    ("Snow may force the organisers to drop the Col d'Izoard from Friday's stage.", "Col d'Izoard"),
    ("Blue-green algae closed the beaches of Lake St. Clair and Lake Erie.", "Lake St. Clair"),
])
def test_a_feature_named_with_its_generic_word_is_one_toponym(text, name):
    r = _at(geoparse(text), text, name)
    assert r is not None and text[r["start"]:r["end"]] == name


@pytest.mark.parametrize("text, name, word", [
    ("The research ship anchored off Adelaide Island to resupply the base.", "Adelaide Island", "Adelaide"),
    ("Boaters on Lake St. Clair were warned of high winds.", "Lake St. Clair", "Clair"),
])
def test_no_part_of_a_feature_name_is_read_as_a_town_of_its_own(text, name, word):
    rows = geoparse(text)
    r = _at(rows, text, word)
    assert r is not None and text[r["start"]:r["end"]] == name
    assert not any(x is not r and r["start"] <= x["start"] < r["end"] for x in rows)


def test_an_island_named_after_its_town_is_placed_at_the_town():
    text = "Tourists were stranded on Jeju Island after flights to Seoul were cancelled."
    r = _at(geoparse(text), text, "Jeju Island")
    assert r is not None and text[r["start"]:r["end"]] == "Jeju Island"
    assert r["lat"] is not None and abs(r["lat"] - 33.4) < 0.5 and abs(r["lon"] - 126.5) < 0.6


def test_a_colonel_is_no_col():
    text = "Col Tim Collins spoke to reporters in Belfast on Friday."
    rows = geoparse(text)
    assert _at(rows, text, "Tim") is None and _at(rows, text, "Belfast") is not None


def test_png_in_capitals_is_papua_new_guinea_and_the_file_format_is_not():
    text = "Traders from PNG villages sell betel nut in Daru. The photos were saved as png files."
    rows = geoparse(text)
    r = _at(rows, text, "PNG")
    assert r is not None and r["kind"] == "country" and abs(r["lat"] + 6.5) < 3
    assert _at(rows, text, "png") is None


@pytest.mark.parametrize("text, name, word", [
    ("The president spent the weekend at Mar-a-Lago before flying back to Washington.", "Mar-a-Lago", "Lago"),
    ("Gendarmes sealed off Saint-Pierre-de-Bressieux, a village in the Isère, on Sunday.",
     "Saint-Pierre-de-Bressieux", "Bressieux"),
])
def test_a_hyphenated_name_is_not_its_known_last_piece(text, name, word):
    rows = geoparse(text)
    r = _at(rows, text, word)
    assert r is not None and text[r["start"]:r["end"]] == name
    assert r["lat"] is None or abs(r["lon"]) < 60  # not El Lago, Texas
