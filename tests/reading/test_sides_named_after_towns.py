"""A side named after its town, outside a match report ("fans of the Kansas City Chiefs", "the Philadelphia
Eagles quarterback"): words of the sport ("game", "fans", "quarterback") say it is the side, not the town;
the town named on its own, or the state police ("Texas Rangers arrested"), stay places."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse
from tests.reading.places import surfaces


@pytest.mark.parametrize("text, places", [
    ("Fans of the Kansas City Chiefs and the Dallas Cowboys watched the game in a bar in Omaha.", ["Omaha"]),
    ("The Philadelphia Eagles quarterback flew home to Houston on Monday.", ["Houston"]),
    ("Seattle Seahawks fans marched through Tacoma after the Super Bowl.", ["Tacoma"]),
])
def test_a_side_is_no_place(gaz, text, places):
    assert surfaces(text, gaz) == places, geoparse(text, gazetteer=gaz)


@pytest.mark.parametrize("text, place", [
    ("Texas Rangers arrested two men near Austin on Friday.", "Texas"),
    ("Police in Kansas City said the game had been called off.", "Kansas City"),
])
def test_a_town_or_state_still_a_place(gaz, text, place):
    assert place in surfaces(text, gaz)
