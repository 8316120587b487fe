"""Rivers written with "the" and no feature word: the river (a water body, unplaced), not a town, unit
or country of the name; a river named like a country or unit only where the sentence goes on as a
river's does ("camps along the Niger."), not before a noun the unit governs ("the Cauca governor")."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name, unplaced_or_feature


@pytest.mark.parametrize("text, river", [
    ("Herders drove their cattle across the Benue near Makurdi.", "Benue"),
    ("Gunmen blew up a bridge over the Shabelle near Jowhar.", "Shabelle"),
    ("Both armies shelled each other across the Oskil, the general staff said.", "Oskil"),
    ("Refugees waded across the Drina into Bosnia.", "Drina"),
    ("Fishing camps along the Niger were washed away.", "Niger"),
    ("Barges were stranded on the Mississippi below Memphis.", "Mississippi"),
    ("Pilgrims were baptised in the Jordan near Jericho.", "Jordan"),
])
def test_a_bare_river_is_the_river(gaz, text, river):
    t = toponyms_by_name(text, gaz)[river]
    assert unplaced_or_feature(t)  # the river: a water body, not placed at a town, unit or country


@pytest.mark.parametrize("text, name, kind", [
    ("The Cauca governor said police posts were attacked overnight.", "Cauca", "admin1"),
    ("The Mississippi governor declared an emergency in Jackson.", "Mississippi", "admin1"),
    ("Officials from the Niger government met donors in Niamey.", "Niger", "country"),
])
def test_a_unit_named_like_a_river_stays_the_unit(gaz, text, name, kind):
    assert toponyms_by_name(text, gaz)[name]["kind"] == kind


def test_a_command_named_after_a_river_is_no_river(gaz):
    text = "He reported to the Department of the Mississippi, at Saint Louis."
    assert "Mississippi" not in toponyms_by_name(text, gaz)
