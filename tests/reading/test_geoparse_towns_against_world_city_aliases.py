"""A small town named so itself, near another town of the article, keeps its name against a world city that
bears the name only as another of its names (gold 27: Gizo, in the Solomon Islands, had been read as Giza,
whose other names GeoNames lists "Gizo" among). A world city's former name far from the article's towns still
goes to the world city ("Calcutta" beside New Orleans). Sentences of our own."""
from __future__ import annotations

from tests.reading.places import points_of, toponyms_by_name


def test_a_town_near_the_story_keeps_its_own_name(gaz):
    got = toponyms_by_name("ARAWA, Papua New Guinea — Ferries between Buin and Gizo will resume next month, the "
                           "Bougainville government said.", gaz)
    assert abs(got["Gizo"]["lat"] + 8.1) < 0.2


def test_a_world_city_former_name_far_from_the_story(gaz):
    got = toponyms_by_name("NEW ORLEANS — Cargoes from Calcutta reached the port, officials in Baton Rouge said.", gaz)
    assert abs(got["Calcutta"]["lat"] - 22.57) < 0.3


def test_a_former_name_near_the_story_stays_the_world_city(gaz):
    text = ("CHRISTIANIA, Friday. A telegram from Copenhagen announces the king's arrival; the news was received "
            "in Christiania with joy.")
    (lat, _), = points_of(text, gaz, "Christiania")
    assert abs(lat - 59.9) < 0.3  # Oslo's old name, not the Copenhagen freetown
