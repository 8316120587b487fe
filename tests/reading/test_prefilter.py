"""reading.prefilter: a skipped regex is one that could not have matched."""
import re

import pytest

from reading import control, events
from reading.prefilter import prefilter, required_literals

TEXTS = [
    "",
    "Nothing happened in the town on Monday.",
    "At least 12 people were killed when shelling hit Aleppo.",
    "The death toll rose to 30, officials said.",
    "Rebels captured the airport; 3 soldiers were reportedly killed.",
    "KILLED: 4 civilians dead in Kherson after a drone attack.",
    "\u27e6P0\u27e7, which is controlled by \u27e6A1\u27e7, was quiet.",
    "\u27e6P2\u27e7 fell to \u27e6A0\u27e7 after a siege.",
    "Kılled in the blast were 5 men.",  # dotless i: IGNORECASE folds it to i
]


def _project_patterns():
    ev = events._patterns(events.EVENT_PATTERNS)
    ctl = control._load(control.CONTROL_PATTERNS)
    return [*ev["fatalities"], *(t.rx for t in ev["triggers"]), *(rx for _, _, rx in ctl["patterns"])]


def test_no_project_pattern_is_skipped_where_it_matches():
    for rx in _project_patterns():
        may = prefilter(rx)
        for text in TEXTS:
            if rx.search(text):
                assert may(text), (rx.pattern[:60], text)


def test_a_required_word_missing_skips_the_regex():
    may = prefilter(re.compile(r"(?:at\s+least\s+)?(?P<n>\d+)\s+(?:were|are)\s+killed", re.I))
    assert not may("Talks resumed in Geneva.")
    assert may("12 were KILLED")


def test_window_limits_the_check():
    may = prefilter(re.compile(r"\bkilled\b", re.I))
    text = "Shelling. Two killed."
    assert not may(text, 0, 9)
    assert may(text, 10, len(text))


def test_case_rules_follow_the_regex():
    assert prefilter(re.compile(r"Kidal town"))("kidal town") is False
    assert prefilter(re.compile(r"Kidal town", re.I))("kidal TOWN") is True
    assert prefilter(re.compile(r"(?i:kidal) town"))("KIDAL town") is True


def test_case_bound_words_are_required_words_too():
    # "(?-i:...)" words must be written as they stand: a case-blind check finds them, so they gate the regex;
    # "(?i:...)" words may be written in any case in a case-sensitive regex: still no gate
    surge = re.compile(r"(?<!\w)(?:(?-i:Surges?)|(?-i:surge))(?!\w)", re.I)
    assert required_literals(surge) and prefilter(surge)("Cattle were stolen near Wau.") is False
    for text in ("A Surge of gunmen hit Bor.", "a surge", "SURGES of gunmen"):
        assert prefilter(surge)(text) is True
    assert (surge.search("a SURGE of gunmen") is None) and (surge.search("a surge of gunmen") is not None)
    assert prefilter(re.compile(r"(?i:convoy) ambushed"))("CONVOY ambushed") is True
    assert required_literals(re.compile(r"(?i:convoy)")) == []


def test_gate_reads_case_bound_alternatives():
    from reading.prefilter import LiteralGate

    rx = re.compile(r"(?:looted|(?-i:Raided)|(?-i:raided))\s+\w+", re.I)
    gate = LiteralGate([rx])
    text = "Traders fled Juba. Gunmen Raided the market in Yei."
    hits = gate.scan(text)
    assert gate.possible(hits, 0, 18) == []  # neither word in the first sentence: the regex is not tried
    assert gate.possible(hits, 19, len(text)) == [0] and rx.search(text, 19)


def test_optional_words_are_not_required():
    assert required_literals(re.compile(r"(?:killed\s+)?people")) == [frozenset({"people"})]
    assert prefilter(re.compile(r"(?:north|south)?\d+"))("42") is True


def test_alternatives_each_count():
    may = prefilter(re.compile(r"(?:fell|has\s+fallen)\s+to", re.I))
    assert may("the town has  fallen to them")
    assert not may("the town held out")


def test_non_pattern_is_a_type_error():
    with pytest.raises(TypeError, match="pattern"):
        required_literals("killed")


def test_curly_punctuation_does_not_hide_a_word():
    may = prefilter(re.compile(r"(?P<n>\d+)\s+were\s+killed", re.I))
    assert may("\u201c12 were killed\u201d \u2014 officials")
    assert not may("\u201cNo one\u2019s hurt\u201d \u2014 officials")


def test_unicode_case_folding_is_the_regex_own():
    rx = re.compile(r"(?P<n>\d+)\s+killed", re.I)
    text = "3 \u212ailled"  # KELVIN SIGN folds to k under IGNORECASE
    assert rx.search(text) and prefilter(rx)(text)


def test_gate_never_rules_out_a_pattern_that_matches_in_the_span():
    from reading.prefilter import LiteralGate

    pats = _project_patterns()
    gate = LiteralGate(pats)
    text = "  ".join(TEXTS)
    hits = gate.scan(text)
    cuts = [0] + [i for i, c in enumerate(text) if c in ".;,"] + [len(text)]
    spans = [(a, b) for a in cuts for b in cuts if a < b]
    for lo, hi in spans:
        may = set(gate.possible(hits, lo, hi))
        for i, rx in enumerate(pats):
            if rx.search(text, lo, hi):
                assert i in may, (rx.pattern[:60], text[lo:hi])


def test_gate_rules_out_patterns_whose_words_are_elsewhere():
    from reading.prefilter import LiteralGate

    gate = LiteralGate([re.compile(r"killed", re.I), re.compile(r"took\s+\w+", re.I), re.compile(r"\d+")])
    text = "Rebels TOOK Kidal. Two were killed."
    hits = gate.scan(text)
    assert gate.possible(hits, 0, 18) == [1, 2]  # a pattern with no required word is always possible
    assert gate.possible(hits, 19, len(text)) == [0, 2]
    assert gate.possible(hits, 19, 30) == [2]  # "killed" does not lie inside the span


def test_gate_folds_case_as_the_regex_does():
    from reading.prefilter import LiteralGate

    rx = re.compile(r"(?P<n>\d+)\s+killed", re.I)
    for text in ("3 \u212ailled", "3 K\u0130LLED", "3 k\u0131lled"):
        hits = LiteralGate([rx]).scan(text)
        assert rx.search(text) and LiteralGate([rx]).possible(hits, 0, len(text)) == [0]


def test_gate_keeps_the_case_of_case_sensitive_patterns():
    from reading.prefilter import LiteralGate

    un = re.compile(r"\b(?:UN|EU)\b")
    killed = re.compile(r"killed", re.I)
    gate = LiteralGate([un, killed])
    text = "Until then, five were KILLED. The UN said so."
    hits = gate.scan(text)
    assert gate.possible(hits, 0, 29) == [1]  # "until" is not "UN"
    assert gate.possible(hits, 30, len(text)) == [0]
    assert gate.possible(hits, 0, len(text)) == [0, 1]


def test_shared_gates_find_what_each_finds_alone():
    # Gates scanning the same text together (one walk for all) say the same as each alone: the
    # same words at the same places, case-sensitive words only as written, and a text read after
    # another is not answered with the other's words.
    from reading.prefilter import LiteralGate

    kinds = [
        [re.compile(r"shelled\s+\w+", re.I), re.compile(r"Blue Helmets"), re.compile(r"took\s+\w+", re.I)],
        [re.compile(r"took control of", re.I), re.compile(r"Wagner"), re.compile(r"killed", re.I)],
        [re.compile(r"withdrew from", re.I), re.compile(r"NATO")],
    ]
    texts = ["Militias SHELLED Goma; Blue Helmets withdrew from Sake.",
             "blue helmets took control of the airport after Wagner fighters were killed.",
             "Nato said nothing. NATO took Kismayo, residents said.",
             "Calm returned to the valley."]
    alone = [LiteralGate(p) for p in kinds]
    shared = [LiteralGate(p, shared=True) for p in kinds]
    for text in texts + texts[::-1]:
        for own, joint in zip(alone, shared):
            a, b = own.scan(text), joint.scan(text)
            assert a[0] == b[0] and sorted(zip(*a)) == sorted(zip(*b)), text
            assert own.possible(a, 0, len(text)) == joint.possible(b, 0, len(text))
    hits = shared[0].scan(texts[1])
    assert shared[0].possible(hits, 0, len(texts[1])) == [2]  # "blue helmets" is not "Blue Helmets"; "took" is there
    hits = shared[2].scan(texts[2])
    assert shared[2].possible(hits, 0, 17) == [] and shared[2].possible(hits, 18, len(texts[2])) == [1]


def test_shared_words_are_found_as_a_walk_of_the_lowered_text_finds_them():
    # A stage's own words found by the shared walk: every occurrence (overlaps too), by end, the
    # longest first at one end, as its own automaton over the lowered text gives them; a text with
    # non-ASCII letters is read lowered as the caller gives it.
    from reading.prefilter import LiteralGate, SharedWords

    words = SharedWords({"week": "unit", "weeks": "units", "weekend": "daypart", "ago": "ago", "end": "end"})
    gate = LiteralGate([re.compile(r"killed", re.I)], shared=True)
    texts = ["Three WEEKS ago, gunmen killed two; the weekend was calm.",
             "No date here.",
             "İki weeks ago in İzmir, the week's end."]
    for text in texts + texts[::-1]:
        gate.scan(text)  # (the walk made for the gate serves the words too)
        low = text.lower() if len(text.lower()) == len(text) else text
        want = [(last, v) for last, v in words._own.iter(low)]
        assert words.iter(text, low) == want, text
    found = words.iter(texts[0])
    assert [v for _, v in found] == ["unit", "units", "ago", "unit", "daypart", "end"]
    with pytest.raises(ValueError):
        SharedWords({"Week": 1})


def test_a_shared_member_gone_leaves_the_others_walk_whole():
    # ev13: a SharedWords gone (collected) after the joint automaton was built left a gate's tuple in its slot,
    # and the next walk of a text holding its words failed (the dates, actors and events of that article lost)
    import gc

    from reading.prefilter import SharedWords

    kept = SharedWords({"zebra": "z"})
    gone = SharedWords({"quagga": "q"})
    assert gone.iter("a quagga and a zebra") == [(7, "q")]  # the automaton is built with both
    del gone
    gc.collect()
    assert kept.iter("another quagga, another zebra") == [(28, "z")]
