"""A local story's dateline town and a namesake named later (gold 5's first run), on other sentences.

The dateline ("MIDLAND, Mich. (AP) -") qualifies the story's town; a later "Midland, Texas" is a
namesake. Before, the second qualifier cancelled the first (as two namesakes of an entry's last
paragraph do), so every bare "Midland" went to the bigger namesake; the town the article opens
with now keeps its state for the bare mentions after it (also when the dateline is in capitals).
"""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _lats(text: str, gaz, name: str) -> list[float]:
    return [r["lat"] for r in geoparse(text, gazetteer=gaz) if text[r["start"]:r["end"]].lower() == name.lower()]


@pytest.mark.parametrize("text, name, home, namesake_at", [
    ("MIDLAND, Mich. (AP) — Floodwaters rose along the Tittabawassee River in Midland on Tuesday. "
     "Residents of Midland were told to leave. The company moved its offices from Midland, Texas, in 2010.",
     "Midland", 43.62, 3),
    ("LONDON, Ky. (AP) — A jury in London convicted a man on Friday. He had lived in London, Ontario, "
     "before moving back to London in 2015.", "London", 37.13, 2),
])
def test_the_dateline_town_keeps_its_bare_mentions(gaz, text, name, home, namesake_at):
    lats = _lats(text, gaz, name)
    assert len(lats) == 4, lats
    for i, lat in enumerate(lats):
        if i == namesake_at:
            assert lat is not None and abs(lat - home) > 2, lats  # the namesake keeps its own qualifier
        else:
            assert lat is not None and abs(lat - home) < 0.5, lats
