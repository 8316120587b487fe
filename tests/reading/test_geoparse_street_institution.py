"""A street that speaks ("Downing Street said") stands for an institution: it is not placed in a
town the text names after it (gold 3: Downing Street was placed in Warsaw). Since gd22 the seats of
government of ``geo/data/curated_places.csv`` (Downing Street among them) are placed where they are."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


def test_speaking_street_is_not_put_in_a_later_town(gaz):
    r = toponyms_by_name("Spring Street declined to comment on the summit in Brussels.", gaz)
    assert r["Spring Street"]["lat"] is None and r["Brussels"]["lat"] is not None
    r = toponyms_by_name("Threadneedle Street declined to comment on the summit in Brussels.", gaz)
    assert r["Threadneedle Street"]["lat"] is None and r["Brussels"]["lat"] is not None
    # a seat of government is at its building, as the golds mark it (plc), never in the later town
    r = toponyms_by_name("Downing Street declined to comment on the summit in Brussels.", gaz)
    assert r["Downing Street"]["lat"] == pytest.approx(51.5, abs=0.1) and r["Brussels"]["lat"] is not None


def test_a_town_before_still_places_it(gaz):
    r = toponyms_by_name("In London, Downing Street said the vote would go ahead.", gaz)
    assert r["Downing Street"]["lat"] == pytest.approx(51.5, abs=0.2)


def test_a_plain_street_takes_the_town_after(gaz):
    r = toponyms_by_name("A pipe burst under Elm Street on Monday, officials in Dayton said.", gaz)
    assert r["Elm Street"]["lat"] == pytest.approx(r["Dayton"]["lat"])


@pytest.mark.parametrize("text, street, town", [
    # a state government's street listed with the national capital: in neither capital
    ("Canberra and Macquarie Street have fallen out over hospital funding, the health minister said.",
     "Macquarie Street", "Canberra"),
    ("Funding for the Geelong line is stuck because Spring Street and Canberra cannot agree who pays.",
     "Spring Street", "Canberra"),
    # Wall Street is no street of Washington, Downing Street none of Brussels
    ("Washington and Wall Street disagree over the new bank rules, economists in Chicago said.",
     "Wall Street", "Washington"),
    ("Brussels and Threadneedle Street are still apart on bank rules, officials in Dublin said.",
     "Threadneedle Street", "Brussels"),
])
def test_a_street_listed_with_a_town_is_not_placed_in_a_town(gaz, text, street, town):
    r = toponyms_by_name(text, gaz)
    assert r[town]["lat"] is not None
    assert r[street]["lat"] is None or max(abs(r[street]["lat"] - r[town]["lat"]),
                                           abs(r[street]["lon"] - r[town]["lon"])) > 1.0  # (Downing Street: London's)


def test_streets_listed_together_still_lie_in_their_town(gaz):
    r = toponyms_by_name("In Ottawa, police closed Sparks Street and Bank Street after the alarm.", gaz)
    assert r["Sparks Street"]["lat"] == pytest.approx(r["Ottawa"]["lat"])
    assert r["Bank Street"]["lat"] == pytest.approx(r["Ottawa"]["lat"])
