"""Languages' names, which are no places: "spoke in Tigrinya", "a Pashto-language broadcast", "in Pashto
and Dari" (not Pasto, Colombia, nor Dari, India). One question, asked where a name is read as a place:
is this name here a language's? A name that only a guessed spelling turns into a place (Pashto for Pasto,
Hausa for Haouza) is the language wherever it stands; one a place bears as its own name (Dari, India; the
Somali region) is the language only beside a word that says so. Names: ISO 639-1 (pycountry) and the
press's usual names (``patterns/languages.json``)."""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

__all__ = ["language_names", "names_a_language"]

_SPEC_PATH = Path(__file__).with_name("patterns") / "languages.json"


@functools.lru_cache(maxsize=1)
def _spec() -> dict:
    return json.loads(_SPEC_PATH.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """The names of languages, capitalised as written ("Amharic", "Pashto"), read once.

    Examples
    --------
    >>> "Tigrinya" in language_names(), "Kabul" in language_names()
    (True, False)
    """
    import pycountry  # (a dependency of the project: the gazetteer's country names come from it too)

    names = set(_spec()["extra"])
    for lang in pycountry.languages:
        if getattr(lang, "alpha_2", None):
            for part in lang.name.split(";"):  # "Pushto; Pashto", "Swahili (macrolanguage)"
                part = re.sub(r"\s*\(.*\)", "", part).strip()
                if part and " " not in part:
                    names.add(part)
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    spec = _spec()
    after = re.compile(r"(?:[-\u2010\u2011]|[ \t]+)(?:" + "|".join(sorted(spec["after"], key=len, reverse=True)) + r")\b")
    speech = re.compile(r"\b(?:" + "|".join(sorted(spec["speech"], key=len, reverse=True))
                        + r")\b(?:[ \t]+\w+){0,3}?[ \t]+(?:in|into|from)[ \t]+\Z", re.IGNORECASE)
    return after, speech


#: One other language's name listed beside this one: "in Pashto and Dari", "Dari, Pashto".
_LISTED_AFTER = re.compile(r"(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+)([A-Z][a-z]+)\b")
_LISTED_BEFORE = re.compile(r"\b([A-Z][a-z]+)(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+)\Z")


def names_a_language(text: str, start: int, end: int, guessed: bool, area: bool, own_name) -> bool:
    """Whether ``text[start:end]``, a language's name (:func:`language_names`), names the language here.

    ``guessed``: a place only under a guessed spelling (then always the language); ``area``: a country or
    a first-level unit bears the name (the Somali region, Tonga): the language only before a word that
    says so ("Somali-speaking"); ``own_name(word)``: whether a place bears ``word`` as its own name (a
    listed neighbour that does says nothing: "in Afar and Somali regions" are two regions).

    Examples
    --------
    >>> names_a_language("He spoke in Dari.", 12, 16, False, False, lambda w: True)
    True
    >>> names_a_language("Floods hit Dari on Monday.", 11, 15, False, False, lambda w: True)
    False
    """
    if guessed:
        return True
    after, speech = _cues()
    if after.match(text, end) is not None:
        return True
    if area:
        return False
    if speech.search(text, max(0, start - 60), start) is not None:
        return True
    names = language_names()
    for m in (_LISTED_AFTER.match(text, end), _LISTED_BEFORE.search(text, max(0, start - 30), start)):
        if m is not None and m.group(1) in names and not own_name(m.group(1)):
            return True
    return False
