"""A world city of a million keeps its name against a namesake that is near one or two of the story's
towns, or is a real town of the story's country, unless the story is the namesake's: most of its towns
near it, or its country named. A smaller world city yields to a namesake in a story of the namesake's
country, as before."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _lat(text: str, name: str) -> float:
    return next(r["lat"] for r in geoparse(text) if r["name"] == name)


@pytest.mark.parametrize("text, name, lat_range", [
    # London, Kentucky lies 130 km from Knoxville, but the tour crosses the country
    ("The band opens its tour in London in March, then plays New York, Chicago, Nashville and Knoxville "
     "before ending in Los Angeles.", "London", (51.2, 51.8)),
    # Melbourne, Florida (85,000 people) is a real town, but the list is of cities far apart
    ("Ad spending rose fastest in Melbourne, ahead of Seattle, Denver, Atlanta and Orlando, the agency said.",
     "Melbourne", (-38.2, -37.5)),
])
def test_the_world_city_in_a_story_spread_over_the_namesakes_country(text, name, lat_range):
    assert lat_range[0] <= _lat(text, name) <= lat_range[1]


@pytest.mark.parametrize("text, name, lat_range", [
    # a story local to the namesake's area
    ("Residents of Melbourne, Palm Bay and Titusville lined up for sandbags as the storm approached.",
     "Melbourne", (27.8, 28.4)),
    ("Deputies from London searched fields near Grove City and Columbus for the missing teenager.",
     "London", (39.6, 40.2)),
    ("MELBOURNE, Fla. (AP) - Police said the driver fled to Cocoa. Melbourne officers found the car later.",
     "Melbourne", (27.8, 28.4)),
])
def test_the_namesake_in_a_story_local_to_it(text, name, lat_range):
    assert lat_range[0] <= _lat(text, name) <= lat_range[1]
