"""A world city's small namesake in a state the article names is kept only when the story is local to
that state (the namesake near another of its towns, or most of its towns there): a story that names a
state among other countries' cities means the world city ("Naples" in a fashion report naming Texas,
Dallas, Milan and Tokyo is Naples, Italy)."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _lat(text: str, name: str) -> float:
    return next(r["lat"] for r in geoparse(text) if r["name"] == name)


@pytest.mark.parametrize("text, name, lat_range", [
    ("Sales of cowboy boots rose in Texas, led by shops in Dallas and El Paso, while buyers in Milan, "
     "Paris and Tokyo ordered fewer. In Naples the brand opened its first store in Europe.", "Naples", (40.5, 41.2)),
    ("Flu cases climbed in Ohio, with clinics in Akron and Toledo full, and also in Madrid, Seoul, Lima "
     "and Cairo. Doctors in London said the season had started early.", "London", (51.2, 51.8)),
])
def test_the_world_city_in_a_story_of_many_countries(text, name, lat_range):
    assert lat_range[0] <= _lat(text, name) <= lat_range[1]


@pytest.mark.parametrize("text, name, lat_range", [
    # local to the state: the namesake is near the story's other towns
    ("In Texas, the school board of Naples met on Monday; parents drove in from Mount Pleasant and "
     "Daingerfield to object to the new bus routes.", "Naples", (32.8, 33.6)),
])
def test_the_namesake_in_a_story_local_to_the_state(text, name, lat_range):
    assert lat_range[0] <= _lat(text, name) <= lat_range[1]
