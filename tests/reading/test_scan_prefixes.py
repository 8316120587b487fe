"""Regexes searched over whole texts open on a character set (the regex engine then skips to it instead of
trying a match at every character) and find exactly what their plain readings find."""
import random
import re

import pytest

from reading import events, qualifiers, sentences, toponyms

#: (the regex as the readers use it, its plain reading, whether the readers use where a match ends)
_PAIRS = [
    (qualifiers._COMMA_CAP, re.compile(r",[ \t]*[A-Z]|(?P<paren> \()[A-Z]"), False),
    (sentences._END, re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)"), True),
    (events._BLANK_LINE, re.compile(r"(?=\n\n)"), False),  # (where each blank line starts)
    (toponyms._SENTENCE_GAP, re.compile(toponyms._SENTENCE_BREAK.pattern + r"|\n"), True),
]

_SENTENCES = [
    "Fighting resumed near Kherson, Ukrainian officials said (Reuters).",
    "Was the bridge at Mosul hit?! Nobody knew… Residents fled.\n\nA second report came from Tikrit.",
    "\u201cWe left Goma,\u201d she said. \u2018Then Bukavu.\u2019 Aid groups (MSF, ICRC) were there!",
    "Troops entered Timbuktu, then Gao, and (later) Kidal...\nNo one was hurt.\n\n\n- Bamako, Mali",
    "e.g. the U.N. said 3.5 million people (Sudan) need aid.\" Talks in Jeddah stalled.)",
    "LIMA, Peru \u2014 Protests spread to Cusco and Puno ? Police said.\n \nMore to come",
]


def _texts():
    yield from _SENTENCES
    yield ""
    rng = random.Random(21)
    pieces = [w for s in _SENTENCES for w in re.split(r"(\s+)", s)] + [".", "!", "?", "\u2026", ",", " (", ")", "\n",
                                                                       "\n\n", "\"", "\u201d", "A", "b", " "]
    for _ in range(300):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))


@pytest.mark.parametrize("rx, plain, ends", _PAIRS, ids=lambda p: getattr(p, "pattern", "")[:20])
def test_same_matches_as_the_plain_reading(rx, plain, ends):
    for text in _texts():
        got = [(m.start(), m.end() if ends else None) for m in rx.finditer(text)]
        assert got == [(m.start(), m.end() if ends else None) for m in plain.finditer(text)], text
        if "paren" in plain.groupindex:  # the only group the readers ask for: whether it took part
            assert [m.group("paren") is None for m in rx.finditer(text)] == \
                   [m.group("paren") is None for m in plain.finditer(text)]
        n = len(text)
        for lo, hi in ((n // 3, n), (0, 2 * n // 3), (n // 4, n // 2)):
            a, b = plain.search(text, lo, hi), rx.search(text, lo, hi)
            assert (a is None) == (b is None) and (a is None or a.start() == b.start()), text
            assert not ends or a is None or a.end() == b.end()


@pytest.mark.parametrize("rx", [rx for rx, _, _ in _PAIRS], ids=lambda p: p.pattern[:20])
def test_opens_on_a_character_set(rx):
    parser = pytest.importorskip("re._parser")
    compiler = pytest.importorskip("re._compiler")
    tree = parser.parse(rx.pattern, rx.flags)
    assert compiler._get_literal_prefix(tree, rx.flags)[0] or compiler._get_charset_prefix(tree, rx.flags)
