"""uxf: what an analyst met using the app, the exports and the command line on a corpus of twenty wars and decades.

- Two sides drawn at one date shared a colour (sixteen palette colours, 81 sides: "Russian forces" and "NATO" one
  purple at 1995): every side of a map now has its own colour, the palette's for the busiest, then colours made
  to stand apart from those taken.
- A snapshot coloured the sides it showed afresh (British forces purple in the snapshot of 1995-07-12, yellow in
  the timeline and the app): it now colours them as the app's map of every date does.
- A hold with no end reported was drawn on every date after it: "British forces" on the Falklands from 1982 still
  drawn in 2025. It is drawn until a year after the last report telling it, and its popup says so.
"""
import datetime as dt
import json
import re

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry import Point, box

from layers.elements import Sides, _zones_data
from layers.html import snapshot_html, timeline_html
from layers.mapview import build_map, filter_zones, map_sides
from layers.zones import OPEN_HOLD_DAYS, shown_until, zone_timeline, zones_at
from geo.location import Location
from reading.document import ControlClaim, Evidence, FactDate
from tests.layers.test_mapview import GRID, make_events

# Thirty armed groups of the Kivus and Ituri, each reported in an article of its own on one day.
GROUPS = [f"{name} militia" for name in (
    "Raia Mutomboki", "Nyatura", "Mai-Mai Yakutumba", "Twirwaneho", "CODECO", "Zaire", "APCLS", "NDC-R",
    "Mai-Mai Kifuafua", "FPIC", "Red Tabara", "FDLR", "ADF", "Mai-Mai Malaika", "Biloze Bishambuke", "Gumino",
    "Ngumino", "Mai-Mai Simba", "FRPI", "Chini ya Kilima", "Kabido", "Mai-Mai Mazembe", "UPDI", "Wazalendo",
    "Mai-Mai Yakutumba Nord", "CMC", "Nyatura Domi", "Raia Mutomboki Hamakombo", "Mai-Mai Apa Na Pale", "FNL")]


def _crowded_day() -> gpd.GeoDataFrame:
    events = make_events(len(GROUPS))
    events["event_date"] = events["date_end"] = "2025-03-10"
    events["actor1"] = GROUPS
    events["side"] = ""
    events["background"] = False
    events["planned"] = False
    events["doc_id"] = [f"kivu{i}.txt" for i in range(len(GROUPS))]
    return events


def _empty_zones() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"faction": [], "start": [], "end": [], "status": [], "sources": []},
                            geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")


def _factions(html: str) -> dict[str, str]:
    """Side -> colour, as the page's legend gives them."""
    spec = json.loads(re.search(r"ConflictMap\.legend\([^,]+, (\{.*?\})\);", html).group(1))
    return {f["name"]: f["color"].upper() for f in spec["factions"]}


def test_thirty_sides_drawn_on_one_day_each_get_a_colour_of_their_own():
    colours = [f["color"].upper() for f in map_sides(_crowded_day(), _empty_zones()).table]
    assert len(colours) == 30 and len(set(colours)) == 30  # (sixteen colours had served 30 sides)


def test_the_busiest_sides_keep_the_palette_and_the_others_get_colours_made_apart_from_them():
    from layers.events import PALETTE

    sides = Sides({f"group{i:02d}": 100 - i for i in range(24)})
    by_rank = [f["color"] for f in sides.ranked()]
    assert set(by_rank[:16]) == set(PALETTE)  # the sixteen busiest: the colour-blind-friendly palette
    assert not set(by_rank[16:]) & set(PALETTE) and len(set(by_rank)) == 24
    again = Sides({f"group{i:02d}": 100 - i for i in range(24)})
    assert [f["color"] for f in again.table] == [f["color"] for f in sides.table]  # deterministic


def test_a_side_keeps_its_colour_in_the_app_the_snapshot_and_the_timeline():
    """A snapshot of a day with two sides had coloured them afresh: "FARDC" took the colour "M23" has on the
    app's map of every date."""
    events = _crowded_day()
    early = make_events(2, start="2025-03-01")
    early["actor1"] = early["side"] = ["M23", "FARDC"]
    early["background"] = early["planned"] = False
    events = pd.concat([events, early], ignore_index=True)
    app = {f["name"]: f["color"].upper() for f in map_sides(events, _empty_zones()).table}
    snap = _factions(snapshot_html(events, _empty_zones(), at="2025-03-05"))
    line = _factions(timeline_html(events, _empty_zones()))
    assert set(snap) >= {"M23", "FARDC"}
    assert all(snap[name] == app[name] for name in snap)
    assert all(line[name] == app[name] for name in line)


def test_a_snapshot_with_filters_colours_as_the_app_with_those_filters():
    events = _crowded_day()
    chosen = GROUPS[20:23]
    app = {f["name"]: f["color"].upper() for f in map_sides(events, _empty_zones(), actors=chosen).table}
    snap = _factions(snapshot_html(events, _empty_zones(), at="2025-03-10", actors=chosen))
    assert set(snap) == set(chosen) and all(snap[n] == app[n] for n in snap)


def _day(text: str) -> FactDate:
    return FactDate(dt.date.fromisoformat(text), dt.date.fromisoformat(text), "day")


def _falklands_and_today() -> tuple[list, dict]:
    stanley = Location("Stanley", Point(-57.85, -51.69), -51.69, -57.85, 1)
    kharkiv = Location("Kharkiv", Point(36.23, 49.99), 49.99, 36.23, 1)
    old = ControlClaim("c1", "falk.txt", "British forces", "took", stanley, _day("1982-06-14"),
                       Evidence("falk.txt", "British forces retook Stanley on Monday.", 0, 40, "Stanley retaken", None))
    new = ControlClaim("c2", "kharkiv.txt", "Ukrainian forces", "holds", kharkiv,
                       _day("2025-11-20"),
                       Evidence("kharkiv.txt", "Ukrainian forces hold Kharkiv.", 0, 30, "Kharkiv", None))
    published = {"falk.txt": dt.date(1982, 6, 15), "kharkiv.txt": dt.date(2025, 11, 20)}
    return [old, new], published


def test_a_hold_with_no_end_is_not_drawn_decades_after_its_last_report():
    claims, published = _falklands_and_today()
    zones = zone_timeline(claims, [], published=published)
    british = zones[zones.faction == "British forces"]
    assert british["end"].isna().all()  # (the data says no end was reported: not made up)
    assert list(zones_at(zones, "1982-12-01").faction) == ["British forces"]
    assert list(zones_at(zones, "2025-11-20").faction) == ["Ukrainian forces"]
    assert list(filter_zones(zones, dt.date(2025, 11, 20)).faction) == ["Ukrainian forces"]
    last = dt.date(1982, 6, 15) + dt.timedelta(days=OPEN_HOLD_DAYS)  # a year after the article telling it
    assert shown_until(british) == [last.isoformat()]
    assert list(zones_at(zones, last - dt.timedelta(days=1)).faction) == ["British forces"]
    assert "British forces" not in list(zones_at(zones, last).faction)


def test_the_popup_of_an_open_hold_says_when_it_was_last_reported_and_until_when_it_is_drawn():
    claims, published = _falklands_and_today()
    zones = zone_timeline(claims, [], published=published)
    data = _zones_data(zones, Sides(zones.faction.tolist()))
    held = [z for z in data["zones"] if data["factions"][z["faction"]]["name"] == "British forces"][0]
    day = dt.date(1970, 1, 1)
    assert held["told"] == (dt.date(1982, 6, 15) - day).days
    assert held["end"] == (dt.date(1983, 6, 15) - day).days
    timeline = timeline_html(pd.DataFrame(columns=["event_date"]), zones)
    assert '"Last reported"' in open_js()  # (the words, in the browser: tests/layers/test_html_browser.py)
    assert '"told":' in timeline


def test_a_hold_reported_again_by_a_later_article_is_drawn_a_year_after_that_one():
    claims, published = _falklands_and_today()
    again = ControlClaim("c3", "anniv.txt", "British forces", "holds", claims[0].location,
                         _day("1982-06-14"),
                         Evidence("anniv.txt", "British forces have held Stanley since June 1982.", 0, 50, "Ten years on",
                                  None))
    published["anniv.txt"] = dt.date(1992, 6, 14)
    zones = zone_timeline([*claims, again], [], published=published)
    assert "British forces" in list(zones_at(zones, "1993-01-01").faction)
    assert "British forces" not in list(zones_at(zones, "1993-06-14").faction)


def open_js() -> str:
    from pathlib import Path

    return (Path(__file__).resolve().parents[2] / "static/vendor/conflict-map/conflict-map.js").read_text()


def test_the_zone_exports_say_until_when_the_maps_draw_a_hold_with_no_end(tmp_path):
    """A GIS reading ``end`` alone would draw the 1982 hold on every later date: the exports say ``drawn_until``."""
    import pyogrio

    from layers.files import write_geopackage, zones_geojson

    claims, published = _falklands_and_today()
    zones = zone_timeline(claims, [], published=published)
    props = {f["properties"]["faction"]: f["properties"] for f in zones_geojson(zones)["features"]}
    assert props["British forces"]["end"] is None and props["British forces"]["drawn_until"] == "1983-06-15"
    assert props["British forces"]["sources"][0]["told"] == "1982-06-15"
    path = tmp_path / "atlas.gpkg"
    write_geopackage(make_events(1), zones, path)
    layer = pyogrio.read_dataframe(path, layer="zones")
    assert dict(zip(layer.faction, layer.drawn_until))["British forces"] == "1983-06-15"


def test_a_hold_a_report_decades_later_ends_is_not_drawn_in_between():
    """Seoul "held" by Chinese troops from a 1951 report was drawn until a 2015 report's fighting there ended the
    row: at 1982 too. It is drawn a year past its last report, its popup giving both days."""
    seoul = Location("Seoul", Point(126.98, 37.57), 37.57, 126.98, 1)
    took = ControlClaim("c1", "seoul51.txt", "Chinese troops", "took", seoul, _day("1951-01-04"),
                        Evidence("seoul51.txt", "Chinese troops marched into Seoul.", 0, 30, "Seoul falls", None))
    later = ControlClaim("c2", "seoul15.txt", "South Korean forces", "holds", seoul, _day("2015-08-20"),
                         Evidence("seoul15.txt", "South Korean forces hold Seoul.", 0, 30, "Drill", None))
    zones = zone_timeline([took, later], [], published={"seoul51.txt": dt.date(1951, 1, 5),
                                                          "seoul15.txt": dt.date(2015, 8, 20)})
    chinese = zones[zones.faction == "Chinese troops"]
    assert list(chinese["end"]) == ["2015-08-20"] and shown_until(chinese) == ["1952-01-05"]
    assert list(zones_at(zones, "1951-06-01").faction) == ["Chinese troops"]
    assert list(zones_at(zones, "1982-06-16").faction) == []
    data = _zones_data(zones, Sides(zones.faction.tolist()))
    row = [z for z in data["zones"] if data["factions"][z["faction"]]["name"] == "Chinese troops"][0]
    day = dt.date(1970, 1, 1)
    assert (row["told"], row["end"], row["ended"]) == ((dt.date(1951, 1, 5) - day).days, (dt.date(1952, 1, 5) - day).days,
                                                       (dt.date(2015, 8, 20) - day).days)
