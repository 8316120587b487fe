"""A range's name before a lower-case "mountains" or "hills" is the range, as "the Sobat river" is the river
(gold 26's first run missed an Iraqi range so written; "the Nuba mountains" read Nuba as a village in the
Hebron hills): listed unplaced; a unit, region or country named so keeps its reading."""
from __future__ import annotations

from reading.geoparse import geoparse


def _rows(text: str, gaz) -> dict[str, dict]:
    return {text[r["start"]:r["end"]]: r for r in geoparse(text, gazetteer=gaz)}


def test_a_range_before_lower_case_mountains(gaz):
    got = _rows("Army helicopters searched the Nuba mountains after the attack on the convoy.", gaz)
    assert "Nuba" in got and got["Nuba"]["lat"] is None


def test_a_region_before_hills_keeps_its_reading(gaz):
    got = _rows("Settlers built two new outposts in the West Bank hills last month.", gaz)
    assert got["West Bank"]["kind"] == "region"


def test_an_adjective_before_hills_is_no_name(gaz):
    assert _rows("Shepherds grazed their flocks in the Kurdish mountains.", gaz) == {}
