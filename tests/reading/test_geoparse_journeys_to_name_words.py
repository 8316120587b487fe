"""A town whose name is also a frequent given name or word ("Inverness", "Augusta") is a place after a journey
to it (gold 21's first run: "dual the A9 all the way to Inverness" missed Inverness), as after "fled to" or
"moved to"; a bare "to X" is still no such clue, nor is "the road to X" (a common word: "the road to Recovery")."""
from __future__ import annotations

from reading.geoparse import geoparse


def _surfaces(text: str, gaz) -> list[str]:
    return [text[r["start"]:r["end"]] for r in geoparse(text, gazetteer=gaz)]


def test_a_drive_to_a_name_word_town(gaz):
    assert "Inverness" in _surfaces("After the match the fans drove to Inverness through the night.", gaz)


def test_the_trains_to_a_name_word_town(gaz):
    assert "Inverness" in _surfaces("Snow delayed the trains to Inverness on Tuesday morning.", gaz)


def test_a_name_word_after_a_bare_to_is_no_place(gaz):
    assert "Augusta" not in _surfaces("The coach handed the trophy to Augusta after the final whistle.", gaz)
