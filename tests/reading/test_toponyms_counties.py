"""US counties: placed when GeoNames gives them towns to centre on, never left to a namesake town
or state, listed unplaced when the gazetteer cannot place them (audit gold2: 21 errors)."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _parse(text, gaz):
    return {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}


def _near(t, lat, lon, deg):
    return t["lat"] is not None and abs(t["lat"] - lat) <= deg and abs(t["lon"] - lon) <= deg


@pytest.mark.parametrize("text, name, lat, lon", [
    # a county whose name is no town: it was not found at all
    ("Storms knocked out power across Tangipahoa Parish overnight.", "Tangipahoa Parish", 30.6, -90.5),
    ("Sheriff's deputies in Cuyahoga County searched the lake shore.", "Cuyahoga County", 41.45, -81.65),
    # a county named like a town elsewhere: not that town ("Franklin", "Erie")
    ("Voters in Franklin County, Ohio, approved the school levy.", "Franklin County", 39.96, -83.0),
    ("Snow closed schools throughout Erie County on Monday.", "Erie County", 42.9, -78.8),
])
def test_county_is_placed_at_its_towns(gaz, text, name, lat, lon):
    t = _parse(text, gaz)[name]
    assert t["kind"] == "county" and t["precision"] == 2 and _near(t, lat, lon, 0.5), t


def test_county_of_the_named_state(gaz):
    # Polk County: Iowa (Des Moines) by default, the most people; Florida (Lakeland) when Florida is named
    assert _near(_parse("Flooding hit Polk County.", gaz)["Polk County"], 41.6, -93.6, 0.5)
    t = _parse("Flooding hit Polk County, Fla., and Lakeland schools closed.", gaz)
    assert _near(t["Polk County"], 28.0, -81.9, 0.5)
    t = _parse("Schools across Florida closed. Officials in Polk County said the roads were flooded.", gaz)
    assert _near(t["Polk County"], 28.0, -81.9, 0.5)


def test_county_of_the_named_state_not_a_namesake_elsewhere(gaz):
    # Hardin County, Tennessee has no town of 15,000 (centred on its towns of 1,000+ since gold 7):
    # never Hardin County, Kentucky
    t = _parse("A tornado damaged homes in Hardin County, Tenn., on Sunday.", gaz)
    assert t["Hardin County"]["lat"] is None or abs(t["Hardin County"]["lon"] + 88.2) < 0.5
    t = _parse("The Tennessee Valley Authority said crews were sent to Hardin County and Savannah.", gaz)
    assert "Hardin County" not in t or t["Hardin County"]["lat"] is None or t["Hardin County"]["lon"] < -87.5


def test_state_after_an_unplaced_county_is_the_state(gaz):
    # "Otsego County, New York": the state, not New York City
    t = _parse("Cooperstown is a village in Otsego County, New York.", gaz)
    assert t["New York"]["kind"] == "admin1"


def test_unplaced_county_is_listed(gaz):
    # Perry and Lincoln counties have centres since gold 7 (towns of 1,000+); the 10 counties with no
    # town of 1,000 (Alpine County, California) are still listed unplaced
    t = _parse("Crews from Alpine County and neighboring Lincoln County helped.", gaz)
    assert "Alpine County" in t and t["Alpine County"]["lat"] is None
    assert "Lincoln County" in t


def test_county_starting_an_organisation_name_is_no_toponym(gaz):
    names = _parse("The Perry County Commission voted on Tuesday.", gaz)
    assert "Perry County" not in names


# --------------------------------------------------------------------------- a world city against a small namesake


@pytest.mark.parametrize("text, name, lat, lon", [
    # the article's country alone no longer sends a capital to its small namesake (Paris, Texas; Dublin, Ohio)
    ("Flights to Paris were cancelled, and schools in Dallas and Houston closed.", "Paris", 48.85, 2.35),
    ("Our reporter filed from Dublin after officials in Boston and Worcester spoke.", "Dublin", 53.35, -6.26),
])
def test_world_city_is_kept_without_a_local_clue(gaz, text, name, lat, lon):
    assert _near(_parse(text, gaz)[name], lat, lon, 0.5)


@pytest.mark.parametrize("text, name, lat, lon", [
    # a named unit or a town nearby is a local clue
    ("Dublin is a city in Franklin County, Ohio, United States.", "Dublin", 40.1, -83.1),
    ("Storms hit Texas overnight; roads between Sherman and Paris were closed.", "Paris", 33.66, -95.56),
    ("Traffic was heavy between Columbus, Hilliard and Dublin.", "Dublin", 40.1, -83.1),
])
def test_small_namesake_with_a_local_clue_stays(gaz, text, name, lat, lon):
    assert _near(_parse(text, gaz)[name], lat, lon, 0.5)


# --------------------------------------------------------------------------- a small namesake far from a local article


def test_small_namesake_far_from_a_local_article_is_unplaced(gaz):
    # Portland's neighbourhoods, not the small towns of that name 1,000 km and more away
    t = _parse("Portland police responded to shootings in Alberta and Montavilla, and in Gresham.", gaz)
    assert t["Gresham"]["lat"] is not None
    t = _parse("Denver firefighters were called to Capitol Hill and Five Points on Friday.", gaz)
    for name in ("Capitol Hill", "Five Points"):  # not Washington DC, not Ohio
        assert name in t and (t[name]["lat"] is None or abs(t[name]["lon"] + 105) < 3), t[name]


def test_small_town_named_with_its_state_or_near_the_others_stays(gaz):
    t = _parse("Officials in Denver said a fire near Ballard, Utah, was contained.", gaz)
    assert t["Ballard"]["lat"] is not None
    t = _parse("Flooding hit Vernal and Ballard, officials in Salt Lake City said.", gaz)
    assert t["Ballard"]["lat"] is not None


def test_county_read_from_its_town_name_spans_the_county_name(gaz):
    t = _parse("Knox is the seat of Starke County, Indiana.", gaz)
    assert "Starke County" in t
    assert "Greene County" not in _parse("The Greene County Sheriff's Office said.", gaz)


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Polls closed late in Fulton and DeKalb counties, Georgia officials said.", "Fulton", 33.8, -84.4),
    ("Storms hit Lake, McHenry and Kane counties in Illinois.", "McHenry", 42.3, -88.3),
    ("Schools closed in Jefferson and Orleans parishes.", "Orleans", 30.0, -90.1),
])
def test_names_before_plural_counties_are_counties(gaz, text, name, lat, lon):
    t = _parse(text, gaz)[name]
    assert t["kind"] == "county" and _near(t, lat, lon, 0.6), t


def test_names_before_plural_counties_without_such_county_stay(gaz):
    t = _parse("Fans from Paris and London counties of supporters.", gaz)
    assert t["Paris"]["kind"] == "city"


@pytest.mark.parametrize("text, unit, town, lat, lon", [
    ("Health officials in New York's Suffolk County reported a case.", "New York", "Suffolk County", 40.85, -73.0),
    ("Georgia's Columbus police said the road was closed.", "Georgia", "Columbus", 32.46, -84.99),
])
def test_unit_possessive_before_its_town_or_county(gaz, text, unit, town, lat, lon):
    t = _parse(text, gaz)
    assert t[unit]["kind"] == "admin1"
    assert _near(t[town], lat, lon, 0.6), t[town]
