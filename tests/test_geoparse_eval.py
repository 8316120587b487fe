"""The geoparsing benchmark's scorer on tiny hand cases, and its gold file's well-formedness."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "bench" / "geoparse_eval.py"
_spec = importlib.util.spec_from_file_location("geoparse_eval", _PATH)
ge = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ge)

TEXT = "Shelling hit Kherson and Paris, Texas on Monday."
GOLD = [{"id": "t1", "text": TEXT, "toponyms": [
    {"start": 13, "end": 20, "name": "Kherson", "lat": 46.64, "lon": 32.62, "kind": "city"},
    {"start": 25, "end": 30, "name": "Paris", "lat": 33.66, "lon": -95.56, "kind": "city"},
    {"start": 32, "end": 37, "name": "Texas", "lat": None, "lon": None, "kind": "admin"},
]}]


def _pred(*rows):
    return lambda text: [dict(zip(("start", "end", "lat", "lon"), r)) for r in rows]


def test_gold_case_is_well_formed():
    assert ge.check_gold(GOLD) == []


def test_perfect_prediction_scores_one():
    res = ge.score(GOLD, _pred((13, 20, 46.64, 32.62), (25, 30, 33.66, -95.56), (32, 37, 31.0, -99.0)))
    o = res["overall"]
    assert (o["precision"], o["recall"], o["f1"], o["exact_f1"]) == (1.0, 1.0, 1.0, 1.0)
    assert o["acc161"] == 1.0 and o["acc161_all"] == 1.0 and o["resolved"] == 2  # Texas: no gold coordinates
    assert res["errors"] == []


def test_wrong_coordinate_fails_accuracy_and_is_listed():
    # Paris resolved to Paris, France; "Kherson" found as a longer overlapping span; Texas missed; one false positive
    res = ge.score(GOLD, _pred((0, 8, None, None), (13, 24, 46.64, 32.62), (25, 30, 48.86, 2.35)))
    o = res["overall"]
    assert o["recall"] == pytest.approx(2 / 3, abs=1e-4) and o["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert o["exact_f1"] < o["f1"]
    assert o["acc161"] == 0.5 and o["acc161_all"] == 0.5
    types = sorted((e["type"], e["surface"]) for e in res["errors"])
    assert types == [("false_positive", "Shelling"), ("far", "Paris"), ("miss", "Texas")]
    far = [e for e in res["errors"] if e["type"] == "far"][0]
    assert far["km"] > 7000


def test_unresolved_counts_against_end_to_end_accuracy_only():
    res = ge.score(GOLD, _pred((13, 20, None, None), (25, 30, 33.66, -95.56)))
    o = res["overall"]
    assert o["unresolved"] == 1 and o["acc161"] == 1.0 and o["acc161_all"] == 0.5


def test_match_is_one_to_one():
    gold = [{"start": 0, "end": 14}]
    pred = [{"start": 0, "end": 4}, {"start": 9, "end": 14}]  # "Port-au-Prince" split in two
    assert ge.match_spans(gold, pred) == [(0, 0)]


def test_check_gold_reports_bad_spans():
    bad = [{"id": "x", "text": "In Kherson.", "toponyms": [
        {"start": 2, "end": 9, "name": "Kherson", "lat": 46.6, "lon": 32.6, "kind": "city"},
        {"start": 3, "end": 10, "name": "Kherson", "lat": 46.6, "lon": None, "kind": "town"}]}]
    problems = ge.check_gold(bad)
    assert any("!= name" in p for p in problems)
    assert any("kind" in p for p in problems)
    assert any("one of lat/lon" in p for p in problems)


def test_gold_file_is_well_formed():
    rows = ge.load_gold()
    assert len(rows) >= 60
    assert ge.check_gold(rows) == []
    for row in rows:
        for t in row["toponyms"]:
            assert row["text"][t["start"]:t["end"]] == t["name"]
    kinds = {t["kind"] for row in rows for t in row["toponyms"]}
    assert kinds <= set(ge.KINDS)
    assert any(not row["toponyms"] for row in rows)  # texts with no place at all


def test_km():
    assert ge.km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.1)
    assert ge.km(10, 10, 10, 10) == 0.0


def test_second_gold_is_well_formed():
    rows = ge.load_gold(_PATH.parent / "data" / "geoparse_gold2.jsonl")
    assert len(rows) == 91
    assert ge.check_gold(rows) == []
    assert {t["kind"] for row in rows for t in row["toponyms"]} <= set(ge.KINDS)
    assert any(not row["toponyms"] for row in rows)


def test_third_gold_is_well_formed():
    rows = ge.load_gold(_PATH.parent / "data" / "geoparse_gold3.jsonl")
    assert len(rows) == 93 and sum(len(r["toponyms"]) for r in rows) == 372
    assert ge.check_gold(rows) == []
    assert any(not row["toponyms"] for row in rows)
    assert {row["id"][:1] for row in rows} == {"w", "l", "c", "a"}


def test_fourth_gold_is_well_formed():
    rows = ge.load_gold(_PATH.parent / "data" / "geoparse_gold4.jsonl")
    assert len(rows) == 32 and sum(len(r["toponyms"]) for r in rows) == 891
    assert ge.check_gold(rows) == []
    assert {row["id"][:1] for row in rows} == {"c", "l", "w", "e"}
    assert min(len(row["text"].split()) for row in rows) >= 300  # whole articles, not snippets


def test_sixth_gold_is_well_formed():
    rows = ge.load_gold(_PATH.parent / "data" / "geoparse_gold6.jsonl")
    assert len(rows) == 33 and sum(len(r["toponyms"]) for r in rows) == 791
    assert ge.check_gold(rows) == []
    assert {row["id"][:1] for row in rows} == {"v", "w", "c"}
    assert min(len(row["text"].split()) for row in rows) >= 150  # whole stories, not snippets
    assert ge.GENRES["v"] == "outbreak"


def test_a_row_genre_overrides_its_id_letter_and_unknown_genres_are_problems():
    row = {"id": "a99", "text": "Rain in Lyon.", "toponyms": []}
    assert ge.genre_of(row) == "ambiguity"
    assert ge.genre_of({**row, "genre": "sport and travel"}) == "sport and travel"
    assert ge.genre_of({**row, "id": "\u00e799"}) == "other"
    assert ge.check_gold([{**row, "genre": "sport and travel"}]) == []
    assert ge.check_gold([{**row, "genre": "sports"}]) == ["a99: genre 'sports' is not a known genre"]


def test_every_id_letter_of_the_golds_has_a_genre():
    assert (ge.GENRES["a"], ge.GENRES["e"], ge.GENRES["x"]) == ("ambiguity", "encyclopedic", "variant spellings")
    letters = {row["id"][:1] for p in (_PATH.parent / "data").glob("geoparse_gold*.jsonl") for row in ge.load_gold(p)}
    assert letters <= set(ge.GENRES)


def test_score_reports_a_row_under_its_own_genre():
    rows = [{"id": "a1", "genre": "city news", "text": "Rain in Lyon.",
             "toponyms": [{"start": 8, "end": 12, "name": "Lyon", "lat": 45.76, "lon": 4.84, "kind": "city"}]},
            {"id": "a2", "text": "Snow in Oslo.",
             "toponyms": [{"start": 8, "end": 12, "name": "Oslo", "lat": 59.91, "lon": 10.75, "kind": "city"}]}]
    res = ge.score(rows, lambda text: [])
    assert set(res["by_genre"]) == {"city news", "ambiguity"}
    assert res["by_genre"]["city news"]["gold"] == 1
