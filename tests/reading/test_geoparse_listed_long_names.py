"""A name that is also an ordinary word is a place when listed with a place whose name runs to
three or four words ("between Tank and Dera Ismail Khan": gold 4's first run missed Tank, since
only "Dera Ismail" was looked up)."""
from __future__ import annotations

from tests.reading.places import surfaces


def test_common_word_town_listed_with_a_long_name(gaz):
    text = "A roadside bomb hit a police van on the road between Tank and Dera Ismail Khan, police said."
    assert surfaces(text, gaz) == ["Tank", "Dera Ismail Khan"]


def test_ordinary_words_listed_with_ordinary_words_stay_words(gaz):
    assert surfaces("The Police and Army Corps agreed to the plan.", gaz) == []
