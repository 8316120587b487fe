"""A qualified namesake named after the story's bare mentions is an aside: it places itself, not them.

Branch plr (session 18). Sentences are our own, about several countries; each positive case failed
before the branch.
"""
from __future__ import annotations

from tests.reading.places import points_of


def _near(point, lat: float, lon: float, tol: float = 1.5) -> bool:
    return point[0] is not None and abs(point[0] - lat) < tol and abs(point[1] - lon) < tol


def test_a_later_qualified_namesake_leaves_the_earlier_bare_mentions_home(gaz):
    text = ("Nurses in Manchester, Liverpool and Bolton went on strike on Tuesday. Union leaders in Manchester "
            "said talks had failed. Hospital staff in Manchester, Connecticut, settled a similar dispute in May.")
    first, second, aside = points_of(text, gaz, "Manchester")
    assert _near(first, 53.5, -2.2) and _near(second, 53.5, -2.2)
    assert _near(aside, 41.8, -72.5)


def test_a_country_qualifier_is_an_aside_too(gaz):
    text = ("Militias clashed near Tripoli and Misrata on Friday. Residents of Tripoli said shops stayed shut. "
            "Tripoli, Lebanon, saw a small protest in support.")
    first, second, aside = points_of(text, gaz, "Tripoli")
    assert _near(first, 32.9, 13.2) and _near(second, 32.9, 13.2) and _near(aside, 34.4, 35.8)
    text = ("Fighting broke out in Valencia and Maracay on Monday. Shops in Valencia closed early. Valencia, "
            "Spain, held a vigil for the victims.")
    first, second, aside = points_of(text, gaz, "Valencia")
    assert _near(first, 10.2, -68.0) and _near(second, 10.2, -68.0) and _near(aside, 39.5, -0.4)


def test_the_aside_places_itself(gaz):
    text = ("Farmers in Lagos and Ibadan protested fuel prices. Traders in Lagos joined them. A festival in "
            "Lagos, Portugal, drew tourists the same week.")
    first, second, aside = points_of(text, gaz, "Lagos")
    assert _near(first, 6.5, 3.4) and _near(second, 6.5, 3.4) and _near(aside, 37.1, -8.7)


def test_a_late_qualifier_alone_still_says_which_town(gaz):
    # nothing else is named: the qualifier is all the text tells of where its story is
    text = "Police in Manchester arrested two men on Monday. Manchester, N.H., police chief Tom Hale said both were charged."
    assert all(_near(p, 43.0, -71.5) for p in points_of(text, gaz, "Manchester"))


def test_a_dateline_town_qualified_later_keeps_the_qualifier(gaz):
    text = ("PORTLAND (AP) \u2014 Firefighters contained a warehouse blaze on Sunday. Portland, Maine, "
            "fire officials said no one was hurt.")
    assert all(_near(p, 43.7, -70.3) for p in points_of(text, gaz, "Portland"))
