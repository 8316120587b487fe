"""A compass word and a town's name that together name a zone ("South Gondar", "North Gaza") is the
zone, not the town: written without a unit word the name collapsed to the big town it is named after
(Gonder, Gaza City) as if it were a part of it ("West Mosul"). Ethiopia's compass-named zones of Amhara
and the North Gaza governorate are named areas of the gazetteer now (geo/data/regions.csv, bboxes),
placed as regions (precision 3), never as the town's pin."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Fighting in South Gondar forced thousands to flee, officials in Bahir Dar said.", "South Gondar", 11.65, 38.15),
    ("Fano fighters ambushed a convoy in North Gondar on Tuesday.", "North Gondar", 13.4, 37.9),
    ("Drone strikes were reported in West Gojjam and East Gojjam this week.", "East Gojjam", 10.6, 37.9),
    ("Residents fled Lalibela as fighting spread across North Wollo.", "North Wollo", 11.95, 39.2),
    ("Airstrikes hit North Gaza overnight, the civil defence agency said.", "North Gaza", 31.55, 34.52),
])
def test_a_compass_zone_is_the_zone_not_its_town(gaz, text, name, lat, lon):
    row = toponyms_by_name(text, gaz)[name]
    assert row["kind"] == "region" and row["precision"] == 3, row
    assert abs(row["lat"] - lat) < 0.3 and abs(row["lon"] - lon) < 0.3, row


def test_the_town_itself_stays_a_town(gaz):
    got = toponyms_by_name("Fano militiamen briefly seized Gondar on Friday, residents said.", gaz)
    assert got["Gondar"]["kind"] == "city" and abs(got["Gondar"]["lat"] - 12.6) < 0.1
    got = toponyms_by_name("Snipers fired on civilians in West Mosul on Sunday.", gaz)
    assert abs(got["Mosul"]["lat"] - 36.34) < 0.2  # a big city's part keeps the city
