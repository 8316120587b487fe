"""Clubs named after places are organisations, not places (golds 4 and 7): "Boca Juniors", "Independiente
del Valle", "Colo-Colo", and a side of a match whose name is not written as a town ("Caracas beat Zulia
2-0": Zulia is a state's name; "beat Penarol 3-0": a barrio, or a town bearing it only as another
spelling). A side written as its town or country stays a place, as the golds mark it ("Athens beat
Palestine 35-28"); conflict verbs with numbers are no match ("beat back an assault")."""
from __future__ import annotations

import pytest

from tests.reading.places import surfaces


def test_a_side_not_written_as_a_town_is_a_club(gaz):
    assert surfaces("Caracas beat Zulia 2-0 in the league final on Sunday.", gaz) == ["Caracas"]


def test_club_words_around_a_place_name(gaz):
    assert surfaces("Fans of Boca Juniors celebrated in Buenos Aires.", gaz) == ["Buenos Aires"]
    assert surfaces("Independiente del Valle hosted the final in Quito.", gaz) == ["Quito"]


def test_a_name_written_twice_with_a_hyphen(gaz):
    assert "Colo" not in surfaces("Supporters of Colo-Colo marched on Sunday in Temuco.", gaz)
    assert surfaces("Visitors flocked to Baden-Baden for the festival.", gaz) == ["Baden-Baden"]


def test_sides_written_as_towns_or_countries_stay_places(gaz):
    assert surfaces("Nantes beat Lille 2-1 on Sunday.", gaz) == ["Nantes", "Lille"]
    assert surfaces("Brazil beat Argentina 2-0 in Rio de Janeiro.", gaz) == ["Brazil", "Argentina", "Rio de Janeiro"]


def test_conflict_verbs_are_no_match(gaz):
    text = "Rebels attacked Kidal, killing 3-4 soldiers, and beat back an assault on Gao."
    assert surfaces(text, gaz) == ["Kidal", "Gao"]


@pytest.mark.parametrize("text, kept", [
    ("Orlando Pirates held Kaizer Chiefs to a goalless draw in the Soweto derby.", ["Soweto"]),
    ("Dallas Stars beat the Chicago Blackhawks in overtime on Tuesday.", []),
    ("Kano Pillars lost to Enyimba on a penalty late in the match in Aba.", ["Aba"]),
])
def test_a_place_before_a_sides_nickname_in_a_match(gaz, text, kept):
    """"Orlando Pirates", "Dallas Stars", "Chicago Blackhawks", "Kano Pillars": a place's name before a
    capitalised plural, in a sentence about a match, is a side (not Orlando, Florida, nor Kano)."""
    assert surfaces(text, gaz) == kept


@pytest.mark.parametrize("text, place", [
    ("Texas Rangers arrested two men after a shooting in El Paso.", "Texas"),  # the state police, no match
    ("Shelling in the Nuba Mountains forced the league to cancel its season.", "Nuba Mountains"),  # a feature
    ("Kansas City beat Denver 24-10 on Sunday.", "Kansas City"),  # a place bears the whole name
])
def test_nicknames_need_a_match_and_no_place_of_the_whole_name(gaz, text, place):
    assert place in surfaces(text, gaz)
