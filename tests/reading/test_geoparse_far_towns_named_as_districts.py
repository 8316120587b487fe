"""A name written before "district" in a story of another town, read as a namesake town thousands of km
away ("In Kazan, a fire broke out in Zavodskoi district": not Zavodskoy, Primorye): a district the
gazetteer lacks, unplaced; a town near the story's places keeps its reading ("Bakhmut district")."""
from __future__ import annotations

from tests.reading.places import points_of


def test_a_district_of_the_story_s_town_is_no_far_namesake_town(gaz):
    for text, name in (("In Kazan, a fire broke out in Zavodskoi district on Sunday.", "Zavodskoi"),
                       ("In Makhachkala, police raided a flat in Sovetsky district on Friday.", "Sovetsky")):
        assert points_of(text, gaz, name) == [(None, None)], text


def test_a_town_near_the_story_before_district_keeps_its_reading(gaz):
    ((lat, lon),) = points_of("Shelling hit Bakhmut district, officials in Kramatorsk said.", gaz, "Bakhmut")
    assert lat is not None and abs(lat - 48.59) < 0.3 and abs(lon - 38.0) < 0.3
