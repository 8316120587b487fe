"""A British or Irish town's name before "Town" or "County" in a sentence about a match is a club's
name ("Luton Town", "Stockport County"), no toponym (the golds' convention: clubs with a club word stay
unmarked); the town named alone stays a place, and so do real counties, "Cape Town", and such names
outside a match (a council's vote is no match)."""
from __future__ import annotations

import pytest

from tests.reading.places import surfaces


@pytest.mark.parametrize("text, club", [
    ("Grimsby Town lost to Bristol Rovers in the league on Tuesday.", "Grimsby"),
    ("Cheltenham Town signed a goalkeeper on loan.", "Cheltenham"),
    ("Sheffield Wednesday beat Derby County at Hillsborough.", "Derby"),
    ("Fans of Notts County sang outside the stadium after the match.", "Notts"),
])
def test_a_club_named_with_town_or_county(gaz, text, club):
    assert not any(s.startswith(club) for s in surfaces(text, gaz)), surfaces(text, gaz)


@pytest.mark.parametrize("text, name", [
    ("Floods closed roads in Grimsby and Derby on Sunday.", "Grimsby"),
    ("Councillors in Lanark County voted 9-5 to close the landfill.", "Lanark County"),
    ("The match in Cape Town ended in a 2-2 draw.", "Cape Town"),
    ("Hobart Town was renamed Hobart in 1881.", "Hobart Town"),
    ("Sheriff's deputies from Marion County beat the fire crews to the scene.", "Marion County"),
])
def test_places_stay(gaz, text, name):
    assert name in surfaces(text, gaz), surfaces(text, gaz)


@pytest.mark.parametrize("text, club", [
    ("Oxford United lost 3-0 to Bristol City on Saturday.", "Bristol"),  # "Bristol City" is also Bristol, Virginia
    ("At Ashton Gate, Stockport County fought back to beat Luton Town 2-1.", "Stockport"),
])
def test_a_club_named_with_city_or_in_an_idiom_of_winning(gaz, text, club):
    assert not any(s.startswith(club) for s in surfaces(text, gaz)), surfaces(text, gaz)


def test_a_city_held_whole_without_a_british_namesake_stays(gaz):
    assert "Gaza City" in surfaces("Airstrikes hit Gaza City as the league match in Rafah was cancelled.", gaz)
