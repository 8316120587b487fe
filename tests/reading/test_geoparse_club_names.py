"""Football clubs named after their town are organisations, not toponyms (gold 4's first run read
"Real Madrid", "Atlético Madrid", "Bayern Munich" as places), and so is the Red Cross (a hamlet's
name too); the towns named on their own stay places."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse
from tests.reading.places import surfaces


@pytest.mark.parametrize("text, places", [
    ("Inter Milan and AC Milan drew 1-1 at the San Siro in Milan on Sunday.", ["San Siro", "Milan"]),
    ("Borussia Dortmund lost to Bayern Munich, and fans in Dortmund were furious.", ["Dortmund"]),
    ("Leeds United beat Blackburn Rovers, and the bars of Leeds stayed open late.", ["Leeds"]),
    ("Sporting Lisbon signed a striker from Real Sociedad while Atlético Madrid looked on; Lisbon celebrated.",
     ["Lisbon"]),
])
def test_club_names_are_not_places(gaz, text, places):
    assert surfaces(text, gaz) == places, geoparse(text, gazetteer=gaz)


def test_red_cross_is_an_organisation(gaz):
    assert surfaces("The Red Cross opened a shelter in Moncton for 41 people.", gaz) == ["Moncton"]


def test_united_states_untouched(gaz):
    assert surfaces("The United States and United Kingdom agreed to talks in Geneva.", gaz) == [
        "United States", "United Kingdom", "Geneva"]


@pytest.mark.parametrize("text, place", [
    ("Peacekeepers in Chad United Nations officials said were safe.", "Chad"),
    ("Fighting in South Sudan United Nations officials said had displaced thousands.", "South Sudan"),
    ("Workers from Yemen United Arab Emirates officials said were detained.", "Yemen"),
])
def test_united_before_another_name_is_no_club(text, place, gaz):
    assert place in surfaces(text, gaz)


def test_a_club_still_is_a_club_before_fc(gaz):
    assert "Leeds" not in surfaces("Leeds United FC signed a striker on Monday.", gaz)


@pytest.mark.parametrize("text, club", [
    ("Bayern, who sacked their coach in March, play Leverkusen in the league on Saturday.", "Bayern"),
    ("The midfielder left Ajax for Porto last season.", "Ajax"),
    ("Benfica signed a striker from Braga before the season.", "Benfica"),
    ("Sheffield Wednesday drew 1-1 with Coventry in the league.", "Sheffield"),
])
def test_clubs_known_by_a_bare_name_or_a_weekday(gaz, text, club):
    assert club not in surfaces(text, gaz), surfaces(text, gaz)


@pytest.mark.parametrize("text, place", [
    ("Residents in Ajax, Ontario, were told to boil water.", "Ajax"),
    ("The striker was born in Anderlecht and signed for a club in Ghent before the season.", "Anderlecht"),
    ("Police in Sheffield Wednesday arrested two men after a fight.", "Sheffield"),
])
def test_the_places_of_those_names_stay(gaz, text, place):
    assert place in surfaces(text, gaz), surfaces(text, gaz)
