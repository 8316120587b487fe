"""Reports of one event by several articles: one happening, every source kept (layers.happenings)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import random

import pandas as pd
import pytest
from shapely.geometry import Point, box

from geo.location import Location
from layers import files
from layers.elements import EventLayer, Sides
from layers.events import events_frame
from layers.happenings import count_happenings, happening_ids, lead_rows, whole_happenings
from layers.html import snapshot_html, timeline_html
from layers.mapview import build_map
from reading.document import Event, Evidence, FactDate
from tests.layers.test_mapview import empty_zones


def town(name: str, lat: float, lon: float) -> Location:
    return Location(name, Point(lon, lat), lat, lon, 1)


HOMS = town("Homs", 34.7324, 36.7137)
HOMS_WAER = town("Al-Waer, Homs", 34.7380, 36.6650)  # a district ~4.5 km west: not the same spot
HOMS_CENTRE = town("Homs city centre", 34.7290, 36.7200)  # under a kilometre away
HAMA = town("Hama", 35.1318, 36.7578)
IDLIB_PROVINCE = Location("Idlib province", box(36.0, 35.5, 37.0, 36.3), 35.9, 36.5, 3, "part")
IDLIB = town("Idlib", 35.9306, 36.6339)
SUDAN = Location("Sudan", box(22.0, 9.0, 38.0, 22.0), 15.5, 30.0, 3, "at", "country:SD", "SD")


def report(eid: str, doc: str, day: str, place: Location = HOMS, *, end: str | None = None,
           precision: str = "day", sentence: str = "", title: str = "", **kw) -> Event:
    kw.setdefault("event_type", "Explosions/Remote violence")
    kw.setdefault("sub_event_type", "Air/drone strike")
    date = FactDate(dt.date.fromisoformat(day), dt.date.fromisoformat(end or day), precision)
    evidence = Evidence(doc, sentence or f"Report {eid} of {doc}.", 0, 5, title or f"Title of {doc}",
                        f"https://news.example/{doc}")
    return Event(eid, doc, date, location=place, evidence=evidence, **kw)


def groups(frame) -> list[list[str]]:
    """The happenings of a frame as sorted lists of their reports' ids, sorted."""
    out: dict[str, list[str]] = {}
    for eid, hap in zip(frame["event_id"], frame["happening"]):
        out.setdefault(hap, []).append(eid)
    return sorted(sorted(v) for v in out.values())


def test_two_articles_on_one_air_strike_are_one_happening_with_both_rows():
    frame = events_frame([
        report("wire-1", "wire", "2016-02-21", actor1="Syrian Air Force", fatalities=12,
               sentence="Warplanes struck a market in Homs on Sunday, killing 12, a monitor said."),
        report("local-1", "local", "2016-02-21", actor1="Syrian Air Force", fatalities=15,
               sentence="Fifteen people died when jets bombed the Homs market."),
    ])
    assert len(frame) == 2  # one row per report: nothing lost
    assert groups(frame) == [["local-1", "wire-1"]]
    assert set(frame["happening"]) == {frame["event_id"].iloc[0]}  # named after its first report
    assert count_happenings(frame) == 1


def test_same_day_same_type_in_different_towns_stays_apart():
    frame = events_frame([report("a", "wire", "2016-02-21", HOMS), report("b", "local", "2016-02-21", HAMA)])
    assert groups(frame) == [["a"], ["b"]]


def test_a_district_kilometres_away_is_another_place_a_nearby_centre_is_not():
    far = events_frame([report("a", "wire", "2016-02-21", HOMS), report("b", "local", "2016-02-21", HOMS_WAER)])
    near = events_frame([report("a", "wire", "2016-02-21", HOMS), report("b", "local", "2016-02-21", HOMS_CENTRE)])
    assert groups(far) == [["a"], ["b"]]
    assert groups(near) == [["a", "b"]]


def test_neighbours_across_a_grid_line_still_merge():
    # ~0.6 km apart on either side of 35.0 N and 37.0 E, at 60 N the same in longitude
    for (lat1, lon1), (lat2, lon2) in (((34.9985, 36.9985), (35.0025, 37.0025)), ((60.0, 24.999), (60.0, 25.008))):
        a, b = town("Khan Shaykhun", lat1, lon1), town("Khan Shaykhun", lat2, lon2)
        assert groups(events_frame([report("a", "wire", "2017-04-04", a), report("b", "local", "2017-04-04", b)])) == [["a", "b"]]


def test_different_event_types_or_sub_types_stay_apart():
    frame = events_frame([
        report("strike", "wire", "2016-02-21"),
        report("clash", "local", "2016-02-21", event_type="Battles", sub_event_type="Armed clash"),
        report("shelling", "radio", "2016-02-21", sub_event_type="Shelling/artillery/missile attack"),
    ])
    assert groups(frame) == [["clash"], ["shelling"], ["strike"]]


def test_one_article_telling_twice_is_not_merged_here():
    frame = events_frame([report("a", "wire", "2016-02-21"), report("b", "wire", "2016-02-21")])
    assert groups(frame) == [["a"], ["b"]]


def test_a_happening_takes_one_report_per_article():
    frame = events_frame([report("w1", "wire", "2016-02-21"), report("w2", "wire", "2016-02-21"),
                          report("l1", "local", "2016-02-21")])
    assert groups(frame) == [["l1", "w1"], ["w2"]]


def test_precision_rules():
    # a day report and a month report of the same town do not merge (the month may sum up many strikes)
    month = report("m", "monthly", "2016-02-01", end="2016-02-29", precision="month")
    assert groups(events_frame([report("d", "wire", "2016-02-21"), month])) == [["d"], ["m"]]
    # two month reports of the same month do
    other_month = report("m2", "review", "2016-02-01", end="2016-02-29", precision="month")
    assert groups(events_frame([month, other_month])) == [["m", "m2"]]
    # a week-precision report covering the day joins it; one of the week before does not
    week = report("w", "weekly", "2016-02-20", end="2016-02-23", precision="week")
    old_week = report("o", "digest", "2016-02-10", end="2016-02-13", precision="week")
    assert groups(events_frame([report("d", "wire", "2016-02-21"), week, old_week])) == [["d", "w"], ["o"]]
    # undated-looking year reports never merge
    y1 = report("y1", "a", "2016-01-01", end="2016-12-31", precision="year")
    y2 = report("y2", "b", "2016-01-01", end="2016-12-31", precision="year")
    assert groups(events_frame([y1, y2])) == [["y1"], ["y2"]]


def test_a_province_level_report_never_swallows_a_town_level_one():
    frame = events_frame([report("town", "wire", "2019-05-06", IDLIB),
                          report("prov", "local", "2019-05-06", IDLIB_PROVINCE)])
    assert groups(frame) == [["prov"], ["town"]]


def test_reports_known_only_to_a_country_or_a_large_region_never_merge():
    kw = {"event_type": "Strategic developments", "sub_event_type": "Other", "actor1": "UN"}
    frame = events_frame([report("a", "wire", "2019-04-05", SUDAN, **kw), report("b", "local", "2019-04-05", SUDAN, **kw),
                          report("c", "wire", "2019-05-06", IDLIB_PROVINCE), report("d", "local", "2019-05-06", IDLIB_PROVINCE)])
    assert groups(frame) == [["a"], ["b"], ["c"], ["d"]]


def test_approximate_places_merge_under_the_same_name_only():
    near_a = Location("near Hama", Point(36.7578, 35.1318).buffer(0.1), 35.1318, 36.7578, 2, "near")
    near_b = Location("outskirts of Hama", Point(36.7578, 35.1318).buffer(0.1), 35.1318, 36.7578, 2, "near")
    assert groups(events_frame([report("a", "wire", "2016-02-21", near_a),
                                report("b", "local", "2016-02-21", near_a)])) == [["a", "b"]]
    assert groups(events_frame([report("a", "wire", "2016-02-21", near_a),
                                report("b", "local", "2016-02-21", near_b)])) == [["a"], ["b"]]


def test_day_after_day_strikes_do_not_chain_into_one_happening():
    # Three articles on strikes of three days, and a weekly round-up overlapping them all.
    frame = events_frame([
        report("mon", "a", "2016-03-07"), report("tue", "b", "2016-03-08"), report("wed", "c", "2016-03-09"),
        report("round", "d", "2016-03-07", end="2016-03-09"),
    ])
    assert groups(frame) == [["mon", "round"], ["tue"], ["wed"]]


def test_actors_that_contradict_keep_reports_apart():
    same_side = events_frame([report("a", "wire", "2016-02-21", actor1="Syrian Air Force"),
                              report("b", "local", "2016-02-21", actor1="Syrian air force", actor2="Civilians")])
    swapped = events_frame([report("a", "wire", "2016-02-21", actor1="Rebels", actor2="Army"),
                            report("b", "local", "2016-02-21", actor1="Army", actor2="Rebels")])
    worded = events_frame([report("a", "wire", "2016-02-21", actor1="Russian jets"),
                           report("b", "local", "2016-02-21", actor1="Russian Aerospace Forces")])
    assert groups(same_side) == [["a", "b"]]
    assert groups(swapped) == [["a"], ["b"]]
    assert groups(worded) == [["a", "b"]]


def test_planned_and_reported_events_stay_apart():
    frame = events_frame([report("done", "wire", "2016-02-21", event_type="Protests", sub_event_type="Peaceful protest"),
                          report("called", "local", "2016-02-21", event_type="Protests",
                                 sub_event_type="Peaceful protest", planned=True)])
    assert groups(frame) == [["called"], ["done"]]


def test_the_order_of_articles_does_not_change_the_happenings():
    reports = [
        report("a1", "a", "2016-02-21"), report("b1", "b", "2016-02-21", HOMS_CENTRE),
        report("c1", "c", "2016-02-20", end="2016-02-22", precision="week"), report("d1", "d", "2016-02-21", HAMA),
        report("e1", "e", "2016-02-22"), report("f1", "f", "2016-02-22"), report("a2", "a", "2016-02-22"),
    ]
    first = events_frame(reports)
    for seed in range(5):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        pd.testing.assert_frame_equal(events_frame(shuffled), first)
    assert count_happenings(first) < len(first)


def test_lead_rows_and_whole_happenings():
    frame = events_frame([report("a", "wire", "2016-02-21", actor1="Jets"), report("b", "local", "2016-02-21"),
                          report("c", "other", "2016-02-25", HAMA)])
    assert lead_rows(frame).tolist() == [0, 0, 2]
    # a filter that keeps one report of a happening brings the other along
    kept = frame[frame["actor1"] == "Jets"]
    assert whole_happenings(frame, kept)["event_id"].tolist() == ["a", "b"]
    assert lead_rows(frame.drop(columns=["happening"])).tolist() == [0, 1, 2]
    assert happening_ids(frame.iloc[:1]).tolist() == ["a"]


def two_source_frame():
    """One air strike reported by a wire and by a local paper whose text is hostile."""
    return events_frame([
        report("wire-1", "wire", "2016-02-21", actor1="Syrian Air Force", fatalities=12,
               sentence="Warplanes struck a market in Homs on Sunday, killing 12.", title="Wire: Homs market hit"),
        report("local-1", "local", "2016-02-21", actor1="Syrian Air Force", fatalities=15,
               sentence="<script>alert(7)</script> ${alert(8)} jets bombed the market",
               title="<img src=x onerror=alert(9)> Homs Daily"),
    ])


@pytest.fixture
def two_sources():
    return two_source_frame()


def test_the_map_draws_one_marker_per_happening_and_can_draw_each_report(two_sources):
    merged = EventLayer(two_sources, sides=Sides([]))
    apart = EventLayer(two_sources, sides=Sides([]), merge=False)
    assert merged.markers == 1 and [g.layer_name for _, g in merged.overlays] == ["Explosions/Remote violence (1)"]
    assert apart.markers == 2 and [g.layer_name for _, g in apart.overlays] == ["Explosions/Remote violence (2)"]


def test_the_export_holds_one_marker_with_both_sources_as_escaped_text(two_sources):
    page = snapshot_html(two_sources, empty_zones(), at="2016-02-21")
    assert "Wire: Homs market hit" in page and "Warplanes struck a market in Homs on Sunday" in page
    assert "\\u003cimg src=x onerror=alert(9)\\u003e Homs Daily" in page
    assert "<script>alert(7)</script>" not in page and "<img src=x" not in page
    assert "1 event(s) from 2 report(s)" in page and '"hap":' in page
    assert snapshot_html(two_sources, empty_zones(), at="2016-02-21") == page  # deterministic
    separate = timeline_html(two_sources, empty_zones(), merge=False)
    assert "2 event(s)," in separate and '"hap":' not in separate


def test_a_snapshot_shows_a_happening_when_one_report_passes_the_filters(two_sources):
    frame = two_sources.copy()
    frame.loc[frame["event_id"] == "local-1", "actor1"] = "Government jets"
    m = build_map(frame, empty_zones(), at="2016-02-21", actors=["Government jets"])
    layer = next(c for c in m._children.values() if isinstance(c, EventLayer))
    assert layer.markers == 1 and "Wire: Homs market hit" in layer.data_json


def test_data_files_keep_one_row_per_report_with_its_happening(two_sources, tmp_path):
    files.write_events_csv(two_sources, tmp_path / "events.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "events.csv").read_text(encoding="utf-8"))))
    assert [(r["event_id"], r["happening"]) for r in rows] == [("local-1", "local-1"), ("wire-1", "local-1")]
    geo = files.events_geojson(two_sources)
    assert [f["properties"]["happening"] for f in geo["features"]] == ["local-1", "local-1"]
