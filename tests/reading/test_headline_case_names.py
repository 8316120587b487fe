"""Headlines written in title case or in capitals: every word is capitalised there, so a capitalised
ordinary word opens no longer name with the town beside it ("Hail Pounds Cars Across Lubbock
Neighborhoods"), a big town's short name in capitals is no acronym ("MUDSLIDE BURIES HOMES NEAR QUITO"),
and the headline's ordinary words ("Coast", "Valley", "Lake Town", "Capital's") are no places."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _names(text: str) -> list[str]:
    return [text[r["start"]:r["end"]] for r in geoparse(text)]


@pytest.mark.parametrize("text, name", [
    ("Hail Pounds Cars Across Lubbock Neighborhoods\nLUBBOCK, Texas (AP) — Hail the size of baseballs fell.", "Lubbock"),
    ("Flooding Cuts Road Between Salta, Jujuy\nSALTA, Argentina (AP) — Rivers burst their banks.", "Salta"),
    ("Police Probe Bozeman Shooting\nBOZEMAN, Mont. (AP) — Police said a man was hurt.", "Bozeman"),
    ("MUDSLIDE BURIES HOMES NEAR QUITO\nRescuers dug through the night, officials said.", "QUITO"),
    ("NATO CHIEF VISITS RIGA AND TALLINN\nThe alliance's head met ministers on Tuesday.", "RIGA"),
])
def test_a_town_in_a_headline_is_found(text, name):
    assert name in _names(text)


def test_an_acronym_in_a_headline_in_capitals_stays_no_place():
    assert "NATO" not in _names("NATO CHIEF VISITS RIGA AND TALLINN\nThe alliance's head met ministers on Tuesday.")


@pytest.mark.parametrize("text, words", [
    ("Frost Ruins Harvest In Valley Orchards\nYAKIMA, Wash. (AP) — Growers lost half their apples.", {"Valley"}),
    ("Lake Town Mourns Mayor\nDULUTH, Minn. (AP) — Hundreds attended the funeral.", {"Lake", "Town", "Mayor"}),
    ("Storm Lashes Southern Peru Coast\nLIMA, Peru (AP) — Waves flooded a fishing port.", {"Coast"}),
    ("Tourists Flock To Capital's Museums\nROME (AP) — Queues stretched for hours.", {"Capital"}),
    ("Mill Town Votes To Keep Library\nLEWISTON, Maine (AP) — The town voted on Tuesday.", {"Mill", "Town"}),
])
def test_ordinary_words_of_a_headline_are_no_places(text, words):
    found = _names(text)
    assert not any(set(n.split()) & words for n in found), found


def test_a_river_in_a_headline_keeps_its_name_without_the_words_before_it():
    text = "Floods Hit Towns Along Red River\nWINNIPEG, Manitoba (AP) — The river rose overnight."
    assert "Red River" in _names(text) and not any("Towns" in n for n in _names(text))

