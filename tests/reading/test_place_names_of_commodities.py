"""A place's name that names a traded grade or contract ("West Texas Intermediate", "Brent crude",
"Dubai blend", "Brent futures") is no toponym: plain geoparsing leaves it out and the pipeline's place
reader makes no mention of it (:func:`reading.geoparse.named_after_a_place`). Where the oil comes from
stays a place ("Kirkuk crude exports", "Basra crude oil"), and so does a country ("U.S. crude")."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.document import Document
from reading.toponyms import PlaceMentions
from tests.reading.places import surfaces


@pytest.fixture(scope="module")
def places(gaz):
    return PlaceMentions(gaz)


def _mentions(places, text: str) -> list[str]:
    return [m.text for m in places(Document(id="t", text=text, published=dt.date(2025, 1, 1))).mentions]


@pytest.mark.parametrize("text, grade", [
    ("Oil prices climbed on Tuesday as Brent crude rose above $90 after the strike on Ras Tanura.", "Brent"),
    ("West Texas Intermediate slipped 1% while traders in Singapore waited for OPEC.", "Texas"),
    ("Brent futures settled lower; Dubai crude was steady in Asian trade.", "Dubai"),
    ("Kirkuk blend was quoted at a discount, traders in London said.", "Kirkuk"),
])
def test_a_commodity_grade_is_no_toponym_nor_mention(gaz, places, text, grade):
    assert grade not in surfaces(text, gaz)
    assert grade not in _mentions(places, text)


@pytest.mark.parametrize("text, place", [
    ("Kirkuk crude exports through the pipeline resumed on Monday.", "Kirkuk"),
    ("Tankers loaded Basra crude oil at the terminal.", "Basra"),
    ("Benchmark U.S. crude gained as Iraq cut output.", "U.S."),
])
def test_where_the_oil_comes_from_stays_a_place(gaz, text, place):
    assert place in surfaces(text, gaz)
