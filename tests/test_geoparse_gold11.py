"""The eleventh geoparsing gold (bench/data/geoparse_gold11.jsonl) is well formed."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "bench" / "geoparse_eval.py"
_spec = importlib.util.spec_from_file_location("geoparse_eval_g11", _PATH)
ge = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ge)


def test_eleventh_gold_is_well_formed():
    rows = ge.load_gold(_PATH.parent / "data" / "geoparse_gold11.jsonl")
    assert len(rows) == 30 and sum(len(r["toponyms"]) for r in rows) >= 800
    assert ge.check_gold(rows) == []
    assert {row["id"][:1] for row in rows} == {"k", "t", "v"}
    assert {t["kind"] for row in rows for t in row["toponyms"]} <= set(ge.KINDS)
    assert min(len(row["text"].split()) for row in rows) >= 150  # whole texts, not snippets
    assert ge.GENRES["k"] == "encyclopedic" and ge.GENRES["t"] == "agency"
