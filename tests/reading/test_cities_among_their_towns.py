"""A city told among towns of its own country ("Belfast, where she met leaders from Omagh and
Armagh") keeps its name against a small namesake of the article's country or of a unit it names."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


def _at(t: dict, lat: float, lon: float) -> bool:
    return t["lat"] is not None and abs(t["lat"] - lat) < 0.3 and abs(t["lon"] - lon) < 0.3


@pytest.mark.parametrize("text, name, lat, lon", [
    ("The senator visited Boston and Portland, Maine, before flying to Belfast, where she met leaders from "
     "Derry, Omagh and Armagh.", "Belfast", 54.6, -5.93),
    ("Irish-American groups in Boston and Philadelphia raised money, while in Belfast, Lisburn and Newry "
     "the marches went ahead.", "Belfast", 54.6, -5.93),
])
def test_a_city_among_its_own_countrys_towns_keeps_its_name(gaz, text, name, lat, lon):
    assert _at(toponyms_by_name(text, gaz)[name], lat, lon)


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Police in Bangor and Augusta, Maine, said a fishing boat from Belfast had sunk off Rockland.", "Belfast", 44.43, -69.0),
    ("Flooding in Manchester and Nashua, New Hampshire, reached Derry and Londonderry.", "Derry", 42.88, -71.33),
])
def test_the_namesake_among_its_own_towns_stays(gaz, text, name, lat, lon):
    assert _at(toponyms_by_name(text, gaz)[name], lat, lon)
