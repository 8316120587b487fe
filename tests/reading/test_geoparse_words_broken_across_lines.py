"""Place names broken across two lines by a hyphen, as scanned newspaper columns and fixed-width copy print
them (gold 32's first run: "Voro-\\nnezh", "Sevas-\\ntopol", "Pyong-\\nyang" missed or read as "Nan", "Man",
"Alexan"), on other sentences."""
from __future__ import annotations

import doctest

import reading.line_breaks
from reading.geoparse import geoparse
from reading.line_breaks import rejoined
from tests.reading.places import surfaces


def _at(rows: list[dict], text: str, surface: str) -> dict:
    return next(r for r in rows if text[r["start"] : r["end"]] == surface)


def test_a_town_broken_across_a_column_is_read_whole_and_placed(gaz):
    text = ("THE DAILY NEWS, LONDON, JUNE 3, 1916\nReports from Petro-\ngrad say that the Russian armies have "
            "crossed the\nriver near Czerno-\nwitz, and that fighting continues east of Lem-\nberg.")
    rows = geoparse(text, gazetteer=gaz)
    assert "Petro-\ngrad" in surfaces(text, gaz) and "Lem-\nberg" in surfaces(text, gaz)
    lviv = _at(rows, text, "Lem-\nberg")
    assert abs(lviv["lat"] - 49.84) < 0.3 and abs(lviv["lon"] - 24.03) < 0.3
    assert abs(_at(rows, text, "Czerno-\nwitz")["lon"] - 25.93) < 0.3


def test_a_name_in_capitals_broken_in_a_headline(gaz):
    text = "CAIRO, Oct. 24.—Allied aircraft bombed the harbour\nat Tobruk and BENGHA-\nZI, the command said."
    rows = geoparse(text, gazetteer=gaz)
    benghazi = _at(rows, text, "BENGHA-\nZI")
    assert abs(benghazi["lat"] - 32.1) < 0.3 and abs(benghazi["lon"] - 20.07) < 0.3


def test_a_name_of_two_words_broken_in_its_second_word(gaz):
    text = "Allied tanks advanced west of Mersa Ma-\ntruh, while the garrison held."
    row = _at(geoparse(text, gazetteer=gaz), text, "Mersa Ma-\ntruh")
    assert abs(row["lon"] - 27.24) < 0.3


def test_lower_case_words_and_hyphens_of_a_name_are_left_as_written():
    assert rejoined("a well-\nknown road to the north-\nwest") is None
    new, where = rejoined("the road from Khanty-\nMansiysk to Sur-\ngut")
    assert new == "the road from Khanty-\nMansiysk to Surgut"
    assert len(where) == len(new)


def test_the_line_break_moves_to_the_next_space_and_offsets_map_back():
    text = "HOLD SEVAS-\nTOPOL RUINS\nnext line"
    new, where = rejoined(text)
    assert new == "HOLD SEVASTOPOL\nRUINS\nnext line" and new.count("\n") == text.count("\n")
    s = new.index("SEVASTOPOL")
    assert text[where[s] : where[s + 9] + 1] == "SEVAS-\nTOPOL"
    assert rejoined("") is None and rejoined("No break here") is None


def test_the_modules_examples_run():
    assert doctest.testmod(reading.line_breaks).failed == 0
