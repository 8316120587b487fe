"""Washington is the state, not the capital, after a state's seat in Congress ("the senator from
Washington", "Sen. ... of Washington") or in a text naming towns of the state and nothing near the
capital; where it stands for the government ("officials in Washington said") it stays the capital."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name

_STATE_LON = -120.4
_DC_LON = -77.0


def _lon(text, gaz, name="Washington"):
    return toponyms_by_name(text, gaz)[name]["lon"]


@pytest.mark.parametrize("text", [
    "A senator from Washington blocked the nomination on Thursday.",
    "The congresswoman from Washington asked for a hearing on salmon runs.",
    "Rep. Adam Smith of Washington chairs the committee.",
    "A governor from Nevada and senators from New York and Washington signed the letter.",
])
def test_a_seat_in_congress_names_the_state(gaz, text):
    assert abs(_lon(text, gaz) - _STATE_LON) < 1.0


def test_a_senator_from_new_york_is_the_states_too(gaz):
    row = toponyms_by_name("Two senators from New York joined the call.", gaz)["New York"]
    assert row["kind"] == "admin1"


def test_towns_of_the_state_make_it_the_state(gaz):
    text = "Smoke from fires in Washington closed schools in Yakima and Ellensburg on Monday."
    assert abs(_lon(text, gaz) - _STATE_LON) < 1.0


@pytest.mark.parametrize("text", [
    "Officials in Washington said the grants for Spokane would be paid next month.",
    "Washington said it would send more firefighters to Yakima.",
    "Senator Ruiz met officials in Washington on Monday.",
])
def test_the_government_or_the_city_stays_the_capital(gaz, text):
    assert abs(_lon(text, gaz) - _DC_LON) < 1.0
