"""The cheap pre-checks in front of costly regexes (reading/toponyms.py) never skip a match."""
from __future__ import annotations

import random

from reading.toponyms import _BESIDE_BEFORE, _beside_before

_WORDS = ("fled into", "Fled to", "FLEEING INTO", "escaped to", "crossing into", "refugees in", "sought  shelter in",
          "taking\tshelter in", "the border with", "borders of neighbouring", "Border Of", "crossed into neighboring",
          "in", "to", "the", "into", "near", "said", "troops", "on", "Monday", "and", "border", "shelter", ".",
          ";", "ſled into", "fl\u0130ght to", "cr\u017fssed into", "Caf\u00e9", "\u00c9cole", "\u0130stanbul")


def test_beside_before_same_as_regex() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 25))]
        text = " ".join(words) + " Kassala"
        memo: list = []
        for start in range(len(text) + 1):
            lo = max(0, start - 90)
            assert _beside_before(text, start, memo) == (_BESIDE_BEFORE.search(text, lo, start) is not None), (text, start)
