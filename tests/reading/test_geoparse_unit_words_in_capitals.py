"""A unit word in capitals (a headline, an all-caps dateline: "KANO DISTRICT", "BENI TERRITORY") reads
its name as the unit, as the same words in lower case do: the test that lets a text reach the unit
reading ignores case like its patterns, and in a run of capitals the word before a name is no part of it
unless the two words name a unit together."""
from __future__ import annotations

import pytest

from tests.reading.places import points_of


@pytest.mark.parametrize("text, name, lat, lon", [
    ("ARMY RETAKES WALIKALE TERRITORY. Congo's army said on Sunday that the rebels had withdrawn.",
     "WALIKALE", -1.1, 28.2),
    ("RAINS FLOOD AMURU WOREDA. Farmers in Ethiopia's Amhara region lost their crops.", "AMURU", 10.1, 37.0),
    # two words in capitals that name a unit together stay one name
    ("BOATS CAPSIZE IN SYLHET SADAR UPAZILA. Rescuers in Bangladesh searched the river.", "SYLHET SADAR",
     24.9, 91.8),
])
def test_a_unit_named_in_capitals(gaz, text, name, lat, lon):
    ((la, lo),) = points_of(text, gaz, name)
    assert la is not None and abs(la - lat) < 0.3 and abs(lo - lon) < 0.3, (la, lo)


def test_the_same_unit_in_lower_case(gaz):
    text = "The army retook Walikale territory. Congo's army said on Sunday that the rebels had withdrawn."
    ((la, lo),) = points_of(text, gaz, "Walikale")
    assert abs(la + 1.1) < 0.3 and abs(lo - 28.2) < 0.3
