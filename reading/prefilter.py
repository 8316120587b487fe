"""Cheap exact pre-checks for costly regular expressions.

Most pattern regexes (event triggers, death tolls, control claims) fail on
most sentences, but only after trying their opening alternatives at every
position. Many of them must consume some literal word to match at all
("killed", " by ", a token mark). :func:`prefilter` reads that from the
regex's own parse tree and returns a check that is False only when the
regex cannot match: skipping it then changes no result, it only saves time.

Examples
--------
>>> import re
>>> may = prefilter(re.compile(r"(?P<n>\\d+)\\s+(?:were|are)\\s+killed", re.I))
>>> may("Nothing happened."), may("12 were KILLED")
(False, True)
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Any, Callable

try:  # Python >= 3.11
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = ["prefilter", "required_literals", "required_alternatives", "literal_starts", "Located", "Segmented",
           "FirstChars", "LiteralGate", "Literals", "SharedWords", "fold", "folded_twin", "folded_search", "parsed"]

_MAX_CHECKS = 3
#: id(pattern) -> (pattern, check). Keyed by identity: hashing a re.Pattern
#: hashes its whole compiled program, which cost more than the check itself.
_CACHE: dict[int, tuple[re.Pattern, Callable[..., bool]]] = {}
#: Uncased punctuation deleted before plain substring tests: news text is
#: ASCII apart from these. Deleting can only join letters (a needless regex
#: run), never hide a word, as long as no required word contains one.
_DROP_CHARS = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0\u27e6\u27e7"
_DROP = str.maketrans("", "", _DROP_CHARS)
_last: tuple = (None, 0, 0, "", None)  # one-entry memo: the same sentence is checked by many patterns


def _plain(text: str, pos: int, endpos: int) -> tuple[str, str | None]:
    """``text[pos:endpos]`` without the dropped punctuation, and its lower case
    when it is then ASCII (where lower case is exactly what IGNORECASE folds)."""
    global _last
    last = _last
    if last[0] is text and last[1] == pos and last[2] == endpos:
        return last[3], last[4]
    piece = text[max(pos, 0):max(endpos, 0)].translate(_DROP)
    low = piece.lower() if piece.isascii() else None
    _last = (text, pos, endpos, piece, low)
    return piece, low


def _always(text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    return True


@lru_cache(maxsize=4096)
def parsed(pattern: str, flags: int = 0):
    """``re._parser.parse(pattern, flags)``, once per pattern: the readings here (required
    words, alternatives, beginnings, whether folding is safe) each walk the same patterns'
    trees, and parsing was most of the cost of building the pipeline. The tree is shared:
    read it, never change it."""
    return _p.parse(pattern, flags)


def _item_sets(op, av) -> frozenset[str] | None:
    """Strings one of which every match of this parse item consumes; None if unknown."""
    if op is _c.LITERAL:
        return frozenset({chr(av)})
    if op is _c.IN:
        if all(o is _c.LITERAL for o, _ in av):
            return frozenset(chr(a) for _, a in av)
        return None
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags not in (0, _c.SRE_FLAG_IGNORECASE):  # "(?i:...)" and the like: do not guess
            return None
        # "(?-i:storms)" consumes its words as written, which a case-blind test finds as well
        return _seq_best(sub)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            s = _seq_best(alt)
            if not s:
                return None
            out |= s
        return frozenset(out)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        lo, _hi, sub = av
        return _seq_best(sub) if lo >= 1 else None
    return None


def _candidates(seq) -> list[frozenset[str]]:
    """Required string sets of a sequence: literal runs and required sub-items."""
    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in seq:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append(frozenset({"".join(run)}))
            run = []
        s = _item_sets(op, av)
        if s:
            out.append(s)
    if run:
        out.append(frozenset({"".join(run)}))
    return out


def _strength(s: frozenset[str]) -> tuple[int, int]:
    return (min(len(x) for x in s), -len(s))


def _seq_best(seq) -> frozenset[str] | None:
    cands = _candidates(seq)
    return max(cands, key=_strength) if cands else None


def required_literals(pattern: re.Pattern) -> list[frozenset[str]]:
    """Sets of strings such that every match contains one string of each set.

    Strongest (longest shortest string) first; empty when nothing is known.
    """
    if not isinstance(pattern, re.Pattern):
        raise TypeError(f"pattern must be a compiled re.Pattern, got {type(pattern).__name__}")
    if not isinstance(pattern.pattern, str):
        return []
    try:
        tree = parsed(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # a parser we do not know: no pre-check, never a wrong one
        return []
    cands = [s for s in _candidates(list(tree)) if _strength(s)[0] >= 2]
    cands.sort(key=_strength, reverse=True)
    return cands[:_MAX_CHECKS]


def required_alternatives(pattern: re.Pattern) -> list[list[frozenset[str]]] | None:
    """For a pattern with an alternation at its top level (``(?<!x)(?:a|b)c``): per
    alternative, sets of strings such that every match going through that
    alternative contains one string of each set (the alternative's own and those of
    the items around the alternation), strongest first. None when there is no such
    alternation. Sharper than :func:`required_literals`, which must take the union
    of the alternatives' sets.
    """
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return None
    try:
        items = list(parsed(pattern.pattern, pattern.flags & ~re.UNICODE))
    except Exception:
        return None
    for k, (op, av) in enumerate(items):
        if op is _c.BRANCH:
            alts = av[1]
        elif (op is _c.SUBPATTERN and not av[1] and not av[2] and len(av[3]) == 1
              and av[3][0][0] is _c.BRANCH):
            alts = av[3][0][1][1]
        else:
            continue
        # The items before and after the alternation: each side read alone (their
        # literal runs do not join across it).
        around = _candidates(items[:k]) + _candidates(items[k + 1:])
        out = []
        for alt in alts:
            cands = [c for c in _candidates(list(alt)) + around if _strength(c)[0] >= 2]
            cands.sort(key=_strength, reverse=True)
            out.append(cands[:_MAX_CHECKS])
        return out
    return None


def prefilter(pattern: re.Pattern) -> Callable[..., bool]:
    """A check ``may(text, pos=0, endpos=maxsize) -> bool``: False only when
    ``pattern`` cannot match within ``text[pos:endpos]`` (cached per pattern)."""
    hit = _CACHE.get(id(pattern))
    if hit is not None and hit[0] is pattern:
        return hit[1]
    sets = required_literals(pattern)
    if not sets:
        check = _always
    else:
        flags = pattern.flags & (re.IGNORECASE | re.ASCII)
        finders = [re.compile("|".join(re.escape(s) for s in sorted(ss, key=lambda x: (-len(x), x))), flags).search
                   for ss in sets]
        fold = bool(flags & re.IGNORECASE)
        words = [frozenset(w.lower() if fold else w for w in ss) for ss in sets]
        plain_ok = all(w.isascii() and not any(c in _DROP_CHARS for c in w) for ss in sets for w in ss)

        def check(text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
            if plain_ok:
                piece, low = _plain(text, pos, endpos)
                hay = low if fold else piece
                if hay is not None:
                    return all(any(w in hay for w in ws) for ws in words)
            for find in finders:
                if find(text, pos, endpos) is None:
                    return False
            return True

    _CACHE[id(pattern)] = (pattern, check)
    return check


#: Lower-cases ASCII and maps the four non-ASCII characters that Python's
#: IGNORECASE matches to an ASCII letter (İ ı -> i, ſ -> s, K (Kelvin) -> k),
#: one character for one, so offsets in the folded text are the text's own.
_FOLD = str.maketrans({**{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
                       "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


_last_fold: tuple = (None, "")  # one-entry memo (one tuple, swapped whole): several gates scan the same article


def fold(text: str) -> str:
    """``text`` with every character an IGNORECASE regex could match to an ASCII
    letter replaced by that letter in lower case (same length, same offsets)."""
    global _last_fold
    last = _last_fold
    if last[0] is text:
        return last[1]
    out = text.lower() if text.isascii() else text.translate(_FOLD)
    _last_fold = (text, out)
    return out


_FOLD_SAFE_OPS = {_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY, _c.BRANCH, _c.SUBPATTERN, _c.MAX_REPEAT, _c.MIN_REPEAT,
                  _c.AT, _c.ASSERT, _c.ASSERT_NOT, _c.CATEGORY}
if hasattr(_c, "POSSESSIVE_REPEAT"):
    _FOLD_SAFE_OPS.add(_c.POSSESSIVE_REPEAT)
if hasattr(_c, "ATOMIC_GROUP"):
    _FOLD_SAFE_OPS.add(_c.ATOMIC_GROUP)


def _fold_char_ok(code: int) -> bool:
    """A pattern character that means the same against folded text without IGNORECASE
    as against the text with it: ASCII but not an upper-case letter, or a character
    without case (which IGNORECASE matches only to itself)."""
    ch = chr(code)
    if ch.isascii():
        return not ch.isupper()
    return ch.lower() == ch and ch.upper() == ch and ch.casefold() == ch


def _fold_safe(items) -> bool:
    for op, av in items:
        if op not in _FOLD_SAFE_OPS:
            return False  # back-references, conditionals, ...: not worth the doubt
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            if not _fold_char_ok(av):
                return False
        elif op is _c.IN:
            for o, a in av:
                if o is _c.LITERAL:
                    if not _fold_char_ok(a):
                        return False
                elif o is _c.NEGATE:
                    continue
                elif o is _c.CATEGORY:
                    continue  # \w \s \d and their negations: folding maps letters to letters
                else:
                    return False  # ranges: "[a-z]" would need its own reading
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags or not _fold_safe(sub):
                return False
        elif op is _c.BRANCH:
            if not all(_fold_safe(alt) for alt in av[1]):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            if not _fold_safe(av[2]):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if not _fold_safe(av[1]):
                return False
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            if not _fold_safe(av):
                return False
    return True


def literal_starts(items, *, classes: bool = False) -> set[str] | None:
    """The literal beginnings one of which every match of the parsed sequence ``items``
    (``re._parser.parse(...)``, or a pattern string to parse; case as written) starts with,
    or None when that is not known or a match may be empty. ``classes``: a class of characters (literals, ranges of at most 64)
    counts as its one-letter beginnings.

    Why: a regex searched for its beginnings first (an alternation, whose first letters the
    engine scans for) or guarded by a look-ahead on its first letters rejects at once the
    places it cannot start at.

    Examples
    --------
    >>> sorted(literal_starts(_p.parse(r"\\b(?:took|seized)\\s+\\w+")))
    ['seized', 'took']
    >>> sorted(literal_starts(r"[Tt]he army", classes=True))
    ['T', 't']
    """
    if isinstance(items, str):
        try:
            items = list(parsed(items))
        except Exception:  # a parser we do not know: nothing known
            return None
    if not items:
        return None
    op, av = items[0]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # (reads no character: the match starts with what follows)
        return literal_starts(items[1:], classes=classes)
    if op is _c.LITERAL:
        run = []
        for o, a in items:
            if o is not _c.LITERAL:
                break
            run.append(chr(a))
        return {"".join(run)}
    if op is _c.IN:
        if not classes:
            return None
        chars: set[str] = set()
        for o, a in av:
            if o is _c.LITERAL:
                chars.add(chr(a))
            elif o is _c.RANGE and a[1] - a[0] <= 64:
                chars.update(chr(x) for x in range(a[0], a[1] + 1))
            else:
                return None
        return chars or None
    if op is _c.SUBPATTERN:
        _, add, dele, sub = av
        if add or dele:
            return None
        first = literal_starts(list(sub), classes=classes)
        if first is None or sub.getwidth()[0] > 0:
            return first
        rest = literal_starts(items[1:], classes=classes)  # (it may read nothing: what follows may begin the match)
        return None if rest is None else first | rest
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = literal_starts(list(alt) + list(items[1:]), classes=classes)
            if got is None:
                return None
            out |= got
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        lo, _, sub = av
        first = literal_starts(list(sub), classes=classes)
        if first is None or (lo > 0 and sub.getwidth()[0] == 0):
            return None
        if lo > 0:
            return first
        rest = literal_starts(items[1:], classes=classes)
        return None if rest is None else first | rest
    return None


class Located:
    """A case-sensitive regex that matches no empty string, searched through a locator: the literal
    beginnings of its matches as one alternation, which the regex engine scans for by their first
    letters (a pattern opening on a look-behind is instead tried at every place). ``finditer``
    gives the regex's own matches: it can only match where the locator does, and tried at the
    places the locator finds, in order, it matches first where its own scan would."""

    __slots__ = ("rx", "loc")

    def __init__(self, rx: re.Pattern, loc: re.Pattern) -> None:
        self.rx, self.loc = rx, loc

    @classmethod
    def of(cls, rx: re.Pattern | None) -> "re.Pattern | Located | None":
        """``rx`` through its locator, or ``rx`` itself when its beginnings are not known."""
        if rx is None or rx.flags & re.IGNORECASE:
            return rx
        try:
            tree = parsed(rx.pattern, rx.flags & ~re.UNICODE)
            starts = literal_starts(list(tree)) if tree.getwidth()[0] > 0 else None
        except Exception:  # pragma: no cover - a parser we do not know: the regex as is
            return rx
        if not starts or "" in starts:
            return rx
        try:
            from re import _compiler as sc

            if sc._get_literal_prefix(tree, rx.flags)[0] or sc._get_charset_prefix(tree, rx.flags):
                return rx  # (the engine scans for its first letters already)
        except Exception:  # pragma: no cover - another engine's internals: use the locator
            pass
        return cls(rx, re.compile("|".join(re.escape(w) for w in sorted(starts))))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """``self.rx.search(text, pos, endpos)``: no match begins before the first place the locator finds."""
        c = self.loc.search(text, pos, endpos)
        return self.rx.search(text, c.start(), endpos) if c is not None else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        """``self.rx.finditer(text, pos, endpos)``."""
        rx, search = self.rx, self.loc.search
        while True:
            c = search(text, pos, endpos)
            if c is None:
                return
            m = rx.match(text, c.start(), endpos)
            if m is not None:
                yield m
                pos = m.end()
            else:
                pos = c.start() + 1


class Segmented:
    """A regex searched only in the stretches of text that can hold its matches.

    Some regexes try a long alternation at every position of an article ("the X and Y districts
    of Z", "the villages of A, B and C") although a match needs one of a few literal words and
    never crosses the end of a sentence. Given those words (every match holds one of them) and
    barrier characters (never consumed by the regex, no word characters, never read past by a
    lookahead it needs to succeed, and no ``$`` or ``\\Z`` in it), :meth:`finditer` runs the
    regex only over the stretches between barriers that hold a word, each with its end as
    ``endpos``: every match lies inside one stretch, so it gives exactly ``rx.finditer(text)``.
    (A look-behind may read the barrier before a stretch: a search from ``pos`` still sees the
    text before it.)

    Examples
    --------
    >>> seg = Segmented(re.compile(r"[A-Z]\\w+ district"), ("district",), ".\\n")
    >>> [m.group() for m in seg.finditer("Rain in Kano. The Karari district. Nothing else.")]
    ['Karari district']
    """

    __slots__ = ("rx", "words", "barriers", "_next")

    def __init__(self, rx: re.Pattern, words, barriers: str) -> None:
        self.rx, self.words, self.barriers = rx, tuple(words), barriers
        self._next = re.compile("[" + re.escape(barriers) + "]")

    def finditer(self, text: str):
        """``self.rx.finditer(text)``."""
        spans = []
        for w in self.words:
            k = text.find(w)
            while k >= 0:
                spans.append(k)
                k = text.find(w, k + 1)
        if not spans:
            return
        spans.sort()
        rx, nxt, bars = self.rx, self._next.search, self.barriers
        end = -1
        for k in spans:
            if k < end:
                continue  # in the stretch searched already
            start = max(text.rfind(c, 0, k) for c in bars) + 1
            m = nxt(text, k)
            end = m.start() if m is not None else len(text)
            yield from rx.finditer(text, start, end)


class FirstChars:
    """A regex that opens on a class of a few literal characters (``[-\\u2010\\u2011]...``), searched as
    one regex per character, each opening on its character as a literal.

    The engine tries a class at every position of the text, calling its set test each time; a
    literal first character it finds by a fast scan (about 20 times faster over news text), and a
    character the text lacks is not searched for. Every match opens on one of the characters, so
    the earliest of the variants' first matches is the regex's own first match.

    Examples
    --------
    >>> hint = FirstChars.of(re.compile(r"[-\\u2013](?<=[a-z].)[A-Z]"))
    >>> hint.search("the Gao-Menaka road").start(), hint.search("the well-known road")
    (7, None)
    """

    __slots__ = ("rx", "variants")

    def __init__(self, rx: re.Pattern, variants: tuple) -> None:
        self.rx, self.variants = rx, variants

    @classmethod
    def of(cls, rx: re.Pattern) -> "re.Pattern | FirstChars":
        """``rx`` split by its first characters, or ``rx`` itself when it does not open on a class of
        at most four literal characters (case-sensitive, not repeated)."""
        src = rx.pattern
        if not isinstance(src, str) or not src.startswith("[") or src[1:2] in ("^", "]") or rx.flags & re.IGNORECASE:
            return rx
        tree = parsed(src, rx.flags & ~re.UNICODE)
        op, av = tree[0]
        if op is not _c.IN or len(av) > 4 or not all(o is _c.LITERAL for o, _ in av):
            return rx
        j = 1
        while j < len(src) and src[j] != "]":
            j += 2 if src[j] == "\\" else 1
        rest = src[j + 1 :]
        if len(parsed(rest, rx.flags & ~re.UNICODE)) != len(tree) - 1:  # pragma: no cover - a class not read right
            return rx
        return cls(rx, tuple((chr(a), re.compile(re.escape(chr(a)) + rest, rx.flags)) for _, a in av))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """``self.rx.search(text, pos, endpos)`` (the match of one variant: the same span and groups)."""
        best = None
        for c, v in self.variants:
            if c in text:
                m = v.search(text, pos, endpos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
        return best


def folded_twin(pattern: re.Pattern) -> re.Pattern | None:
    """For an IGNORECASE ``pattern``, the same regex without IGNORECASE, to run on
    :func:`fold` of the text: the same matches at the same offsets (its groups hold
    folded text), found faster (the engine can then reject an alternative by its first
    letter). None when that is not certain: a pattern with an upper-case or cased
    non-ASCII letter, a character range, inline flags or back-references.

    Folding maps each character that IGNORECASE equates with a lower-case ASCII letter
    to that letter and leaves every other character alone; it keeps word characters
    word characters, so ``\\w``, ``\\b`` and lookarounds read the same.
    """
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return None
    if not pattern.flags & re.IGNORECASE or pattern.flags & (re.ASCII | re.LOCALE):
        return None
    try:
        tree = parsed(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:
        return None
    if not _fold_safe(list(tree)):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_SEARCHES: dict[int, tuple[re.Pattern, Callable[[str], Any]]] = {}  # id(pattern) -> (pattern, search), as _CACHE


def folded_search(pattern: re.Pattern) -> Callable[[str], "re.Match | None"]:
    """``pattern.search`` for short strings (a window before a name), run as the pattern's
    :func:`folded_twin` on the string folded: an IGNORECASE alternation of many words is tried
    several times faster so (whether it matches and where are the same; the groups hold folded
    text). ``pattern.search`` itself when the pattern has no twin. The string is folded apart
    from :func:`fold`'s one-entry memo, which keeps the article's."""
    hit = _SEARCHES.get(id(pattern))
    if hit is not None and hit[0] is pattern:
        return hit[1]
    twin = folded_twin(pattern)
    if twin is None:
        search = pattern.search
    else:
        twin_search = twin.search

        def search(s: str) -> "re.Match | None":
            return twin_search(s.lower() if s.isascii() else s.translate(_FOLD))

    _SEARCHES[id(pattern)] = (pattern, search)
    return search


class LiteralGate:
    """Which of many regexes may match inside a span: one pass per text.

    Calling :func:`prefilter` for every pattern on every sentence costs a
    Python call per pair. A gate reads the required words of all its patterns
    (:func:`required_literals`, ASCII sets only) into Aho-Corasick automata
    (one for IGNORECASE patterns, run over the folded text; one for
    case-sensitive ones, run over the text as is), finds them all in one
    pass each (:meth:`scan`), and then says for any span which patterns are still possible
    (:meth:`possible`). Like :func:`prefilter` it errs only one way: a pattern
    it rules out cannot match anywhere inside the span.

    Examples
    --------
    >>> gate = LiteralGate([re.compile(r"killed", re.I), re.compile(r"took\\s+\\w+", re.I)])
    >>> text = "Rebels TOOK Kidal. Two were killed."
    >>> hits = gate.scan(text)
    >>> gate.possible(hits, 0, 18), gate.possible(hits, 19, len(text))
    ([1], [0])
    """

    __slots__ = ("patterns", "_needs", "_alts", "_always", "_automata", "_memo", "_picked", "_merged", "_words",
                 "_shared", "__weakref__")

    def __init__(self, patterns, *, unsafe: Callable[[str], bool] | None = None, shared: bool = False) -> None:
        """patterns: compiled regexes. unsafe(word) -> True drops a required set
        holding that word (for texts rewritten before matching, where a word
        could be formed by the rewriting). shared: the gate scans an article's
        text together with the other shared gates (:class:`_JointScan`): the
        stages that each scan the same text walk it once between them."""
        import ahocorasick

        self.patterns = list(patterns)
        folded: dict[str, int] = {}  # word -> bits of the sets it is in
        exact: dict[str, int] = {}
        needs: list[int] = []
        alt_needs: list[list[int] | None] = []
        bit = 0

        def usable(sets):
            sets = [s for s in sets if all(w.isascii() and not (unsafe is not None and unsafe(w)) for w in s)]
            strong = [s for s in sets if _strength(s)[0] >= 3]
            return strong or sets[:1]  # short words ("to", "by") hit everywhere and prune little

        def bits(sets, words, nocase) -> int:
            nonlocal bit
            need = 0
            for s in sets:
                b = 1 << bit
                bit += 1
                need |= b
                for w in s:
                    key = fold(w) if nocase else w
                    words[key] = words.get(key, 0) | b
            return need

        for rx in self.patterns:
            nocase = bool(rx.flags & re.IGNORECASE)
            words = folded if nocase else exact
            needs.append(bits(usable(required_literals(rx)), words, nocase))
            # Sharper, for a top-level alternation: some alternative must have all its words.
            alts = required_alternatives(rx)
            chosen = [usable(a) for a in alts] if alts else None
            if chosen is not None and all(chosen):
                alt_needs.append([bits(c, words, nocase) for c in chosen])
            else:  # an alternative with no word to look for: any text may hold it
                alt_needs.append(None)
        self._needs = needs
        self._alts = alt_needs
        self._memo: dict[int, list[int]] = {}  # mask -> possible patterns (few masks recur)
        self._picked: dict[tuple[str, int], Any] = {}  # (what, mask) -> what a caller made of them
        self._always = [i for i, n in enumerate(needs) if n == 0 and alt_needs[i] is None]
        self._automata = []
        for words, nocase in ((folded, True), (exact, False)):
            if words:
                auto = ahocorasick.Automaton()
                for w, mask in words.items():
                    auto.add_word(w, (len(w), mask))
                auto.make_automaton()
                self._automata.append((auto, nocase))
        # Both kinds of words: one automaton over the folded text instead of two passes (the one over
        # the text as is, with upper- and lower-case first letters, walked several times slower), each
        # case-sensitive word found by its folded form and kept where the text has it as written
        # (folding keeps offsets: every place the word is written is a place its folded form is).
        self._merged = None
        merged: dict[str, tuple[int, int, tuple]] = {w: (len(w), mask, ()) for w, mask in folded.items()}
        for w, mask in exact.items():
            key = fold(w)
            n, m, spellings = merged.get(key, (len(key), 0, ()))
            merged[key] = (n, m, spellings + ((w, mask),))
        self._words = merged  # folded word -> (length, bits, case-sensitive spellings and their bits)
        if folded and exact:
            auto = ahocorasick.Automaton()
            for w, value in merged.items():
                auto.add_word(w, value)
            auto.make_automaton()
            self._merged = auto
        self._shared = bool(shared and merged)
        if self._shared:
            _JOINT.add(self)

    def scan(self, text: str) -> tuple[list[int], list[int], list[int]]:
        """The required words found in ``text``: (ends, starts, masks), by end (words ending at
        the same place in no set order: :meth:`mask` and :meth:`masks` join them all)."""
        if self._shared:
            hits = _JOINT.scan(self, text)
            if hits is not None:
                return hits
        ends: list[int] = []
        starts: list[int] = []
        masks: list[int] = []
        if self._merged is not None:
            for last, (n, mask, spellings) in self._merged.iter(fold(text)):  # (by end: one walk, in order)
                e = last + 1
                if mask:
                    ends.append(e)
                    starts.append(e - n)
                    masks.append(mask)
                if spellings:
                    piece = text[e - n:e]
                    for w, m in spellings:
                        if piece == w:
                            ends.append(e)
                            starts.append(e - n)
                            masks.append(m)
            return ends, starts, masks
        for auto, nocase in self._automata:  # (at most one: both kinds of words make the merged one)
            for last, (n, mask) in auto.iter(fold(text) if nocase else text):
                ends.append(last + 1)
                starts.append(last + 1 - n)
                masks.append(mask)
        return ends, starts, masks

    def mask(self, hits: tuple[list[int], list[int], list[int]], lo: int, hi: int) -> int:
        """Bits of the required word sets met by words lying within ``[lo, hi)``."""
        ends, starts, masks = hits
        got = 0
        for k in range(bisect_left(ends, lo), bisect_right(ends, hi)):
            if starts[k] >= lo:
                got |= masks[k]
        return got

    def masks(self, hits: tuple[list[int], list[int], list[int]], bounds) -> list[int]:
        """:meth:`mask` of each ``(lo, hi)`` in ``bounds`` (spans with ``start``/``end``, e.g. sentences),
        in one walk over the hits when the spans are in order of start; else one search each."""
        ends, starts, masks = hits
        out: list[int] = []
        n = len(ends)
        k = 0
        prev = None
        for b in bounds:
            lo, hi = b.start, b.end
            if prev is not None and lo < prev:  # out of order: ask for each span
                return [self.mask(hits, x.start, x.end) for x in bounds]
            prev = lo
            while k < n and ends[k] < lo:
                k += 1
            got = 0
            j = k
            while j < n and ends[j] <= hi:
                if starts[j] >= lo:
                    got |= masks[j]
                j += 1
            out.append(got)
        return out

    def possible(self, hits: tuple[list[int], list[int], list[int]], lo: int, hi: int) -> list[int]:
        """Indexes (in the gate's order) of the patterns that may match within ``[lo, hi)``
        (a shared list: do not change it)."""
        return self.possible_for(self.mask(hits, lo, hi))

    def possible_for(self, got: int) -> list[int]:
        """:meth:`possible` for a :meth:`mask` already read (a shared list: do not change it)."""
        if not got:
            return self._always
        out = self._memo.get(got)
        if out is None:
            if len(self._memo) > 4096:
                self._memo.clear()
            alts = self._alts
            out = self._memo[got] = [i for i, need in enumerate(self._needs) if got & need == need and (
                alts[i] is None or any(got & a == a for a in alts[i]))]
        return out

    def pick(self, got: int, what: str, make: Callable[[list[int]], Any]) -> Any:
        """``make(self.possible_for(got))``, remembered per ``(what, got)``: what a stage builds
        from the patterns a mask leaves possible (its own items, twins...), built once per mask."""
        key = (what, got)
        out = self._picked.get(key)
        if out is None:
            if len(self._picked) > 4096:
                self._picked.clear()
            out = self._picked[key] = make(self.possible_for(got))
        return out


class SharedWords:
    """Every occurrence of some lower-case ASCII words in a text, as ``Automaton.iter(text.lower())``
    of an automaton of these words gives them, found by the walk the shared gates make of the text
    (:class:`_JointScan`): a stage that looks for its own words in the article (the dates' anchor
    words) does not walk it again.

    Examples
    --------
    >>> words = SharedWords({"ago": "ago", "week": "unit"})
    >>> words.iter("Two weeks AGO.")
    [(7, 'unit'), (12, 'ago')]
    """

    __slots__ = ("_words", "_own", "__weakref__")

    def __init__(self, words: dict[str, Any]) -> None:
        """words: lower-case ASCII word -> the value :meth:`iter` gives with each occurrence."""
        import ahocorasick

        if not all(isinstance(w, str) and w and w.isascii() and w == w.lower() for w in words):
            raise ValueError("words must be non-empty lower-case ASCII strings")
        self._words = dict(words)
        self._own = ahocorasick.Automaton()
        for w, value in self._words.items():
            self._own.add_word(w, value)
        self._own.make_automaton()
        _JOINT.add(self)

    def iter(self, text: str, lowered: str | None = None) -> list[tuple[int, Any]]:
        """``[(last, value)]``: where each occurrence ends (its last character) and its word's value,
        in the order ``Automaton.iter`` gives them (by end; at one end, the longest word first).
        ``lowered``: the text lower-cased when it is not ASCII (same length), read then instead
        (:func:`fold` and ``lower`` differ only outside ASCII)."""
        found = _JOINT.scan(self, text) if text.isascii() else None
        if found is not None:
            return found
        return list(self._own.iter(lowered if lowered is not None else text.lower()))


class _JointScan:
    """One walk over an article for every shared :class:`LiteralGate` (``shared=True``) and
    every :class:`SharedWords`.

    The date, actor, event and control stages each scan the same article text for their
    words; walking a text with an automaton costs about as much per character whatever its
    words, so one automaton of all their words walks it once and hands each its own hits
    (the same words at the same places as its own scan: every word is looked for by its folded
    form, a case-sensitive one then kept where the text has it as written). The hits of the
    last text scanned are kept (one text, by identity) for those that ask next.
    Members are held weakly: one no longer used drops out when the next one joins.
    """

    def __init__(self) -> None:
        self._state: tuple = ((), None)  # (weak references to the members, by slot; their automaton or None)
        self._last: tuple = (None, (), ())  # (the last text walked, the members then, each one's hits)

    def add(self, member: "LiteralGate | SharedWords") -> None:
        """Let ``member`` join (the automaton is built again at the next walk)."""
        import weakref

        self._state = (tuple(r for r in self._state[0] if r() is not None) + (weakref.ref(member),), None)

    @staticmethod
    def _build(refs: tuple) -> Any:
        import ahocorasick

        joined: dict[str, tuple[int, list, list]] = {}
        for k, ref in enumerate(refs):
            member = ref()
            if member is None:
                continue
            if type(member) is SharedWords:
                for w, value in member._words.items():
                    joined.setdefault(w, (len(w), [], []))[2].append((k, value))
                continue
            for w, (n, mask, spellings) in member._words.items():
                joined.setdefault(w, (n, [], []))[1].append((k, mask, spellings))
        auto = ahocorasick.Automaton()
        for w, (n, entries, values) in joined.items():
            auto.add_word(w, (n, tuple(entries), tuple(values)))
        auto.make_automaton()
        return auto

    def scan(self, member: "LiteralGate | SharedWords", text: str) -> Any:
        """``member``'s hits in ``text`` (see :meth:`LiteralGate.scan`, :meth:`SharedWords.iter`); None
        when it has not joined (its own scan then)."""
        refs, auto = state = self._state  # (read once: a member joining meanwhile changes neither)
        slot = next((k for k, r in enumerate(refs) if r() is member), None)
        if slot is None:
            return None
        last = self._last
        if last[0] is text and last[1] is refs:
            return last[2][slot]
        if auto is None:
            auto = self._build(refs)
            if self._state is state:
                self._state = (refs, auto)
        # (None for a member gone since the automaton was built: its words are still in it; ev13: a gone
        # SharedWords left a gate's tuple in its slot, and the walk failed on every text holding its words)
        hits: list = [None if (m := r()) is None else [] if type(m) is SharedWords else ([], [], []) for r in refs]
        for last_char, (n, entries, values) in auto.iter(fold(text)):  # (by end: one walk, in order)
            for k, value in values:
                if hits[k] is not None:
                    hits[k].append((last_char, value))
            e = last_char + 1
            s = e - n
            for k, mask, spellings in entries:
                if hits[k] is None:
                    continue
                ends, starts, masks = hits[k]
                if mask:
                    ends.append(e)
                    starts.append(s)
                    masks.append(mask)
                if spellings:
                    piece = text[s:e]
                    for w, m in spellings:
                        if piece == w:
                            ends.append(e)
                            starts.append(s)
                            masks.append(m)
        self._last = (text, refs, hits)
        return hits[slot]


_JOINT = _JointScan()


class Literals:
    """Which of a set of words a text holds, found in one pass (an Aho-Corasick automaton: every
    occurrence, overlapping ones too): the answers of ``w in text`` for each word, for the price of a few
    such tests. For the cue words of passes that most texts skip: each word a text lacks costs a plain
    test a whole scan of the text (~1.5 us per 1,000 characters), a regex hint several. Modules add their
    words at import (:meth:`add`): one pass per text answers them all.

    >>> cues = Literals(["ounty", "istrict"])
    >>> lga = cues.add(["LGA"])
    >>> sorted(cues.of("Gwoza LGA and Bama district")), sorted(lga)
    (['LGA', 'istrict'], ['LGA'])
    """

    __slots__ = ("_words", "_auto", "_last")

    def __init__(self, words=()) -> None:
        self._words: dict[str, None] = {}
        self._auto = None  # made on the first text after the words last changed
        self._last: tuple = (None, frozenset())  # (the last text asked about, its words): passes ask in turn
        self.add(words)

    def add(self, words) -> frozenset[str]:
        """Add ``words`` to the set; they are returned as a frozenset (for the caller's own tests)."""
        words = tuple(words)
        for w in words:
            if not isinstance(w, str) or not w:
                raise ValueError(f"a cue word must be a non-empty str, got {w!r}")
        self._words.update(dict.fromkeys(words))
        self._auto = None
        self._last = (None, frozenset())
        return frozenset(words)

    def of(self, text: str) -> frozenset[str]:
        """The words of the set that ``text`` holds."""
        last = self._last
        if last[0] is text:
            return last[1]
        auto = self._auto
        if auto is None:
            import ahocorasick

            auto = ahocorasick.Automaton()
            for w in self._words:
                auto.add_word(w, w)
            auto.make_automaton()
            self._auto = auto
        found = frozenset(w for _, w in auto.iter(text)) if self._words else frozenset()
        self._last = (text, found)
        return found


#: The cue words of the place readers' passes most texts skip (compass words, name heads, unit and county
#: words...), found in one pass per text: :mod:`reading.toponyms`, :mod:`reading.qualifiers` and
#: :mod:`reading.geoparse` add their own at import (a plain test or a regex hint scans the text each).
CUE_WORDS = Literals()
