"""Names the gazetteer lacks after "villages including" or "towns such as" are places, listed
unplaced (gold 21's first run: "villages ..., including Yaroun, Aitaroun and Maroun al-Ras" lost all three),
on other sentences: the first name by its lead, the next ones as members of its list."""
from __future__ import annotations

from reading.geoparse import geoparse


def _surfaces(text: str, gaz) -> list[str]:
    return [text[r["start"]:r["end"]] for r in geoparse(text, gazetteer=gaz)]


def test_unknown_villages_after_including(gaz):
    found = _surfaces("Militias burned villages including Kwatakpa, Ngolomba and Dzendeh overnight.", gaz)
    assert "Kwatakpa" in found and "Ngolomba" in found, found


def test_unknown_towns_after_such_as(gaz):
    found = _surfaces("Small towns such as Kwatakpa have had no power for a week.", gaz)
    assert "Kwatakpa" in found, found
