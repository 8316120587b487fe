"""prefilter.folded_twin: a case-sensitive regex over fold(text) finds what the IGNORECASE one finds in text."""
import random
import re
from pathlib import Path

import pytest

from reading import actors, control, events
from reading.prefilter import fold, folded_twin


def _patterns():
    ev = events._patterns(events.EVENT_PATTERNS)
    out = [t.rx for t in ev["triggers"]] + ev["fatalities"]
    out += [ev[k] for k in ("none", "intervention", "violent", "planned", "negation", "history")]
    out += [rx for _, rx in actors._load_patterns(actors.ACTOR_PATTERNS)["generic"]]
    out += [rx for _, _, rx in control.ControlClaims()._p["patterns"]]
    return out


_ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "\u00df", "\u03a3", "\u2019", "\u2013", "\u00e9", "\u00c9", "\u01c5",
        "\u2160", "\0", "-", "'", "\n", "  "]


def _texts():
    root = Path(__file__).parent
    words = []
    for f in sorted((root / "fixtures").rglob("*")):
        if f.is_file():
            words += f.read_text(encoding="utf-8", errors="replace").split()
    words += "killed clashes fighting took control of seized the town withdrew from rebels KILLED Shelled".split()
    rng = random.Random(5)
    for _ in range(300):
        parts = []
        for _ in range(rng.randint(3, 40)):
            w = rng.choice(words)
            r = rng.random()
            if r < 0.1:
                w = w.upper()
            elif r < 0.2:
                i = rng.randint(0, len(w))
                w = w[:i] + rng.choice(_ODD) + w[i:]
            elif r < 0.3:
                w = w.replace("i", "\u0130").replace("s", "\u017f").replace("k", "\u212a")
            parts.append(w)
        yield " ".join(parts)


def test_twins_find_the_same_matches():
    pats = [(rx, folded_twin(rx)) for rx in _patterns()]
    assert sum(t is not None for _, t in pats) >= 20  # most of the patterns have one
    for text in _texts():
        low = fold(text)
        n = len(text)
        for rx, twin in pats:
            if twin is None:
                continue
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in twin.finditer(low)], rx.pattern
            a, b = n // 3, 2 * n // 3
            assert [m.span() for m in rx.finditer(text, a, b)] == [m.span() for m in twin.finditer(low, a, b)]


@pytest.mark.parametrize("pattern", [r"IEDs?", r"[a-z]+", r"(?-i:un)", r"(a)\1", r"caf\u00e9", r"\u00c9t\u00e9"])
def test_no_twin_when_not_certain(pattern):
    assert folded_twin(re.compile(pattern, re.I)) is None


def test_twin_of_a_plain_pattern():
    assert folded_twin(re.compile(r"took\s+control", re.I)).flags & re.I == 0
    assert folded_twin(re.compile(r"took")) is None  # not IGNORECASE: nothing to fold


def test_tolls_read_with_twins_are_the_same():
    p = events._patterns(events.EVENT_PATTERNS)
    rng = random.Random(9)
    words = ("killed", "KILLED", "Killed", "at", "least", "12", "1,200", "2011", "five", "FIVE", "f\u0131ve", "an", "a",
             "people", "civilians", "were", "dead", "died", "no", "casualties", "No", "one", "was", "hurt", "soldiers",
             "\u212ailled", "\u0130", "the", "toll", "rose", "to", "wounded", "and", "bodies", "\u2019", "-", ",")
    seen = set()
    for _ in range(5000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
        want = events._toll(p, text)
        assert events._toll(p, text, None, fold(text)) == want, text
        seen.add(want is None)
    assert seen == {True, False}


def test_folded_search_of_the_common_word_context_answers_as_the_pattern():
    # the window before a common-word name ("in Hope", "near Reading") is searched through the folded twin
    from reading.prefilter import folded_search
    from reading.toponyms import load_patterns

    rx = load_patterns().common_before
    search = folded_search(rx)
    assert folded_twin(rx) is not None and search is folded_search(rx)
    rng = random.Random(31)
    pieces = ["in ", "IN ", "near ", "Near\t", "the town of ", "fled south to ", "as far as ", "sailed for ", "x",
              "said ", "\u0130N ", "\u0131n ", "\u017feized ", "\u212aept ", "border  town of ", "\n", ", "] + _ODD
    for _ in range(5000):
        w = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))[-30:]
        a, b = rx.search(w), search(w)
        assert (a and a.span()) == (b and b.span()), w


def test_folded_search_without_a_twin_is_the_plain_search():
    from reading.prefilter import folded_search

    rx = re.compile(r"[A-Z]\w+")
    assert folded_search(rx) == rx.search
