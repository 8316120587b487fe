"""A town named like a common word is a place at one end of a journey "from X to Y" whose other end is a
place name that is no word (gold 26's first run: "the road from Nice to [a mountain village]" missed Nice);
two words ("from Hope to Glory") stay words."""
from __future__ import annotations

from reading.geoparse import geoparse


def _surfaces(text: str, gaz) -> list[str]:
    return [text[r["start"]:r["end"]] for r in geoparse(text, gazetteer=gaz)]


def test_the_word_town_where_a_journey_starts(gaz):
    assert _surfaces("The coach from Nice to Grasse was cancelled because of the storm.", gaz) == ["Nice", "Grasse"]


def test_the_word_town_where_a_journey_ends(gaz):
    assert "Split" in _surfaces("Ferries from Hvar to Split ran late all week.", gaz)


def test_two_words_are_no_journey(gaz):
    assert _surfaces("The mood went from Hope to Glory in one evening.", gaz) == []
