"""Names written with an abbreviation's dot inside them ("St. Louis", "Sault Ste. Marie",
"Ft. Lauderdale") are one name: the dot used to end the capitalised phrase, so "St. Louis" was
missed and "St. Paul" read as Paul, Idaho (gold 4's first run missed "St. Louis" and
"St. Catharines")."""
from __future__ import annotations

import pytest

from geo.gazetteer import _phrases
from reading.geoparse import geoparse


@pytest.mark.parametrize("text, surface, lat, lon", [
    ("Prosecutors said the caseload looked more like St. Louis than a rural county.", "St. Louis", 38.63, -90.2),
    ("Police in St. Paul, Minn., closed two bridges.", "St. Paul", 44.94, -93.09),
    ("Voters in St. Petersburg, Fla., lined up before dawn.", "St. Petersburg", 27.77, -82.68),
    ("The river froze near Sault Ste. Marie in March.", "Sault Ste. Marie", 46.5, -84.3),
    ("Flights from Ft. Lauderdale were delayed by the storm.", "Ft. Lauderdale", 26.12, -80.14),
    ("Residents of Port St. Lucie were told to leave their homes.", "Port St. Lucie", 27.29, -80.35),
    ("Wineries near St. Catharines reported frost damage.", "St. Catharines", 43.16, -79.24),
])
def test_dotted_abbreviation_inside_a_name(gaz, text, surface, lat, lon):
    rows = [r for r in geoparse(text, gazetteer=gaz) if text[r["start"]:r["end"]] == surface]
    assert rows and abs(rows[0]["lat"] - lat) < 0.5 and abs(rows[0]["lon"] - lon) < 0.5, geoparse(text, gazetteer=gaz)


def test_dot_ends_the_phrase_elsewhere():
    assert [p for _, p in _phrases("The U.S. Army left. Dr. Smith spoke. It is St. Louis")] == [
        "The U.S. Army", "Dr", "Smith", "It", "St. Louis"]
    assert [p for _, p in _phrases("on Main St. in the rain")] == ["Main St"]
