"""A town's name written without its article ("Paso" for El Paso, "Obeid" for El Obeid) and followed by a
capitalised word is the first word of a longer name the gazetteer may lack ("Paso Canoas", "Paso Real"),
not that town hundreds or thousands of km away. With its article, or alone, the town is still read."""
from __future__ import annotations

import pytest

from tests.reading.places import points_of, surfaces


@pytest.mark.parametrize("text, head", [
    ("Police dismantled a migrant camp near Paso Marcos in Chiapas on Sunday.", "Paso"),
    ("Farmers in Paso Guayabo lost their crops to the floods.", "Paso"),
    ("Flooding cut off Paso Carrizal, officials in Honduras said.", "Paso"),
])
def test_an_article_less_head_of_a_longer_name_is_not_the_town(gaz, text, head):
    assert all(not (30 < (lat or 0) < 33) for lat, _ in points_of(text, gaz, head))  # not El Paso, Texas
    assert head not in surfaces(text, gaz)


def test_the_town_with_its_article_is_still_read(gaz):
    [(lat, lon)] = points_of("Border agents in El Paso said 40 migrants were detained.", gaz, "El Paso")
    assert 31 < lat < 32.5 and -107 < lon < -106
