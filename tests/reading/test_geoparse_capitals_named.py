"""Capitals told by their names (gold 22's first run: "Islamabad" read as Anantnag, which also bears
that name, in a Kashmir story; "the Seychelles, whose capital Victoria ..." read as Victoria, Hong
Kong, and the Seychelles as its airport), on other sentences.

- A national capital's own name, which the town chosen bears only as another name, is the capital
  (as a country's name is the country: ``_country_alias``).
- "X, whose capital Y ..." and "X, whose capital, Y, ..." place Y in X, as "whose capital is Y" did.
- A country's name that an airport bears only as another name is the country.
"""
from __future__ import annotations

from reading.geoparse import geoparse


def _points(text: str, gaz, name: str) -> list[tuple]:
    return [(r.get("lat"), r.get("lon")) for r in geoparse(text, gazetteer=gaz) if text[r["start"]:r["end"]] == name]


def test_a_capital_beside_a_town_that_bears_its_name_as_another_name(gaz):
    text = "Pakistan's envoy was recalled to Islamabad as curfews were imposed in Anantnag and Baramulla."
    ((lat, lon),) = _points(text, gaz, "Islamabad")
    assert abs(lat - 33.72) < 0.1 and abs(lon - 73.04) < 0.1  # not Anantnag (33.73, 75.15)
    ((lat, lon),) = _points(text, gaz, "Anantnag")
    assert abs(lon - 75.15) < 0.1


def test_whose_capital_without_is(gaz):
    text = "Tourism is booming in the Seychelles, whose capital Victoria sits on the island of Mahe."
    ((lat, lon),) = _points(text, gaz, "Victoria")
    assert abs(lat + 4.62) < 0.2 and abs(lon - 55.45) < 0.2  # not Victoria, Hong Kong
    ((lat, lon),) = _points(text, gaz, "Seychelles")
    assert abs(lat + 4.7) < 0.5  # the country, not its airport


def test_whose_capital_between_commas(gaz):
    text = "Cruise ships call at the Seychelles, whose capital, Victoria, is one of the smallest in the world."
    ((lat, lon),) = _points(text, gaz, "Victoria")
    assert abs(lat + 4.62) < 0.2 and abs(lon - 55.45) < 0.2  # not Victoria, Hong Kong


def test_whose_capital_between_commas_keeps_the_named_country(gaz):
    text = "Investors eye the Cayman Islands, whose capital, George Town, has more banks than traffic lights."
    ((lat, lon),) = _points(text, gaz, "George Town")
    assert abs(lat - 19.29) < 0.2 and abs(lon + 81.38) < 0.2  # not George Town, Penang
