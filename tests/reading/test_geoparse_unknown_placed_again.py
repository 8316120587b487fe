"""A name the text puts in one country where the gazetteer has no place of it ("near X in Upper Nile state")
is that unknown place at its later bare mentions too: listed unplaced like the first, not a far namesake
(Bodø, Norway)."""
from __future__ import annotations

import pytest

from tests.reading.places import points_of


@pytest.mark.parametrize("text, name", [
    ("Families fled Bodo in Upper Nile state last week. Many returned to Bodo on Sunday, officials in Juba said.", "Bodo"),
    ("Rebels stormed Bodo in Upper Nile state, South Sudan, at dawn. By noon, soldiers were fighting around Bodo.", "Bodo"),
])
def test_later_mentions_stay_unplaced(gaz, text, name):
    assert points_of(text, gaz, name) == [(None, None), (None, None)]


def test_a_name_known_in_that_country_is_placed_at_every_mention(gaz):
    text = "Rebels shelled Nasir in Upper Nile state. Later, aid reached Malakal and Renk, in Upper Nile too."
    got = points_of(text, gaz, "Malakal")
    assert got and got[0][0] is not None and 8 < got[0][0] < 11
