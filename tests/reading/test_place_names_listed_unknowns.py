"""Names the gazetteer lacks, listed together ("near Nasir, Ulang and Mathiang"), hyphenated or not
("Kpaikpai and Tse-Ajaver"), are unplaced mentions of the pipeline as of plain geoparsing, also when the
list's only known name is left unplaced between namesakes. A town's name and a capitalised word no
place bears, ending a list ("Kodok, Tonga and Wau Shilluk"), is one longer unknown name, not Wau; a
country named among far towns (Tonga) is a town the gazetteer lacks, not the Pacific kingdom. An armed
group tied to one country tells namesakes apart when nothing else does ("The RSF shelled Tawila")."""
from __future__ import annotations

import datetime as dt

from reading.document import Document
from reading.toponyms import PlaceMentions
from tests.reading.places import toponyms_by_name


def _mentions(gaz, text: str) -> dict:
    doc = PlaceMentions(gaz)(Document(id="t", text=text, published=dt.date(2025, 1, 1)))
    return {m.text: m for m in doc.mentions}


def test_unknowns_listed_with_an_unplaced_name_are_mentions(gaz):
    got = _mentions(gaz, "SPLA-IO fighters attacked Nasir, Ulang and Mathiang on Sunday.")
    assert {"Ulang", "Mathiang"} <= set(got)
    # (pl6: Ulang is South Sudan's Ulang county, read when the story's country is told; Mathiang is in no source)
    assert got["Ulang"].place_id is None or got["Ulang"].place_id.startswith("unit:SS:")
    assert got["Mathiang"].place_id is None


def test_hyphenated_unknowns_in_a_list(gaz):
    text = "Armed men stormed Kpaikpai and Tse-Ajaver near Makurdi."
    assert "Tse-Ajaver" in toponyms_by_name(text, gaz)
    assert "Tse-Ajaver" in _mentions(gaz, text)


def test_a_listed_town_with_an_unknown_second_word_is_one_name(gaz):
    text = "Civilians fled from Kodok, Tonga and Wau Shilluk."
    got = toponyms_by_name(text, gaz)
    assert "Wau Shilluk" in got and got["Wau Shilluk"]["lat"] is None and "Wau" not in got
    assert got["Tonga"]["kind"] != "country"
    m = _mentions(gaz, text)
    assert m["Kodok"].place_id is not None and m["Tonga"].place_id is None


def test_a_list_of_countries_keeps_its_countries(gaz):
    got = toponyms_by_name("Delegates from Samoa, Fiji and Tonga met in Suva.", gaz)
    assert got["Tonga"]["kind"] == "country"


def test_an_armed_group_tells_namesakes_apart(gaz):
    got = toponyms_by_name("The RSF shelled Tawila on Monday.", gaz)
    assert abs(got["Tawila"]["lat"] - 13.5) < 0.3 and abs(got["Tawila"]["lon"] - 24.8) < 0.3


def test_a_lone_name_between_namesakes_is_no_guess(gaz):
    got = toponyms_by_name("Thousands of displaced people arrived in Tawila.", gaz)
    assert got["Tawila"]["lat"] is None  # Sudan's or Yemen's: nothing says (no longer Yemen's)
