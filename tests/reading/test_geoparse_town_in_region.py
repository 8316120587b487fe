"""A common-word town name followed by "in" and a region holding it is the town of that region:
"Reading in England", "Perth in Scotland" (England and Scotland are regions of the United Kingdom)."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_town_in_a_region_holding_it(gaz):
    got = toponyms_by_name("The squad travelled to Reading in England, then on to Perth in Scotland.", gaz)
    assert abs(got["Reading"]["lat"] - 51.46) < 0.2 and abs(got["Reading"]["lon"] + 0.97) < 0.2
    assert abs(got["Perth"]["lat"] - 56.40) < 0.2  # not Perth, Western Australia


def test_the_region_must_hold_the_town(gaz):
    got = toponyms_by_name("He moved to Reading in Pennsylvania last year.", gaz)
    assert abs(got["Reading"]["lat"] - 40.34) < 0.2  # the state's town, not the English one
