"""Data exports of the layers: GeoJSON (RFC 7946), ACLED-style CSV and GeoPackage.

Exports are what users carry into QGIS, spreadsheets and other maps, so they
follow the standards strictly (RFC 7946: lon/lat, no ``crs``, counter-clockwise
outer rings; CSV cells that a spreadsheet would run as a formula are defused)
and are reproducible byte for byte. Every write goes to a temporary file in
the target folder and is moved into place with :func:`os.replace`, so a failed
export never leaves a half-written file over a good one.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from reading.messages import Messages

__all__ = [
    "CSV_COLUMNS",
    "events_geojson",
    "zones_geojson",
    "write_geojson",
    "write_events_csv",
    "write_geopackage",
]

#: Events CSV columns, in order: ACLED's, then ours.
CSV_COLUMNS = (
    "event_id",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "planned",
    "background",
    "url",
    "quote",
    "happening",
)

_ZONE_PROPERTIES = ("faction", "start", "end", "status", "sources")
_DIGITS = 6
#: Characters that make a spreadsheet treat a cell as a formula (OWASP list).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Fixed "last change" stamp written into GeoPackages, for byte-identical files.
_GPKG_DATE = "2000-01-01T00:00:00.000Z"


def _check_frame(frame: Any, name: str, columns: tuple[str, ...]) -> None:
    if not isinstance(frame, gpd.GeoDataFrame):
        raise TypeError(f"{name} must be a GeoDataFrame, got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{name} lacks columns {missing}")


def _with_happening(frame: Any) -> Any:
    """``frame``, with each row its own happening when it has no ``happening`` column (a frame made
    before happenings were grouped, say a store's)."""
    if isinstance(frame, pd.DataFrame) and "happening" not in frame.columns and "event_id" in frame.columns:
        return frame.assign(happening=frame["event_id"])
    return frame


def _plain(value: Any) -> Any:
    """A JSON-safe Python value: NaN/NA become None, numpy scalars become Python ones."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _round(coords: Any) -> Any:
    if isinstance(coords, (list, tuple)):
        if coords and isinstance(coords[0], (int, float)):
            return [round(float(c), _DIGITS) + 0.0 for c in coords[:2]]
        if coords and isinstance(coords[0], tuple) and coords[0] and isinstance(coords[0][0], float):
            # a ring or a line (shapely's mapping: tuples of float pairs): one loop, not one call a point
            return [[round(x, _DIGITS) + 0.0, round(y, _DIGITS) + 0.0] for x, y, *_ in coords]
        return [_round(c) for c in coords]
    return coords


def _geometry(geom: Any) -> dict | None:
    """RFC 7946 geometry: right-hand-rule rings, lon/lat rounded to 6 decimals."""
    if geom is None or geom.is_empty:
        return None
    geom = shapely.orient_polygons(geom, exterior_cw=False)
    mapping = shapely.geometry.mapping(geom)
    return {"type": mapping["type"], "coordinates": _round(mapping["coordinates"])}


def _geometries(geoms: list) -> list[dict | None]:
    """:func:`_geometry` of each, each distinct shape once (a zone's shape lasts over many rows of
    the timeline, a town's point over many events): equal shapes share one dict."""
    made: dict[bytes, dict | None] = {}
    out = []
    for g, w in zip(geoms, shapely.to_wkb(np.asarray(geoms, dtype=object)).tolist()):
        if w is None:
            out.append(None)
            continue
        got = made.get(w, made)
        if got is made:
            got = made[w] = _geometry(g)
        out.append(got)
    return out


def events_geojson(frame: gpd.GeoDataFrame) -> dict:
    """The events frame as an RFC 7946 FeatureCollection of points.

    Properties are the CSV columns (:data:`CSV_COLUMNS`, which include ``quote``
    and ``url``); the feature ``id`` is the event id.

    >>> from layers.events import events_frame
    >>> events_geojson(events_frame([]))["features"]
    []
    """
    frame = _with_happening(frame)
    _check_frame(frame, "frame", CSV_COLUMNS)
    return _collection(frame, "event_id", CSV_COLUMNS)


def zones_geojson(frame: gpd.GeoDataFrame) -> dict:
    """The zone timeline as an RFC 7946 FeatureCollection of polygons.

    Properties: ``faction``, ``start``, ``end`` (null while it lasts),
    ``status``, ``sources`` (each with ``told``, the day its article tells it), and ``drawn_until``: the day the
    maps stop drawing it (a year after the last report telling it, or its end when sooner,
    :func:`layers.zones.shown_until`); the feature ``id`` is the zone id.
    """
    _check_frame(frame, "frame", ("zone_id",) + _ZONE_PROPERTIES)
    return _collection(_with_drawn_until(frame), "zone_id", _ZONE_PROPERTIES + ("drawn_until",))


def _with_drawn_until(zones: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``zones`` with the ``drawn_until`` column the maps go by (why: a GIS reading ``end`` alone drew a hold told in
    1982 on every later date, as the map had)."""
    from layers.zones import shown_until

    if "drawn_until" in zones.columns or not {"start", "end"} <= set(zones.columns):
        return zones
    return zones.assign(drawn_until=pd.Series(shown_until(zones) if len(zones) else [], index=zones.index,
                                              dtype=object))


def _collection(frame: gpd.GeoDataFrame, id_column: str, properties) -> dict:
    """One RFC 7946 Feature per row: ``id_column`` as id, ``properties`` as plain values."""
    ids = [str(v) for v in frame[id_column].tolist()]
    geoms = _geometries(frame.geometry.tolist())
    columns = [[_plain(v) for v in frame[c].tolist()] for c in properties]
    features = [
        {"type": "Feature", "id": i, "geometry": g, "properties": dict(zip(properties, values))}
        for i, g, *values in zip(ids, geoms, *columns)
    ]
    return _PlainCollection(type="FeatureCollection", features=features)


class _PlainCollection(dict):
    """A FeatureCollection made of plain values (:func:`_plain`'s), as :func:`write_geojson` writes them."""


@contextlib.contextmanager
def _atomic(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; move it into place only on success."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a str or Path, got {type(path).__name__}")
    target = Path(path)
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=folder))
    try:
        tmp = workdir / target.name
        yield tmp
        os.replace(tmp, target)
    except OSError as exc:
        raise OSError(Messages.E560.format(path=str(target), reason=exc)) from exc
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _write_bytes(data: bytes, path: str | os.PathLike) -> None:
    with _atomic(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())


def write_geojson(obj: dict, path: str | os.PathLike) -> None:
    """Write a GeoJSON object: UTF-8, sorted keys, NaN written as null, atomically."""
    if not isinstance(obj, dict):
        raise TypeError(f"obj must be a dict, got {type(obj).__name__}")
    # This module's collections are plain already: no second walk over every coordinate.
    text = json.dumps(obj if type(obj) is _PlainCollection else _plain(obj), sort_keys=True,
                      ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    _write_bytes((text + "\n").encode("utf-8"), path)


def _cell(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(round(value, _DIGITS) + 0.0)
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def write_events_csv(frame: gpd.GeoDataFrame, path: str | os.PathLike) -> None:
    """Write the events as ACLED-style CSV (:data:`CSV_COLUMNS`), atomically.

    Text cells starting with ``= + - @`` (or a tab / carriage return) get a
    leading ``'`` so a spreadsheet shows them instead of running them;
    numbers (negative longitudes) are written as they are.
    """
    frame = _with_happening(frame)
    _check_frame(frame, "frame", CSV_COLUMNS)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(zip(*(_cells(frame[c].tolist()) for c in CSV_COLUMNS)))
    _write_bytes(buf.getvalue().encode("utf-8"), path)


def _cells(values: list) -> list[str]:
    """:func:`_cell` of each value of one column, each distinct value once: a column repeats
    its values (event types, actors, places, sources) over thousands of rows."""
    made: dict[tuple[type, Any], str] = {}
    out = []
    for v in values:
        key = (type(v), v)  # the type too: True == 1 == 1.0 must not share a cell
        try:
            cell = made.get(key)
        except TypeError:  # a list or dict value
            cell = _cell(v)
        else:
            if cell is None:
                cell = made[key] = _cell(v)
        out.append(cell)
    return out


def _for_gpkg(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A copy GDAL can store: lists/dicts as JSON text, None kept as null."""
    out = frame.copy()
    for col in out.columns:
        if col == out.geometry.name:
            continue
        values = out[col].tolist()
        if any(isinstance(v, (list, dict, tuple)) for v in values):
            out[col] = pd.Series(
                [None if v is None else json.dumps(_plain(v), sort_keys=True, ensure_ascii=False)
                 for v in values],
                index=out.index,
                dtype=object,
            )
        elif out[col].dtype == object:
            out[col] = pd.Series([_plain(v) for v in values], index=out.index, dtype=object)
    return out


def write_geopackage(events: gpd.GeoDataFrame, zones: gpd.GeoDataFrame,
                     path: str | os.PathLike) -> None:
    """Write both layers, ``events`` and ``zones`` (EPSG:4326), to one GeoPackage, atomically.

    The GeoPackage "last change" stamps are pinned so that the same frames give
    the same bytes.
    """
    _check_frame(events, "events", ("event_id",))
    _check_frame(zones, "zones", ("zone_id",))
    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": _GPKG_DATE})
    try:
        with _atomic(path) as tmp:
            for name, frame in (("events", events), ("zones", _with_drawn_until(zones))):
                data = _for_gpkg(frame.to_crs("EPSG:4326") if frame.crs else
                                 frame.set_crs("EPSG:4326"))
                pyogrio.write_dataframe(data, tmp, layer=name, driver="GPKG",
                                        promote_to_multi=False)
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})
