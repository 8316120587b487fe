"""geo/physical.py: the physical features table (geo/data/physical_features.csv) and its name lookup."""
from __future__ import annotations

import csv

import pytest

from geo.distance import great_circle_km
from geo.gazetteer import DATA_DIR
from geo.physical import COMPACT, alone_names, feature_named

_FEATURES = {"peak", "volcano", "range", "desert", "plateau", "river", "delta", "lake", "sea", "ocean", "gulf", "bay",
             "strait", "canal", "cape", "trench", "ice shelf", "glacier", "reef", "salt flat", "pass"}


@pytest.fixture(scope="module")
def table():
    with open(DATA_DIR / "physical_features.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_row_is_well_formed(table):
    assert len({r["id"] for r in table}) == len(table)
    for r in table:
        assert r["feature"] in _FEATURES, r
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
        assert r["source"], r
        names = {r["name"], *r["alt_names"].split("|")}
        assert set(filter(None, r["alone"].split("|"))) <= names, r  # a name read alone is one of the row's


def test_no_name_stands_for_two_features(table):
    seen: dict[str, str] = {}
    for r in table:
        for n in filter(None, [r["name"], *r["alt_names"].split("|")]):
            assert seen.setdefault(n.casefold(), r["id"]) == r["id"], n


@pytest.mark.parametrize("name, feature, lat, lon", [
    ("the Zambezi", "river", -18.8, 36.3),          # at its mouth
    ("River Tagus", "river", 38.7, -9.3),           # a river's name with its word, either side
    ("the Vistula River", "river", 54.4, 19.0),
    ("Lake Baikal", "lake", 53.5, 108.0),
    ("the Gobi", "desert", 42.5, 103.0),
    ("Aconcagua", "peak", -32.65, -70.0),
    ("the Dardanelles", "strait", 40.2, 26.4),
    ("the Kerch strait", "strait", 45.3, 36.5),     # a generic word in lower case after the name
])
def test_a_feature_is_found_by_any_of_its_names(name, feature, lat, lon):
    f = feature_named(name)
    assert f is not None and f.feature == feature
    assert great_circle_km(f.lat, f.lon, lat, lon) < 50


@pytest.mark.parametrize("name", ["", "Springfield", "the Kansas river", "Smith"])
def test_other_names_are_no_feature(name):
    assert feature_named(name) is None


def test_compact_features_are_points_and_long_ones_are_not():
    assert {"peak", "strait", "cape"} <= COMPACT
    assert not {"river", "range", "sea", "desert"} & COMPACT


def test_names_read_alone_are_peaks_and_narrows_not_common_words():
    alone = set(alone_names())
    assert {"Everest", "Kilimanjaro", "Matterhorn"} <= alone
    assert not {"Jordan", "Niger", "Don", "Olympus", "Etna"} & alone
