"""Civil townships of US local news (gold 9's first run: "Shawnee Township", "Upper Nazareth Township",
"Loyalist Township" missed or read as a town elsewhere). New sentences only."""
from __future__ import annotations

from reading.geoparse import geoparse


def _rows(text: str, gaz) -> dict[str, dict]:
    return {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}


def test_a_township_is_one_toponym_not_a_town_elsewhere(gaz):
    text = "A shelter-in-place order covered Shawnee Township and parts of Bath Township near Lima, Ohio."
    rows = _rows(text, gaz)
    assert "Shawnee Township" in rows and rows["Shawnee Township"]["lat"] is None  # not Shawnee, Oklahoma
    assert "Bath Township" in rows and "Shawnee" not in rows and "Lima" in rows


def test_townships_with_a_compass_word(gaz):
    text = ("The borough is surrounded by Upper Nazareth Township and Lower Nazareth Township in Northampton "
            "County, Pennsylvania.")
    rows = _rows(text, gaz)
    assert {"Upper Nazareth Township", "Lower Nazareth Township", "Northampton County", "Pennsylvania"} <= set(rows)


def test_a_function_word_before_the_township_is_no_part_of_it(gaz):
    text = "In Jackson Township, trustees met on Monday. From Clay Township the road runs north."
    rows = _rows(text, gaz)
    assert "Jackson Township" in rows and "Clay Township" in rows


def test_a_township_road_or_office_is_no_township(gaz):
    text = "Deputies closed Township Road 12 near Delphos, and the Shawnee Township Fire Department responded."
    rows = _rows(text, gaz)
    assert "Shawnee Township" not in rows and "Delphos" in rows
