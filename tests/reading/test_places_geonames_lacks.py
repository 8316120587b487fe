"""Big South African townships and border towns of the Horn and the Copperbelt that GeoNames' cities files
lack (geo/data/curated_places.csv), and a usual spelling of an Eritrean border town: placed, not left
unplaced or missed."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Police in KwaMashu and Umlazi arrested nine men after the shooting, a Durban spokesman said.",
     "Umlazi", -29.97, 30.88),
    ("Police in KwaMashu and Umlazi arrested nine men after the shooting, a Durban spokesman said.",
     "KwaMashu", -29.75, 30.99),
    ("Residents of Khayelitsha and Gugulethu queued for water as the drought in Cape Town worsened.",
     "Khayelitsha", -34.04, 18.68),
    ("Residents of Khayelitsha and Gugulethu queued for water as the drought in Cape Town worsened.",
     "Gugulethu", -33.98, 18.57),
    ("Gang shootings in Mitchells Plain forced two schools to close, Western Cape officials said.",
     "Mitchells Plain", -34.05, 18.62),
    ("Farmers in Humera say the sesame harvest rotted after the road to Gondar was cut.", "Humera", 14.30, 36.62),
    ("Traders crossed from Tesseney to Kassala before the border closed.", "Tesseney", 15.11, 36.66),
    ("Copper trucks waited at Kasumbalesa for four days, drivers in Kitwe said.", "Kasumbalesa", -12.26, 27.80),
])
def test_the_place_is_placed(text, name, lat, lon):
    r = next(r for r in geoparse(text) if text[r["start"]:r["end"]] == name)
    assert r["lat"] is not None and abs(r["lat"] - lat) < 0.2 and abs(r["lon"] - lon) < 0.2


@pytest.mark.parametrize("text, name", [
    ("Floods displaced 3,000 families in Maguindanao del Norte, officials in Cotabato City said.",
     "Maguindanao del Norte"),
    ("A mayor was ambushed in Maguindanao del Sur on Tuesday.", "Maguindanao del Sur"),
])
def test_a_province_split_since_natural_earth_is_read_whole(text, name):
    """Maguindanao was split in two in 2022: each half is read as one name, at the former province (not
    "Maguindanao" and a stray "Sur")."""
    rows = geoparse(text)
    r = next(r for r in rows if r["start"] == text.index(name))
    assert r["end"] == r["start"] + len(name) and 6.5 < r["lat"] < 7.6 and 124.0 < r["lon"] < 124.9
