"""Kenya's 47 counties (since 2013), which Natural Earth 4.1 lacks (it has the 8 former provinces):
bboxes derived from GeoNames towns' admin-1 codes and pycountry's ISO 3166-2:KE names
(scripts/build_ke_counties.py). Before, "Turkana" was unplaced and "West Pokot" unknown; a county
named like its seat ("Garissa", "Kisumu") still means the town when written bare."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Cattle raiders killed six herders in Turkana, and two schools closed in West Pokot.", "Turkana", 3.2, 35.2),
    ("Cattle raiders killed six herders in Turkana, and two schools closed in West Pokot.", "West Pokot", 1.5, 35.4),
    ("Bandits ambushed a convoy in Baringo County on Tuesday.", "Baringo County", 0.4, 35.9),
    ("Floods displaced families in Tana River and Samburu, the Red Cross said.", "Samburu", 1.3, 37.1),
])
def test_a_kenyan_county_is_placed_at_its_area(gaz, text, name, lat, lon):
    row = toponyms_by_name(text, gaz)[name]
    assert row["kind"] == "region" and row["precision"] == 3, row
    assert abs(row["lat"] - lat) < 0.6 and abs(row["lon"] - lon) < 0.6, row


def test_a_seat_named_bare_stays_the_town(gaz):
    row = toponyms_by_name("Traders in Kisumu closed their shops on Friday.", gaz)["Kisumu"]
    assert row["kind"] == "city" and row["precision"] == 1
