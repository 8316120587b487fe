"""A town's own name beats another name (nickname, former name) of a bigger town of the same country:
"Mound City" had gone to St. Louis (GeoNames lists the nickname among its alternate names), even
with "Illinois" written after it. Exonyms abroad and short forms of a longer name keep the big city."""
from __future__ import annotations

import pytest

from tests.reading.places import points_of


@pytest.mark.parametrize("text, name, lat, lon", [
    ("A storm tore roofs off homes in Mound City, Kansas, on Tuesday.", "Mound City", 38.14, -94.81),
    ("Levee crews worked through the night in Mound City, Illinois.", "Mound City", 37.09, -89.16),
    ("The school board of Franklin, Tenn., voted to close two schools.", "Franklin", 35.93, -86.87),
    ("Settlers marched through Ariel after the stabbing, Israeli police said.", "Ariel", 32.1, 35.17),
])
def test_a_towns_own_name_is_not_a_nickname_of_a_bigger_town(gaz, text, name, lat, lon):
    (p,) = points_of(text, gaz, name)
    assert p[0] is not None and abs(p[0] - lat) < 0.3 and abs(p[1] - lon) < 0.3, p


def test_the_gazetteer_ranks_own_names_first(gaz):
    (first, *_) = gaz.candidates("Mound City", fuzzy=False)
    assert first.name == "Mound City"  # not St. Louis
    (first, *_) = gaz.candidates("New Delhi", fuzzy=False)
    assert first.name == "New Delhi"  # not Delhi


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Commuters in Bombay faced flooded rail lines.", "Bombay", 19.07, 72.88),  # not a New Zealand village
    ("Gunmen killed three people in Juarez on Saturday, Chihuahua prosecutors said.", "Juarez", 31.7, -106.45),
])
def test_exonyms_and_short_forms_keep_the_big_city(gaz, text, name, lat, lon):
    (p,) = points_of(text, gaz, name)
    assert p[0] is not None and abs(p[0] - lat) < 0.5 and abs(p[1] - lon) < 0.5, p
