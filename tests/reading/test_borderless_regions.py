"""Historical regions that span several of today's countries (East Prussia, Bessarabia, the Polish-Ukrainian
Galicia) are regions with no country, placed where they lie; Galicia is read by context against Spain's:
the one nearest the article's other places, else the one a nationality word names, else Spain's."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name

_CROWN_LAND = (49.6, 23.3)  # Galicia between Kraków and Ternopil
_SPAIN = (42.8, -7.9)


def _at(row, point, deg=2.0):
    return row["lat"] is not None and abs(row["lat"] - point[0]) < deg and abs(row["lon"] - point[1]) < deg


@pytest.mark.parametrize("text, name, point", [
    ("The Red Army reached the borders of East Prussia in October 1944.", "East Prussia", (54.2, 21.0)),
    ("Grain from Bessarabia was shipped down the river to Odessa.", "Bessarabia", (47.2, 28.4)),
])
def test_a_region_of_several_countries_is_placed(gaz, text, name, point):
    row = toponyms_by_name(text, gaz)[name]
    assert row["kind"] == "region" and _at(row, point)


@pytest.mark.parametrize("text, point", [
    ("Oil wells in Galicia made the empire's fortune before the wells of Baku overtook them; Przemysl "
     "guarded the passes.", _CROWN_LAND),
    ("Thousands of refugees from Galicia reached Budapest by train.", _CROWN_LAND),
    ("Polish and Ukrainian historians still argue over who ruled Galicia.", _CROWN_LAND),
    ("Trawlers from Galicia returned to Vigo with empty holds.", _SPAIN),
    ("The regional government of Galicia announced new wildfire rules, Spanish media said.", _SPAIN),
    ("Heavy rain is forecast for Galicia this weekend.", _SPAIN),
])
def test_galicia_is_read_by_its_context(gaz, text, point):
    assert _at(toponyms_by_name(text, gaz)["Galicia"], point)
