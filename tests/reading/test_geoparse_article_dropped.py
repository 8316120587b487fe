"""A town whose own name opens with a European article, written without it ("Bardo" for Le Bardo).

GeoNames lists "Bardo" among the foreign names of Bordeaux, a bigger city, and Le Bardo bore it only
as another name too, so a bare "Bardo" went to France. The name less its leading article is the
town's own name as reporters write it: it ranks as an own name, ahead of a mere foreign alias.
"""
from __future__ import annotations

import pytest

from geo.normalize import own_name_less_article
from tests.reading.places import points_of


@pytest.mark.parametrize("text", [
    "Demonstrators marched through Bardo on Saturday, chanting against the new constitution.",
    "A curfew was imposed on Bardo after two nights of unrest.",
    "Gunmen opened fire near the museum in Bardo, west of Tunis, killing several visitors.",
])
def test_bardo_is_the_tunisian_town_not_bordeaux(gaz, text):
    (lat, lon), = points_of(text, gaz, "Bardo")
    assert lat is not None and abs(lat - 36.81) < 0.2 and abs(lon - 10.13) < 0.2, (lat, lon)


def test_a_city_s_own_name_still_wins(gaz):
    (lat, lon), = points_of("Wine exports from Bordeaux fell sharply this year.", gaz, "Bordeaux")
    assert lat is not None and abs(lat - 44.84) < 0.2, (lat, lon)


@pytest.mark.parametrize("own, key, expected", [
    ("le bardo", "bardo", True), ("la marsa", "marsa", True), ("the hague", "hague", True),
    ("bordeaux", "bardo", False), ("lebanon", "banon", False), ("bardo", "bardo", False),
    ("le bardo", "le bardo", False), ("saint le bardo", "bardo", False),
])
def test_only_a_leading_article_is_dropped(own, key, expected):
    assert own_name_less_article(own, key) is expected
