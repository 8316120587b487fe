"""A unit the article names pulls no town bearing a name only as another name of another spelling (gold 9's
first run: "Sloviansk" read as Nikopol, which GeoNames also calls so, in the Dnipropetrovsk oblast the story
named). New sentences only."""
from __future__ import annotations


def test_a_unit_named_pulls_no_town_bearing_the_name_only_as_another_name(gaz):
    from tests.reading.places import points_of

    text = ("Air-raid sirens sounded across Dnipropetrovsk region on Monday. Later, a missile struck a school in "
            "Sloviansk, the regional governor said, and drones hit Kramatorsk.")
    (p,) = points_of(text, gaz, "Sloviansk")
    assert abs(p[0] - 48.85) < 0.2 and abs(p[1] - 37.6) < 0.2  # Slovyansk, not Nikopol (an old other name)
