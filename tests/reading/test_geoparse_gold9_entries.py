"""Entries and local stories naming a place's namesakes (gold 9's first run: "Perth is a city in central
Scotland" at Perth, WA, Scotland being a region to the gazetteer; "an unincorporated community and
census-designated place in northern Montgomery County" and "a community in the County of Brant" not read
as definitions; "Sudan is a city in Lamb County, Texas" refused as a country's name; "Paris, Texas, Paris,
Tennessee, and Paris, Kentucky" read as a list of units; "Kingston, Jamaica" with Jamaica, Queens; "the
capital of Peru" read as Peru, Indiana). New sentences only."""
from __future__ import annotations

from tests.reading.places import points_of


def _near(point, lat: float, lon: float, deg: float = 0.5) -> bool:
    return point[0] is not None and abs(point[0] - lat) < deg and abs(point[1] - lon) < deg


def test_a_nation_of_the_united_kingdom_places_the_subject(gaz):
    text = "Melbourne is a village in England, eight miles south of Derby. Melbourne has a hall and a pool."
    first, again = points_of(text, gaz, "Melbourne")
    assert _near(first, 52.82, -1.43) and _near(again, 52.82, -1.43)  # not Melbourne, Victoria


def test_a_census_designated_place_in_a_county_after_a_compass_word(gaz):
    text = ("Berlin is an unincorporated community and census-designated place in northern Worcester County, "
            "Maryland. Berlin has a historic main street.")
    first, again = points_of(text, gaz, "Berlin")
    assert _near(first, 38.32, -75.22) and _near(again, 38.32, -75.22)  # not Berlin, New Jersey


def test_a_town_bearing_a_country_name_defined_in_a_county(gaz):
    text = ("Peru is a city in Miami County, Indiana, United States. Peru was named by early settlers after "
            "the country of Peru in South America.")
    town, again, country = points_of(text, gaz, "Peru")
    assert _near(town, 40.75, -86.07) and _near(again, 40.75, -86.07)
    assert country[0] is not None and country[0] < 0  # the country named as a country


def test_a_country_defined_as_a_country_stays_one(gaz):
    text = "Chad is a landlocked country in north-central Africa. Chad borders Libya and Sudan."
    first, again = points_of(text, gaz, "Chad")
    assert _near(first, 15.0, 19.0, 5) and _near(again, 15.0, 19.0, 5)


def test_namesakes_listed_with_their_states(gaz):
    text = "Other towns of the name include Jackson, Mississippi, and Jackson, Tennessee, both larger than this one."
    ms, tn = points_of(text, gaz, "Jackson")
    assert _near(ms, 32.3, -90.18) and _near(tn, 35.61, -88.81)


def test_a_country_after_a_foreign_town_in_a_local_story(gaz):
    text = ("MANITOWOC, Wis. (AP) — The port reopened Monday. A delegation from Aarhus, Denmark, visited the "
            "shipyard and met officials from Two Rivers and Sheboygan.")
    (dk,) = points_of(text, gaz, "Denmark")
    assert _near(dk, 56.0, 10.0, 2)  # not Denmark, Wisconsin


def test_the_capital_of_a_country_named_like_the_local_town(gaz):
    text = ("MEXICO, Mo. (AP) — The city council met Tuesday in Mexico. Officials from Fulton and Columbia "
            "attended. The town was named in 1836 after the capital of Mexico.")
    *_, country = points_of(text, gaz, "Mexico")
    assert _near(country, 23.6, -102.5, 3)  # the country, not the Missouri town
