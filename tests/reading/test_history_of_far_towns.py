"""A history naming small far towns of one country (battlefields) is no local story of one of them:
its small towns are not unplaced as a local story's unknown neighbourhoods would be."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Lee retreated after Gettysburg; weeks earlier Grant had taken Vicksburg on the Mississippi.",
     "Gettysburg", 39.83, -77.23),
    ("The battles of Gettysburg and Fredericksburg were fought before Vicksburg fell.", "Gettysburg", 39.83, -77.23),
    ("Veterans of Antietam and Gettysburg later settled around Vicksburg.", "Gettysburg", 39.83, -77.23),
])
def test_a_small_town_far_from_one_small_town_keeps_its_place(gaz, text, name, lat, lon):
    t = toponyms_by_name(text, gaz)[name]
    assert t["lat"] is not None and abs(t["lat"] - lat) < 0.3 and abs(t["lon"] - lon) < 0.3, t


def test_a_citys_local_story_still_leaves_its_unknown_neighbourhoods_unplaced(gaz):
    t = toponyms_by_name("Seattle police closed streets in Ballard and Capitol Hill.", gaz)
    assert t["Ballard"]["lat"] is None
