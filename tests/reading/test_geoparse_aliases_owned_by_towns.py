"""A name that is only another name of a far big city and the own name of other towns ("Sion": an old
name of Jerusalem; towns called Sion in the Netherlands, Peru, Canada; a part of Mumbai the gazetteer
lacks) gives the big city no better claim than a namesake: in a Mumbai story it is doubted as a stray
(before, it was Jerusalem, spared for its size). Where the article is about the city's country, or a
place near the namesake, the other rules still place it."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text", [
    "Mumbai police arrested two men at Sion station on Friday.",
    "The Bombay High Court in Mumbai heard the case. Hundreds gathered in Sion to protest.",
    "Local trains stopped in Mumbai on Monday, and shops in Sion stayed shut.",
])
def test_an_alias_of_a_far_big_city_is_no_place_in_another_citys_story(gaz, text):
    row = toponyms_by_name(text, gaz).get("Sion")
    assert row is None or row["lat"] is None, row


def test_the_alias_still_reads_near_its_namesake(gaz):
    row = toponyms_by_name("Swiss police in Valais said the road to Sion was closed.", gaz)["Sion"]
    assert abs(row["lat"] - 46.23) < 0.2 and abs(row["lon"] - 7.36) < 0.2, row


def test_the_alias_stays_the_big_city_in_its_own_country(gaz):
    row = toponyms_by_name("Israeli police closed roads in Sion.", gaz)["Sion"]
    assert abs(row["lat"] - 31.77) < 0.2, row
