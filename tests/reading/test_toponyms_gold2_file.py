"""The second geoparsing gold (bench/data/geoparse_gold2.jsonl) is well-formed."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("geoparse_eval", _ROOT / "bench" / "geoparse_eval.py")
ge = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ge)


def test_second_gold_is_well_formed():
    rows = ge.load_gold(_ROOT / "bench" / "data" / "geoparse_gold2.jsonl")
    assert len(rows) == 91
    assert ge.check_gold(rows) == []
    assert {t["kind"] for row in rows for t in row["toponyms"]} <= set(ge.KINDS)
    assert any(not row["toponyms"] for row in rows)
