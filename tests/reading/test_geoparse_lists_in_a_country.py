"""A list of towns said to lie in a country ("Taibeh and Khiam in Lebanon", "X and Y in south Lebanon"):
the country holds each of them, not only the last, so a first name the gazetteer knows only abroad
(Tayibe, Israel) is left unplaced; towns of that country keep their places, and capitals named for
their governments stay ("the roles of Moscow and Tehran in Syria")."""
from __future__ import annotations

from tests.reading.places import points_of


def test_each_town_of_a_list_lies_in_the_country_after_it(gaz):
    for text in ("Troops entered Taibeh and Khiam in Lebanon on Tuesday.",
                 "Israeli troops pushed into Taibeh and Odaisseh in south Lebanon, officials said.",
                 "Shells fell on Taibeh, Khiam and Odaisseh in southern Lebanon overnight."):
        assert points_of(text, gaz, "Taibeh") == [(None, None)], text


def test_towns_of_the_country_keep_their_places(gaz):
    text = "Floods hit Kasama, Mpika and Chinsali in Zambia on Monday."
    for name, lat in (("Kasama", -10.21), ("Mpika", -11.83)):
        ((la, _),) = points_of(text, gaz, name)
        assert la is not None and abs(la - lat) < 0.3


def test_a_capital_in_a_list_is_not_moved(gaz):
    ((lat, _),) = points_of("The roles of Moscow and Tehran in Syria were discussed.", gaz, "Moscow")
    assert lat is not None and abs(lat - 55.75) < 0.3


def test_a_place_before_a_near_phrase_is_no_list_member(gaz):
    text = "Rigs operate off Malabo, off the island of Príncipe, near Port-Gentil in Gabon."
    ((lat, _),) = points_of(text, gaz, "Príncipe")
    assert lat is not None and abs(lat - 1.6) < 0.5  # São Tomé and Príncipe's island, not a place in Gabon
