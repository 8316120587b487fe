"""A first-level unit named in the same sentence as a town's name places it in that unit, even when a
foreign city of a million bears the name ("Police in Alexandria said Virginia officials ...": not
Egypt). Not across sentences, not for a national capital, and not when the article names the big
city's country (a demonym is enough)."""
from __future__ import annotations

from tests.reading.places import points_of


def test_a_state_in_the_same_sentence_places_the_town_there(gaz):
    (p,) = points_of("Firefighters in Melbourne said Florida officials had issued a storm warning.", gaz, "Melbourne")
    assert p[0] is not None and 27 < p[0] < 29 and -81.5 < p[1] < -80  # Melbourne, Florida, not Victoria
    (p,) = points_of("Residents of Alexandria waited for hours before Virginia troopers reopened the road.", gaz,
                     "Alexandria")
    assert p[0] is not None and 38 < p[0] < 39.5 and -78 < p[1] < -76.5  # Alexandria, Virginia


def test_a_unit_in_another_sentence_leaves_the_city(gaz):
    (p,) = points_of("Crowds in Melbourne cheered. Florida officials said the launch went well.", gaz, "Melbourne")
    assert p[0] is not None and p[0] < -30  # Melbourne, Victoria


def test_the_citys_country_named_keeps_the_city(gaz):
    text = "Australian police in Melbourne questioned two men, and a Florida company said it was cooperating."
    (p,) = points_of(text, gaz, "Melbourne")
    assert p[0] is not None and p[0] < -30


def test_a_capital_keeps_its_name(gaz):
    (p,) = points_of("Police in Paris said Texas officials were investigating.", gaz, "Paris")
    assert p[0] is not None and p[0] > 45  # Paris, France


def test_a_unit_named_pulls_a_real_town_from_its_bigger_namesake_at_home(gaz):
    # the focus country's bigger Alexandria (Virginia) gives way to the one in the state the text names
    (p,) = points_of("Residents of Alexandria complained after Louisiana officials cut the water.", gaz, "Alexandria")
    assert p[0] is not None and 30.5 < p[0] < 32 and -93 < p[1] < -92  # Alexandria, Louisiana
