"""A US state's bare name is the state, not the smaller city named "<State> City" ("Oklahoma" is not
Oklahoma City, "Maryland" not Maryland City); a city of a million keeps its short name ("New York").
With a second state named, a town the gazetteer files under no state stays the namesake beside the
article's other towns (Westport by Aberdeen, Washington, not Westport, Maryland)."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name", [
    ("Wheat prices fell in Oklahoma after the drought.", "Oklahoma"),
    ("The governor of Oklahoma signed the bill on Tuesday.", "Oklahoma"),
    ("Schools across Maryland closed for the snow.", "Maryland"),
    ("Hail hit Iowa and farmers counted their losses.", "Iowa"),
])
def test_a_bare_state_name_is_the_state(gaz, text, name):
    row = toponyms_by_name(text, gaz)[name]
    assert row["kind"] == "admin1", row


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Tourists in New York queued for hours.", "New York", 40.7, -74.0),
    ("Traffic jammed Kansas City on Friday.", "Kansas City", 39.1, -94.6),
])
def test_a_city_by_its_own_name_stays_the_city(gaz, text, name, lat, lon):
    row = toponyms_by_name(text, gaz)[name]
    assert row["kind"] == "city", row
    assert (row["lat"], row["lon"]) == (pytest.approx(lat, abs=0.3), pytest.approx(lon, abs=0.3)), row


@pytest.mark.parametrize("text", [
    "Hoquiam, Washington, sits beside Cosmopolis and Montesano. Crab boats leave Westport at dawn. "
    "A Maryland firm buys the catch.",
    "Montesano, Washington, is the county seat; Hoquiam and Cosmopolis lie west of it. Anglers fish off "
    "Westport. Maryland has a namesake.",
])
def test_a_town_filed_under_no_state_stays_beside_the_articles_towns(gaz, text):
    row = toponyms_by_name(text, gaz)["Westport"]
    assert (row["lat"], row["lon"]) == (pytest.approx(46.9, abs=0.3), pytest.approx(-124.1, abs=0.3)), row
