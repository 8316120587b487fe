"""A name written as a whole with parts ("the north of Texas", "northern Texas", "the Imperial
Valley of California", "the rest of California") is the state or country of that name, not a
village near the story's towns that bears it: a village has no north nor valleys to speak of."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name

_HIDALGO = "Rain flooded streets in Pachuca, Tulancingo and Actopan in Hidalgo. "
_TRINIDAD = "Farmers in Couva and Chaguanas lost their crops. "


@pytest.mark.parametrize("tail", [
    "Storms later moved across the north of Texas.",
    "Storms later moved across northern Texas.",
    "Storms later moved across the far north-west of Texas.",
])
def test_a_part_of_a_state_is_the_state(gaz, tail):
    got = toponyms_by_name(_HIDALGO + tail, gaz)
    assert got["Texas"]["kind"] == "admin1" and got["Texas"]["lat"] > 25  # not Texas, Hidalgo (a village)


@pytest.mark.parametrize("tail", [
    "Growers in the Imperial Valley of California were spared.",
    "Growers in the rest of California were spared.",
])
def test_a_valley_or_the_rest_of_a_state_is_the_state(gaz, tail):
    got = toponyms_by_name(_TRINIDAD + tail, gaz)
    assert got["California"]["kind"] == "admin1" and got["California"]["lon"] < -100


def test_a_town_without_a_unit_of_its_name_keeps_its_place(gaz):
    got = toponyms_by_name(_TRINIDAD + "Rain fell mostly in the north of Couva.", gaz)
    assert abs(got["Couva"]["lat"] - 10.4) < 0.2 and abs(got["Couva"]["lon"] + 61.5) < 0.2
