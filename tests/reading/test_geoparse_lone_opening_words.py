"""An ordinary English word opening a sentence as the subject of its verb, when it is the text's
only name ("Hail pounded vineyards across the region"), is no place: before, it was Ha'il, Saudi
Arabia, since no other place of the text could doubt it. Written as a place, or with its country
named, it stays a place."""
from __future__ import annotations

import pytest

from tests.reading.places import surfaces, toponyms_by_name


@pytest.mark.parametrize("text", [
    "Hail pounded vineyards across the region on Tuesday, growers said.",
    "Hail the size of marbles dented cars in the parking lot overnight.",
    "Heavy rain fell all week. Hail stripped leaves from the orchards on Friday.",
    "Hail fell for twenty minutes and flattened the wheat.",
])
def test_a_weather_word_opening_the_only_sentence_is_no_place(gaz, text):
    assert "Hail" not in surfaces(text, gaz)


def test_a_lone_town_modifying_a_noun_stays(gaz):
    assert surfaces("Buffalo schools stayed closed for a third day.", gaz) == ["Buffalo"]


@pytest.mark.parametrize("text", [
    "Flights to Hail resumed on Monday after the sandstorm.",
    "Hail, in the north of Saudi Arabia, opened a new airport terminal.",
])
def test_the_town_written_as_a_place_stays(gaz, text):
    row = toponyms_by_name(text, gaz)["Hail"]
    assert row["lat"] is not None and abs(row["lat"] - 27.5) < 0.5, row
