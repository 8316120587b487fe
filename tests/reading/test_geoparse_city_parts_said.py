"""A place the text puts inside a named city ("X, a neighbourhood of Y", "Y's X") is no namesake far away
known only by another name (Sion is also a name of Jerusalem). New sentences only."""
from __future__ import annotations

from reading.geoparse import geoparse


def _rows(text: str, gaz) -> dict[str, dict]:
    return {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}


def _near(row: dict, lat: float, lon: float, deg: float = 0.5) -> bool:
    return row["lat"] is not None and abs(row["lat"] - lat) < deg and abs(row["lon"] - lon) < deg


def test_a_neighbourhood_or_suburb_said_of_a_city_lies_in_it(gaz):
    text = "Police said Sion is a crowded neighbourhood in Mumbai. Gunmen later fired on Stalingrad, a district of Paris."
    rows = _rows(text, gaz)
    assert _near(rows["Sion"], 19.07, 72.88)  # not Jerusalem
    assert _near(rows["Stalingrad"], 48.85, 2.35)  # not Volgograd
    rows = _rows("Residents fled Salisbury, a northern suburb of Adelaide, as the fire spread.", gaz)
    assert _near(rows["Salisbury"], -34.9, 138.6)  # not Harare nor England


def test_a_possessive_city_drops_its_parts_far_aliases(gaz):
    rows = _rows("Monsoon rains cut power across Mumbai's Sion and Dharavi on Sunday.", gaz)
    assert "Sion" not in rows or rows["Sion"]["lat"] is None or _near(rows["Sion"], 19.07, 72.88)
    assert _near(rows["Mumbai"], 19.07, 72.88)


def test_own_names_and_units_are_no_city_parts(gaz):
    rows = _rows("Moscow's Kharkiv offensive stalled in the spring.", gaz)
    assert _near(rows["Kharkiv"], 49.98, 36.25)  # a city under its own name, not a part of Moscow
    rows = _rows("Shelling went on in Pokrovsk, a district of Donetsk region, on Friday.", gaz)
    assert _near(rows["Pokrovsk"], 48.28, 37.18)
    rows = _rows("Officials in Bombay said the trains would run again.", gaz)
    assert _near(rows["Bombay"], 19.07, 72.88)  # the city's old name still reads as the city


def test_a_possessive_city_s_unknown_part_read_with_its_word_lies_in_the_city(gaz):
    # the part and its word were read as one unknown name ("Hamdaniya district"): still the city's part
    for text, part, lat, lon in [
        ("Residents of Aleppo's Hamdaniya district fled the shelling overnight.", "Hamdaniya", 36.2, 37.16),
        ("Shells landed in Kabul's Qala-e-Fatullah neighbourhood late on Tuesday.", "Qala-e-Fatullah", 34.53, 69.17),
    ]:
        row = _rows(text, gaz)[part]
        assert _near(row, lat, lon, 0.2) and row["kind"] == "district", row
