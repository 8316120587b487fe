"""The whole-text held-out geoparsing golds (bench/data/geoparse_gold9..24.jsonl) are well formed."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "bench" / "geoparse_eval.py"
_spec = importlib.util.spec_from_file_location("geoparse_eval_held_out", _PATH)
ge = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ge)


@pytest.mark.parametrize("number, prefixes", [
    (9, {"c", "l", "e"}),
    (10, {"c", "l", "w"}),
    (11, {"k", "t", "v"}),
    (12, {"l", "w", "f"}),
    (13, {"r", "h", "m"}),
    (14, {"w", "o", "c", "b"}),
    (15, {"a", "s", "n"}),
    (16, {"l", "c", "e"}),
    (17, {"w", "o", "m"}),
    (18, {"b", "t", "r"}),
    (19, {"m", "s", "x"}),
    (20, {"g", "p", "u"}),
    (21, {"j", "y", "z"}),
    (22, {"d", "i", "q"}),
])
def test_held_out_gold_is_well_formed(number, prefixes):
    rows = ge.load_gold(_PATH.parent / "data" / f"geoparse_gold{number}.jsonl")
    assert len(rows) == 30 and sum(len(r["toponyms"]) for r in rows) >= 800
    assert ge.check_gold(rows) == []
    assert {row["id"][:1] for row in rows} == prefixes
    assert {t["kind"] for row in rows for t in row["toponyms"]} <= set(ge.KINDS)
    assert min(len(row["text"].split()) for row in rows) >= 150  # whole texts, not snippets


def test_gold_23_city_news_and_namesakes_across_borders_is_well_formed():
    """Gold 23 is smaller (20 texts): city-level local news (`a`) and cross-border namesakes (`x`), both scored "other"."""
    rows = ge.load_gold(_PATH.parent / "data" / "geoparse_gold23.jsonl")
    assert len(rows) == 20 and sum(len(r["toponyms"]) for r in rows) >= 600
    assert ge.check_gold(rows) == []
    assert {row["id"][:1] for row in rows} == {"a", "x"}
    assert {ge.genre_of(row) for row in rows} == {"city news", "namesakes across borders"}
    assert {t["kind"] for row in rows for t in row["toponyms"]} <= set(ge.KINDS)
    assert min(len(row["text"].split()) for row in rows) >= 150


def test_held_out_prefixes_have_genres():
    assert ge.GENRES["k"] == "encyclopedic" and ge.GENRES["t"] == "agency"
    assert ge.GENRES["f"] == "foreign desk"
    assert (ge.GENRES["r"], ge.GENRES["h"], ge.GENRES["m"]) == ("war records", "old newspapers", "military history")
    assert (ge.GENRES["s"], ge.GENRES["n"]) == ("South-Asian press", "African press")
    assert (ge.GENRES["o"], ge.GENRES["b"]) == ("situation reports", "bulletins")
    assert (ge.GENRES["g"], ge.GENRES["p"], ge.GENRES["u"]) == ("web news", "regional press", "humanitarian")
    assert (ge.GENRES["j"], ge.GENRES["y"], ge.GENRES["z"]) == ("small-town press", "gazetteer entries", "front lines")
    assert (ge.GENRES["d"], ge.GENRES["i"], ge.GENRES["q"]) == ("disasters and relief", "economy and trade",
                                                                 "quoted diplomacy")


@pytest.mark.parametrize("n, genres", [
    (24, {"profiles and obituaries": 10, "sport and travel": 10, "rivers, mountains and borders": 10}),
    (25, {"Latin American and Iberian press": 10, "post-Soviet reports": 10, "maritime and shipping": 10}),
    (26, {"Middle East and North Africa press": 10, "European regional news": 10, "migration routes": 10}),
    (27, {"Pacific and Oceania": 10, "Caribbean and Central America": 10, "Central Asia and the Caucasus": 10}),
    (28, {"East and Southern Africa": 10, "Balkans and Eastern European exonyms": 10,
          "Maritime Southeast Asia and East Asia": 10}),
    (29, {"Nordic and Baltic reports": 10, "Turkey and the Kurdish regions": 10, "Headline-case wire briefs": 10}),
    (30, {"Former and historical names": 10, "US politics and state news": 10,
          "Science, expeditions and the environment": 10}),
    (31, {"Francophone West and Central Africa": 10, "Social media and informal text": 10,
          "Courts, crime and police reports": 10}),
    (32, {"China, Taiwan, Hong Kong and Mongolia": 10, "Afghanistan, Iran and Pakistan's frontier": 10,
          "Transcripts and scanned text": 10}),
    (33, {"Sudan, South Sudan and Chad": 10, "Aviation and air-incident reports": 10,
          "Sanctions lists, addresses and directories": 10}),
])
def test_golds_naming_their_genres_per_row_are_well_formed(n, genres):
    """Golds 24-33 name their genres per row (every id letter is taken: gold 24's ids open on "g", the letter
    of web news): people and teams named like places, physical geography; Iberian, post-Soviet and sea-lane names;
    transliterated Arabic, European regional units and exonyms, migration journeys; Pacific islands and
    provinces, Caribbean communes and parishes, Central Asian and Caucasian renamed and transliterated towns;
    East and Southern African counties, woredas and townships, Balkan exonyms and old German names, Mindanao,
    Borneo and the treaty ports' old spellings; Nordic and Baltic border towns with their letters and
    two-language names, Turkish and Kurdish names of one town, and wire briefs under Title Case and ALL-CAPS headlines;
    French spellings and unit words of the Sahel and Central Africa, lower-case posts with hashtags, nicknames and
    misspellings, and court, police and extradition reports with addresses and institutions named after places;
    pinyin beside Wade-Giles and postal spellings, Hong Kong's districts and Taiwan's islands, Dari, Pashto and
    Persian spellings of one frontier town, and transcripts and OCR'd pages with names broken across lines;
    Arabic spellings of Sudanese and Chadian towns and camps, airports, codes and airspace with airlines and
    aircraft named like places, and sanctions entries, registers and directories with addresses, birthplaces
    and companies named after places."""
    rows = ge.load_gold(_PATH.parent / "data" / f"geoparse_gold{n}.jsonl")
    assert len(rows) == 30 and sum(len(r["toponyms"]) for r in rows) >= 1000
    assert ge.check_gold(rows) == []
    assert all(row["id"].startswith(f"g{n}-") for row in rows)
    got = [ge.genre_of(row) for row in rows]
    assert {g: got.count(g) for g in got} == genres
    assert {t["kind"] for row in rows for t in row["toponyms"]} <= set(ge.KINDS)
    assert min(len(row["text"].split()) for row in rows) >= 150
