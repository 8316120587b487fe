"""A country's exact name that a capital bears only as another name is the country, even where
the article names that capital (gold 3: "Mexico" after "Mexico City" was given the city)."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _all(text, gaz):
    return [(text[t["start"] : t["end"]], t["kind"], t["name"]) for t in geoparse(text, gazetteer=gaz)]


@pytest.mark.parametrize("text, country", [
    ("Lawmakers in Mexico City voted on Tuesday; Mexico will hold a referendum in June.", "Mexico"),
    ("Traffic in Guatemala City came to a halt as Guatemala mourned the victims.", "Guatemala"),
    ("A heatwave hit Kuwait City, and Kuwait cut power to industry.", "Kuwait"),
    ("Panama City's port reopened and Panama raised canal fees.", "Panama"),
])
def test_country_name_after_its_capital(gaz, text, country):
    rows = _all(text, gaz)
    bare = [r for r in rows if r[0] == country]
    assert bare and all(k == "country" for _, k, _ in bare), rows
    assert any(s == f"{country} City" and k == "city" for s, k, _ in rows), rows


def test_a_town_whose_own_name_it_is_keeps_the_usual_rules(gaz):
    rows = _all("Dockers in Djibouti went on strike, the port authority said.", gaz)
    assert rows and rows[0][0] == "Djibouti"
