"""Brazil's federal highways by their code alone (gold 22's first run: "drive north on the BR-163 to
Miritituba" missed, where "the BR-324 highway" was read), on other sentences.

- "the BR-" and three digits is a road, listed unplaced like other roads, with or without a road word.
- Other codes still need a road word after them ("the A9 road"), and "BR-" with four digits is none.
"""
from __future__ import annotations

from reading.geoparse import geoparse


def _found(text: str, gaz) -> set[str]:
    return {text[r["start"]:r["end"]] for r in geoparse(text, gazetteer=gaz)}


def test_a_federal_highway_by_its_code(gaz):
    found = _found("Loggers cleared forest along the BR-319 south of Manaus, and the BR-364 was cut near Porto Velho.",
                   gaz)
    assert {"BR-319", "BR-364", "Manaus", "Porto Velho"} <= found


def test_other_codes_still_need_a_road_word(gaz):
    found = _found("Fans of the K-9 unit and the BR-1234 form were praised in Recife.", gaz)
    assert "BR-1234" not in found and "K-9" not in found
