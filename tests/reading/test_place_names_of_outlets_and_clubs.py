"""A place's name inside a news outlet's or a football club's name is no toponym: plain geoparsing leaves
it out and the pipeline's place reader makes no mention of it, by one test
(:func:`reading.geoparse.named_after_a_place`): "the Kyiv Independent", "the Tehran Times", "Saba news
agency", "according to Petra", "Real Madrid", "Bayern Munich". Written as a place it stays one ("in
Petra")."""
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


@pytest.mark.parametrize("text, outlet", [
    ("Drones struck Odesa overnight, the Kyiv Independent reported.", "Kyiv"),
    ("The Tehran Times said the talks would resume in Muscat.", "Tehran"),
    ("According to the Kabul Times, floods hit Herat.", "Kabul"),
    ("Saba news agency said air strikes hit Hodeidah port.", "Saba"),
    ("Protesters gathered in Amman, according to Petra.", "Petra"),
    ("The Sudan Tribune said the army shelled Omdurman.", "Sudan"),
])
def test_an_outlets_place_name_is_no_toponym_nor_mention(gaz, places, text, outlet):
    assert outlet not in surfaces(text, gaz)
    assert outlet not in _mentions(places, text)


def test_a_news_agencys_name_written_as_a_place_stays_one(gaz, places):
    text = "Tourists returned to Petra after the border reopened."
    assert "Petra" in surfaces(text, gaz)
    assert "Petra" in _mentions(places, text)


@pytest.mark.parametrize("text, club", [
    ("Real Madrid fans celebrated in the streets of Lisbon.", "Madrid"),
    ("Fans of Inter Milan clashed with police in Rotterdam.", "Milan"),
    ("Leeds United lost at home on Saturday.", "Leeds"),
])
def test_the_pipeline_makes_no_mention_of_a_clubs_place_name(gaz, places, text, club):
    assert club not in surfaces(text, gaz)
    assert club not in _mentions(places, text)
    assert club not in " ".join(_mentions(places, text))
