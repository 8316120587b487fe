"""A town said to lie on an island the gazetteer knows only as its main town ("Victoria, a city on
Mahé": Mahé is one of GeoNames' names of Victoria, Seychelles) is the namesake near that town, not
the world's biggest town of the name."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, box", [
    ("Police in Victoria, a city on Mahé, arrested two men.", "Victoria", (-5, -4, 55, 56)),
    ("Santa Cruz is a busy port on Tenerife, officials said.", "Santa Cruz", (28, 29, -17, -16)),
])
def test_town_on_an_island_read_as_its_town(gaz, text, name, box):
    t = toponyms_by_name(text, gaz)[name]
    s, n, w, e = box
    assert t["lat"] is not None and s < t["lat"] < n and w < t["lon"] < e, t


def test_town_in_a_country_still_reads_there(gaz):
    t = toponyms_by_name("Protests spread to Santa Cruz, a city in Bolivia, overnight.", gaz)["Santa Cruz"]
    assert -19 < t["lat"] < -17
