""""X, a city in Y" where Y has namesakes in several of X's countries: the place Y's best reading in
one of them (Trinidad the island, not La Trinidad in the Philippines) keeps X's namesakes in that
country. Before, "San Fernando, a port city in Trinidad" went to the Philippine San Fernando, whose
province holds a town called La Trinidad."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, lat, lon", [
    ("A bridge collapsed near San Fernando, a port city in Trinidad.", "San Fernando", 10.28, -61.47),
    ("A bridge collapsed near San Fernando, a port city in Trinidad.", "Trinidad", 10.4, -61.3),
    ("The mayor of San Fernando, an industrial city in Trinidad, asked for help after the floods.", "San Fernando", 10.28, -61.47),
    ("A blast shook Princes Town, a town in Trinidad.", "Princes Town", 10.27, -61.37),
])
def test_the_town_is_read_in_the_land_named_after_it(gaz, text, name, lat, lon):
    row = toponyms_by_name(text, gaz)[name]
    assert abs(row["lat"] - lat) < 0.5 and abs(row["lon"] - lon) < 0.5, row


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Police blocked roads in San Jose, a city in California.", "San Jose", 37.34, -121.89),
    ("Students rallied in Córdoba, a city in Argentina.", "Córdoba", -31.4, -64.19),
    ("Floods hit Victoria, a city in Tamaulipas.", "Victoria", 23.74, -99.14),
])
def test_other_towns_said_to_lie_in_a_unit_or_country_are_unchanged(gaz, text, name, lat, lon):
    row = toponyms_by_name(text, gaz)[name]
    assert abs(row["lat"] - lat) < 0.3 and abs(row["lon"] - lon) < 0.3, row
