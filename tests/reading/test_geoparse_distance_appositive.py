"""A town the text places by its distance from another ("Bogoro, about 25 km south of Bunia", "X, near
Y") is not a namesake far beyond that distance (audit: Bogoro in an Ituri story placed at Bogor, Java,
which GeoNames also calls so): the first namesake within it is taken, or none. Towns within it keep
their places, and countries and units are not towns."""
from __future__ import annotations

from tests.reading.places import points_of


def test_a_town_far_beyond_the_distance_given_is_another_place(gaz):
    text = "Gunmen attacked Lungi, 40 kilometres north of Kadugli, on Monday."
    assert points_of(text, gaz, "Lungi") == [(None, None)]  # not Freetown's airport, Sierra Leone
    text = "Fighting was reported in Largu, near Baidoa, on Tuesday."
    assert points_of(text, gaz, "Largu") == [(None, None)]  # not Largu, Romania


def test_towns_within_the_distance_keep_their_places(gaz):
    (p,) = points_of("Clashes were reported in Bakhmut, 20 km from Kramatorsk.", gaz, "Bakhmut")
    assert p[0] is not None and abs(p[0] - 48.59) < 0.2 and abs(p[1] - 38.0) < 0.2


def test_a_country_placed_by_a_distance_is_still_the_country(gaz):
    (p,) = points_of("Migrants reached Cyprus, 200 km off the coast of Lebanon, by boat.", gaz, "Cyprus")
    assert p[0] is not None


def test_a_town_on_the_road_to_another_is_not_said_to_be_near_it(gaz):
    """(gd30) "X, on the road to Y" puts X somewhere along the road, which may run hundreds of kilometres."""
    (p,) = points_of("Traders in Quetta, on the highway to Kandahar, said fuel prices had doubled.", gaz, "Quetta")
    assert p[0] is not None and abs(p[0] - 30.18) < 0.2 and abs(p[1] - 67.0) < 0.2
