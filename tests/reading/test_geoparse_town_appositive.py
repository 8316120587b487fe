"""A name the text itself calls a town ("Washington, the seat of Beaufort County", "Washington, a town on
the Pamlico River") is no national capital, no city of 500,000, no state (audit: Washington, N.C., in
a North Carolina story placed at Washington, D.C.); a story datelined in a state keeps the town's
namesake there. A bare "Washington" is still the capital, and the capital's small namesakes are not
the capital (Washington, Utah, is no reason to keep a name from the story's own state)."""
from __future__ import annotations

from tests.reading.places import points_of


def _near(point, lat: float, lon: float, deg: float = 0.3) -> bool:
    return point[0] is not None and abs(point[0] - lat) < deg and abs(point[1] - lon) < deg


def test_a_town_said_so_is_not_the_capital(gaz):
    text = ("WILMINGTON, N.C. (AP) - Fishermen from Wilmington and Southport sold their catch in Washington, "
            "a town on the Pamlico River.")
    (p,) = points_of(text, gaz, "Washington")
    assert _near(p, 35.55, -77.05)  # Washington, North Carolina
    text = ("NEW BERN, N.C. (AP) - Flooding closed roads around New Bern and Havelock, and officials in "
            "Washington, the seat of Beaufort County, opened two shelters.")
    (p,) = points_of(text, gaz, "Washington")
    assert _near(p, 35.55, -77.05)


def test_a_bare_washington_is_the_capital(gaz):
    text = "WILMINGTON, N.C. (AP) - Fishermen from Wilmington and Southport asked officials in Washington for help."
    (p,) = points_of(text, gaz, "Washington")
    assert _near(p, 38.90, -77.04)


def test_a_world_city_said_to_be_a_county_seat(gaz):
    text = ("JACKSON, Tenn. (AP) - Tornadoes damaged homes in Jackson, Huntingdon and Camden overnight, and "
            "officials in Paris, the seat of Henry County, said two people were hurt.")
    (p,) = points_of(text, gaz, "Paris")
    assert _near(p, 36.30, -88.33)  # Paris, Tennessee
