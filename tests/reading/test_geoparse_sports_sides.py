"""Clubs named after places are organisations, not places (golds 4 and 7): "Boca Juniors", "Independiente
del Valle", "Colo-Colo", and a side of a match whose name is not written as a town ("Caracas beat Zulia
2-0": Zulia is a state's name; "beat Penarol 3-0": a barrio, or a town bearing it only as another
spelling). A side written as its town or country stays a place, as the golds mark it ("Athens beat
Palestine 35-28"); conflict verbs with numbers are no match ("beat back an assault")."""
from __future__ import annotations

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
