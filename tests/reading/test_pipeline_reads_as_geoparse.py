"""The pipeline's place mentions and plain geoparsing read names alike: a city's part at the city the text
puts it in, not at a namesake far away nor unplaced ("Beirut's Hamra district" is no Al Hamra, Syria);
the names of "X and Y counties" at the counties. New sentences only."""
from __future__ import annotations

import pytest

from reading.document import Document
from reading.geoparse import geoparse
from reading.toponyms import PlaceMentions


@pytest.fixture(scope="module")
def nlp(gaz):
    return PlaceMentions(gaz)


def _mention(nlp, text: str, name: str):
    doc = nlp(Document(id="t", text=text))
    got = [m for m in doc.mentions if m.start <= text.index(name) < m.end]
    assert got, f"no mention of {name!r}"
    return got[0]


def _geoparsed(gaz, text: str, name: str) -> dict:
    s = text.index(name)
    got = [r for r in geoparse(text, gazetteer=gaz) if r["start"] <= s < r["end"]]
    assert got, f"geoparse lists no {name!r}"
    return got[0]


@pytest.mark.parametrize("text, part, lat, lon", [
    ("A car bomb tore through a market in Kabul's Shar-e Naw district on Tuesday.", "Shar-e Naw", 34.53, 69.17),
    ("Two mortar rounds landed in Baghdad's Karrada district late on Saturday.", "Karrada", 33.34, 44.40),
    ("Rival militias traded fire in Tripoli's Souq al-Juma district overnight.", "Souq al-Juma", 32.89, 13.19),
    ("Gunmen stormed a cafe in Beirut's Hamra district, police said.", "Hamra", 33.89, 35.50),
    ("Drones struck homes in the Zeitoun neighbourhood of Gaza City on Monday.", "Zeitoun", 31.50, 34.47),
])
def test_a_city_part_is_placed_at_its_city_by_both_readers(nlp, gaz, text, part, lat, lon):
    m = _mention(nlp, text, part)
    assert m.location is not None, m.reason
    assert abs(m.location.lat - lat) < 0.3 and abs(m.location.lon - lon) < 0.3, m.location.name
    row = _geoparsed(gaz, text, part)
    assert abs(row["lat"] - m.location.lat) < 0.3 and abs(row["lon"] - m.location.lon) < 0.3


def test_a_part_with_no_city_said_keeps_its_reading(nlp, gaz):
    # "the Pokrovsk district": a province's district, no city's part: still Pokrovsk (Donetsk oblast)
    m = _mention(nlp, "Shelling intensified across the Pokrovsk district on Thursday.", "Pokrovsk")
    assert m.location is not None and abs(m.location.lat - 48.28) < 0.5 and abs(m.location.lon - 37.18) < 0.5
    # a city named in its own right is no part of another ("Moscow's Kharkiv offensive")
    m = _mention(nlp, "Moscow's Kharkiv offensive stalled in the spring.", "Kharkiv")
    assert m.location is not None and abs(m.location.lat - 49.98) < 0.5


def test_a_part_in_a_relative_phrase_is_drawn_as_read(nlp):
    # "south of ..." is drawn around the name as read; the rule only re-places a part named as itself
    text = "Fighting raged in Kabul's Shar-e Naw district and south of Kandahar."
    doc = nlp(Document(id="t", text=text))
    south = [m for m in doc.mentions if m.text.startswith("south of")]
    assert south and south[0].location is not None and abs(south[0].location.lat - 31.6) < 1.5


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Ice storms closed schools in Fulton and Cobb counties, Georgia officials said.", "Cobb", 33.94, -84.58),
    ("Ice storms closed schools in Fulton and Cobb counties, Georgia officials said.", "Fulton", 33.79, -84.47),
    ("Flood warnings covered Dallas and Tarrant counties in Texas on Sunday.", "Tarrant", 32.77, -97.29),
])
def test_names_before_counties_are_the_counties_for_both_readers(nlp, gaz, text, name, lat, lon):
    # the counties, not the towns Cobb, California or Fulton, Missouri
    m = _mention(nlp, text, name)
    assert m.location is not None, m.reason
    assert abs(m.location.lat - lat) < 0.5 and abs(m.location.lon - lon) < 0.5, m.location.name
    row = _geoparsed(gaz, text, name)
    assert abs(row["lat"] - m.location.lat) < 0.3 and abs(row["lon"] - m.location.lon) < 0.3
