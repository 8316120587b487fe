"""GeoJSON, CSV and GeoPackage exports of the layers."""
from __future__ import annotations

import csv
import datetime as dt
import json
import math
import sqlite3

import pyogrio
import pandas as pd
import pytest
import shapely
from shapely.geometry import Point, Polygon, shape

from geo.location import Location
from layers.events import events_frame
from layers.files import (
    CSV_COLUMNS,
    events_geojson,
    write_events_csv,
    write_geojson,
    write_geopackage,
    zones_geojson,
)
from layers.zones import zone_timeline
from reading.document import ControlClaim, Event, Evidence, FactDate


def fdate(text: str) -> FactDate:
    d = dt.date.fromisoformat(text)
    return FactDate(d, d)


def town(name, lon, lat):
    return Location(name, Point(lon, lat), lat, lon, 1)


def ev(eid, date, loc, *, sentence="Fighting was reported.", actor1="Army", **kw):
    evidence = Evidence("doc-1", sentence, 0, 3, "Sahel report", "https://example.org/sahel")
    return Event(eid, "doc-1", fdate(date) if date else None, kw.pop("event_type", "Battles"),
                 kw.pop("sub_event_type", "Armed clash"), actor1, location=loc, evidence=evidence, **kw)


BAMAKO = town("Bamako", -8.0, 12.65)
LIMA = town("Lima", -77.042793, -12.046374)


@pytest.fixture(scope="module")
def events():
    return events_frame([
        ev("e2", "2024-03-02", BAMAKO, fatalities=3),
        ev("e1", "2024-03-01", LIMA, sentence="=HYPERLINK(\"http://evil\")", actor1="+Militia"),
        ev("e3", None, BAMAKO, actor1="@group", sentence="-5 killed; \"quoted\", commas\nnew line"),
    ])


@pytest.fixture(scope="module")
def zones():
    # drawn clockwise on purpose: exports must turn it counter-clockwise
    cw = Polygon([(-9, 12), (-9, 14), (-7, 14), (-7, 12)])
    region = Location("southern Mali", cw, 13, -8, 3, "part")
    claims = [
        ControlClaim("c1", "doc-1", "FAMa", "holds", region, fdate("2024-01-01"),
                     Evidence("doc-1", "The army holds the south.", 0, 3, "Sahel report", None)),
        ControlClaim("c2", "doc-1", "JNIM", "took", town("Kati", -8.07, 12.74), fdate("2024-02-01"),
                     Evidence("doc-1", "JNIM took Kati.", 0, 3, "Sahel report", None)),
    ]
    return zone_timeline(claims)


def _signed_area(ring) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


# --- GeoJSON ---------------------------------------------------------------------
def test_events_geojson_is_feature_collection_without_crs(events):
    obj = events_geojson(events)
    assert obj["type"] == "FeatureCollection" and "crs" not in obj
    assert len(obj["features"]) == 3


def test_events_geojson_coordinates_are_lon_lat(events):
    feats = {f["id"]: f for f in events_geojson(events)["features"]}
    assert feats["e2"]["geometry"] == {"type": "Point", "coordinates": [-8.0, 12.65]}


def test_events_geojson_rounds_to_six_decimals(events):
    feats = {f["id"]: f for f in events_geojson(events)["features"]}
    assert feats["e1"]["geometry"]["coordinates"] == [-77.042793, -12.046374]
    assert feats["e1"]["properties"]["longitude"] == -77.042793


def test_events_geojson_properties_are_csv_columns(events):
    props = events_geojson(events)["features"][0]["properties"]
    assert tuple(props) == CSV_COLUMNS
    assert {"quote", "url"} <= set(props)


def test_events_geojson_missing_fatalities_is_null(events):
    feats = {f["id"]: f for f in events_geojson(events)["features"]}
    assert feats["e1"]["properties"]["fatalities"] is None
    assert feats["e2"]["properties"]["fatalities"] == 3


def test_zones_geojson_outer_rings_counter_clockwise_holes_clockwise(zones):
    obj = zones_geojson(zones)
    rings = 0
    for f in obj["features"]:
        geom = f["geometry"]
        polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        for poly in polys:
            assert _signed_area(poly[0]) > 0
            for hole in poly[1:]:
                assert _signed_area(hole) < 0
                rings += 1
    assert rings >= 1  # Kati is a hole in the army's zone


def test_zones_geojson_properties(zones):
    obj = zones_geojson(zones)
    assert "crs" not in obj
    props = obj["features"][0]["properties"]
    assert set(props) == {"faction", "start", "end", "status", "sources", "drawn_until"}
    assert props["sources"][0]["sentence"] == "The army holds the south."


def test_zones_geojson_open_end_is_null(zones):
    ends = [f["properties"]["end"] for f in zones_geojson(zones)["features"]]
    assert None in ends and "2024-02-01" in ends


def test_zones_geojson_round_trips_to_same_shapes(zones):
    for f, geom in zip(zones_geojson(zones)["features"], zones.geometry):
        # rounding to 6 decimals moves vertices by at most 5e-7 degrees
        assert shapely.area(shapely.symmetric_difference(shape(f["geometry"]), geom)) < 1e-6


def test_write_geojson_sorted_utf8_and_stable(tmp_path, events):
    obj = events_geojson(events)
    write_geojson(obj, tmp_path / "a.geojson")
    write_geojson(obj, tmp_path / "b.geojson")
    data = (tmp_path / "a.geojson").read_bytes()
    assert data == (tmp_path / "b.geojson").read_bytes()
    assert json.loads(data.decode("utf-8")) == json.loads(json.dumps(obj))


def test_collections_write_the_same_bytes_as_any_other_dict_of_the_same_values(tmp_path, events, zones):
    # the module's own collections skip the walk that makes values plain: it must change nothing
    for obj in (events_geojson(events), zones_geojson(zones)):
        write_geojson(obj, tmp_path / "fast.geojson")
        write_geojson(json.loads(json.dumps(obj)), tmp_path / "plain.geojson")
        assert (tmp_path / "fast.geojson").read_bytes() == (tmp_path / "plain.geojson").read_bytes()
    two = [f["geometry"] for f in events_geojson(events)["features"] if f["properties"]["location"] == "Bamako"]
    assert len(two) == 2 and two[0] == two[1] == {"type": "Point", "coordinates": [-8.0, 12.65]}


def test_write_geojson_keeps_non_ascii_text(tmp_path):
    write_geojson({"type": "FeatureCollection", "features": [], "name": "Tombouctou – تمبكتو"},
                  tmp_path / "x.geojson")
    assert "تمبكتو" in (tmp_path / "x.geojson").read_text("utf-8")


def test_write_geojson_writes_nan_as_null(tmp_path):
    write_geojson({"type": "FeatureCollection", "features": [], "v": math.nan}, tmp_path / "n.geojson")
    text = (tmp_path / "n.geojson").read_text("utf-8")
    assert "NaN" not in text and json.loads(text)["v"] is None


def test_write_geojson_rejects_non_dict(tmp_path):
    with pytest.raises(TypeError, match="obj"):
        write_geojson("{}", tmp_path / "x.geojson")


def test_failed_write_keeps_previous_file(tmp_path):
    target = tmp_path / "keep.geojson"
    write_geojson({"type": "FeatureCollection", "features": []}, target)
    before = target.read_bytes()
    with pytest.raises(TypeError):
        write_geojson({"type": "FeatureCollection", "features": [], "bad": object()}, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.geojson"]


# --- CSV -------------------------------------------------------------------------
def _rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def test_csv_columns_in_acled_order(tmp_path, events):
    write_events_csv(events, tmp_path / "e.csv")
    header = _rows(tmp_path / "e.csv")[0]
    assert header[:13] == ["event_id", "event_date", "time_precision", "event_type", "sub_event_type",
                           "actor1", "actor2", "location", "latitude", "longitude", "geo_precision",
                           "source", "notes"]
    assert header[13:] == ["fatalities", "planned", "background", "url", "quote", "happening"]


def test_csv_defuses_formula_cells(tmp_path, events):
    write_events_csv(events, tmp_path / "e.csv")
    rows = {r[0]: dict(zip(CSV_COLUMNS, r)) for r in _rows(tmp_path / "e.csv")[1:]}
    assert rows["e1"]["quote"].startswith("'=HYPERLINK")
    assert rows["e1"]["actor1"] == "'+Militia"
    assert rows["e3"]["actor1"] == "'@group"
    assert rows["e3"]["quote"].startswith("'-5 killed")


def test_csv_keeps_negative_numbers_as_numbers(tmp_path, events):
    write_events_csv(events, tmp_path / "e.csv")
    rows = {r[0]: dict(zip(CSV_COLUMNS, r)) for r in _rows(tmp_path / "e.csv")[1:]}
    assert rows["e1"]["longitude"] == "-77.042793"
    assert rows["e2"]["latitude"] == "12.65"


def test_csv_quotes_commas_quotes_and_newlines(tmp_path, events):
    write_events_csv(events, tmp_path / "e.csv")
    rows = {r[0]: dict(zip(CSV_COLUMNS, r)) for r in _rows(tmp_path / "e.csv")[1:]}
    assert rows["e3"]["quote"] == "'-5 killed; \"quoted\", commas\nnew line"


def test_csv_empty_cells_for_missing_values(tmp_path, events):
    write_events_csv(events, tmp_path / "e.csv")
    rows = {r[0]: dict(zip(CSV_COLUMNS, r)) for r in _rows(tmp_path / "e.csv")[1:]}
    assert rows["e3"]["event_date"] == "" and rows["e1"]["fatalities"] == ""
    assert rows["e2"]["fatalities"] == "3" and rows["e2"]["planned"] == "false"


def test_csv_cells_of_equal_but_differently_typed_values_stay_apart(tmp_path, events):
    # cells are made once per distinct value of a column: True == 1 == 1.0 must still differ
    frame = events.copy()
    frame["notes"] = pd.Series([True, 1, 1.0], index=frame.index, dtype=object)
    frame["source"] = pd.Series([["a", "b"], ["a", "b"], None], index=frame.index, dtype=object)
    write_events_csv(frame, tmp_path / "e.csv")
    rows = [dict(zip(CSV_COLUMNS, r)) for r in _rows(tmp_path / "e.csv")[1:]]
    assert [r["notes"] for r in rows] == ["true", "1", "1.0"]
    assert [r["source"] for r in rows] == ["['a', 'b']", "['a', 'b']", ""]


def test_csv_is_deterministic(tmp_path, events):
    write_events_csv(events, tmp_path / "a.csv")
    write_events_csv(events, tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_csv_rejects_frame_without_columns(tmp_path, zones):
    with pytest.raises(ValueError, match="columns"):
        write_events_csv(zones, tmp_path / "e.csv")


# --- GeoPackage --------------------------------------------------------------------
def test_geopackage_has_both_layers_with_counts_and_crs(tmp_path, events, zones):
    path = tmp_path / "map.gpkg"
    write_geopackage(events, zones, path)
    layers = dict(pyogrio.list_layers(path))
    assert set(layers) == {"events", "zones"}
    for name, frame in (("events", events), ("zones", zones)):
        info = pyogrio.read_info(path, layer=name)
        assert info["features"] == len(frame)
        assert info["crs"] == "EPSG:4326"


def test_geopackage_sources_stored_as_json_text(tmp_path, events, zones):
    path = tmp_path / "map.gpkg"
    write_geopackage(events, zones, path)
    back = pyogrio.read_dataframe(path, layer="zones")
    assert json.loads(back["sources"].iloc[0])[0]["doc_id"] == "doc-1"


def test_geopackage_reads_back_event_values(tmp_path, events, zones):
    path = tmp_path / "map.gpkg"
    write_geopackage(events, zones, path)
    back = pyogrio.read_dataframe(path, layer="events").set_index("event_id")
    assert back.loc["e2", "fatalities"] == 3
    assert (back.loc["e1"].geometry.x, back.loc["e1"].geometry.y) == (-77.042793, -12.046374)


def test_geopackage_is_byte_identical_when_rewritten(tmp_path, events, zones):
    write_geopackage(events, zones, tmp_path / "a.gpkg")
    write_geopackage(events, zones, tmp_path / "b.gpkg")
    assert (tmp_path / "a.gpkg").read_bytes() == (tmp_path / "b.gpkg").read_bytes()


def test_geopackage_last_change_is_pinned(tmp_path, events, zones):
    write_geopackage(events, zones, tmp_path / "a.gpkg")
    with sqlite3.connect(tmp_path / "a.gpkg") as db:
        stamps = {r[0] for r in db.execute("select last_change from gpkg_contents")}
    assert stamps == {"2000-01-01T00:00:00.000Z"}


def test_geopackage_overwrites_previous_export(tmp_path, events, zones):
    path = tmp_path / "map.gpkg"
    write_geopackage(events, zones, path)
    write_geopackage(events.iloc[:1], zones, path)
    assert pyogrio.read_info(path, layer="events")["features"] == 1


def test_geopackage_writes_empty_layers(tmp_path):
    path = tmp_path / "empty.gpkg"
    write_geopackage(events_frame([]), zone_timeline([]), path)
    assert {n for n, _ in pyogrio.list_layers(path)} == {"events", "zones"}


def test_geopackage_leaves_no_temporary_files(tmp_path, events, zones):
    write_geopackage(events, zones, tmp_path / "map.gpkg")
    assert [p.name for p in tmp_path.iterdir()] == ["map.gpkg"]


def test_geopackage_rejects_non_frames(tmp_path, zones):
    with pytest.raises(TypeError, match="events"):
        write_geopackage([], zones, tmp_path / "x.gpkg")
