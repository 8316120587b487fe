"""A county name many US states share goes to the county of the state the story names or is about: the one
its state's name says ("Kentucky regulators said Clark County ..."), else the one of the state its towns vote
for, however far from them ("MUNCIE, Ind. ... Clark County": Indiana's, 200 km south), instead of the most
populous namesake (Clark County, Nevada) or none."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, lat, lon", [
    ("Kentucky regulators said Clark County and Madison County would share a water plant.", 37.99, -84.18),
    ("Wisconsin officials said Clark County would receive new snowplows this winter.", 44.81, -90.52),
    ("MUNCIE, Ind. (AP) - Officials in Muncie and Anderson said Fayette County and Clark County would share "
     "the cost of a new jail with Delaware County.", 38.29, -85.75),
])
def test_the_county_of_the_storys_state(gaz, text, lat, lon):
    row = toponyms_by_name(text, gaz)["Clark County"]
    assert row["lat"] is not None and abs(row["lat"] - lat) < 0.1 and abs(row["lon"] - lon) < 0.1


def test_a_county_of_a_named_state_the_gazetteer_cannot_place_stays_unplaced(gaz):
    # Texas has a Hall County the gazetteer holds no centre for: not Hall County, Nebraska
    row = toponyms_by_name("Texas officials said Hall County would get relief funds.", gaz)["Hall County"]
    assert row["lat"] is None or row["lat"] < 37


def test_a_county_placed_in_a_state_the_text_names_keeps_it(gaz):
    text = ("Americus is a city in Sumter County, Georgia, between Albany and Cordele, and near Plains. Visitors "
            "often confuse it with Murphysboro, Illinois, the seat of Jackson County.")
    row = toponyms_by_name(text, gaz)["Jackson County"]
    assert abs(row["lat"] - 37.73) < 0.2  # Illinois's, not Georgia's Jackson County
