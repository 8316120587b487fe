"""A town said to lie in a place ("X in Y", "X, a town in Y", "X is a town in Y") puts that place in the
town's own country: a part of a country named like the country ("Trinidad" of Trinidad and Tobago) is
that country, not a namesake city abroad. New sentences only."""
from __future__ import annotations

from reading.geoparse import geoparse


def _rows(text: str, gaz) -> dict[str, dict]:
    return {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}


def _in_trinidad(row: dict) -> bool:
    return row["lat"] is not None and 9.9 < row["lat"] < 11.5 and -62.0 < row["lon"] < -60.4


def test_a_town_in_a_country_part_named_like_its_country(gaz):
    for text in ("Chaguanas is a busy town in Trinidad.",
                 "Gunmen shot two men in Point Fortin in Trinidad on Friday.",
                 "Arima, a small borough in Trinidad, flooded after the storm."):
        rows = _rows(text, gaz)
        assert _in_trinidad(rows["Trinidad"]), text  # not Trinidad, Bolivia, nor Cuba's
        town = next(k for k in rows if k != "Trinidad")
        assert _in_trinidad(rows[town]), text


def test_places_already_in_the_towns_country_stay(gaz):
    rows = _rows("Talks were held in Doha in Qatar on Monday.", gaz)
    assert abs(rows["Qatar"]["lat"] - 25.3) < 1.0
    rows = _rows("Springfield is a city in Illinois.", gaz)
    assert abs(rows["Illinois"]["lat"] - 40.0) < 1.5 and rows["Illinois"]["kind"] == "admin1"
