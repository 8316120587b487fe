"""Nepal's 7 provinces (since 2015), which Natural Earth 4.1 lacks (it has the 14 former zones): bboxes
derived from GeoNames towns' admin-1 codes and pycountry's ISO 3166-2:NP names
(scripts/build_np_provinces.py). Before, "Sudurpashchim" and "Madhesh" were unknown and "Karnali" was
the smaller former zone; a province's big town named bare stays the town."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Floods cut roads across Sudurpashchim Province, western Nepal.", "Sudurpashchim Province", 29.3, 80.9),
    ("Voters in Madhesh queued from dawn on Sunday.", "Madhesh", 26.9, 85.8),
    ("Landslides buried houses in Koshi Province overnight.", "Koshi Province", 27.3, 87.3),
])
def test_a_nepali_province_is_placed_at_its_area(gaz, text, name, lat, lon):
    row = toponyms_by_name(text, gaz)[name]
    assert row["kind"] == "region" and row["precision"] == 3, row
    assert abs(row["lat"] - lat) < 0.7 and abs(row["lon"] - lon) < 0.7, row


def test_a_big_town_of_a_province_stays_the_town(gaz):
    row = toponyms_by_name("Tourists in Pokhara were stranded by the rain.", gaz)["Pokhara"]
    assert row["kind"] == "city" and row["precision"] == 1
