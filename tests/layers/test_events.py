"""The events frame and its filters, on hand-made events."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import pytest
from shapely.geometry import Point, box, shape

from geo.location import Location
from layers.events import (
    EVENT_COLUMNS,
    date_span,
    events_frame,
    faction_color,
    faction_of,
    filter_events,
    unlocated_events,
)
from reading.document import Event, Evidence, FactDate


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def fdate(start: str, end: str | None = None, precision: str = "day", **kw) -> FactDate:
    return FactDate(day(start), day(end or start), precision, **kw)


def town(name: str, lon: float, lat: float) -> Location:
    return Location(name, Point(lon, lat), lat, lon, 1)


def region(name: str, bounds: tuple) -> Location:
    geom = box(*bounds)
    c = geom.centroid
    return Location(name, geom, c.y, c.x, 3, "part")


def event(eid: str, date: FactDate | None, location=None, **kw) -> Event:
    kw.setdefault("event_type", "Battles")
    kw.setdefault("sub_event_type", "Armed clash")
    evidence = kw.pop("evidence", Evidence("doc1", f"Sentence about {eid}.", 0, 5, "A title", "https://example.org/a"))
    return Event(eid, "doc1", date, location=location, evidence=evidence, **kw)


GOMA = town("Goma", 29.22, -1.68)
KHARTOUM = town("Khartoum", 32.53, 15.59)
DARFUR = region("western Sudan", (22.0, 10.0, 27.0, 16.0))


@dataclass
class _Faction:
    id: str
    name: str
    color: str = "#123456"
    aliases: tuple = ()
    leaders: tuple = ()


@dataclass
class _Profile:
    factions: tuple


PROFILE = _Profile((_Faction("RSF", "Rapid Support Forces", "#aa0000", ("the paramilitary RSF",), ("Hemedti",)),
                    _Faction("SAF", "Sudanese Armed Forces", "#0000aa")))


@pytest.fixture
def frame():
    return events_frame(
        [
            event("b", fdate("2023-05-03", "2023-05-09", "week"), KHARTOUM, actor1="RSF", actor2="SAF"),
            event("a", fdate("2023-05-01"), GOMA, actor1="M23", fatalities=4),
            event("u", None, GOMA, actor1="M23"),
            event("p", fdate("2023-06-01"), KHARTOUM, planned=True, event_type="Protests",
                  sub_event_type="Peaceful protest"),
            event("h", fdate("1989-01-01", "1989-12-31", "year"), KHARTOUM, background=True,
                  event_type="Strategic developments", sub_event_type="Other"),
            event("d", fdate("2023-05-10"), DARFUR, actor1="Hemedti"),
        ],
        profile=PROFILE,
    )


def ids(frame) -> list[str]:
    return frame["event_id"].tolist()


def test_events_frame_has_schema_columns_in_order(frame):
    assert tuple(frame.columns) == EVENT_COLUMNS


def test_events_frame_is_wgs84(frame):
    assert frame.crs.to_epsg() == 4326


def test_events_frame_sorted_by_date_then_id_with_undated_first(frame):
    assert ids(frame) == ["u", "h", "a", "b", "d", "p"]


def test_events_frame_skips_unlocated_events():
    f = events_frame([event("x", fdate("2023-01-01"), None), event("y", fdate("2023-01-01"), GOMA)])
    assert ids(f) == ["y"]


def test_unlocated_events_returns_them_for_reporting():
    lost = event("x", fdate("2023-01-01"), None, location_note="no place in the text")
    assert unlocated_events([lost, event("y", None, GOMA)]) == [lost]


def test_events_frame_point_is_location_centre_lon_lat(frame):
    row = frame.set_index("event_id").loc["a"]
    assert (row.geometry.x, row.geometry.y) == (29.22, -1.68)
    assert (row.longitude, row.latitude) == (29.22, -1.68)


def test_events_frame_area_is_geojson_only_for_areas(frame):
    rows = frame.set_index("event_id")
    assert rows.loc["a", "area"] == ""
    assert shape(json.loads(rows.loc["d", "area"])).equals(DARFUR.geometry)
    assert rows.loc["d", "geo_precision"] == 3


def test_events_frame_dates_and_precision(frame):
    rows = frame.set_index("event_id")
    # a date known to within a few days is filed under the middle of its span
    assert (rows.loc["b", "event_date"], rows.loc["b", "date_end"]) == ("2023-05-06", "2023-05-09")
    assert rows.loc["b", "time_precision"] == 2
    assert rows.loc["h", "time_precision"] == 4


def test_events_frame_undated_row_kept_with_empty_date(frame):
    rows = frame.set_index("event_id")
    assert rows.loc["u", "event_date"] == ""


def test_events_frame_fatalities_nullable_int(frame):
    rows = frame.set_index("event_id")
    assert str(frame["fatalities"].dtype) == "Int64"
    assert rows.loc["a", "fatalities"] == 4
    assert rows.loc["b", "fatalities"] is __import__("pandas").NA


def test_events_frame_side_from_profile_name_alias_and_leader(frame):
    rows = frame.set_index("event_id")
    assert rows.loc["b", "side"] == "RSF"
    assert rows.loc["d", "side"] == "RSF"
    assert rows.loc["a", "side"] == ""


def test_events_frame_side_empty_without_profile():
    f = events_frame([event("b", fdate("2023-05-03"), KHARTOUM, actor1="RSF")])
    assert f["side"].tolist() == [""]


def test_events_frame_evidence_columns(frame):
    row = frame.set_index("event_id").loc["a"]
    assert row["quote"] == "Sentence about a."
    assert row["source"] == "A title"
    assert row["url"] == "https://example.org/a"
    assert row["doc_id"] == "doc1"


def test_events_frame_notes_say_publication_date_fallback():
    ev = event("x", fdate("2023-05-01", basis="publication"), GOMA, location_note="near the airport")
    notes = events_frame([ev])["notes"].iloc[0]
    assert "near the airport" in notes and "publication" in notes


def test_events_frame_notes_read_as_one_sentence_not_dot_semicolon():
    ev = event("x", fdate("2023-05-01", basis="publication"), GOMA,
               location_note="No place named in the sentence; placed in the country the article is about.")
    notes = events_frame([ev])["notes"].iloc[0]
    assert notes == ("No place named in the sentence; placed in the country the article is about; "
                     "date is the article's publication date"), notes


def test_events_frame_empty_has_columns():
    f = events_frame([])
    assert len(f) == 0 and tuple(f.columns) == EVENT_COLUMNS


def test_events_frame_rejects_non_list():
    with pytest.raises(TypeError, match="events"):
        events_frame("not events")


def test_events_frame_rejects_non_events():
    with pytest.raises(TypeError, match="events"):
        events_frame([1, 2])


def test_filter_none_keeps_everything_including_undated(frame):
    assert len(filter_events(frame)) == len(frame)


def test_filter_up_to_date_keeps_history_and_drops_undated(frame):
    assert ids(filter_events(frame, at=day("2023-05-03"))) == ["h", "a"]
    assert ids(filter_events(frame, at=day("2023-05-06"))) == ["h", "a", "b"]


def test_filter_hides_planned_event_until_its_date(frame):
    assert "p" not in ids(filter_events(frame, at=day("2023-05-31")))
    assert "p" in ids(filter_events(frame, at=day("2023-06-01")))


def test_filter_last_n_days_uses_span_overlap(frame):
    # "b" ran 3-9 May: still inside a 2-day window ending on the 10th.
    assert ids(filter_events(frame, at=day("2023-05-10"), window_days=2)) == ["b", "d"]


def test_filter_last_one_day_is_that_day_only(frame):
    assert ids(filter_events(frame, at=day("2023-05-01"), window_days=1)) == ["a"]


def test_filter_last_n_days_drops_events_before_window(frame):
    assert "a" not in ids(filter_events(frame, at=day("2023-05-10"), window_days=9))
    assert "a" in ids(filter_events(frame, at=day("2023-05-10"), window_days=10))


def test_filter_without_background(frame):
    assert "h" not in ids(filter_events(frame, include_background=False))


def test_filter_without_planned(frame):
    assert "p" not in ids(filter_events(frame, at=day("2023-07-01"), include_planned=False))


def test_filter_by_event_or_sub_event_type(frame):
    assert ids(filter_events(frame, event_types=["Protests"])) == ["p"]
    assert ids(filter_events(frame, event_types=["peaceful protest"])) == ["p"]


def test_filter_by_actor_or_side(frame):
    assert ids(filter_events(frame, actors=["SAF"])) == ["b"]
    assert ids(filter_events(frame, actors=["RSF"])) == ["b", "d"]


def test_filter_accepts_iso_string_date(frame):
    assert ids(filter_events(frame, at="2023-05-01")) == ["h", "a"]


def test_filter_window_needs_date(frame):
    with pytest.raises(ValueError, match="at"):
        filter_events(frame, window_days=3)


def test_filter_window_must_be_positive(frame):
    with pytest.raises(ValueError, match="window_days"):
        filter_events(frame, at=day("2023-05-01"), window_days=0)


def test_filter_rejects_bad_date(frame):
    with pytest.raises(TypeError, match="at"):
        filter_events(frame, at=20230501)


def test_filter_returns_copy_not_view(frame):
    out = filter_events(frame, at=day("2023-05-01"))
    out.loc[out.index[0], "notes"] = "changed"
    assert "changed" not in frame["notes"].tolist()


def test_date_span_over_events_leaves_out_background_history(frame):
    assert date_span(frame) == (day("2023-05-01"), day("2023-06-01"))


def test_date_span_includes_zones(frame):
    import geopandas as gpd

    zones = gpd.GeoDataFrame({"start": ["2020-01-01", "2024-01-01"], "end": [None, None]},
                             geometry=[box(0, 0, 1, 1)] * 2, crs=4326)
    assert date_span(frame, zones) == (day("2020-01-01"), day("2024-01-01"))


def test_date_span_empty_is_none():
    assert date_span(events_frame([event("u", None, GOMA)])) == (None, None)


def test_faction_of_unknown_actor_is_empty():
    assert faction_of("Wagner Group", PROFILE) == ""


def test_faction_of_matches_case_insensitively():
    assert faction_of("rapid  support forces", PROFILE) == "RSF"


def test_faction_color_uses_profile_colour():
    assert faction_color("RSF", PROFILE) == "#aa0000"


def test_faction_color_stable_palette_without_profile():
    assert faction_color("M23") == faction_color("M23")
    assert faction_color("M23").startswith("#") and len(faction_color("M23")) == 7


def test_faction_of_prefers_profile_lookup():
    class Lookup:
        factions = ()

        def faction(self, name):
            return _Faction("LNA", "Libyan National Army") if "Haftar" in name else None

    assert faction_of("Haftar's forces", Lookup()) == "LNA"
    assert faction_of("UN", Lookup()) == ""


def test_faction_color_of_unknown_actor_avoids_profile_colours():
    profile = _Profile(tuple(_Faction(f"F{i}", f"F{i}", c) for i, c in enumerate(
        __import__("layers.events", fromlist=["PALETTE"]).PALETTE[:-1])))
    assert faction_color("Some militia", profile) == __import__("layers.events", fromlist=["PALETTE"]).PALETTE[-1]


def test_date_span_is_not_stretched_by_a_zone_restored_after_a_contested_window(frame):
    import geopandas as gpd
    from shapely.geometry import box

    zones = gpd.GeoDataFrame(
        {"faction": ["A", "A"], "start": ["2023-05-01", "2023-07-15"], "end": ["2023-07-15", None],
         "status": ["contested", "held"], "sources": [[], []]},
        geometry=[box(0, 0, 1, 1), box(0, 0, 1, 1)], crs="EPSG:4326",
    )
    assert date_span(frame, zones)[1] == day("2023-06-01")


def test_an_event_known_only_to_a_country_has_no_area_but_a_note():
    from shapely.geometry import box

    from geo.location import Location

    libya = Location("Libya", box(9, 19, 25, 33), 27.0, 17.0, 3, "at", "country:LY", "LY")
    f = events_frame([event("c", fdate("2019-04-04"), libya)])
    assert f.loc[0, "area"] == "" and f.loc[0, "geo_precision"] == 3
    assert "known only to the country" in f.loc[0, "notes"]


def test_events_frame_notes_say_an_event_is_only_alleged():
    ev = event("x", fdate("2023-05-01"), GOMA, alleged="accusation by Congolese forces")
    notes = events_frame([ev])["notes"].iloc[0]
    assert notes.startswith("alleged (accusation by Congolese forces), not confirmed"), notes
    plain = events_frame([event("y", fdate("2023-05-01"), GOMA)])["notes"].iloc[0]
    assert "alleged" not in plain
