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


def test_the_defined_subject_votes_for_the_entry_country(gaz):
    text = ("Hamilton is a town in central Scotland, south-east of Glasgow. Nearby towns include Motherwell, "
            "Bothwell and Blantyre, and the village of Strathaven lies to the south. Several places took its name. "
            "The largest is Hamilton in Ontario, Canada, a port city of 570,000 at the western end of Lake Ontario, "
            "near Burlington and Toronto. Others are in Ohio, Bermuda and New Zealand.")
    subject, namesake = points_of(text, gaz, "Hamilton")
    assert _near(subject, 55.77, -4.03) and _near(namesake, 43.25, -79.85)
    (bothwell,) = points_of(text, gaz, "Bothwell")
    assert _near(bothwell, 55.8, -4.07)  # not Bothwell, Ontario


def test_a_namesake_placed_near_a_town_of_a_named_state(gaz):
    text = ("Richmond is a market town in North Yorkshire, England, on the River Swale. Its castle overlooks the "
            "river. There is also Richmond, a small town near Hobart in Tasmania, known for its old bridge.")
    subject, namesake = points_of(text, gaz, "Richmond")
    assert _near(subject, 54.4, -1.73) and _near(namesake, -42.74, 147.44)


def test_another_namesake_defined_as_a_county_seat(gaz):
    text = ("Lebanon is a city in Warren County, Ohio, United States, between Dayton and Cincinnati. Another "
            "Lebanon is the county seat of Laclede County in Missouri, on old Route 66.")
    subject, namesake = points_of(text, gaz, "Lebanon")
    assert _near(subject, 39.44, -84.2) and _near(namesake, 37.68, -92.66)


def test_a_town_in_a_county_of_a_named_state(gaz):
    text = "Other towns of the name include Paris in Henry County, Tennessee, and Lebanon in Laclede County, Missouri."
    (paris,) = points_of(text, gaz, "Paris")
    (lebanon,) = points_of(text, gaz, "Lebanon")
    assert _near(paris, 36.3, -88.33) and _near(lebanon, 37.68, -92.66)  # not France, not the country
