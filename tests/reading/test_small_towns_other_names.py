"""A small town that bears a name only as another name of its own (GeoNames calls Old Saybrook,
Connecticut, "Zeebrugge") does not take it from the town abroad whose own name it is."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text", [
    "The ferry from Zeebrugge to Hull was cancelled; in Connecticut, ferries from New London and Bridgeport ran normally.",
    "Cocaine seized in Zeebrugge was bound for Rotterdam, while a second shipment reached Hartford, Connecticut and New Haven.",
    "Drugs shipped through Zeebrugge were seized, US officials in Washington and New York said.",
])
def test_zeebrugge_in_an_american_story_is_belgiums_port(gaz, text):
    t = toponyms_by_name(text, gaz)["Zeebrugge"]
    assert abs(t["lat"] - 51.33) < 0.2 and abs(t["lon"] - 3.18) < 0.2, t


def test_the_small_town_under_its_own_name_stays(gaz):
    t = toponyms_by_name("Old Saybrook police and officers from Clinton, Connecticut, searched the marina.", gaz)
    assert abs(t["Old Saybrook"]["lon"] + 72.4) < 0.3


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Militants attacked Palmyra and struck Idlib, the Syrian army said.", "Palmyra", 34.56, 38.28),
    ("Shelling hit Pervomaisk again, officials in Donbas said.", "Pervomaisk", 48.6, 38.5),
])
def test_a_towns_well_known_or_former_name_in_its_own_story_stays(gaz, text, name, lat, lon):
    t = toponyms_by_name(text, gaz)[name]
    assert abs(t["lat"] - lat) < 0.3 and abs(t["lon"] - lon) < 0.3, t
