"""The folded twins events.py asks instead of its patterns find the same spans."""
import re

import reading.events as E
from reading.prefilter import fold

_TEXTS = [
    "Residents fleeing to Tawila said the RSF, which had seized it in December, was driven out by the army.",
    "In the new strategy game, your tanks storm Kyiv; İn thE FİLM, rebels take Kabul (ſeized) — police clashed "
    "with protesters, killing 3, a claim that could not be independently verified.",
    "The militants said they had killed dozens of soldiers since it captured Bakhmut, briefly taking Gao before "
    "withdrawing; air strikes may be called on bunkers. The Houthis denied carrying out the attack, KILLING none.",
]


def _pairs():
    for name, twin in vars(E).items():
        if name.endswith("_F") and isinstance(twin, re.Pattern):
            yield name, getattr(E, name[:-2]), twin


def test_every_twin_finds_the_same_spans():
    pairs = list(_pairs())
    assert len(pairs) >= 40
    for text in _TEXTS:
        folded = fold(text)
        for name, rx, twin in pairs:
            for lo in range(0, len(text), 7):
                for hi in (lo + 30, lo + 90, len(text)):
                    for how in ("search", "match"):
                        a = getattr(rx, how)(text, lo, hi)
                        b = getattr(twin, how)(folded, lo, hi)
                        assert (a and a.span()) == (b and b.span()), (name, how, lo, hi)


def test_fiction_opener_reads_any_case():
    old = re.compile(E._FICTION.pattern.replace("(?:in|throughout)", "(?:In|Throughout)", 1), re.I)
    for text in _TEXTS + ["Throughout this series, ...", "IN THE FILM, rebels take Kabul", "In Kabul, rebels"]:
        for pos in range(len(text)):
            assert bool(old.match(text, pos)) == E.fiction(text, pos)


def test_word_checks_before_patterns_change_nothing():
    texts = _TEXTS + ["Rallies in SUPPORT of Gaza; marchers in ſolidarity with the people of Sudan: the WAR ON Gaza",
                      "on the border with Mali and Niger — while clashes went on, whereas talks stalled, as well as when"]
    for text in texts:
        for lo in range(0, len(text), 3):
            for hi in range(lo, min(len(text), lo + 120) + 1, 5):
                assert E._topic_before(text, lo, hi) == (E._TOPIC_BEFORE.search(text, lo, hi) is not None)
                out, cur = [], lo
                for m in E._CLAUSE.finditer(text, lo, hi):
                    out.append((cur, m.start()))
                    cur = m.end()
                out.append((cur, hi))
                assert E.clauses_of(text, lo, hi) == [(s, e) for s, e in out if e > s]
