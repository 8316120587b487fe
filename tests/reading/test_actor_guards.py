"""The generic actor patterns' first-letter look-aheads (from prefilter.literal_starts) change no match."""
import json
import random
import re

import pytest

import reading.actors as AC
from reading.prefilter import literal_starts


def _texts():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    import articles

    texts = [a.text for a in articles.generate(150)]
    rng = random.Random(5)
    words = ["Russian", "forces", "the", "The", "Army", "army", "2", "12,000", "Two", "Several", "Rapid", "Support",
             "Forces", "RSF", "Free", "Syrian", "President", "Vice", "Prime", "Minister", "Ali", "UN", "U.N.", "EU",
             "United", "Nations", "of", "Sudan", "-", "led", "backed", "troops", "militias", "Islamic", "State", "in",
             "\u0130", "\u212a", "\u2019s", "Committee", "for", "Guard", "Brigade", "Corps", "3rd", "Division", "x"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 20))) for _ in range(3000)]
    return texts


def test_guarded_generic_patterns_match_as_before():
    data = json.loads(open(AC.ACTOR_PATTERNS, encoding="utf-8").read())
    p = AC._load_patterns(AC.Path(AC.ACTOR_PATTERNS))
    pairs = []
    for g, (gid, rx) in zip(data["generic"], p["generic"]):
        flags = re.IGNORECASE if "i" in g.get("flags", "") else 0
        pairs.append((gid, re.compile(rf"(?<![\w\-])(?:{g['pattern']})(?![\w])", flags), rx))
    assert sum(old.pattern != new.pattern for _, old, new in pairs) >= 3  # the case-sensitive ones are guarded
    for text in _texts():
        for gid, old, new in pairs:
            assert [(m.span(), m.groups()) for m in old.finditer(text)] == \
                   [(m.span(), m.groups()) for m in new.finditer(text)], gid


@pytest.mark.parametrize("pattern, first", [
    (r"(?:[A-Z0-9][\w]+\s+){0,2}(?:Front|Army)", set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
    (r"(?:[Tt]he\s+)", {"T", "t"}),
    (r"(?!No\b)(?:President|Premier)", {"P"}),
    (r"(?:the\s+)?(?:rebels|army)", {"t", "r", "a"}),
])
def test_first_letters(pattern, first):
    assert {w[0] for w in literal_starts(pattern, classes=True)} == first


@pytest.mark.parametrize("pattern", [r"\w+", r"(?:a)?", r"(?i:a)b", r"[^a]b", r".b", r"x*"])
def test_first_letters_unknown(pattern):
    assert literal_starts(pattern, classes=True) is None


@pytest.mark.parametrize("pattern, starts", [
    (r"\b(?:fighting|clashes)\s+(?:in|near)", {"fighting", "clashes"}),
    (r"(?<!no\s)(?:heavy\s+)?shelling", {"heavy", "shelling"}),
    (r"(?:air|drone)(?:\s+strike)?s?", {"air", "drone"}),
    (r"x+y", {"x"}),
])
def test_literal_starts_words(pattern, starts):
    assert literal_starts(pattern) == starts


@pytest.mark.parametrize("pattern", [r"[Tt]he army", r"(?:a|\w+)b", r"(?:the\s+)?", r"(?:x)*(?:y)*"])
def test_literal_starts_unknown_without_classes(pattern):
    assert literal_starts(pattern) is None  # a class, an unknown alternative, a match that may be empty
