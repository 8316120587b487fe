"""Shapes read lazily for geoparsing are the very shapes of the full readers."""
from __future__ import annotations

import csv

import numpy as np
import shapely

from geo import boundaries
from geo.gazetteer import _country_shape


def test_country_shape_same_as_frame() -> None:
    frame = boundaries.countries_frame()
    for iso in frame["iso_a2"]:
        want = boundaries.country_shape(iso)
        got = _country_shape(iso)
        assert (got is None) == (want is None), iso
        assert got is None or got.wkb == want.wkb, iso
    assert _country_shape("ZZ") is None
    assert _country_shape("ly").wkb == boundaries.country_shape("LY").wkb


def test_admin1_outlines_same_as_parsing_all() -> None:
    from reading.qualifiers import _OUTLINES, _outlines

    with open(_OUTLINES, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    every = dict(zip((r["id"] for r in rows), shapely.from_wkt(np.array([r["wkt"] for r in rows], dtype=object))))
    lazy = _outlines()
    assert len(lazy) == len(every)
    for k, g in every.items():
        assert lazy.get(k).wkb == g.wkb, k
    assert lazy.get("ne:nowhere") is None and "ne:nowhere" not in lazy
    k = next(iter(every))
    assert k in lazy and lazy[k] is lazy.get(k)
    assert lazy.get("ne:nowhere", 1) == 1


def test_data_table_kept_and_rebuilt(tmp_path, monkeypatch) -> None:
    from geo.gazetteer import data_table

    monkeypatch.setenv("CONFLICT_MAP_CACHE", str(tmp_path))
    calls = []

    def build(data: bytes) -> dict:
        calls.append(1)
        return {"n": len(data)}

    first = data_table("t", "countries.parquet", build)
    assert data_table("t", "countries.parquet", build) == first and len(calls) == 1  # kept
    (kept,) = tmp_path.glob("t-*.pkl")
    kept.write_bytes(b"not a pickle")
    assert data_table("t", "countries.parquet", build) == first and len(calls) == 2  # unreadable: built again
    assert len(list(tmp_path.glob("t-*.pkl"))) == 1


def test_damaged_caches_are_built_again_whatever_the_damage(tmp_path, monkeypatch) -> None:
    """A cache file cut short, overwritten or from a newer Python raises many kinds of error when
    unpickled (ValueError, TypeError, UnicodeDecodeError...): each means 'build it again', never
    a traceback for the user."""
    import pickle

    from geo.gazetteer import data_table

    monkeypatch.setenv("CONFLICT_MAP_CACHE", str(tmp_path))
    first = data_table("t", "countries.parquet", lambda data: {"n": len(data)})
    (kept,) = tmp_path.glob("t-*.pkl")
    good = pickle.dumps({"a": [1, 2, 3], "b": "x" * 40}, protocol=5)
    for damaged in (b"\x80\x09", good[: len(good) // 2], good.replace(b"x" * 40, b"\xff" * 40), b"\x80\x05K"):
        kept.write_bytes(damaged)
        assert data_table("t", "countries.parquet", lambda data: {"n": len(data)}) == first


def test_a_table_built_by_other_code_is_not_handed_back(tmp_path, monkeypatch) -> None:
    """A cache folder shared by two versions of the code (a branch, an upgrade) must not hand one the table the
    other built from the same data file: the key holds the building module's code too."""
    from geo.gazetteer import data_table

    monkeypatch.setenv("CONFLICT_MAP_CACHE", str(tmp_path))
    old = tmp_path / "old_builder.py"
    old.write_text("def build(data):\n    return {'rows': 1}\n")
    new = tmp_path / "new_builder.py"
    new.write_text("def build(data):\n    return {'rows': 2}\n")
    space_old, space_new = {}, {}
    exec(compile(old.read_text(), str(old), "exec"), space_old)
    exec(compile(new.read_text(), str(new), "exec"), space_new)
    assert data_table("t", "countries.parquet", space_old["build"]) == {"rows": 1}
    assert data_table("t", "countries.parquet", space_new["build"]) == {"rows": 2}
