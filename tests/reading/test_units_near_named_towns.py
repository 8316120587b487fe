"""A name the gazetteer cannot place, in a sentence naming a town of its country near a second- or
third-level unit of that name, is that unit ("Adenzai, near Mingora": the tehsil), as a unit word or a
named province would make it; a unit far from the sentence's towns is no candidate."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Gunmen torched a girls' school in Adenzai, near Mingora, before dawn.", "Adenzai", 34.73, 72.03),
    ("Flash floods cut the road between Ajmiriganj and Habiganj on Thursday.", "Ajmiriganj", 24.55, 91.28),
])
def test_an_unplaced_name_near_a_town_is_the_unit_of_its_country(gaz, text, name, lat, lon):
    t = toponyms_by_name(text, gaz)[name]
    assert t["lat"] is not None and abs(t["lat"] - lat) < 0.1 and abs(t["lon"] - lon) < 0.1
    assert t["precision"] == 2


def test_a_unit_far_from_the_sentences_towns_is_not_taken(gaz):
    text = "Gunmen torched a girls' school in Adenzai, near Karachi, before dawn."
    assert toponyms_by_name(text, gaz)["Adenzai"]["lat"] is None
