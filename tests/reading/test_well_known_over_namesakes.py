"""A well-known town (a national capital, or a town of 100,000 and five times its namesake) keeps its
name against a small namesake abroad whose only support is one other town of the article lying far
from it in the namesake's country. The namesake wins when the story is local to it: its country or
unit said, a town of the article near it, several places of its country, or its people named."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _lat(text: str, name: str) -> float:
    return next(r["lat"] for r in geoparse(text) if text[r["start"]:r["end"]] == name)


@pytest.mark.parametrize("text, name, lat_range", [
    # Bristol, Connecticut (60,000) lies 2,700 km from Denver, the article's one American town
    ("The engineer, who trained in Bristol, built dams near Pune, Nashik and Hyderabad, and later lectured "
     "for a term in Denver.", "Bristol", (51.2, 51.7)),
    # Oxford, Mississippi (22,000): Austin is 900 km away
    ("The novelist grew up in Lahore and Multan, studied at Oxford and taught in Islamabad and Peshawar "
     "before a fellowship in Austin.", "Oxford", (51.5, 52.0)),
    # St. Petersburg, Florida, is 1,600 km from Chicago; "St" is Saint Petersburg's own name, shortened
    ("The ballet toured Tokyo, Osaka and Kyoto after a season in St Petersburg; its director now lives in "
     "Chicago.", "St Petersburg", (59.5, 60.3)),
    # Birmingham, Alabama, is 240 km from Atlanta: no neighbour of it
    ("The singer, raised in Accra and Kumasi, trained in Birmingham before a residency in Atlanta.",
     "Birmingham", (52.2, 52.8)),
])
def test_the_well_known_town_against_a_namesake_backed_by_one_far_town(text, name, lat_range):
    assert lat_range[0] <= _lat(text, name) <= lat_range[1]


@pytest.mark.parametrize("text, name, lat_range", [
    # several towns of the namesake's state
    ("The band played Nairobi and Mombasa, then flew to Oxford, Tupelo and Jackson.", "Oxford", (34.0, 34.7)),
    # the text says where it is
    ("Bristol, Conn., police said a man was arrested; the suspect had lived in Lagos, Abuja and Kano and "
     "visited Denver.", "Bristol", (41.4, 41.9)),
    # the one other American town is its neighbour (Waterbury, 20 km; Tupelo, 80 km)
    ("Dealers in Kumasi and Tamale said a buyer in Bristol had cancelled, and a bank in Waterbury froze "
     "the payment.", "Bristol", (41.4, 41.9)),
    ("Dealers in Kumasi and Tamale said a buyer in Oxford had cancelled, and a bank in Tupelo froze the payment.",
     "Oxford", (34.0, 34.7)),
])
def test_the_namesake_in_a_story_local_to_it(text, name, lat_range):
    assert lat_range[0] <= _lat(text, name) <= lat_range[1]


@pytest.mark.parametrize("text, name, lat_range", [
    # Frankfort, Kentucky, lists "Frankfurt" only as another spelling of its own name; Frankfurt am Main
    # bears it as its own name shortened: several American towns, far from Kentucky, do not make it American
    ("Lobbyists in Seattle and Portland said the cloud firms were adding servers in Frankfurt and "
     "Amsterdam.", "Frankfurt", (49.9, 50.3)),
    ("Startups in Denver, Phoenix and Tucson are hiring engineers in Frankfurt this year.", "Frankfurt", (49.9, 50.3)),
    ("Bankers in Boston and Atlanta said the central bank in Frankfurt would hold rates.", "Frankfurt", (49.9, 50.3)),
])
def test_a_city_over_a_namesake_reached_only_by_another_spelling(text, name, lat_range):
    assert lat_range[0] <= _lat(text, name) <= lat_range[1]
