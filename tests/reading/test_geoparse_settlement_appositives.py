"""A town told by an appositive with its settlement noun ("X, a Christian village east of Y", "X, a tribe
on the outskirts of Y"): a namesake far from Y, or on another side of it, is another place, even with a
people's name inside the appositive; the later bare mentions of the name read as the first."""
from __future__ import annotations

from tests.reading.places import points_of


def test_a_village_on_the_outskirts_of_a_town_is_no_far_namesake(gaz):
    text = ("Unrest spread overnight to Saint-Louis, a Kanak tribe on the outskirts of Noumea. "
            "French gendarmes retook the road through Saint-Louis on Thursday.")
    assert points_of(text, gaz, "Saint-Louis") == [(None, None), (None, None)]  # not Senegal's, 17,000 km away


def test_a_village_on_one_side_of_a_town_is_no_namesake_on_another(gaz):
    cases = (("Settlers torched cars in Taibeh, a Christian village east of Ramallah, officials said.", "Taibeh"),
             ("Thousands fled Canaan, a sprawling settlement north of Port-au-Prince, after gang fighting.", "Canaan"))
    for text, name in cases:
        assert points_of(text, gaz, name) == [(None, None)], text  # not Tayibe, Israel, nor Canaan, Maine


def test_a_village_on_that_side_of_its_town_keeps_the_namesake_there(gaz):
    for text, name, lat, lon in (("Troops entered Novoselivka, a small village south of Lyman.", "Novoselivka", 48.7, 37.6),
                                 ("Gunmen raided Tabanan, a town north of Denpasar, overnight.", "Tabanan", -8.54, 115.1)):
        ((la, lo),) = points_of(text, gaz, name)
        assert la is not None and abs(la - lat) < 0.3 and abs(lo - lon) < 0.3, text
