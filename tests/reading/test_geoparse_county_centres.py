"""US counties with no town of 15,000 (gold 7: Humphreys, Pike, Logan, San Miguel, Ward, Monroe,
Mingo counties unresolved or placed at a namesake). Their centre is now the mean point of their
GeoNames towns of 1,000+ (``geo/data/us_counties.csv``, column ``centre``); "X County, State,
Country" is a chain of qualifiers, not a list of three places, so the county is narrowed to the
state's; of several namesakes in the states an article names, the one nearest its other towns wins."""
from __future__ import annotations

from tests.reading.places import points_of


def _near(point, lat: float, lon: float, deg: float = 0.3) -> bool:
    return point[0] is not None and abs(point[0] - lat) < deg and abs(point[1] - lon) < deg


def test_a_county_with_only_small_towns_is_placed(gaz):
    text = ("HAZARD, Ky. (AP) - Floodwaters closed roads across Perry County on Monday, and a bridge in "
            "neighboring Knott County was washed out.")
    (p,) = points_of(text, gaz, "Perry County")
    assert _near(p, 37.25, -83.19)  # Hazard, Kentucky: not Perry County, Ohio, nor unplaced
    (p,) = points_of(text, gaz, "Knott County")
    assert _near(p, 37.35, -82.95)


def test_county_state_country_is_a_chain_not_a_list(gaz):
    text = ("Wayne is a city in Wayne County, Nebraska, United States. Larger places of the name lie "
            "in Michigan and New Jersey.")
    (p,) = points_of(text, gaz, "Wayne County")
    assert _near(p, 42.23, -97.02)  # Nebraska's, not Wayne County, Michigan (Detroit), named later


def test_a_county_goes_to_the_named_state_near_the_story(gaz):
    text = ("WHITESVILLE, W.Va. (AP) - A coal truck overturned near Whitesville on Tuesday, officials said. "
            "Crews from Pike County, Ky., helped clear the road, and neighboring Boone County sent two "
            "ambulances.")
    (p,) = points_of(text, gaz, "Boone County")
    assert _near(p, 38.07, -81.82)  # Boone County, West Virginia, not Kentucky's near Cincinnati
    (p,) = points_of(text, gaz, "Pike County")
    assert _near(p, 37.5, -82.54)
