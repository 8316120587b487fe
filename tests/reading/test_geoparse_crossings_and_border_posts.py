"""A name the gazetteer lacks before "crossing" is a place even when "The" opens the sentence before it, as
"In" may ("The Allenby crossing was closed"), and so is one before "border post" (gold 26's first run missed
a Gaza crossing opening its sentence and a Syrian-Jordanian border post): reported unplaced, never placed."""
from __future__ import annotations

from reading.geoparse import geoparse


def _surfaces(text: str, gaz) -> list[str]:
    return [text[r["start"]:r["end"]] for r in geoparse(text, gazetteer=gaz)]


def test_a_crossing_opening_its_sentence(gaz):
    assert _surfaces("Aid trucks were turned back. The Allenby crossing was closed on Friday.", gaz) == ["Allenby"]


def test_a_border_post(gaz):
    assert _surfaces("Lorries queued for hours at the Bajakovo border post on Sunday.", gaz) == ["Bajakovo"]


def test_an_adjective_before_a_unit_word_is_still_no_name(gaz):
    assert _surfaces("The Republican state party met on Monday.", gaz) == []
