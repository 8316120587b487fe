"""Regexes searched through their locators (prefilter.Located, events._Located) find their own matches."""
import random
import re

import pytest

import reading.events as E
from reading.prefilter import fold


def _texts():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    import articles

    texts = [a.text for a in articles.generate(120)]
    rng = random.Random(21)
    words = ["clashes", "clashed", "fighting", "fought", "the", "a", "air", "strikes", "strike", "struck", "drone",
             "killed", "killing", "took", "control", "of", "seized", "captured", "Kidal", "rebels", "protesters",
             "mob", "mobs", "lynched", "meeting", "met", "with", "talks", "in", "on", "-", ",", ".", "\u2019s", "'",
             "bodies", "of", "were", "found", "dumped", "set", "fire", "to", "homes", "looted", "re", "x", "12",
             "Israeli", "israeli", "army", "troops", "attacked", "attack", "on", "a", "checkpoint", "\u0130", "\u212a"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 30))) for _ in range(2000)]
    texts += ["".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(1000)]  # words run together
    return texts


def test_trigger_twins_search_through_locators():
    p = E._patterns(E.EVENT_PATTERNS)
    located = [(t, tw) for t, tw in zip(p["triggers"], p["twins"]) if isinstance(tw, E._Located)]
    checked = [(t, tw) for t, tw in zip(p["triggers"], p["twins"]) if isinstance(tw, E._CheckedTwin)]
    # ("take" reads case since "(?-i:storms)", "retake" since "took back X": checked twins, their loose patterns
    # located; all triggers but two are searched through a locator)
    assert len(located) + len(checked) >= len(p["triggers"]) - 2 and len(located) >= 28
    assert all(isinstance(tw.loose, E._Located) for _, tw in checked)
    assert "take" in {t.id for t, _ in located + checked}
    for text in _texts():
        ft = fold(text)
        for lo, hi in ((0, len(text)), (len(text) // 3, len(text)), (len(text) // 4, 3 * len(text) // 4)):
            for t, tw in located:
                assert [m.span() for m in tw.finditer(ft, lo, hi)] == [m.span() for m in t.rx.finditer(text, lo, hi)], t.id
            for t, tw in checked:
                assert [m.span() for m in tw.loose.finditer(ft, lo, hi)] == [m.span() for m in tw.loose.rx.finditer(ft, lo, hi)]


@pytest.mark.parametrize("pattern, starts", [
    (r"(?<![\w\-])(?:mobs?|lynch(?:ed|ing)?)(?![\w])", {"mob", "lynch"}),
    (r"\b(?:the\s+)?(?:rebels|army)\b", {"the", "rebels", "army"}),
    (r"(?=x)ab|c(?:d|e)f", {"ab", "c"}),
    (r"(?:ab|cd)*e", {"ab", "cd", "e"}),
])
def test_locator_beginnings(pattern, starts):
    tw = E._Located.of(re.compile(pattern))
    assert set(tw.loc.pattern.split("|")) == starts


@pytest.mark.parametrize("pattern", [r"[a-z]+x", r"(?:a|)", r"x?", r"(?i:ab)c", r"\w+ed", r"(?:ab|[cd]e)"])
def test_no_locator_when_beginnings_unknown(pattern):
    assert E._Located.of(re.compile(pattern)).__class__ is re.Pattern
    assert E._Located.of(re.compile("ab", re.I)).__class__ is re.Pattern  # (case-blind: not read)


def test_cue_twins_search_through_locators():
    p = E._patterns(E.EVENT_PATTERNS)
    cues = {k: tw for k, tw in p["cue_twins"].items() if isinstance(tw, E._Located)}
    assert {"negation", "planned", "history"} <= set(cues)
    for text in _texts()[::3]:
        ft = fold(text)
        for k, tw in cues.items():
            for lo in range(0, len(ft), 23):
                for hi in (lo + 40, lo + 60, len(ft)):
                    a, b = tw.search(ft[lo:hi]), p[k].search(text[lo:hi])
                    assert (a and a.span()) == (b and b.span()), k
                    a, b = tw.search(ft, lo, hi), tw.rx.search(ft, lo, hi)
                    assert (a and a.span()) == (b and b.span()), k


def test_no_locator_when_the_engine_has_a_prefix():
    assert E._Located.of(re.compile(r"(?:violent|turned)\s+x")).__class__ is re.Pattern


@pytest.mark.parametrize("name", ["_MAY_BEFORE", "_HELPER_BEFORE", "_OBJECT_BEFORE", "_ONE_OF_THE_WORST",
                                  "_PREP_BEFORE", "_CLAIMED"])
def test_module_twins_searched_through_locators_find_the_originals_matches(name):
    rx, tw = getattr(E, name), getattr(E, name + "_F")
    assert isinstance(tw, E._Located)
    texts = _texts()[::4] + ["Rebels may have shelled the town, the army claimed on Monday.",
                             "SOLDIERS KILLED THREE GUNMEN AND ARRESTED TWO AT THE CHECKPOINT",
                             "In one of the worst attacks this year, drones helped by spotters struck Sumy."]
    for text in texts:
        ft = fold(text)
        for lo in range(0, len(ft), 17):
            for hi in (lo + 40, lo + 70, len(ft)):
                a, b = tw.search(ft, lo, hi), rx.search(text, lo, hi)
                assert (a and a.span()) == (b and b.span()), (name, text[lo:hi])
