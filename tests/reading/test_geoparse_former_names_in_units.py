"""A small town's name (under 100,000 people) that a town in the unit the story names bears as a former
name goes to that town (:func:`reading.qualifiers.pull_to_units`): Ukraine renamed hundreds of Soviet
names, which GeoNames keeps as other names. A bigger town keeps its own name against a namesake that
bears it only as another name (Sloviansk is Slovyansk, not Nikopol), and without a unit named the
town bearing the name as its own stays."""
from __future__ import annotations

import pytest

from tests.reading.places import points_of


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Drones hit Zhovtneve overnight, officials in the Odessa region said.", "Zhovtneve", 45.6, 28.7),
    ("Farmers in Leninske lost their crops, officials in the Dnipropetrovsk region said.", "Leninske", 47.6, 34.0),
    ("Officials in the Luhansk region said a shell hit Leninske.", "Leninske", 48.1, 39.6),
    ("Shelling hit Pervomaisk again, officials in Donbas said.", "Pervomaisk", 48.6, 38.5),
])
def test_a_former_name_goes_to_the_town_in_the_named_unit(gaz, text, name, lat, lon):
    ((la, lo),) = points_of(text, gaz, name)
    assert la is not None and abs(la - lat) < 0.3 and abs(lo - lon) < 0.3, (la, lo)


def test_a_big_town_keeps_its_own_name(gaz):
    ((la, lo),) = points_of("Rockets hit Sloviansk; the Dnipropetrovsk region governor said two died.", gaz, "Sloviansk")
    assert abs(la - 48.85) < 0.3 and abs(lo - 37.60) < 0.3  # Slovyansk, Donetsk oblast


def test_without_a_unit_the_own_name_stays(gaz):
    ((la, lo),) = points_of("Villagers in Pervomaisk voted on Sunday, local officials said.", gaz, "Pervomaisk")
    assert abs(la - 48.04) < 0.3 and abs(lo - 30.85) < 0.3  # Pervomaysk, Mykolaiv oblast
