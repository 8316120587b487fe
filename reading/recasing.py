"""Place names in lines written all in lower case (posts, chat logs, forum threads), given back their capitals.

The name finder reads only capitalised names (a lower-case "police" is never Police, Poland), so "flying to
bangkok tmrw", "shelling in omdurman" found nothing. In a line with no capitalised word (the writer does not
use capitals), a run of one to three words is written again with capitals when it is the exact name (or other
name) of a well-known place: a country, a first-level unit or region, a city of 50,000 or more (a name of
several words: 15,000 or more, "port sudan", "hat yai"). An ordinary English word ("turkey", "china",
"metro", "reading") or a first name ("jordan", "chad"; not of a city of a million: "paris", "dallas") is
taken only after a word of place ("in turkey", "to chad"). The text keeps its length and offsets: only
letters' case changes. The press's short forms are written as it writes them ("nyc" -> "NYC",
"joburg" -> "Joburg"). Hashtags, @handles, web addresses and the speaker before a colon ("sydney: hi") are
left alone.
"""
from __future__ import annotations

import functools
import re
from typing import Any

from geo.normalize import name_key
from reading.memos import memo_table
from reading.toponyms import _lower_words

__all__ = ["recased", "lower_case_lines"]

#: A word: letters, with apostrophes or hyphens inside ("jo'burg", "chi-town").
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
#: A capitalised word (Title case: a capital then a lower-case letter): the line is written with capitals.
_TITLE_WORD = re.compile(r"(?<![\w#@/.])[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]")
#: Before a word that is no name: a hashtag, a handle, a path or a domain ("#gaza", "@kyiv", ".com/kyiv").
_NOT_BEFORE = frozenset("#@/.\\_-=")
#: A locative word right before a name that is also a first name or a common noun ("in jordan", "to chad").
_PLACE_WORD_BEFORE = re.compile(r"(?:\b(?:in|to|from|at|near|into|via|visit|visiting|across|around|outside|"
                                r"toward|towards|through|of)[ \t]+)$")
#: Little words inside a name, left in lower case ("deir al balah" -> "Deir al Balah").
_PARTICLES = frozenset("al el ad an ar as at ash es de del della di da do dos das du la le les of on upon sur "
                       "en am the y".split())
_KINDS = ("country", "admin1", "region")
_CITY_POPULATION = 50_000
_CITY_POPULATION_PHRASE = 15_000
#: A first name that is also a big city's is taken without a word of place ("paris", "dallas", "sydney").
_NAMED_CITY_POPULATION = 1_000_000
_MIN_LETTERS = 4


def lower_case_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` written in lower case: three words or more, no capitalised
    word (a word in capitals, "LOL", "KL", is no sign of either)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if _TITLE_WORD.search(line) is None and len(_WORD.findall(line)) >= 3:
            out.append((pos, end))
        pos = end + 1
    return out


def recased(text: str, gazetteer: Any, given_names: frozenset = frozenset()) -> str:
    """``text`` with the place names of its lower-case lines (:func:`lower_case_lines`) capitalised.

    ``given_names`` (capitalised: "Jordan", "Chad") are first names as well as places: taken only after a
    word of place. Returns ``text`` itself when nothing changes.
    """
    lines = lower_case_lines(text)
    if not lines:
        return text
    chars = None
    memo = memo_table(gazetteer, "recasing", "well_known", 50_000)
    for s, e in lines:
        words = [m for m in _WORD.finditer(text, s, e) if _may_be_name(text, m.start(), m.end())]
        i = 0
        while i < len(words):
            took = 0
            for n in (3, 2, 1):
                run = words[i : i + n]
                if len(run) < n or any(text[a.end() : b.start()] != " " for a, b in zip(run, run[1:])):
                    continue
                a = run[0].start()
                phrase = text[a : run[-1].end()]
                short = _short_forms().get(phrase) if n == 1 else None
                if short is not None:  # "nyc", "joburg": the short form as the press writes it ("NYC")
                    chars = chars if chars is not None else list(text)
                    chars[a : a + len(short)] = short
                    took = n
                    break
                ok = memo.get(phrase)
                if ok is None:
                    ok = memo[phrase] = _well_known(phrase, n, gazetteer)
                needs_cue = ok == 2 or (ok == 3 and phrase.capitalize() in given_names)
                if ok and (not needs_cue or _PLACE_WORD_BEFORE.search(text, max(0, a - 12), a) is not None):
                    chars = chars if chars is not None else list(text)
                    for k, m in enumerate(run):
                        if k == 0 or m.group() not in _PARTICLES:
                            up = m.group()[0].upper()
                            if len(up) == 1:  # (a letter whose capital is two letters, "ß", is left)
                                chars[m.start()] = up
                    took = n
                    break
            i += took or 1
    return text if chars is None else "".join(chars)


def _may_be_name(text: str, s: int, e: int) -> bool:
    """The word at ``s:e`` may be a place's name: not a hashtag's, handle's, address's or speaker's."""
    if s and text[s - 1] in _NOT_BEFORE:
        return False
    nxt = text[e : e + 2]
    return not (nxt[:1] == ":" or (nxt[:1] in "./" and nxt[1:2].isalnum()))


@functools.lru_cache(maxsize=1)
def _short_forms() -> dict[str, str]:
    """The press's short forms of places (:func:`geo.gazetteer.short_forms`: "NYC", "Joburg", "Ouaga") by their
    lower case, of three letters or more and no ordinary word (not "up", "dar", "bc"): the reader takes them
    where the text allows it, as when written so."""
    from geo.gazetteer import short_forms

    return {f.lower(): f for f, *_ in short_forms()
            if len(f) >= 3 and f.lower() not in _lower_words() and len(f.lower()) == len(f)}


def _well_known(phrase: str, n: int, gazetteer: Any) -> int:
    """Whether ``phrase`` is the exact name (or other name) of a well-known place: 0 no; 1 yes; 2 yes, but it
    is also an ordinary English word (taken only after a word of place); 3 yes, a country, unit or town under
    a million (a first name of that form also wants a word of place)."""
    if not phrase.islower() or len(phrase.replace(" ", "")) < _MIN_LETTERS:
        return 0
    key = name_key(phrase)
    if not key:
        return 0
    words = n > 1 and all(w in _lower_words() or w in _PARTICLES for w in phrase.split())
    for p in gazetteer.candidates(phrase, fuzzy=False)[:1]:
        pop = p.population or 0
        if words and not (p.kind == "city" and pop >= _CITY_POPULATION and key == name_key(p.name)):
            return 0  # ordinary words together: a city's own name ("jersey city", "long beach"), not another
            # name or a unit's ("the bridge", "salt lake", "the valley", "north east")
        if p.kind in _KINDS or (p.kind == "city" and pop >= (_CITY_POPULATION if n == 1 else _CITY_POPULATION_PHRASE)):
            if key == name_key(p.name) or any(name_key(a) == key for a in p.alt_names):
                if n == 1 and phrase in _lower_words():
                    return 2
                return 1 if p.kind == "city" and pop >= _NAMED_CITY_POPULATION else 3
    return 0
