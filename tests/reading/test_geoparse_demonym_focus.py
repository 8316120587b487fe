"""A country only demonyms vote for does not give a name to a town of it known by that name only as an
older or other name (audit: "Pokrovsk" in a sentence naming "Russian forces" went to Engels, once
Pokrovsk, instead of the Donetsk-oblast town). Troops and drones are named where they fight: the town
whose own name it is, ranked first, is meant. A town of that country named in the article, or a
namesake there under its own name, keeps the country's reading."""
from __future__ import annotations

from tests.reading.places import points_of


def _near(point, lat: float, lon: float, deg: float = 0.3) -> bool:
    return point[0] is not None and abs(point[0] - lat) < deg and abs(point[1] - lon) < deg


def test_drones_of_a_country_do_not_move_a_town_to_its_old_namesake_there(gaz):
    # Voznesensk, Mykolaiv oblast (33,000), not Voznesenskaya, Ingushetia (its other name)
    (p,) = points_of("Russian drones struck Voznesensk overnight, officials said.", gaz, "Voznesensk")
    assert _near(p, 47.56, 31.34)


def test_troops_of_a_country_with_the_other_side_speaking(gaz):
    text = "Russian forces pressed toward Prymorsk, Ukrainian officials said."
    (p,) = points_of(text, gaz, "Prymorsk")
    assert _near(p, 46.73, 36.35)  # Prymorsk, Zaporizhzhia oblast, not Primorsk near St Petersburg
    text = "Turkish drones struck Hajin, a Kurdish-led group said."
    (p,) = points_of(text, gaz, "Hajin")
    assert _near(p, 34.70, 40.83)  # Hajin on the Euphrates, not Saimbeyli (Adana), once so called


def test_a_town_of_that_country_named_keeps_its_reading(gaz):
    # the story names a Russian town: the focus is no longer the demonyms' alone
    text = "Russian police detained 12 protesters in Engels and Saratov on Saturday."
    (p,) = points_of(text, gaz, "Engels")
    assert _near(p, 51.48, 46.11)
