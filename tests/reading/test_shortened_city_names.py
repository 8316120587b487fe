"""A city known by the first word(s) of its name ("Newcastle" for Newcastle upon Tyne) beside its
neighbours is that city, not a namesake bearing the short name as its whole name."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text", [
    "Fans travelled from Gateshead and Sunderland along the Tyne to Newcastle for the derby.",
    "Flooding closed bridges over the Tyne between Gateshead and Newcastle, and Sunderland was also hit.",
    "Police in Sunderland and Durham said the suspect was later seen in Newcastle.",
])
def test_newcastle_beside_tyneside_towns_is_newcastle_upon_tyne(gaz, text):
    t = toponyms_by_name(text, gaz)["Newcastle"]
    assert t["lat"] is not None and abs(t["lat"] - 54.97) < 0.2 and abs(t["lon"] + 1.61) < 0.2, t


@pytest.mark.parametrize("text, lat, lon", [
    ("Bushfires near Maitland and Cessnock threatened homes, and smoke reached Newcastle.", -32.9, 151.8),
    ("Riots broke out in Pietermaritzburg and Ladysmith, and later in Newcastle.", -27.8, 29.9),
])
def test_a_namesake_of_the_short_name_beside_its_own_towns_stays(gaz, text, lat, lon):
    t = toponyms_by_name(text, gaz)["Newcastle"]
    assert abs(t["lat"] - lat) < 0.5 and abs(t["lon"] - lon) < 0.5, t
