"""The third geoparsing gold (bench/data/geoparse_gold3.jsonl) is well-formed."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("geoparse_eval", _ROOT / "bench" / "geoparse_eval.py")
ge = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ge)


def test_third_gold_is_well_formed():
    rows = ge.load_gold(_ROOT / "bench" / "data" / "geoparse_gold3.jsonl")
    assert len(rows) == 93 and sum(len(r["toponyms"]) for r in rows) == 372
    assert ge.check_gold(rows) == []
    assert any(not row["toponyms"] for row in rows)
    assert {row["id"][:1] for row in rows} == {"w", "l", "c", "a"}
