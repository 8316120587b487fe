"""A town's name that English uses only as that name (no lower-case word, rarer than the 10,000
most frequent words, a town of 70,000 known abroad: "Cannes", "Calais") is read as the town even
with no preposition before it; a given name as frequent that also names a big town ("David",
"Gary") stays a person's, and so does a surname naming a town few languages spell ("Stafford")."""
from __future__ import annotations

import pytest

from tests.reading.places import points_of, surfaces


@pytest.mark.parametrize("text, name, country_box", [
    ("Cannes braced for more rain on Thursday after the river burst its banks.", "Cannes", (43, 44, 6, 8)),
    ("Calais reopened its port to lorries once the strike ended.", "Calais", (50, 51.5, 1, 3)),
    ("Riot police said Trenton stayed calm overnight.", "Trenton", (39.5, 41, -75.5, -74)),
])
def test_bare_name_of_a_big_town_is_read(gaz, text, name, country_box):
    (lat, lon), = points_of(text, gaz, name)
    s, n, w, e = country_box
    assert lat is not None and s < lat < n and w < lon < e


@pytest.mark.parametrize("text, name", [
    ("David told reporters that the convoy had reached Kharkiv.", "David"),
    ("Gary said the ceasefire in Gaza would not hold.", "Gary"),
    ("Stafford said the ceasefire in Gaza would not hold.", "Stafford"),
])
def test_frequent_given_name_is_no_town(gaz, text, name):
    assert name not in surfaces(text, gaz)
