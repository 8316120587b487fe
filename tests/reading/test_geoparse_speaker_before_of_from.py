"""A place after "a man from" or "the mayor of" is no speaker when "said he/she" follows: the noun before
"of"/"from" is (gold 26's first run: "A young man from [a country] said he had left [its capital]" lost the
country to the rule that reads "Florence said she would return" as a person)."""
from __future__ import annotations

from reading.geoparse import geoparse


def _surfaces(text: str, gaz) -> list[str]:
    return [text[r["start"]:r["end"]] for r in geoparse(text, gazetteer=gaz)]


def test_a_country_of_origin_before_said_he(gaz):
    assert _surfaces("A farmer from Chad said he had lost half his herd to the drought.", gaz) == ["Chad"]


def test_a_city_after_an_office_before_said_she(gaz):
    assert _surfaces("The mayor of Florence said she would close the bridges.", gaz) == ["Florence"]


def test_a_bare_name_before_said_she_is_still_a_person(gaz):
    assert _surfaces("Florence said she would return after the holidays.", gaz) == []


def test_a_relative_of_a_person_is_still_a_person(gaz):
    assert _surfaces("The son of Jordan said he was proud of the team.", gaz) == []
