"""A world city against a small namesake chosen for the article's country or a unit it names (gold 7's
first run: "Lima" and "Santiago" in a football round-up from Buenos Aires as towns of Argentina and
Ecuador; "Los Angeles and other cities of California" in a Mexican story as a Chiapas village;
"routes to Boston and Chicago" in an Irish story as a Clare village, "to Boston and New York" from
Nova Scotia as Boston, England). A namesake near the article's towns keeps the name only in a story
about its own country; a unit named around the world city, or a world city of its country listed
beside the name, gives it to the world city; a unit named in the article pulls no such name to a
small town of its own."""
from __future__ import annotations

from tests.reading.places import points_of


def _near(point, lat: float, lon: float, deg: float = 0.5) -> bool:
    return point[0] is not None and abs(point[0] - lat) < deg and abs(point[1] - lon) < deg


def test_a_capital_in_a_round_up_of_many_countries(gaz):
    text = ("BUENOS AIRES (Reuters) - Trade ministers met in Buenos Aires on Monday. Delegations from Montevideo, "
            "Asunción, La Paz, Lima and Quito asked for lower tariffs, and the talks move to Santiago in May.")
    (p,) = points_of(text, gaz, "Lima")
    assert _near(p, -12.05, -77.04)  # Peru's capital, not Lima, Buenos Aires (14,000), 100 km away
    (p,) = points_of(text, gaz, "Santiago")
    assert _near(p, -33.45, -70.65)


def test_a_world_city_with_its_state_named_around_it(gaz):
    text = ("MEXICO CITY - Money sent home by migrants in Los Angeles and other cities of California rose again, "
            "officials in Jalisco, Michoacán and Chiapas said. Families in Guadalajara, Morelia and Tuxtla "
            "Gutiérrez depend on it.")
    (p,) = points_of(text, gaz, "Los Angeles")
    assert _near(p, 34.05, -118.24)


def test_a_world_city_listed_beside_another_of_its_country(gaz):
    text = ("KILKEE, Co Clare - Hotels in Kilkee and Kilrush are full. Flights from Shannon to Boston and Chicago "
            "were sold out, and coaches ran from Limerick.")
    (p,) = points_of(text, gaz, "Boston")
    assert _near(p, 42.36, -71.06)  # not Boston, a village of County Clare


def test_a_local_namesake_in_a_story_about_its_own_country_stays(gaz):
    text = ("BARRE, Vt. (AP) - Water closed Route 302 between Barre and Montpelier on Tuesday. In neighboring "
            "Berlin, the town clerk said the road stayed open.")
    (p,) = points_of(text, gaz, "Berlin")
    assert _near(p, 44.3, -72.0, 1.5)  # a New England Berlin (the gazetteer's nearest), not Germany's capital
