"""Encyclopedic entries about a place sharing its name (gold 7's first run: "named after Aberdeen in
Scotland, the city ..." placed at the subject, a reference after the comma being read as a list;
"Naples is a city in Collier County, Florida" unplaced, Uruguay's Florida department being tried
first; "Dresden is a community in the municipality of Chatham-Kent, in southwestern Ontario" at
Dresden, Tennessee; "named after Sparta, the ancient city-state of Greece" at the subject; "Naples
in Maine" and "Maine, a village in New York" placed in Florida and at Des Plaines; "towns in
Delaware, Missouri, Washington and Ontario" at Washington, DC, and Ontario, California; "Odesa, the
port on the Black Sea" at Odessa, Texas)."""
from __future__ import annotations

from tests.reading.places import points_of


def _near(point, lat: float, lon: float, deg: float = 0.5) -> bool:
    return point[0] is not None and abs(point[0] - lat) < deg and abs(point[1] - lon) < deg


def test_a_namesake_in_a_unit_before_a_reference(gaz):
    text = ("Perth is a town in Lanark County, Ontario, Canada. It was named after Perth in Scotland, the city "
            "on the River Tay.")
    first, second = points_of(text, gaz, "Perth")
    assert _near(first, 44.9, -76.25) and _near(second, 56.4, -3.43)


def test_the_definition_names_the_state_holding_the_subject(gaz):
    text = "Venice is a city in Sarasota County, Florida, United States. It lies on the Gulf coast."
    (p,) = points_of(text, gaz, "Venice")
    assert _near(p, 27.1, -82.45)


def test_a_subject_in_a_municipality_of_a_province_is_not_abroad(gaz):
    text = ("Zurich is a community in the municipality of Bluewater, in southwestern Ontario, Canada. It lies "
            "near Lake Huron.")
    (p,) = points_of(text, gaz, "Zurich")
    assert p[0] is None or _near(p, 43.42, -81.62)  # not Zürich, Switzerland


def test_a_city_state_appositive_places_the_namesake(gaz):
    text = ("Corinth is a city in Alcorn County, Mississippi, United States. It was named after Corinth, the "
            "ancient city-state of Greece.")
    first, second = points_of(text, gaz, "Corinth")
    assert _near(first, 34.93, -88.52) and _near(second, 37.94, 22.95)


def test_namesakes_in_states_and_states_in_lists(gaz):
    text = ("Lyons is a city in Rice County, Kansas, United States. Smaller towns of the name include Lyons in "
            "Oregon, a village in New York and towns in Nebraska, Georgia, Colorado and Indiana.")
    points = points_of(text, gaz, "Lyons")
    assert _near(points[0], 38.35, -98.2)
    assert points[1][0] is None or _near(points[1], 44.78, -122.6)  # Lyons, Oregon: not Kansas
    (p,) = points_of(text, gaz, "New York")
    assert _near(p, 43.0, -75.7, 1.5)  # the state, not the city


def test_states_and_provinces_listed_together(gaz):
    text = "Towns named Richmond exist in Kentucky, Missouri, Washington and Ontario."
    (p,) = points_of(text, gaz, "Washington")
    assert _near(p, 47.4, -120.5, 1.5)
    (p,) = points_of(text, gaz, "Ontario")
    assert _near(p, 50.0, -85.8, 3.0)


def test_a_name_borne_as_its_own_by_a_far_bigger_city(gaz):
    text = ("ODESSA, Texas (AP) - Wheat prices rose after ships were again allowed to leave Odesa, the grain "
            "port on the Black Sea, traders in Odessa said.")
    (p,) = points_of(text, gaz, "Odesa")
    assert _near(p, 46.48, 30.73)
    (p,) = points_of(text, gaz, "Odessa")
    assert _near(p, 31.85, -102.37)
