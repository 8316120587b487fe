"""LiteralGate with per-alternative words: never rules out a pattern that matches in the span."""
import random
import re

from reading import actors, control, events
from reading.prefilter import LiteralGate, required_alternatives, required_literals


def test_alternatives_of_a_top_level_alternation():
    alts = required_alternatives(re.compile(r"(?<![\w\-])(?:deploy(?:ed)?\s+troops|sent\s+(?:more\s+)?forces)(?![\w])", re.I))
    assert [sorted(sorted(s) for s in a) for a in alts] == [[["deploy"], ["troops"]], [["forces"], ["sent"]]]
    assert required_alternatives(re.compile(r"took\s+control")) is None
    # the items around the alternation count, each side alone (no word made across it)
    alts = required_alternatives(re.compile(r"ab(?:xx|yy)cd"))
    assert [sorted(sorted(s) for s in a) for a in alts] == [[["ab"], ["cd"], ["xx"]], [["ab"], ["cd"], ["yy"]]]


def _pattern_sets():
    ev = events._patterns(events.EVENT_PATTERNS)
    yield [t.rx for t in ev["triggers"]] + ev["fatalities"] + [ev["none"]]
    yield [rx for _, rx in actors._load_patterns(actors.ACTOR_PATTERNS)["generic"]]
    yield [rx for _, _, rx in control.ControlClaims()._p["patterns"]]


def _words(patterns):
    out = set()
    for rx in patterns:
        for sets in (required_alternatives(rx) or []) + [required_literals(rx)]:
            for s in sets:
                out |= set(s)
    return sorted(out)


#: Control patterns need an actor token, a verb and a place token in that order: their texts get the tokens more
#: often, or 1,500 random texts may hold no match at all (gold 9: three new words left the sample with none).
_CONTROL_TOKENS = ("\u27e6A0\u27e7", "\u27e6P1\u27e7") * 4


def test_every_pattern_that_matches_is_possible():
    filler = ("the", "of", "at", "least", "12", "people", "were", "in", "town", "Forces", "Army", "and", "on", "by",
              "troops", "more", "new", "a", "an", "government", "rebels", "control", "\u27e6A0\u27e7", "\u27e6P1\u27e7", ",", ".")
    counts = []
    for k, patterns in enumerate(_pattern_sets()):
        rng = random.Random(2)  # one stream per set: words added to one set do not reshuffle the others' texts
        gate = LiteralGate(patterns)
        words = _words(patterns) + list(filler) + (list(_CONTROL_TOKENS) if k == 2 else [])
        matched = 0
        for _ in range(1500):
            toks = [rng.choice(words) for _ in range(rng.randint(1, 16))]
            toks = [t.upper() if rng.random() < 0.1 else t.capitalize() if rng.random() < 0.2 else t for t in toks]
            text = " ".join(toks)
            hits = gate.scan(text)
            n = len(text)
            for lo, hi in ((0, n), (n // 4, 3 * n // 4)):
                possible = set(gate.possible(hits, lo, hi))
                for i, rx in enumerate(patterns):
                    if next(rx.finditer(text, lo, hi), None) is not None:
                        matched += 1
                        assert i in possible, (rx.pattern, text, lo, hi)
        counts.append(matched)
    assert min(counts) > 0 and sum(counts) > 1000, counts
