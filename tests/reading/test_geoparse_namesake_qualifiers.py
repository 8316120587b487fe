"""Namesakes an entry lists after its subject (gold 5's first run: "Queenstown, a resort in the Otago
region of New Zealand", "Queenstown in western Tasmania", both placed at the subject), on other
sentences.

- An appositive "X, a city/resort/suburb in the Y region of Country" places X in the unit's country,
  as it did for a country right after the noun ("Bol, a town in Chad").
- "X in western Y" (a part of a state or country) places X in Y, narrowed to Y's towns of the name,
  as "X in Y" did.
"""
from __future__ import annotations

from reading.geoparse import geoparse


def _lats(text: str, gaz, name: str) -> list[float]:
    return [r["lat"] for r in geoparse(text, gazetteer=gaz) if text[r["start"]:r["end"]] == name]


def test_appositive_namesakes_leave_the_subject(gaz):
    text = ("Hamilton is a port city in the province of Ontario, Canada. Namesakes include Hamilton, a city "
            "in the Waikato region of New Zealand, and Hamilton, a resort in the Bermuda islands.")
    lats = _lats(text, gaz, "Hamilton")
    assert len(lats) == 3 and abs(lats[0] - 43.25) < 0.3, lats
    assert abs(lats[1] + 37.78) < 0.3 and abs(lats[2] - 32.29) < 0.3, lats


def test_a_town_in_a_part_of_a_state(gaz):
    text = ("Kingston is a town in Tasmania, Australia, south of Hobart. Other towns of the name include "
            "Kingston in eastern Ontario.")
    lats = _lats(text, gaz, "Kingston")
    assert len(lats) == 2 and abs(lats[0] + 42.98) < 0.3 and abs(lats[1] - 44.23) < 0.3, lats


def test_part_of_a_state_in_a_story(gaz):
    text = "The ferry stopped at Devonport in northern Tasmania and at Kingston in eastern Ontario."
    assert abs(_lats(text, gaz, "Kingston")[0] - 44.23) < 0.3
    assert abs(_lats(text, gaz, "Devonport")[0] + 41.18) < 0.3
