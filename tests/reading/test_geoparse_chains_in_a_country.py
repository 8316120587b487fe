"""A chain "X in Y, Z" or "X, Y, Z" ending on a country or a country's region says where the names before it
lie: the middle name is read only in that country (left unplaced when the gazetteer has no place of it
there, never a far namesake), and the first name is narrowed to its namesakes there."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Farmers protested near Hamilton in Lanarkshire, Scotland, on Friday.", "Hamilton", 55.77, -4.03),
    ("A new clinic opened in Perth, Perthshire, Scotland.", "Perth", 56.40, -3.43),
])
def test_the_first_name_is_read_in_the_chains_country(gaz, text, name, lat, lon):
    row = toponyms_by_name(text, gaz)[name]
    assert abs(row["lat"] - lat) < 0.2 and abs(row["lon"] - lon) < 0.2  # not Hamilton, Ontario; not Perth, WA


def test_a_middle_name_unknown_in_the_country_is_not_a_far_namesake(gaz):
    got = toponyms_by_name("Miners marched through Newcastle in Natal, South Africa, in 1985.", gaz)
    assert got["Natal"]["lat"] is None  # not Natal, Brazil: the gazetteer has no South African place of the name
    assert got["Newcastle"]["lat"] < -20  # KwaZulu-Natal's Newcastle


@pytest.mark.parametrize("text, name, lat", [
    ("Bethlehem in Free State, South Africa, hosted the fair.", "Bethlehem", -28.23),
    ("Pilgrims crowded Victoria in Gozo, Malta, for the feast.", "Victoria", 36.04),
    ("A strike closed the port at Dover in Kent, England.", "Dover", 51.13),
])
def test_chains_already_read_right_stay_so(gaz, text, name, lat):
    assert abs(toponyms_by_name(text, gaz)[name]["lat"] - lat) < 0.2


def test_a_chain_ending_a_list_keeps_its_country(gaz):
    # a country after a town of a list is no town of its name when the chain before it holds one of its towns
    got = toponyms_by_name("Choirs came from Lyon, Lille, and from Newcastle in Natal, South Africa, for the festival.", gaz)
    assert got["South Africa"]["kind"] == "country"
    assert got["Newcastle"]["lat"] < -20  # not Newcastle, New South Wales
