"""A town the text puts in a compass part of a state ("in southern Queensland", "in the north of
Texas") is in that state: when every namesake the gazetteer knows lies in another state or country,
far from it, the town is left unplaced, as with "X in Queensland". A unit followed by its country
("in Victoria, Australia") is the unit, even when the name's first place is a city elsewhere."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, town", [
    ("Hail damaged crops around Nhill in southern Queensland.", "Nhill"),     # Nhill is in Victoria
    ("Flooding hit Munising in the north of Texas.", "Munising"),            # Munising is in Michigan
    ("Grass fires burned near Kapunda in Victoria, Australia.", "Kapunda"),  # Kapunda is in South Australia
])
def test_a_town_put_in_a_state_it_is_not_in_is_unplaced(gaz, text, town):
    got = toponyms_by_name(text, gaz)
    assert got[town]["lat"] is None


@pytest.mark.parametrize("text, town, lat", [
    ("Flooding hit Amarillo in the north of Texas.", "Amarillo", 35.2),
    ("Hail damaged crops around Nhill in western Victoria.", "Nhill", -36.3),
])
def test_a_town_in_that_part_of_its_state_keeps_its_place(gaz, text, town, lat):
    got = toponyms_by_name(text, gaz)
    assert got[town]["lat"] is not None and abs(got[town]["lat"] - lat) < 0.3


@pytest.mark.parametrize("text", [
    "Storms cut power to Kadina in western Victoria overnight.",     # Kadina: South Australia only
    "Cattle were moved from Longreach in southern Victoria.",        # Longreach: Queensland only
    "Floods cut the highway at Gympie in north-western Victoria.",   # Gympie: Queensland only
])
def test_a_state_after_a_town_known_only_in_its_country_is_that_countrys_state(gaz, text):
    got = toponyms_by_name(text, gaz)
    assert got["Victoria"]["lat"] is not None and got["Victoria"]["lat"] < -30  # the state, not Victoria, Hong Kong


def test_a_compass_part_of_a_state_of_the_towns_country_is_that_state(gaz):
    # Dubbo is in New South Wales, not Victoria: the text still names the Australian state (not
    # Victoria, Hong Kong, the name's first reading); the town is then read as a town put in a compass
    # part of a state is: unplaced, its only namesake lying far outside the state
    for text in ("Storms hit Dubbo in central Victoria on Friday.", "Farmers near Dubbo in northern Victoria sold stock."):
        rows = toponyms_by_name(text, gaz)
        assert rows["Victoria"]["kind"] == "admin1" and rows["Victoria"]["lat"] < -30, rows
        assert rows["Dubbo"]["lat"] is None, rows
    rows = toponyms_by_name("Floods cut roads near Wodonga in north-east Victoria.", gaz)
    assert rows["Victoria"]["kind"] == "admin1" and abs(rows["Wodonga"]["lat"] + 36.1) < 0.2


@pytest.mark.parametrize("text, country, kind", [
    ("Ash fell on Escuintla, in southern Guatemala, for a second day.", "Guatemala", "country"),
    ("Floods closed the port of Veracruz, in eastern Mexico, on Sunday.", "Mexico", "country"),
])
def test_a_compass_part_of_the_towns_own_country_is_the_country(gaz, text, country, kind):
    """Gold 26's first run: "Tapachula, in southern Mexico" read Mexico as the State of Mexico, a unit named like
    the country, as "Moree in northern Victoria" reads the state: a country holding the town is meant."""
    assert toponyms_by_name(text, gaz)[country]["kind"] == kind


def test_a_country_named_like_a_unit_of_it_is_the_country(gaz):
    """Gold 26's first run: "into Panama" beside a town of Panamá province was read as the province (by way of
    Panama City, which bears the name only as another name): a country's own name is the country, unless said
    as a unit ("the province of Panama")."""
    assert toponyms_by_name("Families walked into Panama and rested in Chepo.", gaz)["Panama"]["kind"] == "country"
    assert toponyms_by_name("Police in the province of Panama arrested two men.", gaz)["Panama"]["kind"] == "admin1"


def test_a_territorys_one_unit_is_no_part_of_it(gaz):
    """The Falkland Islands' one first-level unit is the whole territory (its point the country's): chosen, it stays
    the unit, which pulls the islands' towns (gold 13 lost Stanley to County Durham when it became the country);
    Panamá province, 180 km from Panama's point, is a part."""
    from reading.toponyms import PlaceSpan, _country_alias

    def chosen_unit_gives_way(name):
        places = [p for p in gaz.candidates(name) if p.kind in ("country", "admin1")]
        unit = next(p for p in places if p.kind == "admin1" and p.country == places[0].country)
        span = PlaceSpan(0, len(name), name, "name", [p.id for p in places])
        return _country_alias(unit, places, span)

    assert not chosen_unit_gives_way("Falkland Islands")
    assert chosen_unit_gives_way("Panama")
