"""In a local story, a town's name among its neighbours is the neighbour, even when a city of a
million bears it elsewhere (gold 4's first run put "Jacksonville" in a Texas high-school football
story, among Tyler, Kilgore and Longview, at Jacksonville, Florida, 1,300 km away). The city keeps
its name when the article's towns are not around the namesake, and capitals always do."""
from __future__ import annotations

from tests.reading.places import points_of


def test_namesake_among_the_local_towns(gaz):
    text = "LONGVIEW, Texas - Kilgore beat Jacksonville 42-10 on Thursday, and Tyler hosts the final next week."
    (lat, lon), = points_of(text, gaz, "Jacksonville")
    assert abs(lat - 31.96) < 0.3 and abs(lon + 95.27) < 0.3


def test_big_city_when_the_towns_are_elsewhere(gaz):
    text = "Texas oil firms opened offices in Houston, Austin and Jacksonville this year."
    (lat, lon), = points_of(text, gaz, "Jacksonville")
    assert abs(lat - 30.33) < 0.3 and abs(lon + 81.66) < 0.3
