"""A name written with "St." reaches the units named "Saint X" even where some town bears the abbreviated
spelling as its own name (gold 27: Jamaica's parishes of Saint James and Saint Thomas had been read as
Saint James, New York, and St. Thomas, Ontario). Sentences of our own."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_parishes_written_with_st(gaz):
    text = ("KINGSTON, Jamaica — Police in Falmouth and in St. James reported landslides, while roads in "
            "St. Thomas and St. Mary were closed.")
    got = toponyms_by_name(text, gaz)
    for name in ("St. James", "St. Thomas", "St. Mary"):
        assert 17.5 < got[name]["lat"] < 18.7 and -78.5 < got[name]["lon"] < -76.0, name


def test_a_town_bearing_the_abbreviation_keeps_it(gaz):
    text = "Storms cut power in St. Louis and Kansas City, Missouri, on Sunday."
    got = toponyms_by_name(text, gaz)
    assert abs(got["St. Louis"]["lat"] - 38.63) < 0.3
