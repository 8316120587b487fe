"""An unknown name before a lower-case "island" ("Quirimbas island") is a place the gazetteer lacks:
listed unplaced, as before "district" or "province"; a nationality before it is no name."""
from __future__ import annotations

import pytest

from tests.reading.places import surfaces, toponyms_by_name


@pytest.mark.parametrize("text, name", [
    ("Insurgents raided Quirimbas island and Ibo island off Cabo Delgado, Mozambique.", "Quirimbas"),
    ("Militants landed on Matemo island before attacking Mocimboa da Praia.", "Matemo"),
    ("Fishermen fled from Vamizi island after the raid.", "Vamizi"),
])
def test_an_unknown_island_is_listed_unplaced(gaz, text, name):
    t = toponyms_by_name(text, gaz)[name]
    assert t["lat"] is None


def test_a_nationality_before_island_is_no_place(gaz):
    names = surfaces("Migrants landed on the Greek island of Lesbos and the Italian island of Lampedusa.", gaz)
    assert "Greek" not in names and "Italian" not in names and "Lesbos" in names
