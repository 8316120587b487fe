"""A compass word before the name of a town that its own province bears too ("northern Kano", "North
Katsina", "eastern Zaporizhzhia") names the province's part: placed at the province (precision 3),
not at the town's pin, when the province is many times the town's size. The town stays when the
text says "city", when the town is the capital ("east Baghdad"), when its province bears another
name ("west Mosul", in Nineveh) or hardly exceeds it ("south Beirut")."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.document import Document
from reading.toponyms import PlaceMentions
from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Rain flooded farms in northern Kano last week.", "Kano", 11.7, 8.5),
    ("Bandits raided villages in North Katsina on Sunday.", "North Katsina", 12.4, 7.6),
    ("Drones struck eastern Zaporizhzhia overnight, the governor said.", "Zaporizhzhia", 47.3, 35.7),
    ("Militants attacked checkpoints in southern Diyala.", "Diyala", 33.9, 45.1),
    ("Shelling hit Northern Kharkiv overnight.", "Kharkiv", 49.6, 36.5),  # the oblast's north (the city's was kept before)
])
def test_a_compass_part_of_a_towns_province_is_the_province(gaz, text, name, lat, lon):
    row = toponyms_by_name(text, gaz)[name]
    assert row["kind"] == "admin1" and row["precision"] == 3, row
    assert abs(row["lat"] - lat) < 0.5 and abs(row["lon"] - lon) < 0.5, row


@pytest.mark.parametrize("text, name", [
    ("Gunmen struck the market in eastern Kano city.", "Kano"),
    ("A car bomb exploded in east Baghdad.", "Baghdad"),
    ("Protesters marched in west Mosul.", "Mosul"),
    ("Shops reopened in south Beirut after the strikes.", "Beirut"),
    ("Crowds filled central Kherson on Sunday to greet the troops.", "Kherson"),  # the town's centre
])
def test_a_towns_quarter_stays_the_town(gaz, text, name):
    row = toponyms_by_name(text, gaz)[name]
    assert row["kind"] == "city" and row["precision"] == 1, row


def test_the_pipeline_places_the_part_in_the_province(gaz):
    text = "Herders clashed with farmers in southern Katsina, police said."
    doc = PlaceMentions(gaz)(Document(id="t", text=text, published=dt.date(2025, 1, 1)))
    (m,) = [m for m in doc.mentions if m.text == "southern Katsina"]
    assert m.place_id.startswith("ne:NGA-")
