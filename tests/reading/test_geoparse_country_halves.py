"""A part of a two-part country name written alone ("Herzegovina", "Trinidad", "Antigua") is that
part of the country: a region made of the country's admin-1 units (scripts/build_country_halves.py).
Before, "Herzegovina" was unplaced and "Trinidad" went to the Bolivian city; a namesake town that
the text qualifies ("Trinidad, Cuba", "Antigua, Guatemala") or whose country the article is about
stays the town."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, iso_lat, iso_lon", [
    ("Shelling forced families out of villages across Herzegovina in the spring.", "Herzegovina", 43.4, 17.7),
    ("Refugees from Herzegovina reached the Croatian coast on foot.", "Herzegovina", 43.4, 17.7),
    ("Oil workers in Trinidad went on strike over unpaid wages.", "Trinidad", 10.4, -61.3),
    ("A hurricane watch was posted for Antigua as the storm strengthened.", "Antigua", 17.1, -61.8),
])
def test_a_part_of_a_two_part_country_is_that_part(gaz, text, name, iso_lat, iso_lon):
    row = toponyms_by_name(text, gaz)[name]
    assert row["kind"] == "region" and row["precision"] == 3, row
    assert abs(row["lat"] - iso_lat) < 0.6 and abs(row["lon"] - iso_lon) < 0.6, row


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Students marched in Trinidad, Cuba, on Saturday.", "Trinidad", 21.8, -80.0),
    ("Cattle ranchers near Trinidad, Bolivia, lost herds to the floods.", "Trinidad", -14.8, -64.9),
    ("Guatemalan police said a bus crashed outside Antigua at dawn.", "Antigua", 14.56, -90.73),
])
def test_a_qualified_namesake_town_stays_the_town(gaz, text, name, lat, lon):
    row = toponyms_by_name(text, gaz)[name]
    assert row["kind"] == "city", row
    assert abs(row["lat"] - lat) < 0.3 and abs(row["lon"] - lon) < 0.3, row


def test_the_whole_country_name_is_still_the_country(gaz):
    rows = toponyms_by_name("Voters in Bosnia and Herzegovina and in Trinidad and Tobago went to the polls.", gaz)
    assert rows["Bosnia and Herzegovina"]["kind"] == "country"
    assert rows["Trinidad and Tobago"]["kind"] == "country"
