"""Physical features named with a generic word are one toponym, never the place named inside them
(audit gold2: "Lake Ontario" was Ontario, California; "White Mountains" White, Georgia; "Mozambique
Channel" the country; most rivers were missed)."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


@pytest.fixture(scope="module")
def gaz():
    return pytest.importorskip("geo.gazetteer").load_gazetteer()


def _rows(text, gaz):
    return {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}


@pytest.mark.parametrize("text, feature", [
    ("Barges were stranded on the Ohio River near Louisville.", "Ohio River"),
    ("Flood warnings were issued for the River Severn at Shrewsbury.", "River Severn"),
    ("Ice fishing on Lake Huron was banned after a thaw.", "Lake Huron"),
    ("Climbers were rescued from Mount Kilimanjaro on Friday.", "Mount Kilimanjaro"),
    ("Snow closed passes in the Rocky Mountains.", "Rocky Mountains"),
    ("Tankers crossed the Arabian Sea towards Karachi.", "Arabian Sea"),
    ("Fishing boats sheltered in the Bristol Channel overnight.", "Bristol Channel"),
    ("Troops dug in along the Oskil River east of Kupiansk.", "Oskil River"),
])
def test_feature_is_one_unresolved_toponym(gaz, text, feature):
    rows = _rows(text, gaz)
    assert feature in rows, rows
    assert rows[feature]["lat"] is None
    inner = [k for k in rows if k != feature and k in feature]
    assert not inner, inner


@pytest.mark.parametrize("text, town", [
    ("Flights resumed at Mount Hagen after the fighting.", "Mount Hagen"),
    ("The council of Salt Lake City approved the budget.", "Salt Lake City"),
    ("Prices rose in Rock Island and Moline.", "Rock Island"),
])
def test_town_named_like_a_feature_stays_the_town(gaz, text, town):
    rows = _rows(text, gaz)
    assert rows[town]["lat"] is not None


@pytest.mark.parametrize("text, absent", [
    ("Students at Pearl River Community College returned on Monday.", "Pearl River"),
    ("Viewers of the Disney Channel complained.", "Disney Channel"),
])
def test_organisation_or_channel_is_no_feature(gaz, text, absent):
    assert absent not in _rows(text, gaz)
