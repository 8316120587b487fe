"""A town named with its river, then by its head alone ("Kingston upon Thames" ... "Kingston"; gold 23's
first run read the later "Kingston" as Jamaica's capital), on other sentences."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _points(text: str, gaz, name: str) -> list[tuple]:
    return [(r["lat"], r["lon"]) for r in geoparse(text, gazetteer=gaz) if text[r["start"]:r["end"]] == name]


@pytest.mark.parametrize("text, head, lat, lon", [
    ("Flooding closed roads in Newcastle upon Tyne on Monday. Schools in Newcastle reopen on Wednesday, "
     "and trains to Sydney are unaffected.", "Newcastle", 54.97, -1.61),
    ("Council staff in Kingston upon Thames said bins in Kingston would be collected on Friday.", "Kingston",
     51.40, -0.29),
    ("Fans travelled from Frankfurt an der Oder to Berlin; back in Frankfurt the mayor thanked the police.",
     "Frankfurt", 52.34, 14.55),
    ("Shops in Richmond-upon-Thames shut early; in Richmond, Virginia, they stayed open, but Richmond "
     "itself stayed quiet.", None, None, None),
])
def test_the_head_alone_is_the_river_town(gaz, text, head, lat, lon):
    if head is None:  # a name with its own qualifier keeps it: only bare later heads follow the river town
        pts = _points(text, gaz, "Richmond")
        assert any(abs(p[0] - 37.54) < 0.3 for p in pts if p[0] is not None)
        return
    ((got_lat, got_lon),) = _points(text, gaz, head)
    assert abs(got_lat - lat) < 0.3 and abs(got_lon - lon) < 0.3


def test_an_earlier_bare_head_is_left_to_the_reader(gaz):
    text = "Kingston's mayor flew to London and visited Kingston upon Thames, its twin town."
    ((lat, lon),) = _points(text, gaz, "Kingston")
    assert lat is None or abs(lat - 51.41) > 1  # read before the river town is named: not pinned to it
