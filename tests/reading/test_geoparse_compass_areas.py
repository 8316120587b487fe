"""A capitalised compass word before a province or region the gazetteer holds ("North Benue", "South
Helmand district", "West Texas") names a district the gazetteer does not hold: the mention is the whole
name, placed at the area with the area's precision (never a town's pin), drawn as the area's part on
that side, and its record says so. A whole
name read as a guessed spelling of another place ("North Shan" as North Sinai, Egypt) gives way to the
area after the compass word."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.document import Document
from reading.records import mention_record
from reading.toponyms import COMPASS_AREA, PlaceMentions
from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, whole, lat, lon", [
    ("Gunmen killed eleven farmers in North Benue, police said.", "North Benue", 7.3, 8.8),
    ("Air raids hit South Helmand district overnight.", "South Helmand", 31.1, 64.0),
    ("Drought hit West Texas and eastern New Mexico this summer.", "West Texas", 31.5, -99.4),
    ("Rebels took two towns in North Shan, a spokesman said.", "North Shan", 21.7, 98.1),
    ("Floods cut roads across East Amhara, officials said.", "East Amhara", 11.6, 38.1),
])
def test_a_compass_district_is_placed_at_its_area(gaz, text, whole, lat, lon):
    row = toponyms_by_name(text, gaz)[whole]
    assert abs(row["lat"] - lat) < 0.5 and abs(row["lon"] - lon) < 0.5, row
    assert row["kind"] in ("admin1", "region") and row["precision"] == 3  # the area, not a pin


def test_the_mention_record_says_where_it_was_placed(gaz):
    text = "Bandits raided villages in South Zamfara on Sunday, police said."
    doc = PlaceMentions(gaz)(Document(id="t", text=text, published=dt.date(2025, 1, 1)))
    (m,) = [m for m in doc.mentions if m.text == "South Zamfara"]
    rec = mention_record(m)
    # drawn as the area's south (a part of a region: ACLED precision 2), never a town's pin (1)
    assert rec["fate"] == "placed" and rec["location"]["precision"] == 2
    assert rec["reason"].startswith(COMPASS_AREA) and "Zamfara" in rec["reason"]


def test_known_compass_names_and_longer_names_are_untouched(gaz):
    got = toponyms_by_name("Displaced families arrived in North Kivu province.", gaz)
    assert got["North Kivu"]["kind"] == "admin1"
    got = toponyms_by_name("Prices of West Texas Intermediate crude fell on Monday.", gaz)
    assert "West Texas" not in got  # a benchmark's name, not a district


def test_parts_and_units_of_an_area_written_otherwise_stay_placed(gaz):
    """(already right before: a compass part after a possessive, "the northern district of X")"""
    doc = PlaceMentions(gaz)(Document(id="t", text="RSF fighters attacked villages in North Kordofan's east, residents said.",
                                      published=dt.date(2025, 1, 1)))
    (m,) = doc.mentions
    assert m.location is not None and m.location.precision == 2 and m.location.relation == "part"
    got = toponyms_by_name("Clashes broke out in the northern district of Kordofan, officials said.", gaz)
    assert got["Kordofan"]["precision"] == 3


def test_a_spelling_of_the_whole_name_in_the_areas_country_stays(gaz):
    got = toponyms_by_name("In South Kordofan, the SPLM-N said it repelled an attack on Kadugli.", gaz)
    assert got["South Kordofan"]["name"] == "South Kordufan"  # the state, not all of Kordofan
