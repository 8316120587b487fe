"""A town, then " in ", ", in " or ", " and a first-level unit: the unit, and the town's namesake in it.
When the unit's name is also a town's ("Victoria", British Columbia's capital), a unit holding a
namesake of the town wins over a namesake near that town ("Hamilton in Victoria": the Australian
state's Hamilton, not one 60 km from Victoria, BC). A town the unit does not hold ("Dubbo in
Victoria": Dubbo is in New South Wales) keeps its one reading, and the unit is the state of that
country: the text's slip is no reason to move the town."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


def _near(row, lat, lon):
    return row["lat"] is not None and abs(row["lat"] - lat) < 1.0 and abs(row["lon"] - lon) < 1.0


@pytest.mark.parametrize("text", [
    "Storms cut power in Hamilton in Victoria on Sunday.",
    "Storms cut power in Hamilton, in Victoria, on Sunday.",
    "Storms cut power in Hamilton, Victoria, on Sunday.",
])
def test_a_state_holding_a_namesake_of_the_town(gaz, text):
    rows = toponyms_by_name(text, gaz)
    assert _near(rows["Hamilton"], -37.7, 142.0), rows["Hamilton"]  # Hamilton, Victoria (Australia)
    assert rows["Victoria"]["kind"] == "admin1" and rows["Victoria"]["lat"] < -30, rows["Victoria"]


@pytest.mark.parametrize("text, town, lat, lon, unit", [
    ("A crash near Kingston, in Ontario, killed two.", "Kingston", 44.2, -76.5, "Ontario"),  # not Jamaica's capital
    ("Floods hit Bathurst, in New Brunswick, on Friday.", "Bathurst", 47.6, -65.7, "New Brunswick"),  # not NSW's
])
def test_comma_in_before_the_unit(gaz, text, town, lat, lon, unit):
    rows = toponyms_by_name(text, gaz)
    assert _near(rows[town], lat, lon), rows[town]
    assert rows[unit]["kind"] == "admin1", rows[unit]


def test_a_town_the_unit_does_not_hold_keeps_its_place(gaz):
    rows = toponyms_by_name("A truck driver from Dubbo in Victoria was hurt in the crash.", gaz)
    assert _near(rows["Dubbo"], -32.2, 148.6), rows["Dubbo"]  # Dubbo, New South Wales
    assert rows["Victoria"]["kind"] == "admin1" and rows["Victoria"]["lat"] < -30, rows["Victoria"]


@pytest.mark.parametrize("text, town, lat, lon", [
    # the unit's possessive names another place of it, not the town's container
    ("Shops were shut in Mandalay, Magway and Pathein, in Kachin State's Myitkyina and Bhamo, and in Lashio.",
     "Pathein", 16.8, 94.7),
    ("Power failed in Wagga Wagga and Albury, in Victoria's Wodonga and Shepparton, and across the border.",
     "Albury", -36.1, 146.9),
])
def test_a_units_possessive_after_comma_in_binds_no_town(gaz, text, town, lat, lon):
    rows = toponyms_by_name(text, gaz)
    assert _near(rows[town], lat, lon), rows[town]
