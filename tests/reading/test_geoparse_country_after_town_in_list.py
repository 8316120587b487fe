"""A country right after a town ("Nairobi in Kenya", "Apia, Samoa") says where that town lies, even
when a far town follows in the same list ("..., and Springfield in Missouri"): it is no country
listed among far towns (the rule for "Kodok, Tonga and Wau Shilluk", where Tonga is a South Sudanese
village). Before, the country was left unplaced."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, country", [
    ("Envoys flew to Nairobi in Kenya and to Springfield in Missouri.", "Kenya"),
    ("Ships left Apia, Samoa, and Portland in Maine on the same day.", "Samoa"),
    ("Trade fairs opened in Manama in Bahrain, and in Columbus in Ohio.", "Bahrain"),
])
def test_a_country_qualifying_the_town_before_it_is_placed(gaz, text, country):
    row = toponyms_by_name(text, gaz)[country]
    assert row["kind"] == "country" and row["lat"] is not None, row


def test_a_country_named_like_a_village_among_far_towns_stays_unplaced(gaz):
    rows = toponyms_by_name("Raids on Kodok, Tonga and Wau Shilluk displaced thousands.", gaz)
    assert rows["Tonga"]["lat"] is None
