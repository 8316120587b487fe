"""A common given name that is no place of note (George, Sam, Abraham, Martin...) right before a place's name
makes that name a surname, whatever the place's size (a country excepted): "George Washington" is no town in
South Africa and no US state, "Sam Houston" no Damascus and no Texan city. A town named after such a person
keeps its own bare mentions ("named for Benjamin Franklin ... Franklin grew")."""
from __future__ import annotations

import pytest

from tests.reading.places import surfaces, toponyms_by_name


@pytest.mark.parametrize("text, gone", [
    ("A portrait of George Washington hangs in the museum in Richmond.", {"George", "Washington"}),
    ("Sam Houston led the Texan army before he became governor, a curator in Austin said.", {"Sam", "Houston"}),
    ("Schoolchildren in Ohio still read Abraham Lincoln's second inaugural address.", {"Abraham", "Lincoln"}),
    ("The letters of Martin Denver were found in a barn near Omaha.", {"Martin", "Denver"}),
])
def test_a_first_name_makes_the_place_after_it_a_surname(gaz, text, gone):
    assert not gone & set(surfaces(text, gaz))


def test_a_town_named_after_a_person_keeps_its_bare_name(gaz):
    text = "Washington, Georgia, was named for George Washington in 1780. Washington grew around its square."
    got = [t for t in surfaces(text, gaz) if t == "Washington"]
    assert len(got) == 2  # the town twice, not the president


@pytest.mark.parametrize("text, name", [
    ("Flights from George and Port Elizabeth were cancelled.", "George"),  # the Western Cape town, alone
    ("Crews cleared snow near Martin, in Slovakia's Žilina region.", "Martin"),
])
def test_the_first_name_alone_is_still_a_place(gaz, text, name):
    assert toponyms_by_name(text, gaz)[name]["lat"] is not None
