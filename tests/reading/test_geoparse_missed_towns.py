"""Town names read where they were missed: a common-word name followed by "in" and a region holding it is
the town of that region ("Reading in England", "Perth in Scotland": England and Scotland are regions of
the United Kingdom); a name the gazetteer lacks after a dweller's noun and "from" ("a rancher from X")
is listed unplaced."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_town_in_a_region_holding_it(gaz):
    got = toponyms_by_name("The squad travelled to Reading in England, then on to Perth in Scotland.", gaz)
    assert abs(got["Reading"]["lat"] - 51.46) < 0.2 and abs(got["Reading"]["lon"] + 0.97) < 0.2
    assert abs(got["Perth"]["lat"] - 56.40) < 0.2  # not Perth, Western Australia


def test_the_region_must_hold_the_town(gaz):
    got = toponyms_by_name("He moved to Reading in Pennsylvania last year.", gaz)
    assert abs(got["Reading"]["lat"] - 40.34) < 0.2  # the state's town, not the English one


def test_dwellers_from_an_unknown_place_list_it_unplaced(gaz):
    text = '"We lost half the herd," said a rancher from Wynot. Villagers said fishermen from Kampung Laut left.'
    got = toponyms_by_name(text, gaz)
    assert "Wynot" in got and got["Wynot"]["lat"] is None
    assert "Kampung Laut" in got and got["Kampung Laut"]["lat"] is None
