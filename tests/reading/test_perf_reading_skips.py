"""Checks skipped for speed in the reading stages are checks that could not have matched."""
import random
import re

import reading.control as C
from geo.gazetteer import _trie_regex


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


def _plain_group_regex(names):
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?P<g>{alts})(?![\w\-])")


def test_group_trie_as_the_plain_alternation():
    import json

    import reading.actors as AC

    data = json.loads(AC.ACTOR_PATTERNS.read_text(encoding="utf-8"))
    p = AC._load_patterns(AC.ACTOR_PATTERNS)
    rx, names = p["groups"][0][0], p["groups"][1]
    plain = _plain_group_regex(names)
    assert rx.pattern != plain.pattern  # the trie
    spellings = sorted(names)
    rng = random.Random(11)
    glue = [" ", "  ", "-", "s", "'s ", ", ", "\n", "x", "", " the ", "-led "]
    texts = []
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 6)):
            w = rng.choice(spellings)
            if rng.random() < 0.3:
                w = w[:rng.randint(1, len(w))]  # a spelling cut short
            parts.append(w)
            parts.append(rng.choice(glue))
        texts.append("".join(parts))
    for t in texts:
        assert [(m.span(), m.group("g")) for m in rx.finditer(t)] == [(m.span(), m.group("g")) for m in plain.finditer(t)], t
    # with spellings that are each other's prefixes and several words
    names2 = {"Al Shabaab": 1, "Al Shabaab fighters": 1, "Al": 1, "Houthi": 1, "Houthis": 1, "Hou": 1, "U.N.": 1}
    trie2 = _trie_regex(names2, unit=AC._spaced)
    rx2 = re.compile(rf"(?P<g>{trie2})(?![\w\-])")
    plain2 = _plain_group_regex(names2)
    for t in ["Al Shabaab fighters", "Al  Shabaab fightersx", "Houthis-led Houthi Hou U.N.", "Al-Shabaab Al\nShabaab"]:
        assert [(m.span(), m.group("g")) for m in rx2.finditer(t)] == [(m.span(), m.group("g")) for m in plain2.finditer(t)]
    # the subject verbs: plain words, none beginning another, as a trie; else as written
    words = data["subject_verb_words"]
    assert p["verbs"].pattern != f"(?:{words})"
    vplain = re.compile(f"(?:{words})")
    for t in texts[:500] + ["rebels attacked and retook it, fired, struck; took over, overran"]:
        assert [m.span() for m in p["verbs"].finditer(t.lower())] == [m.span() for m in vplain.finditer(t.lower())]
    assert AC._verb_words("took|retook|tookx") == "took|retook|tookx"
    assert AC._verb_words("fired|[a-z]+") == "fired|[a-z]+"


def _scan_two_passes(gate, text):
    from reading.prefilter import fold

    found = [(last + 1, n, mask) for auto, nocase in gate._automata
             for last, (n, mask) in auto.iter(fold(text) if nocase else text)]
    found.sort()
    return [e for e, _, _ in found], [e - n for e, n, _ in found], [m for _, _, m in found]


def test_gate_one_pass_for_both_kinds_of_words():
    import reading.actors as AC
    from reading.prefilter import LiteralGate

    gates = [AC._load_patterns(AC.ACTOR_PATTERNS)["gate"],
             LiteralGate([re.compile(r"Army\s+\w+"), re.compile(r"army|troops", re.I), re.compile(r"ARMY"),
                          re.compile(r"(?:State|state)\s+forces"), re.compile(r"killed", re.I)])]
    rng = random.Random(5)
    words = ["Army", "army", "ARMY", "aRmy", "State", "state", "forces", "FORCES", "killed", "KILLED", "troops",
             "EU", "eu", "UN", "\u0130", "\u212a", "\u017f", "Forces", "Organisation", "the", "The", "-", " ", "\n"]
    texts = ["".join(rng.choice(words) + rng.choice(["", " ", ", "]) for _ in range(rng.randint(0, 20)))
             for _ in range(2000)]
    for gate in gates:
        assert gate._merged is not None and len(gate._automata) == 2
        for t in texts:
            hits = gate.scan(t)
            assert hits[0] == sorted(hits[0]), t  # by end: what mask() bisects
            assert _by_end(hits) == _by_end(_scan_two_passes(gate, t)), t


def _by_end(hits):
    """A scan's hits in one order (words ending at the same place come in no set order)."""
    ends, starts, masks = hits
    return sorted(zip(ends, starts, masks))


def test_word_hints_as_the_finds_they_replace():
    import reading.events as E

    rng = random.Random(9)
    pieces = list(E._TOPIC_WORDS + E._SUPERLATIVE_WORDS + E._CLAUSE_CUES) + ["a", " ", "x", "wit", "wa", "es", "t", "\u2013"]
    for _ in range(3000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(t))
        hi = rng.randint(lo, len(t) + 2)
        for words, hint in ((E._TOPIC_WORDS, E._TOPIC_HINT), (E._SUPERLATIVE_WORDS, E._SUPERLATIVE_HINT),
                            (E._CLAUSE_CUES, E._CLAUSE_CUE)):
            assert any(t.find(w, lo, hi) >= 0 for w in words) == (hint.search(t, lo, hi) is not None), (t, lo, hi)


def _checked_texts():
    import os
    import sys

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "bench"))
    try:
        import articles
    finally:
        sys.path.pop(0)
    texts = [a.text for a in articles.generate(150)]
    rng = random.Random(13)
    words = ["destroyed", "Destroyed", "several", "Russian", "russian", "RUSSIAN", "positions", "posts", "clashes",
             "fighting", "against", "terror", "fired", "on", "at", "the", "army", "Army", "troops", "wounded", "by",
             "Indian", "indian", "sniper", "fire", "Fire", "handed", "over", "control", "of", "tried", "to", "seize",
             "Kidal", "kidal", "a", "12", "\u0130", "\u212a", "-", ",", ".", "Israeli", "israeli", "U.S.", "u.s.",
             "strikes", "hit", "since", "January", "january", "drone", "air", "warplanes", "struck"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))) for _ in range(3000)]
    return texts


def test_checked_twins_as_their_triggers():
    import reading.events as E
    from reading.prefilter import fold

    p = E._patterns(E.EVENT_PATTERNS)
    checked = [(t, tw) for t, tw in zip(p["triggers"], p["twins"]) if isinstance(tw, E._CheckedTwin)]
    assert {t.id for t, _ in checked} >= {"clash", "air"}
    assert E._CheckedTwin.of(re.compile(r"a(?!\s+(?-i:[A-Z]))", re.I)) is None  # loosened in a negation: none
    assert E._CheckedTwin.of(re.compile(r"a\s+(?-i:[A-Z])", re.I)) is not None
    for text in _checked_texts():
        ft = fold(text)
        for lo in range(0, len(text), 97):
            hi = min(len(text), lo + 250)
            for t, tw in checked:
                assert [m.span() for m in tw.matches(text, ft, lo, hi)] == [m.span() for m in t.rx.finditer(text, lo, hi)]


def test_unit_of_before_gate_never_skips_a_match():
    import reading.toponyms as T

    rng = random.Random(11)
    words = ["the", "U.S.", "Mexican", "state", "province", "country", "of", "off", "kingdom", "republic",
             "Indian", "nation", "in", "\t", "\n", "Sonora", "officials", "said"]
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) + " Sonora"
        start = len(text) - 6
        plain = T._UNIT_OF_BEFORE.search(text, max(0, start - 40), start)
        got = T._unit_of_before(text, start)
        assert (plain and plain.span(), plain and plain.groups()) == (got and got.span(), got and got.groups())
    m = T._unit_of_before("He grew up in the Mexican state of Sonora", 35)
    assert m is not None and m.groups() == ("Mexican", "state")


def test_local_unit_words_hold_every_local_unit_match():
    import reading.toponyms as T

    rng = random.Random(12)
    words = ["captured", "Kani", "town", "township", "sub-district", "subdistrict", "commune", "municipality",
             "locality", "woreda", "tehsil", "taluka", "upazila", "county", "province", "prefecture", "department",
             "village", "hall", "in", "Sagaing", "Region", "\t", "downtown", "Town", "District"]
    hits = 0
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        m = T._LOCAL_UNIT_AFTER.search(text)
        hits += m is not None
        assert m is None or any(w in text for w in T._LOCAL_UNIT_WORDS)
    assert hits > 500
