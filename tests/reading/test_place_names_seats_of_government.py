"""A seat of government that GeoNames does not list as its country's capital (La Paz: GeoNames gives
Sucre) names a government beside other countries' capitals as a capital does: "envoys from Bogotá,
Mexico City, Quito and La Paz" is Bolivia's La Paz, not La Paz in Baja California Sur, even though
Mexico City votes for Mexico. A La Paz among Mexican towns stays Mexican."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text", [
    "Envoys from Bogotá, Mexico City, Quito and La Paz signed the accord on Friday.",
    "The accord was welcomed in Mexico City, Guatemala City, Asunción and La Paz.",
])
def test_la_paz_listed_beside_capitals_is_bolivias(gaz, text):
    got = toponyms_by_name(text, gaz)
    assert got["La Paz"]["lat"] < -10 and got["La Paz"]["lon"] > -70  # Bolivia, not Baja California Sur


def test_la_paz_among_mexican_towns_stays_mexican(gaz):
    got = toponyms_by_name("Tourists flew from Mexico City and Tijuana to La Paz on Friday.", gaz)
    assert got["La Paz"]["lat"] > 20 and got["La Paz"]["lon"] < -105
