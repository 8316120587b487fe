"""layers.mapview and layers.elements: the map built from events and zones frames."""
import datetime as dt
import json
import re
from types import SimpleNamespace

import folium
import geopandas as gpd
import pandas as pd
import pytest
import shapely
from shapely.geometry import Point, box

from layers.elements import EventLayer, Sides, TimeFilter, ZoneLayer, day_number, script_json
from layers.mapview import build_map, data_bounds, filter_zones

# Small made-up places in several countries (not the seed corpus).
PLACES = [
    ("Kidal", 18.44, 1.41), ("Gao", 16.27, -0.04), ("Goma", -1.68, 29.22),
    ("Bunia", 1.56, 30.25), ("Aden", 12.79, 45.03), ("Marib", 15.46, 45.32),
]
TYPES = [
    ("Battles", "Armed clash"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
    ("Strategic developments", "Agreement"), ("Riots", "Mob violence"),
]


COLUMNS = [
    "event_id", "event_date", "date_end", "time_precision", "event_type", "sub_event_type", "actor1",
    "actor2", "side", "fatalities", "planned", "background", "location", "latitude", "longitude",
    "geo_precision", "area", "source", "url", "doc_id", "quote", "notes",
]


def make_events(n: int = 24, *, start: str = "2022-03-01", hostile: bool = False) -> gpd.GeoDataFrame:
    """An events frame in the shared schema (layers.events), built by hand."""
    rows = []
    day0 = dt.date.fromisoformat(start)
    for i in range(n):
        name, lat, lon = PLACES[i % len(PLACES)]
        etype, sub = TYPES[i % len(TYPES)]
        gp = 1 if i % 3 else 2
        date = (day0 + dt.timedelta(days=i % 20)).isoformat()
        rows.append({
            "event_id": f"ev{i:06d}", "event_date": date, "date_end": date, "time_precision": 1,
            "event_type": etype, "sub_event_type": sub,
            "actor1": ["FAMa", "M23", "Houthis"][i % 3], "actor2": "", "side": ["FAMa", "M23", ""][i % 3],
            "fatalities": (i % 4) if i % 2 else None, "planned": i % 7 == 6, "background": i % 10 == 9,
            "location": name if gp == 1 else f"near {name}", "latitude": lat + (i % 5) * 0.01,
            "longitude": lon, "geo_precision": gp,
            "area": shapely.to_geojson(Point(lon, lat).buffer(0.3)) if gp > 1 else "",
            "source": f"Wire story {i % 4}", "url": f"https://example.org/story/{i % 4}",
            "doc_id": f"story{i % 4}.txt", "quote": f"Witnesses described fighting in {name}.", "notes": "",
        })
    if hostile:
        rows[0].update(
            quote="<script>alert(1)</script> and ${alert(1)}",
            source="<img src=x onerror=alert(1)>",
            url="javascript:alert(1)",
            location="\"'><svg onload=alert(1)>",
        )
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["fatalities"] = frame["fatalities"].astype("Int64")
    return gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(frame.longitude, frame.latitude), crs="EPSG:4326")


def make_zones() -> gpd.GeoDataFrame:
    rows = [
        {"zone_id": "z1", "faction": "M23", "start": "2022-03-01", "end": None, "status": "held",
         "sources": [{"doc_id": "story1.txt", "sentence": "M23 holds Bunagana.", "title": "T1", "url": "https://example.org/1"}],
         "geometry": box(29.0, -1.5, 29.6, -1.0)},
        {"zone_id": "z2", "faction": "FAMa", "start": "2022-03-05", "end": "2022-03-12", "status": "contested",
         "sources": [], "geometry": box(0.9, 17.9, 1.9, 18.9)},
    ]
    return gpd.GeoDataFrame(pd.DataFrame(rows), geometry="geometry", crs="EPSG:4326")


def empty_zones() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"faction": [], "start": [], "end": [], "status": [], "sources": []},
                            geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")


GRID = {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}}


def render(m: folium.Map) -> str:
    return m.get_root().render()


def embedded(html: str, fn: str) -> dict:
    """The JSON data handed to ConflictMap.<fn> in a rendered page."""
    m = re.search(r"ConflictMap\." + fn + r"\([^{]*\{.*?data: (\{.*?\})\n", html, re.S)
    assert m, fn
    return json.loads(m.group(1))


@pytest.fixture
def ev():
    return make_events()


@pytest.fixture
def zones():
    return make_zones()


def test_build_map_returns_a_folium_map(ev, zones):
    assert isinstance(build_map(ev, zones, basemap=GRID), folium.Map)


def test_map_uses_only_vendored_assets(ev, zones):
    html = render(build_map(ev, zones, basemap=GRID))
    srcs = re.findall(r'<script src="([^"]+)"', html) + re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    assert srcs and all(s.startswith("/app/static/vendor/") for s in srcs)


def test_map_default_js_is_streamlit_static(ev, zones):
    m = build_map(ev, zones, basemap=GRID)
    assert [u for _, u in m.default_js][0] == "/app/static/vendor/leaflet/leaflet.js"
    for child in m._children.values():
        for _, url in getattr(child, "default_js", []) + getattr(child, "default_css", []):
            assert url.startswith("/app/static/vendor/"), url


@pytest.mark.parametrize("cdn", ["cdn.jsdelivr", "unpkg", "cdnjs", "code.jquery", "netdna", "googleapis", "bootstrap", "fontawesome", "d3js"])
def test_rendered_map_names_no_cdn(ev, zones, cdn):
    assert cdn not in render(build_map(ev, zones, basemap=GRID)).lower()


def test_render_is_byte_identical_for_same_input(ev, zones):
    assert render(build_map(ev, zones, basemap=GRID)) == render(build_map(ev, zones, basemap=GRID))


def test_no_random_uuid_ids_remain(ev, zones):
    html = render(build_map(ev, zones, basemap=GRID))
    assert not re.search(r"_[0-9a-f]{32}\b", html)


def test_one_overlay_per_event_type_in_layer_control(ev, zones):
    html = render(build_map(ev, zones, basemap=GRID))
    for etype in ("Battles", "Protests", "Riots", "Strategic developments"):
        assert re.search(r'"' + re.escape(etype) + r' \(\d+\)"\s*:', html), etype


def test_background_overlay_is_off_by_default(ev, zones):
    m = build_map(ev, zones, basemap=GRID)
    groups = [c for c in m._children.values() if isinstance(c, folium.FeatureGroup)]
    bg = [g for g in groups if g.layer_name.startswith("Background history")]
    assert len(bg) == 1 and bg[0].show is False
    assert all(g.show for g in groups if g.layer_name.startswith("Battles"))


def test_three_base_maps_light_first(ev, zones):
    m = build_map(ev, zones, basemap=GRID)
    tiles = [c for c in m._children.values() if isinstance(c, folium.TileLayer)]
    assert [t.layer_name for t in tiles][0].startswith("Light")
    assert any("World_Imagery" in t.tiles for t in tiles) and any("openstreetmap" in t.tiles for t in tiles)
    assert [t.show for t in tiles] == [True, False, False]


def test_map_has_scale_legend_fullscreen_and_layer_control(ev, zones):
    html = render(build_map(ev, zones, basemap=GRID))
    for needle in ("L.control.scale()", "ConflictMap.legend(", "ConflictMap.fullscreen(", "L.control.layers("):
        assert needle in html


def test_map_is_fitted_to_the_data(ev, zones):
    html = render(build_map(ev, zones, basemap=GRID))
    fit = re.search(r"fitBounds\(\s*(\[\[.*?\]\])", html, re.S)
    (s, w), (n, e) = json.loads(fit.group(1))
    assert s < -1.68 and n > 18.44 and w < -0.04 and e > 45.32


def test_empty_data_gives_a_world_view():
    m = build_map(make_events(0), empty_zones(), basemap=GRID)
    assert m.location == [0.0, 0.0] and "fitBounds" not in render(m)


def test_snapshot_keeps_events_up_to_the_date(ev, zones):
    html = render(build_map(ev, zones, at="2022-03-05", basemap=GRID))
    dates = embedded(html, "eventLayer")["columns"]["date"]
    assert dates and max(dates) == day_number("2022-03-05")


def test_snapshot_window_keeps_recent_events_only(ev, zones):
    html = render(build_map(ev, zones, at="2022-03-10", window_days=3, basemap=GRID))
    dates = embedded(html, "eventLayer")["columns"]["date"]
    assert min(dates) == day_number("2022-03-08")


def test_snapshot_shows_zones_valid_on_the_date(ev, zones):
    inside = embedded(render(build_map(ev, zones, at="2022-03-06", basemap=GRID)), "zoneLayer")
    after = embedded(render(build_map(ev, zones, at="2022-03-12", basemap=GRID)), "zoneLayer")
    assert len(inside["zones"]) == 2 and len(after["zones"]) == 1


def test_event_type_filter(ev, zones):
    data = embedded(render(build_map(ev, zones, event_types=["Protests"], basemap=GRID)), "eventLayer")
    assert [t["name"] for t in data["types"]] == ["Protests"]


def test_actor_filter(ev, zones):
    data = embedded(render(build_map(ev, zones, actors=["M23"], basemap=GRID)), "eventLayer")
    assert {data["strings"][i] for i in data["columns"]["a1"]} == {"M23"}


def test_timeline_embeds_every_event_and_a_slider(ev, zones):
    html = render(build_map(ev, zones, at="2022-03-05", timeline=True, basemap=GRID))
    assert len(embedded(html, "eventLayer")["columns"]["date"]) == len(ev)
    assert "ConflictMap.timeControl(" in html


def test_timeline_slider_comes_before_layers_so_they_draw_once(ev, zones):
    html = render(build_map(ev, zones, mode="timeline", basemap=GRID))
    assert html.index("ConflictMap.timeControl(") < html.index("ConflictMap.eventLayer(")


def test_precision_and_flags_are_in_the_data(ev, zones):
    cols = embedded(render(build_map(ev, zones, basemap=GRID)), "eventLayer")["columns"]
    assert set(cols["gp"]) == {1, 2}
    assert 1 in [f & 1 for f in cols["flags"]] and 2 in [f & 2 for f in cols["flags"]]
    assert max(cols["area"]) >= 0 and -1 in cols["area"]


def test_profile_colours_and_names_are_used(ev, zones):
    profile = SimpleNamespace(factions=[SimpleNamespace(id="M23", name="March 23 Movement", color="#aa0000")])
    data = embedded(render(build_map(ev, zones, profile=profile, basemap=GRID)), "eventLayer")
    assert {"id": "M23", "name": "March 23 Movement", "color": "#aa0000"} in data["factions"]


def test_colours_without_profile_are_stable():
    assert Sides(["A", "B"]).table == Sides(["B", "A", ""]).table


def test_bad_profile_colour_falls_back_to_palette():
    profile = SimpleNamespace(factions=[SimpleNamespace(id="X", name="X", color="red;}")])
    assert re.match(r"^#[0-9A-Fa-f]{6}$", Sides(["X"], profile).table[0]["color"])


def test_events_without_coordinates_are_left_out_with_a_warning(zones):
    ev = make_events(4)
    ev.loc[0, "latitude"] = float("nan")
    with pytest.warns(UserWarning, match="W503|without valid coordinates"):
        layer = EventLayer(ev)
    assert json.loads(layer.data_json)["columns"]["lat"].__len__() == 3


def test_build_map_rejects_wrong_types(ev, zones):
    with pytest.raises(TypeError, match="events"):
        build_map([], zones)
    with pytest.raises(TypeError, match="zones"):
        build_map(ev, None)
    with pytest.raises(ValueError, match="mode"):
        build_map(ev, zones, mode="movie")
    with pytest.raises(ValueError):
        build_map(ev, zones, assets="cdn")
    with pytest.raises(ValueError, match="at"):
        build_map(ev, zones, at="yesterday")


def test_script_json_escapes_what_could_break_out():
    out = script_json({"a": "</script><!-- & \u2028\u2029"})
    assert not set("<>&") & set(out) and "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == {"a": "</script><!-- & \u2028\u2029"}


def test_script_json_refuses_nan():
    with pytest.raises(ValueError):
        script_json({"x": float("nan")})


def test_filter_zones_end_is_exclusive(zones):
    assert filter_zones(zones, dt.date(2022, 3, 12))["zone_id"].tolist() == ["z1"]
    assert filter_zones(zones, dt.date(2022, 3, 11))["zone_id"].tolist() == ["z1", "z2"]


def test_data_bounds_none_when_empty():
    assert data_bounds(make_events(0), empty_zones()) is None


def test_time_filter_starts_on_last_date_before_start():
    spec = json.loads(TimeFilter(["2022-01-03", "2022-01-01", "2022-01-05", ""], start="2022-01-04").spec_json)
    assert spec["dates"] == [day_number("2022-01-01"), day_number("2022-01-03"), day_number("2022-01-05")]
    assert spec["start"] == 1


def test_zone_layer_keeps_sources_as_text(zones):
    data = json.loads(ZoneLayer(zones).data_json)
    assert data["zones"][0]["sources"][0]["sentence"] == "M23 holds Bunagana."


def test_clustering_switches_on_when_dense():
    layer = EventLayer(make_events(30), cluster="auto", cluster_threshold=10)
    assert layer.options == {"cluster": "auto", "clusterThreshold": 10}
    with pytest.raises(ValueError, match="cluster"):
        EventLayer(make_events(3), cluster="sometimes")


def test_offline_basemap_falls_back_on_a_grid_when_borders_are_missing(monkeypatch):
    import sys

    from layers import elements

    monkeypatch.setitem(sys.modules, "geo.boundaries", None)
    with pytest.warns(UserWarning, match="grid"):
        data = elements._basemap_data()
    assert data["geometry"]["type"] == "MultiLineString"


def test_data_is_not_compiled_as_a_template(ev, zones):
    ev = ev.copy()
    ev.loc[0, "quote"] = "{{ this.__class__ }}"
    html = render(build_map(ev, zones, basemap=GRID))
    assert "\\u007b{ this.__class__ }}" in html and "EventLayer'>" not in html


def test_zone_shapes_are_rounded_and_simplified():
    detailed = Point(13.123456789, 32.987654321).buffer(1.0, quad_segs=2000)
    zones = gpd.GeoDataFrame(
        {"faction": ["X"], "start": ["2022-01-01"], "end": [None], "status": ["held"], "sources": [[]]},
        geometry=[detailed], crs="EPSG:4326",
    )
    data = ZoneLayer(zones).data_json
    assert len(data) < 20_000 < len(shapely.to_geojson(detailed))
    assert not re.search(r"\d\.\d{6,}", data)


def test_big_payloads_are_gzipped_and_round_trip():
    import base64
    import gzip

    from layers.elements import payload_json

    obj = {"quote": ["Shelling hit the market. " * 4] * 50}
    small = payload_json(obj)
    packed = json.loads(payload_json(obj, compress_over=100))
    assert json.loads(small) == obj and set(packed) == {"gz"}
    assert json.loads(gzip.decompress(base64.b64decode(packed["gz"]))) == obj
    assert payload_json(obj, compress_over=100) == payload_json(obj, compress_over=100)


def unpack(data_json: str) -> dict:
    """Decode a payload as conflict-map.js does: gunzip, JSON, integer columns ({"$int"}) with nulls."""
    import base64
    import gzip
    import struct

    data = json.loads(data_json)
    if "gz" not in data:
        return data
    obj = json.loads(gzip.decompress(base64.b64decode(data["gz"])))
    buf = gzip.decompress(base64.b64decode(data["bin"])) if "bin" in data else b""

    def resolve(node):
        for key, val in list(node.items()):
            if isinstance(val, dict) and "$utf8" in val:
                at, size = val["$utf8"]
                text = buf[at:at + size].decode("utf-8").encode("utf-16-le")
                holder = {"ends": val["ends"]}
                resolve(holder)
                starts = [0] + holder["ends"][:-1]
                node[key] = [text[2 * a:2 * b].decode("utf-16-le") for a, b in zip(starts, holder["ends"])]
            elif isinstance(val, dict) and "$int" in val:
                at, n, width = val["$int"]
                ints = struct.unpack_from(f"<{n}{ {1: 'b', 2: 'h', 4: 'i'}[width]}", buf, at)
                if "base" in val:
                    ints = [val["base"] + sum(ints[:k + 1]) for k in range(n)]
                null = None if "base" in val else -(2 ** (8 * width - 1))
                node[key] = [None if v == null else (v if val["div"] == 1 else v / val["div"]) for v in ints]
            elif isinstance(val, dict):
                resolve(val)
    resolve(obj)
    return obj


def test_big_event_payloads_carry_numbers_as_bytes_and_decode_to_the_same_data(monkeypatch):
    import layers.elements as elements

    ev = make_events(60)
    ev.loc[3, "event_date"] = ""  # an undated event: its date is null either way
    ev.loc[4, "quote"] = "\u00abUn t\u00e9moin\u00bb \U0001f4a5 \u0634\u0627\u0647\u062f </script>"  # non-ASCII, astral, RTL
    plain = json.loads(EventLayer(ev).data_json)
    monkeypatch.setattr(elements, "COMPRESS_OVER", 10)
    packed = EventLayer(ev).data_json
    assert set(json.loads(packed)) == {"gz", "bin"}
    assert len(packed) < len(json.dumps(plain))
    assert unpack(packed) == plain
    assert plain["columns"]["date"][3] is None and plain["columns"]["fat"].count(None) > 0
    assert EventLayer(ev).data_json == packed  # same frame, same bytes


def test_int_column_refuses_values_beyond_int32():
    from layers.elements import IntColumn

    assert IntColumn([5, 7], missing=[True, False]).to_list() == [None, 7]
    with pytest.raises(ValueError, match="int32"):
        IntColumn([2 ** 31])


def embedded_basemap(html: str) -> dict:
    m = re.search(r"ConflictMap\.basemap\([^,]+, [^,]+, (\{.*?\})\);\n", html, re.S)
    return json.loads(m.group(1))


def test_app_map_serves_big_event_data_as_a_file_and_exports_never_do(monkeypatch, tmp_path):
    import layers.assets as assets
    import layers.elements as elements
    from layers.mapview import app_map

    monkeypatch.setattr(assets, "DATA_DIR", tmp_path)
    monkeypatch.setattr(elements, "PUBLISH_OVER", 100)
    ev = make_events(60)
    ev.loc[5, "quote"] = "A quote only this event has."
    m, _ = app_map(ev, make_zones(), at=dt.date(2022, 3, 10))
    html = render(m)
    ref = embedded(html, "eventLayer")
    assert set(ref) == {"url"} and ref["url"].startswith("/app/static/vendor/conflict-map/data/")
    assert "A quote only this event has." not in html  # the page holds the address, not the data
    served = unpack((tmp_path / ref["url"].rsplit("/", 1)[1]).read_text())
    assert len(served["columns"]["date"]) == len(ev) and "A quote only this event has." in served["strings"]
    assert render(app_map(ev, make_zones(), at=dt.date(2022, 3, 11))[0]) == html  # same data, same address
    assert set(embedded_basemap(html)) == {"url"}  # the borders too
    inline = render(build_map(ev, make_zones(), mode="timeline", assets="inline", basemap=GRID))
    assert "/conflict-map/data/" not in inline and len(list(tmp_path.iterdir())) == 2


def test_legend_explains_cluster_rings_only_when_the_map_clusters(ev, zones):
    def legend(html):
        m = re.search(r"ConflictMap\.legend\([^,]+, (\{.*?\})\);", html)
        return json.loads(m.group(1))

    sparse = legend(render(build_map(ev, zones, basemap=GRID)))
    dense = legend(render(build_map(make_events(700), zones, basemap=GRID)))
    assert sparse["clusters"] is False and dense["clusters"] is True
    colours = {t["name"]: t["color"] for t in dense["types"]}
    assert len(set(colours.values())) == len(colours)  # one ring colour per event type
    assert all(re.match(r"^#[0-9a-f]{6}$", c) for c in colours.values())


def test_big_payload_keeps_text_arrow_cannot_hold(monkeypatch):
    from layers.elements import IntColumn, StringColumn, payload_json

    obj = {"strings": StringColumn(["ok", "half a pair \ud800"]), "columns": {"a": IntColumn([1, 2])}}
    packed = payload_json(obj, compress_over=1)
    assert unpack(packed) == {"strings": ["ok", "half a pair \ud800"], "columns": {"a": [1, 2]}}


def test_the_sides_of_one_map_get_different_colours():
    """Actors without a profile colour keep their own stable palette colour, except where a side
    before them has it: then the next free one (ten actors and a profile taking four colours gave
    several sides the same grey)."""
    from layers.elements import Sides
    from layers.events import PALETTE, faction_color
    from reading.profiles import load_profile

    profile = load_profile("sudan")
    actors = [f"Armed group {k}" for k in range(len(PALETTE) - len(profile.factions))]
    table = Sides(actors + [f.id for f in profile.factions], profile).table
    colours = [f["color"].upper() for f in table]
    assert len(set(colours)) == len(colours) == len(PALETTE)
    first = sorted(actors)[0]
    assert table[[f["id"] for f in table].index(first)]["color"] == faction_color(first, profile)
    assert Sides(["Armed group 3"]).table[0]["color"] == faction_color("Armed group 3")


def test_zone_shapes_are_written_once_per_distinct_shape_with_the_same_result():
    from layers.elements import _geojson_texts

    def _geojsons(geoms):
        return [json.loads(t.text) for t in _geojson_texts(geoms)]

    square = box(10.0, 10.0, 10.123456789, 10.2)
    wiggly = shapely.Polygon([(11.0, 11.0), (11.5, 11.0001), (12.0, 11.0), (12.0, 12.0), (11.0, 12.0)])
    text = shapely.to_geojson(shapely.Point(12.1234567, 12.0))
    alone = [_geojsons([g])[0] for g in (square, wiggly, text)]
    assert _geojsons([square, wiggly, square, text, wiggly]) == [alone[0], alone[1], alone[0], alone[2], alone[1]]
    assert [10.12346, 10.2] in alone[0]["coordinates"][0]  # rounded to 5 decimals
    assert alone[2] == {"type": "Point", "coordinates": [12.12346, 12.0]}
    assert [11.5, 11.0001] not in alone[1]["coordinates"][0]  # lightly simplified


def test_shapes_go_into_pages_as_written_and_text_cannot_pose_as_one():
    from layers.elements import RawJSON, _encode, script_json

    shape = RawJSON('{"type":"Point","coordinates":[12.5,-0.25]}')
    bait = "\x00" + "0" * 16 + ":0\x00"  # text shaped like the tag (the real one is random per call)
    obj = {"zones": [{"geometry": shape, "quote": bait}, {"geometry": shape}]}
    text = _encode(obj)
    assert json.loads(text) == {"zones": [{"geometry": {"type": "Point", "coordinates": [12.5, -0.25]},
                                           "quote": bait}, {"geometry": json.loads(shape.text)}]}
    assert _encode(obj) == text  # the tag never reaches the output: same input, same bytes
    assert json.loads(script_json({"g": shape, "q": "</script>"})) == {"g": json.loads(shape.text), "q": "</script>"}


def test_an_undated_event_far_away_neither_stretches_a_dated_maps_view_nor_lists_its_side():
    ev = make_events(12)
    congo = ev[ev.location.str.contains("Goma|Bunia")].copy()
    far = ev[ev.location.str.contains("Aden")].iloc[[0]].copy()  # talks in a far capital, date unknown
    far["event_date"], far["date_end"], far["actor1"], far["side"] = "", "", "Mediators", "Mediators"
    frame = pd.concat([congo, far], ignore_index=True)
    with pytest.warns(UserWarning):  # (W501: the undated event is left off, as said)
        m = build_map(frame, empty_zones(), timeline=True, assets="inline")
    (fit,) = [c for c in m._children.values() if type(c).__name__ == "FitBounds"]
    (south, west), (north, east) = fit.bounds
    assert east < 35 and north < 5, fit.bounds  # the view is eastern Congo's, not out to the Gulf of Aden
    assert "Mediators" not in m.get_root().render()


def test_a_crowded_legend_names_the_busiest_sides_not_the_first_in_the_alphabet():
    # A corpus of many wars: 30 minor actors ("1st Brigade", "A-team"...) once each, three armies often.
    events = make_events(60)
    minor = [f"{i} Local Militia" for i in range(30)]
    busy = ["Zapatista army"] * 10 + ["Yemeni forces"] * 12 + ["Malian forces"] * 8
    events["side"] = ""
    events["actor1"] = minor + busy
    legend = json.loads(re.search(r"ConflictMap\.legend\([^,]+, (\{.*?\})\);",
                                  render(build_map(events, empty_zones(), basemap=GRID))).group(1))
    names = [f["name"] for f in legend["factions"]]
    assert names[:3] == ["Yemeni forces", "Zapatista army", "Malian forces"]
    # (the browser lists those of them the map draws at its date, 13 and "... and N more" at most)
    assert legend["total"] == len(names) == 33 and legend["max"] == 14
    # The colours still follow the whole table: a side keeps the colour its markers have (and its index); the map's
    # table, whose colours keep the sides reported in one article apart (uxg), not a table of the names alone.
    from layers.mapview import map_sides

    sides = map_sides(events, empty_zones())
    colour = {f["id"]: f["color"] for f in sides.table}
    assert all(colour[f["name"]] == f["color"] for f in legend["factions"])
    assert all(sides.table[f["index"]]["name"] == f["name"] for f in legend["factions"])


def test_a_store_legend_ranks_its_sides_by_their_events():
    from layers.mapview import store_sides

    sides = store_sides({"0 Brigade": 1, "Somali forces": 40, "al-Shabaab": 25}, empty_zones())
    assert [f["name"] for f in sides.ranked()] == ["Somali forces", "al-Shabaab", "0 Brigade"]
    assert [f["name"] for f in sides.table] == ["0 Brigade", "Somali forces", "al-Shabaab"]  # colours: key order


def test_the_busiest_sides_of_a_crowded_map_get_distinct_colours():
    # 40 actors of one event each would take the palette's 16 colours first in alphabetical order.
    # These three share a palette colour by their names' hashes.
    keys = [f"{i:02d} Village Guard" for i in range(40)] + ["Tigray forces"] * 9 + ["Wa State army"] * 7
    keys += ["Wolf Brigade"] * 5
    sides = Sides(keys)
    busy = ["Tigray forces", "Wa State army", "Wolf Brigade"]
    colour = {f["id"]: f["color"] for f in sides.table}
    assert len({colour[k] for k in busy}) == len(busy)
    assert [f["id"] for f in sides.table] == sorted(set(keys))  # the table itself stays in key order
