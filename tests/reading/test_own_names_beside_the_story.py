"""A name of the article's country next to its other places beats a far town abroad bearing it only as
another name, or a small namesake abroad nothing else backs ("Twickenham", "Kew" in a London story).

Branch plr (session 18). Sentences are our own; each positive case failed before the branch.
"""
from __future__ import annotations

from tests.reading.places import points_of


def _near(point, lat: float, lon: float, tol: float = 0.5) -> bool:
    return point[0] is not None and abs(point[0] - lat) < tol and abs(point[1] - lon) < tol


def test_an_other_name_abroad_yields_to_the_own_name_beside_the_story(gaz):
    # Huntsville, Alabama, and Nice are also called so in GeoNames
    text = "Fans travelled from London to Twickenham for the match."
    assert _near(points_of(text, gaz, "Twickenham")[0], 51.4, -0.3)
    text = "Wildfires near Portalegre forced the evacuation of villages around Nisa."
    assert _near(points_of(text, gaz, "Nisa")[0], 39.5, -7.6)


def test_small_namesakes_abroad_yield_to_towns_beside_the_story(gaz):
    # Kew and Richmond, Victoria, are bigger than London's, and next to each other
    text = ("Police in London closed roads near Twickenham on Saturday before the rugby match. Crowds also "
            "gathered in Kew and Richmond.")
    for name in ("Kew", "Richmond"):
        assert _near(points_of(text, gaz, name)[0], 51.5, -0.3), name


def test_a_name_left_between_namesakes_abroad_takes_the_one_beside_the_story(gaz):
    # Richmond, Virginia, and Richmond, British Columbia, are ten times London's Richmond; the aside after
    # it (a namesake qualified) does not decide
    text = ("Rain flooded streets across London overnight. In Richmond, the river rose over the towpath. "
            "Richmond, Virginia, had similar floods in 2004.")
    home, aside = points_of(text, gaz, "Richmond")
    assert _near(home, 51.5, -0.3) and _near(aside, 37.6, -77.5)


def test_a_town_abroad_next_to_another_place_of_the_article_stays(gaz):
    text = "Flights from London landed in Melbourne, where crowds gathered in Kew."
    assert _near(points_of(text, gaz, "Kew")[0], -37.8, 145.0)
    text = "Flights from London to Dublin were cancelled, and a storm flooded homes in Lucan."
    assert _near(points_of(text, gaz, "Lucan")[0], 53.4, -6.4)
