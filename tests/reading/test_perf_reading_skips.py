"""Checks skipped for speed in the reading stages are checks that could not have matched."""
import random
import re

import reading.control as C


def _tokenised(rng):
    words = ["the", "rebels", "took", "control", "of", "town", "held", "by", "army", "north", "withdrew",
             "from", "fell", "to", "base", "under", "was", "captured", ",", "which", "in", "hands", "said",
             "\u27e6A0\u27e7", "\u27e6a1\u27e7", "\u27e6P0\u27e7", "\u27e6P1\u27e7", "\u27e6A2\u27e7"]
    return " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))


def test_control_token_needs_read_from_the_patterns():
    p = C._load(C.CONTROL_PATTERNS)
    needs = {pid: p["token_needs"][id(rx)] for pid, _, rx in p["patterns"]}
    assert needs["x-took-y"] == (("\u27e6A", "\u27e6a"),)
    assert needs["y-taken-by-x"] == (("\u27e6A", "\u27e6a"),)
    assert needs["name-held-y"] == ()  # a name, no token
    assert needs["x-expanding"] == ()  # its actor is optional
    assert C._token_needs(re.compile(r"(?:\u27e6A\d+\u27e7\s+)?took", re.I)) == ()
    assert C._token_needs(re.compile(r"\u27e6K\d+\u27e7", re.I)) == ()  # IGNORECASE: 'k' is also the Kelvin sign


def test_control_token_needs_never_skip_a_match():
    p = C._load(C.CONTROL_PATTERNS)
    rng = random.Random(7)
    texts = [_tokenised(rng) for _ in range(3000)]
    texts += ["\u27e6A0\u27e7 took \u27e6P0\u27e7", "\u27e6P0\u27e7 was captured by \u27e6A0\u27e7",
              "\u27e6P0\u27e7, which was held by the \u27e6A1\u27e7", "\u27e6P0\u27e7 fell to \u27e6A0\u27e7"]
    matched = 0
    for _, _, rx in p["patterns"]:
        need = p["token_needs"][id(rx)]
        for t in texts:
            if rx.search(t) is not None:
                matched += 1
                assert all(any(w in t for w in ws) for ws in need), (rx.pattern[:60], t)
    assert matched > 10
