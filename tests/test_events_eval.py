"""The events benchmark's matcher on tiny hand cases, and its gold file's well-formedness."""
from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "bench" / "events_eval.py"
_spec = importlib.util.spec_from_file_location("events_eval", _PATH)
ee = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ee)

D = dt.date


def _exp(date, type_, place, lat=None, lon=None):
    return {"date": date, "type": type_, "place": place, "lat": lat, "lon": lon, "actor1": "", "actor2": ""}


def _got(day, type_, place, lat, lon, end=None):
    return {"type": type_, "start": day, "end": end or day, "place": place, "lat": lat, "lon": lon}


@pytest.mark.parametrize("name, quiet", [("events_gold.jsonl", 5), ("events_gold2.jsonl", 4), ("events_gold3.jsonl", 5),
                                         ("events_gold4.jsonl", 4), ("events_gold5.jsonl", 3),
                                         ("events_gold6.jsonl", 5), ("events_gold7.jsonl", 2),
                                         ("events_gold8.jsonl", 3), ("events_gold9.jsonl", 3),
                                         ("events_gold10.jsonl", 3), ("events_gold11.jsonl", 3),
                                         ("events_gold12.jsonl", 3), ("events_gold13.jsonl", 4),
                                         ("events_gold14.jsonl", 4),
                                         ("events_gold15.jsonl", 5),
                                         ("events_gold16.jsonl", 4),
                                         ("events_gold17.jsonl", 4),
                                         ("events_gold18.jsonl", 3),
                                         ("events_gold19.jsonl", 3),
                                         ("events_gold20.jsonl", 3),
                                         ("events_gold21.jsonl", 3),
                                         ("events_gold22.jsonl", 3)])
def test_gold_file_is_well_formed_and_has_non_conflict_stories(name, quiet):
    rows = ee.load_gold(ee.GOLD.parent / name)
    assert ee.check_gold(rows) == []
    assert len(rows) >= 25  # gold 12 is the shortest (25 reports)
    assert sum(not r["expected"] and not r["zones"] for r in rows) >= quiet
    for r in rows:
        assert 120 <= len(r["text"].split()) <= 450, r["id"]


def test_check_gold_reports_bad_rows():
    bad = [{"id": "a", "title": "t", "text": "x", "published": "2026-01-05",
            "expected": [_exp("2026-02-01", "Battles", "Goma")], "zones": []},
           {"id": "a", "title": "t", "text": "x", "published": "2026-01-05",
            "expected": [_exp("2026-01-01", "War", "Goma", 95.0, 0.0)], "zones": [{"side": "M23"}]}]
    problems = " | ".join(ee.check_gold(bad))
    assert "after publication" in problems
    assert "repeated id" in problems
    assert "not an ACLED event type" in problems
    assert "bad coordinates" in problems
    assert "bad zone" in problems


def test_expected_span_reads_days_months_and_ranges():
    assert ee.expected_span("2026-03-04") == (D(2026, 3, 4), D(2026, 3, 4))
    assert ee.expected_span("2026-12") == (D(2026, 12, 1), D(2026, 12, 31))
    assert ee.expected_span("2026-03-04/2026-03-06") == (D(2026, 3, 4), D(2026, 3, 6))


def test_matching_counts_right_wrong_missing_false_and_duplicate():
    expected = [_exp("2026-05-02", "Battles", "Goma", -1.68, 29.23),
                _exp("2026-05-03", "Explosions/Remote violence", "Sake", -1.57, 29.04),
                _exp("2026-05-01", "Violence against civilians", "Kitchanga", None, None),
                _exp("2026-05-04", "Protests", "Bukavu", -2.51, 28.86)]
    produced = [_got(D(2026, 5, 2), "Battles", "Goma", -1.68, 29.23),             # right
                _got(D(2026, 5, 2), "Battles", "Goma", -1.70, 29.22),             # duplicate of it
                _got(D(2026, 5, 3), "Battles", "Sake", -1.57, 29.04),             # wrong type
                _got(D(2026, 5, 1), "Violence against civilians", "near Kitchanga", -1.2, 29.0),  # right by name
                _got(D(2026, 4, 20), "Battles", "Beni", 0.49, 29.47)]             # false
    m = ee.match_events(expected, produced)
    assert sorted(m["right"]) == [(0, 0), (2, 3)]
    assert m["wrong"] == [(1, 2, "type")]
    assert m["missing"] == [3]
    assert m["duplicate"] == [1]
    assert m["false"] == [4]


def test_matching_takes_the_nearest_pair_not_the_first():
    # two events 30 km apart: each expected one goes to the produced one at its own place
    expected = [_exp("2026-05-02", "Battles", "Culiacán", 24.80, -107.39),
                _exp("2026-05-02", "Violence against civilians", "Navolato", 24.77, -107.70)]
    produced = [_got(D(2026, 5, 2), "Violence against civilians", "Navolato", 24.77, -107.70),
                _got(D(2026, 5, 2), "Violence against civilians", "Culiacán", 24.80, -107.39)]
    m = ee.match_events(expected, produced)
    assert m["right"] == [(1, 0)]
    assert m["wrong"] == [(0, 1, "type")]


def test_a_wrong_place_or_date_is_a_wrong_detail_not_a_miss():
    expected = [_exp("2026-05-02", "Battles", "Kani", 22.43, 94.85),
                _exp("2026-05-02/2026-05-03", "Battles", "Minbya", 20.37, 93.27)]
    produced = [_got(D(2026, 5, 2), "Battles", "Kani", 35.40, 137.06),      # Kani in Japan
                _got(D(2026, 4, 1), "Battles", "Minbya", 20.37, 93.27, end=D(2026, 4, 30))]  # a month
    m = ee.match_events(expected, produced)
    assert m["right"] == []
    assert sorted(m["wrong"]) == [(0, 0, "place"), (1, 1, "date")]
    assert not m["missing"] and not m["false"]


def test_zones_match_by_side_and_distance():
    expected = [{"side": "M23", "place": "Sake", "lat": -1.57, "lon": 29.04, "from": "2026-05-02"},
                {"side": "al-Shabaab", "place": "Mahas", "lat": None, "lon": None, "from": "2026-05-02"}]
    produced = [{"faction": "AFC/M23", "lat": -1.58, "lon": 29.05, "sentences": []},
                {"faction": "FARDC", "lat": -1.57, "lon": 29.04, "sentences": []},
                {"faction": "Shabaab", "lat": 4.4, "lon": 45.3, "sentences": ["Fighters seized Mahas."]}]
    m = ee.match_zones(expected, produced)
    assert m == {"right": [(0, 0), (1, 2)], "missing": [], "false": [1]}


def test_zone_sides_match_through_the_readers_group_names():
    """A gold side written as the acronym ("HTS") meets the zone drawn under the group's full name;
    two different groups still do not meet."""
    expected = [{"side": "HTS", "place": "Saraqib", "lat": 35.86, "lon": 36.8, "from": "2024-11-29"}]
    produced = [{"faction": "Syrian National Army", "lat": 35.86, "lon": 36.8, "sentences": []},
                {"faction": "Hayat Tahrir al-Sham", "lat": 35.86, "lon": 36.8, "sentences": []}]
    assert ee.match_zones(expected, produced) == {"right": [(0, 1)], "missing": [], "false": [0]}


def test_zones_pair_nearest_first():
    """Two towns 45 km apart held by one side: each expected zone takes the row drawn at its own town,
    whatever the order of the rows."""
    expected = [{"side": "HTS", "place": "Idlib", "lat": 35.93, "lon": 36.63, "from": "2024-11-29"},
                {"side": "HTS", "place": "Ariha", "lat": 35.81, "lon": 36.61, "from": "2024-11-29"}]
    produced = [{"faction": "HTS", "lat": 35.81, "lon": 36.61, "sentences": []},
                {"faction": "HTS", "lat": 35.93, "lon": 36.63, "sentences": []}]
    assert ee.match_zones(expected, produced) == {"right": [(0, 1), (1, 0)], "missing": [], "false": []}


def test_zone_sides_match_by_initials():
    expected = [{"side": "KNU", "place": "Myawaddy", "lat": 16.69, "lon": 98.51, "from": "2024-04-10"}]
    produced = [{"faction": "Karen National Union", "lat": 16.69, "lon": 98.51, "sentences": []},
                {"faction": "Kayin Border Guard", "lat": 16.69, "lon": 98.51, "sentences": []}]
    assert ee.match_zones(expected, produced) == {"right": [(0, 0)], "missing": [], "false": [1]}


def test_a_zone_held_again_after_a_contest_is_one_zone():
    """The timeline cuts a side's zone into rows while a fight makes it contested: the row after it, same
    side and same area, is the same zone; the side's row over a whole region is not."""
    from shapely.geometry import Point
    town, region = Point(44.5, 4.0).buffer(0.05), Point(43.9, 4.2).buffer(0.8)
    expected = [{"side": "al-Shabaab", "place": "Elbur", "lat": 4.0, "lon": 44.5, "from": "2026-06-28"}]
    produced = [{"faction": "al-Shabaab", "lat": 4.0, "lon": 44.5, "geometry": town, "sentences": []},
                {"faction": "al-Shabaab", "lat": 4.0, "lon": 44.5, "geometry": town, "sentences": []},
                {"faction": "al-Shabaab", "lat": 4.2, "lon": 43.9, "geometry": region, "sentences": []},
                {"faction": "Galmudug forces", "lat": 4.0, "lon": 44.5, "geometry": town, "sentences": []}]
    assert ee.match_zones(expected, produced) == {"right": [(0, 0)], "missing": [], "false": [2, 3]}
