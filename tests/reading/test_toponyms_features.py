"""Physical features named with a generic word are one toponym, never the place named inside them
(audit gold2: "Lake Ontario" was Ontario, California; "White Mountains" White, Georgia; "Mozambique
Channel" the country; most rivers were missed)."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name, unplaced_or_feature


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
    rows = toponyms_by_name(text, gaz)
    assert feature in rows, rows
    assert unplaced_or_feature(rows[feature])
    inner = [k for k in rows if k != feature and k in feature]
    assert not inner, inner


@pytest.mark.parametrize("text, town", [
    ("Flights resumed at Mount Hagen after the fighting.", "Mount Hagen"),
    ("The council of Salt Lake City approved the budget.", "Salt Lake City"),
    ("Prices rose in Rock Island and Moline.", "Rock Island"),
])
def test_town_named_like_a_feature_stays_the_town(gaz, text, town):
    rows = toponyms_by_name(text, gaz)
    assert rows[town]["lat"] is not None


@pytest.mark.parametrize("text, absent", [
    ("Students at Pearl River Community College returned on Monday.", "Pearl River"),
    ("Viewers of the Disney Channel complained.", "Disney Channel"),
])
def test_organisation_or_channel_is_no_feature(gaz, text, absent):
    assert absent not in toponyms_by_name(text, gaz)


# --------------------------------------------------------------------------- streets and roads


@pytest.mark.parametrize("text, way, lat, lon", [
    # a street is placed at the town the text names (before it, else after it)
    ("Firefighters in Wichita were called to a house on Oliver Street.", "Oliver Street", 37.69, -97.34),
    ("A water main broke under 12th Avenue, officials in Nashville said.", "12th Avenue", 36.17, -86.78),
    # a town named inside a street's name is not that town ("Denver Road" in Aurora)
    ("Police in Yakima closed Seattle Road after a crash.", "Seattle Road", 46.6, -120.5),
])
def test_street_is_placed_in_the_town_named(gaz, text, way, lat, lon):
    rows = toponyms_by_name(text, gaz)
    r = rows[way]
    assert r["kind"] == "street" and abs(r["lat"] - lat) < 0.3 and abs(r["lon"] - lon) < 0.3, r
    assert not [k for k in rows if k != way and k in way]


@pytest.mark.parametrize("text, road", [
    ("A truck overturned on Interstate 80 west of Omaha.", "Interstate 80"),
    ("Highway 16 was closed by snow.", "Highway 16"),
    ("Traffic backed up on I-35 for miles.", "I-35"),
])
def test_numbered_road_is_an_unresolved_toponym(gaz, text, road):
    rows = toponyms_by_name(text, gaz)
    assert road in rows and rows[road]["lat"] is None


def test_street_starting_an_organisation_name_is_no_toponym(gaz):
    assert "Wall Street" not in toponyms_by_name("The Wall Street Journal reported the deal.", gaz)


# --------------------------------------------------------------------------- organisations named after a place


@pytest.mark.parametrize("text, absent", [
    ("The Ohio Department of Health reported 40 new cases.", "Ohio"),
    ("Students at the University of Kansas walked out.", "Kansas"),
    ("The Bexar County Sheriff's Office said two deputies were hurt.", "Bexar County"),
    ("The Phoenix Police Department said the suspect fled.", "Phoenix"),
])
def test_place_inside_an_organisation_name_is_no_toponym(gaz, text, absent):
    assert absent not in toponyms_by_name(text, gaz)


@pytest.mark.parametrize("text, present", [
    ("Phoenix police said the suspect fled.", "Phoenix"),
    ("Bexar County officials said two deputies were hurt.", "Bexar County"),
    ("He studied in Kansas before the war.", "Kansas"),
])
def test_place_as_a_modifier_is_still_a_toponym(gaz, text, present):
    assert present in toponyms_by_name(text, gaz)


@pytest.mark.parametrize("text, feature", [
    ("Oil spilled into the Gulf of Mexico near New Orleans.", "Gulf of Mexico"),
    ("The Sea of Azov coast was shelled near Mariupol.", "Sea of Azov"),
    ("A cyclone formed over the Bay of Bengal.", "Bay of Bengal"),
])
def test_sea_gulf_bay_of_a_place_is_the_feature(gaz, text, feature):
    rows = toponyms_by_name(text, gaz)
    assert feature in rows and unplaced_or_feature(rows[feature])
    assert not [k for k in rows if k != feature and k in feature]


def test_island_unit_named_isle_of_stays_the_unit(gaz):
    assert toponyms_by_name("Ferries to the Isle of Wight were cancelled.", gaz)["Isle of Wight"]["lat"] is not None
