"""Names around a middle initial are a person's (gold 21's first run: "land donated by George W. Wright"
read George as a town), on other sentences: neither the given name before the initial nor the surname
after it is a place, and Roman numerals are no initials ("Division I. Corsicana")."""
from __future__ import annotations

from reading.geoparse import geoparse


def _surfaces(text: str, gaz) -> list[str]:
    return [text[r["start"]:r["end"]] for r in geoparse(text, gazetteer=gaz)]


def test_a_given_name_before_a_middle_initial(gaz):
    assert _surfaces("The church in Marshall was built on land given by George T. Hale in 1871.", gaz) == ["Marshall"]


def test_a_surname_after_a_middle_initial(gaz):
    assert _surfaces("The first mill at Waltham was built by Francis C. Lowell in 1814.", gaz) == ["Waltham"]


def test_a_roman_numeral_is_no_initial(gaz):
    text = "The Tigers play in Division I. Corsicana hosts the final on Friday."
    assert "Corsicana" in _surfaces(text, gaz)
