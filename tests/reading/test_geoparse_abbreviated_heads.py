"""A name written with an abbreviated first word ("Mt. Juliet", "Pt. Pleasant", "Mt Vernon") is the
town whose name opens with Mount, Fort, Saint, Point or Port: the sources list the abbreviated spelling
for a few towns only, so "Mt. Juliet, Tennessee" was listed unplaced and "Mt. Vernon, N.Y." went to the
one Mount Vernon (Illinois) that lists "Mt. Vernon" among its names. A town whose own name is the
abbreviation keeps it ("St. Louis", "St. Petersburg, Fla.")."""
from __future__ import annotations

import pytest

from tests.reading.places import points_of


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Police in Mt. Juliet, Tennessee, arrested two men after the chase.", "Mt. Juliet", 36.2, -86.52),
    ("A tornado tore through Mt Juliet and Lebanon east of Nashville.", "Mt Juliet", 36.2, -86.52),
    ("Beaches in Pt. Pleasant, N.J., were closed after the storm.", "Pt. Pleasant", 40.08, -74.07),
    ("Flood water reached the floodwall at Pt. Pleasant, W.Va., on Monday.", "Pt. Pleasant", 38.84, -82.14),
    ("The ferry from Pt. Townsend, Washington, was cancelled.", "Pt. Townsend", 48.12, -122.76),
    ("Hundreds marched in Mt. Vernon, N.Y., on Saturday.", "Mt. Vernon", 40.91, -73.84),
    ("Soldiers at Ft. Bragg, N.C., were put on alert.", "Ft. Bragg", 35.14, -79.0),
])
def test_an_abbreviated_first_word_finds_the_town(gaz, text, name, lat, lon):
    (p,) = points_of(text, gaz, name)
    assert p[0] is not None and abs(p[0] - lat) < 0.3 and abs(p[1] - lon) < 0.3, p


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Voters in St. Petersburg, Fla., lined up before dawn.", "St. Petersburg", 27.77, -82.68),
    ("Prosecutors said the caseload looked more like St. Louis than a rural county.", "St. Louis", 38.63, -90.2),
])
def test_a_town_named_with_the_abbreviation_keeps_it(gaz, text, name, lat, lon):
    (p,) = points_of(text, gaz, name)
    assert p[0] is not None and abs(p[0] - lat) < 0.3 and abs(p[1] - lon) < 0.3, p
