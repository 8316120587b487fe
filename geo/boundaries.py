"""Country, admin-1 and named-region polygons, read from files in ``geo/data``.

The files are derived from Natural Earth (public domain) by
``scripts/build_geodata.py``; nothing is downloaded. Frames are read once per
process and shared, so callers must not mutate them (take a ``.copy()``).

Examples
--------
>>> country_shape("LY").geom_type in ("Polygon", "MultiPolygon")
True
>>> country_shape("ZZ") is None
True
"""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

__all__ = [
    "DATA_DIR",
    "admin1_frame",
    "admin1_shape",
    "admin1_type",
    "basemap_geojson",
    "countries_frame",
    "country_shape",
    "region_rows",
    "region_shape",
]

DATA_DIR = Path(__file__).resolve().parent / "data"


def _iso2(iso2: str, name: str = "iso2") -> str:
    if not isinstance(iso2, str):
        raise TypeError(f"{name} must be str, got {type(iso2).__name__}")
    code = iso2.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise ValueError(f"{name} must be an ISO 3166-1 alpha-2 code, got {iso2!r}")
    return code


@lru_cache(maxsize=1)
def countries_frame() -> gpd.GeoDataFrame:
    """All countries: iso_a2, iso_a3, name, label_lon, label_lat, geometry."""
    return gpd.read_parquet(DATA_DIR / "countries.parquet")


@lru_cache(maxsize=1)
def _admin1_all() -> gpd.GeoDataFrame:
    return gpd.read_parquet(DATA_DIR / "admin1.parquet")


@lru_cache(maxsize=1)
def _admin1_by_id() -> dict[str, BaseGeometry]:
    g = _admin1_all()
    return dict(zip(g["id"], g.geometry))


@lru_cache(maxsize=1)
def _country_by_iso() -> dict[str, BaseGeometry]:
    g = countries_frame()
    return dict(zip(g["iso_a2"], g.geometry))


def country_shape(iso2: str) -> BaseGeometry | None:
    """(Multi)Polygon of a country by ISO alpha-2 code, None when unknown."""
    return _country_by_iso().get(_iso2(iso2))


def admin1_frame(iso2: str | None = None) -> gpd.GeoDataFrame:
    """First-level divisions, all or one country's.

    Columns: id, name, alt_names ("|"-joined), iso_a2, adm0_a3, admin (country
    name), type, region, label_lon, label_lat, geometry.
    """
    g = _admin1_all()
    if iso2 is None:
        return g
    return g[g["iso_a2"] == _iso2(iso2)]


@lru_cache(maxsize=1)
def _admin1_types() -> dict[str, str]:
    import pyarrow.parquet as pq  # (two columns, no geometry: cheap to read)

    t = pq.read_table(DATA_DIR / "admin1.parquet", columns=["id", "type"]).to_pydict()
    return {i: (k or "").lower() for i, k in zip(t["id"], t["type"]) if k}


def admin1_type(admin1_id: str) -> str:
    """The word a country uses for one admin-1 unit ("state", "department", "oblast"), lower case,
    "" when Natural Earth gives none: "Plateau state" is Nigeria's, "Plateau department" Benin's."""
    return _admin1_types().get(admin1_id, "")


def admin1_shape(admin1_id: str) -> BaseGeometry | None:
    """Polygon of one admin-1 unit by id (``ne:LBY-sabha``), None if unknown."""
    if not isinstance(admin1_id, str):
        raise TypeError(f"admin1_id must be str, got {type(admin1_id).__name__}")
    return _admin1_by_id().get(admin1_id)


@lru_cache(maxsize=1)
def region_rows() -> tuple[dict, ...]:
    """Rows of ``regions.csv`` and ``islands.csv``: named areas that are no admin unit (islands that no town
    of their name stands for: "Lesbos", "Socotra", "Yeonpyeong Island", no GeoNames populated place)."""
    rows: list[dict] = []
    for name in ("regions.csv", "islands.csv"):
        with open(DATA_DIR / name, newline="", encoding="utf-8") as f:
            rows += csv.DictReader(f)
    return tuple(rows)


@lru_cache(maxsize=None)
def region_shape(region_id: str) -> BaseGeometry | None:
    """Polygon of a named region: its admin-1 units dissolved, or its bbox."""
    if not isinstance(region_id, str):
        raise TypeError(f"region_id must be str, got {type(region_id).__name__}")
    for row in region_rows():
        if row["id"] != region_id:
            continue
        ids = [x for x in row["admin1_ids"].split("|") if x]
        parts = [admin1_shape(x) for x in ids]
        parts = [p for p in parts if p is not None]
        if parts:
            return shapely.make_valid(shapely.union_all(parts))
        if row["bbox"]:
            x0, y0, x1, y1 = (float(v) for v in row["bbox"].split())
            return box(x0, y0, x1, y1)
        return None
    return None


@lru_cache(maxsize=1)
def _basemap_text() -> str:
    return (DATA_DIR / "basemap.geojson").read_text(encoding="utf-8")


def basemap_geojson() -> dict:
    """Coarse world country outlines (GeoJSON dict), an offline base layer.

    A fresh dict each call, so callers may modify it.
    """
    return json.loads(_basemap_text())
