"""A big river's name written with "the" is the river, even where a town bears it as another name ("the
Ganga": not Ganja, Azerbaijan; "crossed the Dnipro": not the city), unless a unit word follows ("the
Dnipro region"). A sentence opening with "In" and a name, then a verb, names a place whose first word is
"In" ("In Abangharit was ..."), while "In Gaza, ..." is the preposition and Gaza."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name, unplaced_or_feature


def test_a_river_after_the_is_no_namesake_town(gaz):
    got = toponyms_by_name("Pilgrims bathed in the Ganga at dawn despite the warnings.", gaz)
    assert unplaced_or_feature(got["Ganga"]) and got["Ganga"]["name"] in ("Ganga", "Ganges")


def test_a_river_crossed_is_no_city(gaz):
    got = toponyms_by_name("Marines crossed the Dnipro in small boats near Krynky.", gaz)
    assert unplaced_or_feature(got["Dnipro"])


def test_a_unit_named_after_a_river_stays_placed(gaz):
    got = toponyms_by_name("A missile hit a school in the Dnipro region on Friday.", gaz)
    assert got["Dnipro"]["lat"] is not None


def test_the_city_written_bare_stays_the_city(gaz):
    got = toponyms_by_name("Air defences were active over Dnipro on Friday.", gaz)
    assert abs(got["Dnipro"]["lat"] - 48.47) < 0.2


def test_an_opening_in_name_before_a_verb_is_one_name(gaz):
    got = toponyms_by_name("In Abangharit was the scene of clashes last year.", gaz)  # (it used to crash)
    assert "In Abangharit" in got and got["In Abangharit"]["lat"] is None


def test_an_opening_in_before_a_comma_is_the_preposition(gaz):
    got = toponyms_by_name("In Khartoum, shelling resumed on Monday.", gaz)
    assert "Khartoum" in got and "In Khartoum" not in got


def test_an_opening_in_before_a_month_is_no_name(gaz):
    assert toponyms_by_name("In April was the worst month of the siege.", gaz) == {}
