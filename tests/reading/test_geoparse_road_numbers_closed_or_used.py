"""British, Irish and South African road numbers as the subject of their closing, or after "use" /
"take" (gold 23's first run missed "The A307 will be shut", "the M13 was closed", "use the A3 for
trips"), on other sentences; the rebel group M23 stays no road."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _surfaces(text: str, gaz) -> list[str]:
    return [text[r["start"]:r["end"]] for r in geoparse(text, gazetteer=gaz)]


@pytest.mark.parametrize("text, road", [
    ("The A40 will be shut overnight near Oxford while the bridge is inspected.", "A40"),
    ("In Limerick the N18 was closed for six hours after a lorry overturned.", "N18"),
    ("Drivers heading to Leeds should use the M62 for the rest of the week.", "M62"),
    ("Hauliers in Pietermaritzburg were told to take the R103 to Durban instead.", "R103"),
])
def test_a_road_number_closed_or_used_is_a_road(gaz, text, road):
    assert road in _surfaces(text, gaz)


@pytest.mark.parametrize("text", [
    "The M23 was pushed back from Sake by the army on Tuesday.",
    "The M23 will be defeated, the governor said in Goma.",
    "Residents of Rutshuru said they would not use the M23 checkpoints.",
])
def test_the_rebel_group_is_no_road(gaz, text):
    assert "M23" not in _surfaces(text, gaz)
