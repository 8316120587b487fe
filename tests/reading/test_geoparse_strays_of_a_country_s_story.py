"""A story datelined in a town of its country that names the country: a place the gazetteer lacks is not
read at a mid-sized namesake town far away in a country the story never names (a school burned "at
White River" in a Solomon Islands story is no White River, South Africa); a big city abroad stays."""
from __future__ import annotations

from tests.reading.places import points_of


def test_a_far_mid_sized_namesake_is_doubted_in_a_country_s_datelined_story(gaz):
    text = ("HONIARA, Solomon Islands - Riots broke out in the capital on Wednesday. Police said a crowd "
            "burned a school at White River and looted shops near the market.")
    assert points_of(text, gaz, "White River") == [(None, None)]


def test_a_namesake_in_a_country_the_story_names_stays(gaz):
    text = ("HONIARA, Solomon Islands - Ministers flew to South Africa on Wednesday for talks at White River "
            "on fisheries, the government said.")
    ((lat, lon),) = points_of(text, gaz, "White River")
    assert lat is not None and abs(lat + 25.33) < 0.5


def test_a_big_city_abroad_stays_in_a_country_s_datelined_story(gaz):
    text = ("NAIROBI, Kenya - The minister flew to Rotterdam on Monday for talks on flower exports, "
            "Kenyan officials said.")
    ((lat, lon),) = points_of(text, gaz, "Rotterdam")
    assert lat is not None and abs(lat - 51.92) < 0.3
