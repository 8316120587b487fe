"""A local government area written with its word ("the Shire of X", "the Municipality of X") lies in a
first-level unit: "in Victoria" after it is the Australian state, not Victoria, Hong Kong, and when
every town of the area's name lies far outside that state (Wellington, New Zealand), the area is left
unplaced rather than drawn on the far namesake. An area whose town lies in the state keeps it."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text", [
    "Fires burned in the Shire of Wellington in Victoria on Sunday.",
    "Volunteers from the Shire of Wellington in Victoria joined the search.",
])
def test_an_area_whose_towns_are_elsewhere_is_placed_in_its_state(gaz, text):
    got = toponyms_by_name(text, gaz)
    # not Wellington, New Zealand: the shire in Gippsland (geo/admin_units.py; unplaced before it)
    assert abs(got["Wellington"]["lat"] + 37.9) < 0.5 and abs(got["Wellington"]["lon"] - 146.9) < 0.5
    assert got["Victoria"]["kind"] == "admin1" and got["Victoria"]["lat"] < -30


def test_an_area_whose_town_lies_in_the_state_keeps_it(gaz):
    got = toponyms_by_name("Snow fell on the City of Ballarat in Victoria.", gaz)
    assert abs(got["Ballarat"]["lat"] + 37.6) < 0.3
