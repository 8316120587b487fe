"""Find date expressions in an article and resolve them against its publication date.

News reports date events relative to the day they were written ("on Thursday",
"last month", "April 4"), so every expression is resolved against
``Document.published`` and keeps an honest precision: a yearless "April 4" in a
report of 9 April 2019 is 4 April 2019 (precision "day", basis "context");
"last month" is a whole month; "in 1969" a whole year (background history).

Rules that keep maps truthful:

* Past reports never land in the future: a yearless date after the publication
  date is read as the previous year, unless its sentence marks it as planned
  ("scheduled", "will", "next", "could hold"); then it is ``future=True``.
* "in November last year", "on 5 March next year": the month or day takes the
  year told relative to publication, not the latest past one.
* An approximate publication date (``published_uncertainty_days`` > 0, or a
  month-only ``published_precision``) widens day-relative dates ("yesterday",
  "on Thursday") to the span they could cover, with a coarser precision.
* With no publication date and no year nothing is invented: the mention keeps
  ``date=None`` and a reason, and the document gets an "undated" Problem.

No models and no network: one Aho-Corasick pass finds month, weekday and time
words, one regex finds numbers, and small precompiled patterns are matched at
those anchors only (about a thousand 3 KB articles per second on one core).
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import json
import math
import re
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reading.calendars import (HEBREW_MONTHS, JEWISH_FEASTS, SOLAR_HIJRI_MONTHS, hebrew_day, jewish_feast_span,
                               solar_hijri_day,
                               solar_hijri_year_span)
from reading.document import DateMention, Document, FactDate, Problem
from reading.fiscal_years import fiscal_year_span
from reading.messages import Messages
from reading.prefilter import _FOLD, SharedWords
from reading.sentences import split_sentences

__all__ = ["DateFinder", "find_dates", "filed_day", "resolve", "SEASONS"]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
#: Meteorological seasons (northern hemisphere): months of each, winter spans the new year.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "several": 3, "a couple of": 2,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
}
_ORDER = ("day", "week", "month", "year")


def _cap(words) -> str:
    """Alternation of Capitalised and UPPER forms (month names are never lowercase)."""
    forms = []
    for w in sorted(words, key=len, reverse=True):
        forms += [w.capitalize(), w.upper()]
    return "|".join(forms)


_FULL_MONTHS = [m for m, n in _MONTHS.items() if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in _MONTHS if m not in _FULL_MONTHS]
#: (ended by a non-letter: "26 Mars", a square's name in French, is no "26 Mar")
_MON = rf"(?:{_cap(_FULL_MONTHS)}|(?:{_cap(_ABBR_MONTHS)})\.?)(?![^\W\d_])"
_WD = rf"(?:{_cap(_WEEKDAYS)})"
_D = r"[0-3]?\d(?:st|nd|rd|th)?\b"
#: A year: four digits, or two after an apostrophe ("in '24", "March '23"; see :func:`_year_no`).
_Y = r"(?:(?:1[89]|20)\d{2}|['’]\d{2})\b"
_NOT_COUNT = (
    r"(?!\s*(?:%|percent|per\s+cent)|\s+(?:[a-z]+\s+)?(?:people|persons|troops|soldiers|fighters|civilians|men|women|"
    r"children|families|refugees|casualties|dead|deaths|killed|residents|militants|rebels|members|votes|km|"
    r"kilometres|kilometers|miles|metres|meters|tons|tonnes|dollars|euros|pounds|houses|homes|buildings|vehicles|"
    r"rockets|missiles|shells|displaced|migrants|prisoners|hostages|strong)\b)"
)


def _c(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


# Finding works from anchors: one Aho-Corasick pass over the ASCII-lowercased
# text finds month and weekday names and time words, one regex finds numbers;
# small patterns are then matched at those positions only (a full regex scan
# per pattern would be a hundred times slower).
#: Between two days of one range: a dash, a word, or a slash when a night spans them ("the night of 5/6 July").
_TO = r"(?P<to>\s*[-–—/]\s*|\s+(?i:to|until|till|through|and)\s+)"
_TO2 = r"(?P<to2>\s*[-–—]\s*|\s+(?i:to|until|till|through|and)\s+)"
#: Between a month and its day: spaces and at most one line break (not a blank line: a title's "June"
#: and a timeline item's "4 June" below it are no "June 4").
_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
_MONTH_CORE = _c(
    rf"(?P<m>{_MON})(?:{_GAP}(?P<d1>{_D})(?![:.,]?\d)(?:{_TO}(?:(?P<m2>{_MON})\s+)?(?P<d2>{_D})(?![:.,]?\d))?"
    rf"(?:,?\s+(?P<y>{_Y}))?|,?\s+(?:of\s+)?(?P<ym>{_Y}))?"
)
_MONTH_DAY = _c(rf"(?P<m>{_MON}){_GAP}(?P<d1>{_D})(?![:.,]?\d)(?:,?\s+(?P<y>{_Y}))?")
_DIGIT_CORE = _c(
    r"(?P<iy>\d{4})(?:-(?P<imo>\d{1,2})-(?P<id>\d{1,2})|/(?P<smo>\d{1,2})/(?P<sd>\d{1,2})"
    r"|\.(?P<dmo>\d\d)\.(?P<dd>\d\d))"
    r"(?:\b|(?=T[0-2]\d:))(?![-/.]\d)"  # (a log's timestamp: "2025-11-17T22:41:09Z")
    r"|(?P<na>\d{1,2})(?P<sep>[/.\-])(?P<nb>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2})\b(?![./\-]\d)"
    rf"|(?P<d1>{_D})(?:{_TO}(?P<d2>{_D})(?=\s+(?:of\s+)?{_MON}))?\s+(?:of\s+)?(?P<m>{_MON})"
    rf"(?:{_TO2}(?P<d3>{_D})\s+(?:of\s+)?(?P<m2>{_MON}))?(?:,?\s+(?P<y>{_Y}))?"
    r"|(?P<dec>(?:1[89]|20)\d0|['’]\d0)'?s\b"
    rf"|(?P<y1>{_Y})(?P<yto>\s*[-–/]\s*|\s+(?i:to|and|until)\s+)(?P<y2>(?:1[89]|20)\d{{2}}\b|['’]?\d{{2}}\b)(?![-/\d])"
    rf"|(?P<yy>{_Y})(?![-/]\d)(?P<yposs>'s\b)?"
    r"|(?P<ea>\d{1,2})(?P<esep>[/.])(?P<eb>\d{1,2})\b(?![./]\d|%)"
)
#: Before a yearless numeric date ("on 25/3", "the raid of 28/11"): the words that make it one ("by 15/4" is a score).
_NUMERIC_DAY_PREPS = frozenset({"on", "of", "since", "from", "until", "till", "before", "after"})
_DIGITS = _c(r"\d+")
#: After a yearless month or day: the year told relative to publication ("in November last year",
#: "on 5 March this year"), which the month alone would put in the latest past one.
_YEAR_AFTER = _c(r",?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b(?!['’])", re.I)
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
#: After a month with no year: another month joined to it that has one ("May and June 2003").
_NEXT_MONTH_YEAR = _c(rf"\s*(?:,|(?i:and|or|to|until|through)|[-–])\s*(?:(?i:early|mid|late)[\s\-]+)?(?:{_MON})"
                      rf"(?:\s+{_D})?,?\s+(?P<y>{_Y})(?![\d\-/])")
_WEEKDAY_CORE = _c(
    rf"(?P<wd>{_WD})(?:'s)?(?:,?\s+(?P<m>{_MON})\s+(?P<d1>{_D})(?![:.,]?\d)(?:,?\s+(?P<y>{_Y}))?"
    rf"|,?\s+(?:the\s+)?(?P<d2>{_D})\s+(?:of\s+)?(?P<m2>{_MON})(?:,?\s+(?P<y2>{_Y}))?)?"
    r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"
)
#: Words that may stand right before a date and belong to its expression
#: ("in early", "since", "between", "the end of", "last").
_LEFT_WORDS = frozenset(
    """between from on in since by until till before after during throughout through of around circa last
    next this early late mid earlier later the over past previous following coming overnight as end beginning
    start middle""".split()
)
_NEEDS_OF = frozenset({"end", "beginning", "start", "middle", "as"})
_TOKEN = _c(r"[A-Za-z]+")
_AGO_LEFT = _c(
    r"\b(?P<ago>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|"
    r"a\s+couple\s+of|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty)\s+"
    r"(?P<agounit>minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?)\s+$",
    re.I,
)
#: A social post's or an app's compact stamp before "ago": "2h ago", "45 min ago", "6 hr. ago", "12m ago", "1w ago",
#: "2d ago" ("m" is minutes there; months are "mo").
_AGO_SHORT_LEFT = _c(r"(?<![\w.,/:\-])(?P<ago>\d{1,3})\s?(?P<agounit>h|hrs?|mins?|m|d|w|wks?|mos?|y|yrs?)\.?\s+$", re.I)
#: After "week" or "weekend": two back or two on ("the week before last", "the weekend after next").
_TWO_ON_AFTER = _c(r"\s+(?P<rel>(?i:before)\s+(?i:last)|(?i:after)\s+(?i:next))\b(?![\-'’])"
                   r"(?!\s+(?i:years?|months?|weeks?|weekends?|nights?|days?|times?|seasons?|spring|summer|autumn|fall"
                   r"|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
                   r"|May|June|July|August|September|October|November|December)\b|\s+\w+['’]s\b)")
_AGO_SHORT_UNITS = {"h": "hours", "hr": "hours", "hrs": "hours", "min": "minutes", "mins": "minutes", "m": "minutes",
                    "d": "days", "w": "weeks", "wk": "weeks", "wks": "weeks", "mo": "months", "mos": "months",
                    "y": "years", "yr": "years", "yrs": "years"}
#: Before "hours", "days", "weeks", "months": a deadline's count ("within 48 hours", "within eight weeks").
_WITHIN_LEFT = _c(r"(?<![\w\-])(?i:within)\s+(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                  r"\s+$")
_WITHIN_ONE = _c(r"(?<![\w\-])(?i:within)\s+(?i:a|one)\s+$")  # "within a week", "within one month"
#: Before it in its sentence: a plan, a promise or a demand ("will", "would", "vowed", "ordered", "an ultimatum"; not
#: "managed to": "were able to arrest him within 48 hours" is counted from the act).
_WITHIN_PLAN = _c(r"\b(?i:will|would|shall|must|ultimatum|deadline|gave|given"
                  r"|(?:vow|pledge|promise|threaten|demand|order|urge)\w*)\b|'ll\b")
_RECENT_LEFT = _c(
    r"\b(?:(?P<recent>(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|couple\s+of\s+|several\s+)?)"
    r"|(?P<coming>(?:in|over|during)\s+the\s+(?:coming|next|following)\s+(?:few\s+)?))"
    r"(?:(?P<count>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?$",
    re.I,
)
_HOURS_TOLD = _c(r"(\d{2,3})\s+hours")
_PUB_LEFT = _c(r"\b(?:(?:as\s+of|at\s+the\s+time\s+of)\s+(?:this\s+)?|as\s+of\s+|at\s+the\s+time\s+of\s+)$", re.I)
#: Before a season: the hemisphere it is told of ("this southern winter", "the austral summer", "the northern spring").
_HEMISPHERE_BEFORE = _c(r"(?<![\w\-])(?i:southern|austral|northern|boreal)\s+$")
_SEASON_RIGHT = _c(rf"(?:\s+(?i:of)|,)?\s+(?P<y>{_Y})")
#: After a season: a school term ("the autumn term", "the spring term of 2025"), and each term's months (a school
#: year of three terms: September to December, January to March, April to July; a winter term January to March).
_TERM_AFTER = _c(r"\s+(?i:term)\b(?![\-'’])")
_ISO_WEEK_AFTER = _c(r"\s+(?P<n>[1-5]?\d)(?:\s+(?i:of)|,)?\s+(?P<y>(?:19|20)\d\d)\b(?![\-/.]\d)")
_TERMS = {"autumn": (9, 12), "fall": (9, 12), "spring": (1, 3), "winter": (1, 3), "summer": (4, 7)}
_A_BEFORE = _c(r"(?<![\w\-])(?i:a|an)\s+$")
_EVENT_NOUN = _c(
    r"\s+(?i:uprising|revolution|war|elections?|coup|conflict|offensive|agreement|deal|ceasefire|truce|accord|"
    r"invasion|attacks?|crisis|protests|referendum|massacre|siege|campaign|"
    # evd: "in a 2022 counteroffensive", "the 2014 takeover": a war's act of that year
    r"counter-?offensive|operation|assault|raid|battle|bombing|incursion|takeover|occupation|rebellion|insurgency)\b"
)
_EVENT_BEFORE = _c(
    r"\b(?i:uprising|revolution|war|elections?|coup|conflict|offensive|agreement|deal|ceasefire|truce|accord|"
    r"invasion|attacks?|crisis|protests|referendum|massacre|siege|campaign|events)\s+$"
)
_NOT_COUNT_AT = _c(_NOT_COUNT)
#: ev13: after a bare year, the clause it dates ("remember 2008, when the army fought the Taliban in Loi Sam").
_WHEN_AFTER = _c(r",\s+when\s")

_ANCHOR_WORDS: dict[str, str] = {}
for _w in _MONTHS:
    _ANCHOR_WORDS[_w] = "month"
for _w in _WEEKDAYS:
    _ANCHOR_WORDS[_w] = "weekday"
for _w in ("yesterday", "today", "tonight", "tomorrow", "overnight"):
    _ANCHOR_WORDS[_w] = "dayword"
for _w in ("night", "morning", "afternoon", "evening", "weekend"):
    _ANCHOR_WORDS[_w] = "daypart"
for _w in ("week", "month", "year", "fortnight"):
    _ANCHOR_WORDS[_w] = "unit"
for _w in ("days", "weeks", "months", "hours"):
    _ANCHOR_WORDS[_w] = "units"
_ANCHOR_WORDS["quarter"] = "quarter"
for _w in ("century", "centuries"):
    _ANCHOR_WORDS[_w] = "century"
for _w in ("q1", "q2", "q3", "q4", "h1", "h2"):  # business shorthand: "in Q3 2024", "In H1"
    _ANCHOR_WORDS[_w] = "quarter"
_ANCHOR_WORDS["holidays"] = "holidays"
#: dat13: decades told in words ("the nineties", "In the early Eighties", "the mid-Sixties", "The noughties"): the
#: first year of each ("the twenties" and "the tens" left out: a century's or this one's).
_DECADE_WORDS = {"thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960, "seventies": 1970,
                 "eighties": 1980, "nineties": 1990, "noughties": 2000, "naughties": 2000}
for _w in _DECADE_WORDS:
    _ANCHOR_WORDS[_w] = "decade_word"
for _w in ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"):
    _ANCHOR_WORDS[_w] = "wdabbr"
_ANCHOR_WORDS["kw"] = "kw"  # German "KW 12": the ISO week (Kalenderwoche)
for _w in ("muharram", "safar", "rabi", "jumada", "rajab", "shaban", "sha'ban", "shawwal", "dhu"):
    _ANCHOR_WORDS[_w] = "hijri"
for _w in SEASONS:
    _ANCHOR_WORDS[_w] = "season"
for _w in ("eid", "christmas", "ramadan", "ashura", "boxing", "bastille", "armistice", "arafat", "arafah", "jamhuri",
           "madaraka", "mashujaa", "independence", "victory", "republic", "nowruz", "navruz", "novruz", "norouz",
           "nowrouz", "newroz", "easter", "labor", "memorial", "thanksgiving", "lunar", "tet", "rosh", "yom", "sukkot",
           "simchat", "simhat", "hanukkah", "chanukah", "hanukah", "passover", "pesach", "purim", "shavuot",
           "chinese", "halloween", "ascension", "pentecost", "whit", "whitsun", "lent"):
    _ANCHOR_WORDS[_w] = "holiday"
_ANCHOR_WORDS.update({"ago": "ago", "writing": "pub", "press": "press", "publication": "pub"})
_ANCHOR_WORDS["may"] = "month"
for _w in ("fin", "mi", "debut", "finales", "principios", "mediados", "meados", "fins", "inicio", "desde", "depuis"):
    _ANCHOR_WORDS[_w] = "fpart"  # before a foreign month: "fin février", "mi-avril", "desde julho de 2021"

#: The anchor words, found by the walk the later stages' gates make of the article (one walk for all).
_ANCHORS = SharedWords({_w: (_w, _kind) for _w, _kind in _ANCHOR_WORDS.items()})
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _left(text: str, p: int) -> tuple[int, list[str]]:
    """Start and lowercased words of the qualifying words right before ``p``.

    Walks back word by word (a regex anchored at ``p`` would be tried at every
    earlier position): "the fighting in early" + "June" gives ["in", "early"].
    """
    words: list[str] = []
    start = pos = p
    lo = max(0, p - 48)
    while pos > lo:
        q = pos
        while q > lo and text[q - 1] in " \t\n-":
            q -= 1
        if q == pos or q == lo or text.count("\n", q, pos) > 1:
            break
        r = q
        while r > lo and text[r - 1].isalpha():
            r -= 1
        if r == q or (r > 0 and text[r - 1].isalnum()):
            break
        w = text[r:q].lower()
        if w not in _LEFT_WORDS or (w in _NEEDS_OF and (not words or words[0] != "of")):
            break
        words.insert(0, w)
        start = pos = r
    return start, words


def _word_offset(text: str, p: int, count: int) -> int:
    """Offset of the start of the ``count``-th word before ``p``."""
    pos = p
    for _ in range(count):
        m = None
        for m in _TOKEN.finditer(text, max(0, pos - 20), pos):
            pass
        if m is None:
            break
        pos = m.start()
    return pos


_PREPS = frozenset(
    "on in since by until till from before after during through throughout of around circa between as".split()
)
_MODS = ("last", "next", "this", "coming", "since")


def _mod(words: list[str]) -> str:
    for w in reversed(words):
        if w in _MODS:
            return w
    return ""


def _part(words: list[str]) -> str | None:
    phrase = " ".join(words)
    for key in ("the end of", "end of", "the beginning of", "beginning of", "the start of", "start of",
                "the middle of", "middle of"):
        if phrase.endswith(key):
            return key
    if words and words[-1] in ("early", "mid", "late"):
        return words[-1]
    if len(words) >= 2 and words[-1] == "in" and words[-2] in ("early", "late"):
        return words[-2]  # "Early in 2024", "late in March": as "early 2024", "late March"
    return None


Candidate = tuple  # (start, end, kind, groups)


def _at_month(text: str, p: int) -> Candidate | None:
    if p >= 8 and text[p - 2].isalpha() and text[p - 3].isdigit() and (dtg := _at_dtg(text, p)) is not None:
        return dtg
    if (text[p - 3:p] == "of " or text.find(" the ", p + 3, p + 15) >= 0) and (spelt := _at_spelt_day(text, p)):
        return spelt
    m = _MONTH_CORE.match(text, p)
    if m is None:
        return None
    g = m.groupdict()
    start, words = _left(text, p)
    end = m.end()
    if g["d1"] and g["d2"]:
        if g["to"].strip().lower() == "and" and "between" not in words and (
                g["m2"] or _int_day(g["d2"]) <= _int_day(g["d1"]) or _NOT_COUNT_AT.match(text, end) is None):
            # "on June 12 and 5 civilians died": a day and a count; "on June 12 and 13": both days
            m = _MONTH_DAY.match(text, p)
            g, end = m.groupdict(), m.end()
            return start, end, "md", {"m": g["m"], "d": g["d1"], "y": g["y"]}
        kind = "range_md_md" if g["m2"] else "range_md_d"
        return start, end, kind, {"m1": g["m"], "d1": g["d1"], "m2": g["m2"], "d2": g["d2"], "y": g["y"]}
    if not g["ym"] and not g["y"] and _HABIT_AFTER.match(text, end) is not None:
        return None  # "on 9 May every year", "from June to September each year": a habit, no date
    if g["d1"]:
        return _year_told_after(text, start, end, "md", {"m": g["m"], "d": g["d1"], "y": g["y"]})
    part = _part(words)
    if part in ("mid", "late") and (first := _FIRST_PART_BEFORE.search(text, max(0, start - 16), start)) is not None:
        # "from mid- to late March", "in early to mid-April": from the first part's start to the second's end
        start, part = first.start(), f"{first['part'].lower()}-{part}"
        words = ["from", *words]  # (a preposition was told: "early to mid-May" is a time)
    if g["ym"]:
        return start, end, "month_year", {"m": g["m"], "y": g["ym"], "part": part}
    name = g["m"].rstrip(".").lower()
    if name not in _FULL_MONTHS and text[end:end + 1] in ("-", "–") \
            and (later := _NEXT_MONTH_YEAR.match(text, end)) is not None:  # "Jan.-Feb. 2025": January of 2025
        return start, end, "month_year", {"m": g["m"], "y": later.group("y"), "part": part}
    if name not in _FULL_MONTHS or re.match(r"\s*\d", text[end : end + 3]) \
            or _EVERY_BEFORE.search(text, max(0, p - 6), p) is not None:
        return None  # (nor "every June", "each March": a habit, as "every Friday" is)
    has_pre = any(w in _PREPS or w in _MODS for w in words) or _part(words)
    if not has_pre and name in ("may", "march") and _MONTH_SPAN_BEFORE.search(text, max(0, p - 48), p) is None:
        return None  # "Theresa May", "March on Tripoli" (not "between January and May")
    later = _NEXT_MONTH_YEAR.match(text, end)
    if later is not None:  # "in May and June 2003": May of 2003
        return start, end, "month_year", {"m": g["m"], "y": later.group("y"), "part": part}
    return _year_told_after(text, start, end, "month",
                            {"m": g["m"], "pre": _mod(words) or (words[0] if words else ""), "part": part})


#: Before a month: a span of months it closes ("between January and May", "from early February to May").
_MONTH_SPAN_BEFORE = _c(rf"(?<![\w\-])(?i:between|from)\s+(?:[\w\-]+\s+){{0,3}}{_MON}"
                        r"\s+(?i:and|to|until|till|through)\s+$")
#: Before a month: a military date-time group's day, time and zone ("071430Z DEC 25": the 7th, 14:30 UTC, December
#: 2025), and another group it runs from ("from 062300Z to 070200Z DEC 25").
_DTG_BEFORE = _c(r"(?:(?i:from|between)\s+(?P<d0>[0-3]\d)[0-2]\d[0-5]\d[A-Z]\s*"
                 r"(?:(?i:to|and|until|through)\s+|[-–]\s*))?(?<![\w\-])(?P<d>[0-3]\d)[0-2]\d[0-5]\d[A-Z]\s+$")
_DTG_YEAR = _c(r"\s+(?P<y>\d\d)(?!\d|:\d)")
#: A date-time group written without spaces ("220630ZJAN26": the 22nd, 06:30 UTC, January 2026).
_DTG_RUN_TOGETHER = _c(rf"(?P<d>[0-3]\d)[0-2]\d[0-5]\d[A-Z](?P<m>{_cap(m for m in _MONTHS if len(m) < 5)})(?P<y>\d\d)\b")


def _at_dtg(text: str, p: int) -> Candidate | None:
    """A military date-time group ending with this month and a two-digit year: its day, or the days of two."""
    before = _DTG_BEFORE.search(text, max(0, p - 40), p)
    mon = _MONTH_CORE.match(text, p)
    if before is None or mon is None:
        return None
    year = _DTG_YEAR.match(text, p + len(mon["m"]))
    if year is None:
        return None
    g = {"y": "20" + year["y"]}
    if before["d0"]:
        return before.start(), year.end(), "range_md_d", {**g, "m1": mon["m"], "d1": before["d0"], "m2": None,
                                                          "d2": before["d"]}
    return before.start(), year.end(), "md", {**g, "m": mon["m"], "d": before["d"]}


#: Days written as ordinal words, British and formal style: "the fifth of May", "May the eighth", "the
#: twenty-first of January" (1 to 31).
_SPELT_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_SPELT_ORDINALS |= {f"twenty{sep}{w}": 20 + n for w, n in list(_SPELT_ORDINALS.items())[:9] for sep in "- "}
_SPELT_ORDINALS |= {"thirtieth": 30, "thirty-first": 31, "thirty first": 31}
_SPELT = "|".join(sorted(_SPELT_ORDINALS, key=len, reverse=True))
_SPELT_DAY_BEFORE = _c(rf"(?<![\w\-])(?i:the)\s+(?P<w>(?i:{_SPELT}))\s+of\s+$")
#: (after "May the eighth": lower case, then an end, its year or a word that opens no noun phrase; not "In March the
#: first convoy", "on the 27th of April the Eleventh, Twelfth, and Fifth Corps")
_SPELT_DAY_AFTER = _c(rf"\.?\s+the\s+(?P<w>{_SPELT})\b(?:,?\s+(?P<y>{_Y})|(?=\s*(?:[,.;:!?)\n]|$)|\s+(?:and|or|but|"
                      r"when|as|at|in|on|to|after|before|until|till|with|by|for|from|that|which|while|we|they|he|she|it)\b))")

_DIGIT_DAY_BEFORE = _c(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?$")  # "the 27th of April the Eleventh ...": its day is told


def _at_spelt_day(text: str, p: int) -> Candidate | None:
    """A day told by an ordinal word before or after this month ("on the fifth of May", "the seventh of May 1945",
    "May the eighth"), read as the same day told in digits."""
    mon = _MONTH_CORE.match(text, p)
    if mon is None or mon["d1"]:
        return None
    month = mon["m"]
    if (before := _SPELT_DAY_BEFORE.search(text, max(0, p - 30), p)) is not None:
        start, _ = _left(text, before.start())
        g = {"d": str(_SPELT_ORDINALS[before["w"].lower()]), "m": month, "y": mon["ym"]}
        return _year_told_after(text, start, mon.end(), "dm", g)
    if (after := _SPELT_DAY_AFTER.match(text, p + len(month))) is not None \
            and _DIGIT_DAY_BEFORE.search(text, max(0, p - 10), p) is None:
        start, _ = _left(text, p)
        g = {"m": month, "d": str(_SPELT_ORDINALS[after["w"].lower()]), "y": after["y"]}
        return _year_told_after(text, start, after.end(), "md", g)
    return None


#: Before "mid" or "late" and a month: the part a span of them opens with ("mid- to late March", "early to mid-April").
_FIRST_PART_BEFORE = _c(r"(?<![\w\-])(?P<part>(?i:early|mid))(?:-?\s+|-)(?i:to|into|and|or)(?:\s+|-)$")


#: After a day and month: a Buddhist Era year ("10 April B.E. 2568", "13 April 2568 B.E."), 543 years on.
_BUDDHIST_YEAR_AFTER = _c(r",?\s+(?:(?:B\.E\.|BE)\s+(?P<y>2[4-6]\d\d)\b|(?P<y2>2[4-6]\d\d)\s+(?:B\.E\.|BE\b))")


def _year_told_after(text: str, start: int, end: int, kind: str, g: dict) -> Candidate:
    """A yearless day or month followed by "last year", "this year" or "next year": the candidate
    takes those words and their shift of the publication year (``yrel``)."""
    if not g.get("y") and (m := _YEAR_AFTER.match(text, end)) is not None:
        g["yrel"] = _YEAR_SHIFT[m.group("rel").lower()]
        end = m.end()
    return start, end, kind, g


#: A day of the month named by its ordinal alone ("on the 9th, gunmen ...", "on the 12th a mortar ...", "on the 14th of
#: last month", "an ambush on the 9th killed four"); not "on the 3rd floor".
_ORDINAL_DAY = _c(r"(?P<d>[0-3]?\d(?:st|nd|rd|th))(?:(?=\s*[,.;)]|\s+(?:a|an|the)\s|\s+(?:and|to|through|until|till)\s+the\s+[0-3]?\d"
                  r"(?:st|nd|rd|th)\b(?:\s+of\s+(?P<rel2>(?i:this|last|the))\s+month\b)?|\s+[a-z]{2,}ed\s)"
                  r"|\s+of\s+(?P<rel>(?i:this|last|the))\s+month\b|\s+(?P<abbr>inst|ult|prox)\.)")
#: The old commercial and legal abbreviations after a day: of this month ("the 4th inst."), the last, the next.
_ORDINAL_ABBR = {"inst": "this", "ult": "last", "prox": "next"}
#: Before "the 9th": the words that make it a day ("on the 9th", "since the 3rd", "on the 19th and the 20th"; not
#: "by the 15th", a deadline as often ahead as past).
_ORDINAL_PREPS = frozenset({"on", "since", "until", "till", "before", "after", "from", "between"})
_ORDINAL_BEFORE = _c(r"\d(?:st|nd|rd|th)\s+(?:and|to|through|until|till)\s+the\s+$")


#: A fiscal year's label before its year ("FY2024", "FY 2024-25", "fiscal 2026", "the financial year 2025-26"), or
#: its noun after the years ("the 2025-26 fiscal year").
_FISCAL_BEFORE = _c(r"(?:(?<![\w\-])FY\s?|(?<![\w\-])(?i:fiscal|financial)\s+(?:(?i:year)\s+)?)$")
_FISCAL_YEARS = _c(r"(?P<y1>(?:19|20)\d{2}|\d{2})(?:\s*[-–/]\s*(?P<y2>(?:19|20)\d{2}|\d{2}))?\b(?![-/.]\d)")
_FISCAL_AFTER = _c(r"\s+(?i:fiscal|financial)\s+(?i:year)\b")


def _at_fiscal(text: str, start: int, p: int, end: int | None = None) -> Candidate | None:
    """A fiscal year told by its label (from ``start``) and its year or two at ``p``, up to ``end`` when the noun
    follows them: its span as the story's country keeps it (:func:`reading.fiscal_years.fiscal_year_span`)."""
    m = _FISCAL_YEARS.match(text, p)
    if m is None:
        return None
    first = int(m["y1"]) if len(m["y1"]) == 4 else 2000 + int(m["y1"])
    last = None if m["y2"] is None else int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    if last is not None and last <= first:
        return None
    return _left(text, start)[0], end or m.end(), "fiscal", {"first": first, "last": last,
                                                             "span": fiscal_year_span(text, first, last)}


#: A year of another era told as such: the Thai Buddhist Era's ("B.E. 2543", "2568 BE") and the Hijri one's
#: ("1445 AH", "the Hijri year 1445").
_ERA_BEFORE = _c(r"(?:(?<![\w.])(?P<be>B\.E\.|BE)|(?P<hijri>(?i:hijri)\s+(?i:year)))\s+$")
_ERA_YEAR = _c(r"(?P<y>(?:2[4-6]|1[34])\d\d)\b(?![-/.]\d)(?:\s+(?P<be>B\.E\.|BE\b)|\s*(?P<ah>AH\b|A\.H\.))?")


def _at_era_year(text: str, p: int) -> Candidate | None:
    """A Buddhist Era year (543 years after the Gregorian one it mostly is) or a Hijri year told with its era's
    name at ``p``: its Gregorian span (:func:`_resolve_match`)."""
    m = _ERA_YEAR.match(text, p)
    if m is None:
        return None
    before = _ERA_BEFORE.search(text, max(0, p - 12), p)
    be = m["be"] or before is not None and before["be"]
    if be and m["y"][:2] in ("24", "25", "26"):
        start = before.start() if before is not None and before["be"] else p
        return _left(text, start)[0], m.end(), "year", {"y": str(int(m["y"]) - 543), "part": None}
    if (m["ah"] or before is not None and before["hijri"]) and m["y"][:2] in ("13", "14"):
        start = before.start() if before is not None and before["hijri"] else p
        return _left(text, start)[0], m.end(), "hijri_year", {"hy": int(m["y"])}
    return None


#: Before a Solar Hijri year: its day and month ("23 Khordad 1404"; Iran's and Afghanistan's calendar). Read from the
#: year, as a month alone ("Mehr", "Azar", "Dey") is also a name, and "aban" or "tir" end many words.
_SOLAR_DAY_BEFORE = _c(r"(?<![\w\-,.])(?P<d>[1-3]?\d)(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?"
                       r"(?P<m>Farvardin|Ordibehesht|Khordad|Tir|A?mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand)"
                       r",?\s+$")


#: A Solar Hijri day told without its year ("on 22 Bahman", Afghan "on 1 Hamal"), at its day's number.
_SOLAR_DAY_YEARLESS = _c(r"(?P<d>[1-3]?\d)(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?"
                         r"(?P<m>Farvardin|Ordibehesht|Khordad|Tir|A?mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand"
                         r"|Hamal|Sawr|Saur|Jawza|Saratan|Asad|Sonbola|Sunbula|Mizan|Aqrab|Qaws|Jadi|Dalw|Hut)\b"
                         r"(?!,?\s+1[34]\d\d)")


def _at_day_before_year(text: str, p: int, told_before: re.Pattern, kind: str) -> Candidate | None:
    """A day of another calendar whose four-digit year is at ``p``, its day and month told before it
    (``told_before``): "23 Khordad 1404" (Solar Hijri), "5 Iyar 5785" (Hebrew)."""
    day = told_before.search(text, max(0, p - 24), p)
    if day is None or (p + 4 < len(text) and text[p + 4].isalnum()):
        return None
    return _left(text, day.start())[0], p + 4, kind, {"d": int(day["d"]), "m": " ".join(day["m"].lower().split()),
                                                      "y": text[p:p + 4]}


#: A Hebrew day's day and month, told before its year ("5 Iyar 5785", "on 10 Tishrei 5734").
_HEBREW_DAY_BEFORE = _c(r"(?<![\w\-,.])(?P<d>[1-3]?\d)(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?"
                        r"(?P<m>Tishrei|Tishri|Heshvan|Cheshvan|Marcheshvan|Kislev|Tevet|Teves|Shevat|Shvat"
                        r"|Adar(?:\s+II?\b)?|Nisan|Iyar|Sivan|Tammuz|Av|Elul),?\s+$")


#: French, Spanish and Portuguese month names, as quoted in English copy ("le 14 juillet 2025", "11 de marzo de 2025",
#: "em 22 de abril"): the English month each is.
_FOREIGN_MONTHS = {
    "janvier": "January", "février": "February", "fevrier": "February", "mars": "March", "avril": "April",
    "mai": "May", "juin": "June", "juillet": "July", "août": "August", "aout": "August", "septembre": "September",
    "octobre": "October", "novembre": "November", "décembre": "December", "decembre": "December",
    "enero": "January", "febrero": "February", "marzo": "March", "abril": "April", "mayo": "May", "junio": "June",
    "julio": "July", "agosto": "August", "septiembre": "September", "setiembre": "September", "octubre": "October",
    "noviembre": "November", "diciembre": "December",
    "janeiro": "January", "fevereiro": "February", "março": "March", "marco": "March", "maio": "May",
    "junho": "June", "julho": "July", "setembro": "September", "outubro": "October", "dezembro": "December",
}
_ENGLISH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")


def _months_of(names: str) -> dict[str, str]:
    """Twelve month names (spaces between, January first; "/" between two spellings of one) -> the English each is."""
    return {form: _ENGLISH_NAMES[i] for i, forms in enumerate(names.split()) for form in forms.split("/")}


#: dat13: German, Italian, Dutch, Polish (the genitive a day takes), Turkish, Russian and Ukrainian ones (the
#: genitive, the nominative and the locative: "9 мая 2025 года", "квітень 2025 року", "в марте"), as quoted in
#: English copy ("vom 12. Februar 2025", "il 14 febbraio", "op 30 juni", "5 czerwca 2025 r.", "2 Haziran 2025").
for _names in (
        "januar/jänner februar märz/maerz april mai juni juli august september oktober november dezember",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "januari februari maart april mei juni juli augustus september oktober november december",
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września/wrzesnia października/pazdziernika"
        " listopada grudnia",
        "ocak şubat/subat mart nisan mayıs/mayis haziran temmuz ağustos/agustos eylül/eylul ekim kasım/kasim"
        " aralık/aralik",
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
        "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
        "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень",
        "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні"):
    _FOREIGN_MONTHS.update(_months_of(_names))
_FMON = "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
#: A foreign day, or days of one month, from its first number: "14 juillet 2025", "1er au 3 juillet", "10 de marzo",
#: "2 al 5 de septiembre", "22 de abril de 2025" (a capitalised month only with "de" or a year: "26 Mars" may be a name).
_FOREIGN_DAY = _c(rf"(?P<d1>[0-3]?\d)(?:er|º|°)?(?:\s*(?:au|al|a|do|по|[-–])\s*(?P<d2>[0-3]?\d)(?:er|º|°)?)?"
                  rf"(?:\s+(?P<de>de)\s+(?P<m1>(?i:{_FMON}))|\s+(?P<m2>{_FMON}))\b(?![\-'’])"
                  rf"(?:,?\s+(?:de\s+)?(?P<y>(?:1[89]|20)\d\d)\b)?")
_FOREIGN_DAY_CAPS = _c(rf"(?P<d1>[0-3]?\d)(?:er|º|°)?\s+(?P<m>(?i:{_FMON}))\s+(?P<y>(?:1[89]|20)\d\d)\b")
#: dat13: a German day, its number ended by a dot, its month capitalised as German writes nouns ("am 3. März", "vom
#: 12. Februar 2025", "1. bis 3. Juni").
_GERMAN_BEFORE = _c(r"(?<![\w\-])(?i:am|vom|zum|bis|seit|ab|den|dem|Montag|Dienstag|Mittwoch|Donnerstag|Freitag"
                    r"|Samstag|Sonntag),?\s+$")
_FOREIGN_DAY_DOTTED = _c(rf"(?P<d1>[0-3]?\d)\.(?:\s*(?:bis|[-–])\s*(?P<d2>[0-3]?\d)\.)?\s+(?P<m>(?i:{_FMON}))"
                         rf"\b(?![\-'’])(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b)?")
#: Before a foreign day: what makes it part of a name ("the 25 de Abril bridge", "Place du 26 Mars").
_FOREIGN_NAME_BEFORE = _c(r"(?:(?<![\w\-])(?i:the)|(?<![\w\-])(?:Place|Rue|Avenue|Boulevard|Pont|Stade|Mouvement|Calle"
                          r"|Avenida|Plaza|Paseo|Puente|Estadio|Movimiento|Praça|Rua|Ponte|Largo|Movimento|Colegio"
                          r"|Escola|Hospital)(?:\s+(?:du|de\s+la|del|de|do|da))?)\s+$")
#: A part of a foreign month, or a month and year after "since": "fin février", "mi-avril", "début mars", "mediados de
#: mayo", "desde julho de 2021", "depuis mars 2024".
_FOREIGN_PART = _c(rf"(?P<w>(?i:fin|mi|debut|début|finales|principios|mediados|meados|fins|inicio|início|desde|depuis))"
                   rf"(?:\s+de|\s+(?:el\s+|le\s+)?)?[\s\-]+(?P<m>{_FMON})\b(?![\-'’])"
                   rf"(?:,?\s+(?:de\s+)?(?P<y>(?:1[89]|20)\d\d)\b)?")
_FOREIGN_PARTS = {"fin": "late", "finales": "late", "fins": "late", "mi": "mid", "mediados": "mid", "meados": "mid",
                  "debut": "early", "début": "early", "principios": "early", "inicio": "early", "início": "early"}


_FOREIGN_NEXT = frozenset(_FOREIGN_MONTHS) | {"de", "au", "al", "a", "er", "do", "по", "bis"}
#: The last letters of the foreign months (a quick test before :func:`_at_foreign_month_year` at a year).
_FOREIGN_MONTH_LAST = frozenset(w[-1] for w in _FOREIGN_MONTHS) - {""}


def _foreign_word_after(lowered: str, j: int) -> bool:
    """Whether the word after a number (past "er", a dash, spaces) may open a foreign date: a quick test before
    :data:`_FOREIGN_DAY` is tried at every number."""
    k = j + 2 if lowered.startswith("er", j) else j + 1 if lowered.startswith(". ", j) else j
    while k < len(lowered) and lowered[k] in " -–º°":
        k += 1
    e = k
    while e < len(lowered) and (lowered[e].isalpha()):
        e += 1
    return lowered[k:e] in _FOREIGN_NEXT or lowered[j:e] in _FOREIGN_NEXT


def _at_foreign_day(text: str, p: int) -> Candidate | None:
    """A French, Spanish or Portuguese day (or days) quoted in English copy, from its first number; not a name's."""
    if text.startswith(". ", p + 1 + text[p + 1].isdigit()):  # "am 3. März" (German)
        m = _FOREIGN_DAY_DOTTED.match(text, p)
        if m is None or _FOREIGN_NAME_BEFORE.search(text, max(0, p - 24), p) is not None:
            return None
        if m["m"].lower() in _ENGLISH_MONTH_WORDS and not m["y"] and not m["d2"] \
                and _GERMAN_BEFORE.search(text, max(0, p - 14), p) is None:
            return None  # ("The toll rose to 23. September was the worst month": a sentence's end, no German day)
        month = _FOREIGN_MONTHS[m["m"].lower()]
        if m["d2"]:
            return p, m.end(), "range_d_dm", {"d1": m["d1"], "d2": m["d2"], "m1": month, "y": m["y"]}
        return p, m.end(), "dm", {"d": m["d1"], "m": month, "y": m["y"]}
    m = _FOREIGN_DAY.match(text, p)
    if m is None or (m["m1"] and m["m1"][0].isupper() and not m["y"]):
        m = _FOREIGN_DAY_CAPS.match(text, p) if m is None else m
        if m is None or not m["y"]:
            return None
    if _FOREIGN_NAME_BEFORE.search(text, max(0, p - 24), p) is not None:
        return None
    g = m.groupdict()
    month = _FOREIGN_MONTHS[(g.get("m") or g.get("m1") or g["m2"]).lower()]
    if g.get("d2"):
        return p, m.end(), "range_d_dm", {"d1": g["d1"], "d2": g["d2"], "m1": month, "y": g["y"]}
    return p, m.end(), "dm", {"d": g["d1"], "m": month, "y": g["y"]}


#: dat13: a foreign month that is an English word or a name as often as a month: not read before a bare year ("Mars
#: 2025", a mission; "Maja", "Mei", "Mayo" names).
_FOREIGN_MONTH_YEAR_NOT = frozenset({"mars", "mart", "maja", "mei", "mayo", "mai", "mayis", "mayıs", "ekim", "nisan"})
_ENGLISH_MONTH_WORDS = frozenset(m.lower() for m in _ENGLISH_NAMES)
#: Before a foreign month told with its year: the month a span of months opens with ("gennaio-giugno 2025", "Januar
#: bis Juni 2025", "з січня по березень 2025").
_FOREIGN_MONTH_FROM = _c(rf"(?<![\w\-])(?P<m1>(?i:{_FMON}))(?:\s*[-–]\s*|\s+(?:bis|al|a|tot|do|до|по)\s+)$")


def _at_foreign_month_year(text: str, p: int) -> Candidate | None:
    """A foreign month told with the four-digit year at ``p`` ("luglio 2023", "квітень 2025 року", "Juni 2025"), or a
    span of two ("gennaio-giugno 2025", "Januar bis Juni 2025"): its month (or months) of that year."""
    q = p - 1
    while q > 0 and text[q - 1] in " ,":
        q -= 1
    if q == p - 1 and text[q] != " " or q < 2:
        return None
    r = q
    while r > 0 and text[r - 1].isalpha():
        r -= 1
    word = text[r:q].lower()
    if word not in _FOREIGN_MONTHS or word in _FOREIGN_MONTH_YEAR_NOT \
            or (r > 0 and (text[r - 1].isalnum() or text[r - 1] in "-'’" and not text[r - 2:r - 1].isalpha())):
        return None
    if p + 4 < len(text) and (text[p + 4].isalnum() or text[p + 4] in "-/"):
        return None
    month, year = _FOREIGN_MONTHS[word], text[p:p + 4]
    first = _FOREIGN_MONTH_FROM.search(text, max(0, r - 24), r)
    if first is not None and _FOREIGN_MONTHS[first["m1"].lower()] != month \
            and first["m1"].lower() not in _ENGLISH_MONTH_WORDS:  # ("Februar bis April 2025"; "April" is English too)
        return first.start(), p + 4, "fmonths", {"m1": _FOREIGN_MONTHS[first["m1"].lower()], "m2": month, "y": year}
    if word in _ENGLISH_MONTH_WORDS:
        return None  # (an English month and its year: the English rules read it)
    return r, p + 4, "month_year", {"m": month, "y": year, "part": None}


def _at_foreign_part(text: str, p: int) -> Candidate | None:
    """A part of a foreign month ("fin février", "mi-avril"), or a month and year after "desde"/"depuis"."""
    if (m := _FOREIGN_PART.match(text, p)) is None:
        return None
    month, part = _FOREIGN_MONTHS[m["m"].lower()], _FOREIGN_PARTS.get(m["w"].lower())
    if part is None and not m["y"]:
        return None  # ("desde marzo": a month alone after "since" is left to the English words around it)
    start = p if part is not None else m.start("m")
    if m["y"]:
        return start, m.end(), "month_year", {"m": month, "y": m["y"], "part": part}
    return start, m.end(), "month", {"m": month, "pre": part, "part": part}


#: A day in a log's or a header's compact forms: "04-Feb-25", "10/Mar/2025:13:55:36" (a web server's), and ISO's
#: basic form with its time, "20250311T135536Z" (not a bare run of eight digits: an id, a count).
_DAY_MON_YEAR_RUN = _c(rf"(?P<d>[0-3]?\d)(?P<sep>[-/])(?P<m>{_cap(_ABBR_MONTHS)})(?P=sep)(?P<y>\d{{4}}|\d\d)(?![\d/\-])")
_ISO_BASIC = _c(r"(?P<y>(?:19|20)\d\d)(?P<mo>[01]\d)(?P<d>[0-3]\d)T[0-2]\d[0-5]\d(?:[0-5]\d)?(?:Z|[+\-]\d{2,4})?\b")


#: dat13: a date inside a link or a file name, its number right after "/", "_" or "-": a path's year, month and day
#: ("/2025/03/05/", "/archive/2025/02/"), a day written with dashes or underscores or run together, alone or with its
#: time ("2025-03-04-grain-terminal", "scan_2025_08_11.pdf", "IMG_20250812_141233.jpg", an archive's
#: "20250306121500"), a day, a month and a year run together or in a slug ("Sitrep_14Aug2025", "-17-february-2026").
_LINK_DATE = _c(
    r"(?P<py>(?:19|20)\d\d)/(?P<pmo>[01]\d)/(?:(?P<pd>[0-3]\d)(?=[/_\-.]|\b))?"
    r"|(?P<y>(?:19|20)\d\d)(?P<sep>[-_]?)(?P<mo>[01]\d)(?P=sep)(?P<d>[0-3]\d)"
    r"(?:(?(sep)(?P=sep)|)[0-2]\d[0-5]\d(?:[0-5]\d)?)?(?=[_\-./]|\b)(?!\d)"
    rf"|(?P<rd>[0-3]?\d)(?P<rm>{_cap(_ABBR_MONTHS)})(?P<ry>(?:19|20)\d\d)(?=[_\-./]|\b)"
    rf"|(?P<sd>[0-3]?\d)-(?P<sm>{'|'.join(_FULL_MONTHS)}|{'|'.join(_ABBR_MONTHS)})-(?P<sy>(?:19|20)\d\d)(?=[_\-./]|\b)")


def _at_link_date(text: str, p: int) -> Candidate | None:
    """A date in a link's path or a file's name (:data:`_LINK_DATE`), its number at ``p`` right after "/", "_" or "-"
    inside a token that holds no space: its day, or a path's month."""
    m = _LINK_DATE.match(text, p)
    if m is None:
        return None
    g = m.groupdict()
    if g["py"]:
        if not 1 <= int(g["pmo"]) <= 12:
            return None  # ("/2025/13/": no path's month)
        if g["pd"]:
            return p, m.end(), "iso", {"y": g["py"], "mo": g["pmo"], "d": g["pd"]}
        return p, m.end(), "month_year", {"m": _ENGLISH_NAMES[int(g["pmo"]) - 1], "y": g["py"], "part": None}
    if g["y"]:
        if not (1 <= int(g["mo"]) <= 12 and 1 <= int(g["d"]) <= 31) \
                or not g["sep"] and text[p - 1] == "-" and not text[p - 2].isalpha():
            return None  # (nor a phone number's digits: "+44-20250812")
        return p, m.end(), "iso", {"y": g["y"], "mo": g["mo"], "d": g["d"]}
    if g["rd"]:
        return p, m.end(), "dm", {"d": g["rd"], "m": g["rm"], "y": g["ry"]}
    return p, m.end(), "dm", {"d": g["sd"], "m": g["sm"].capitalize(), "y": g["sy"]}


#: dat13: a day with its month in Roman numerals, as Polish, Russian and Balkan copy writes it ("12.III.2025",
#: "3. IV. 2025"); an ISO week written "2025-W35"; a month and year with a slash after a word that makes it a time
#: ("issued 11/2024", "until 03/2026", "from 05/2023 to 10/2023"; not "Law 12/2023", "Resolution 5/2024").
_ROMAN_DAY = _c(r"(?P<d>[0-3]?\d)\.\s?(?P<mo>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s?(?P<y>(?:19|20)\d\d)\b")
_ROMAN_MONTHS = {r: i + 1 for i, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split())}
_ISO_WEEK_RUN = _c(r"(?P<y>(?:19|20)\d\d)-?W(?P<n>[0-5]\d)\b(?!-\d)")
_MONTH_SLASH_YEAR = _c(r"(?P<mo>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d\d)\b(?![/.\-]\d)")
_MONTH_SLASH_BEFORE = _c(r"(?<![\w\-])(?i:in|since|from|until|till|to|before|after|by|issued|dated|valid|expires?"
                         r"|expiring|expiry|through|between|and)\s+$")


def _at_digit(text: str, p: int) -> Candidate | None:
    m = _DIGIT_CORE.match(text, p)
    if m is not None and m["yy"] and text[p + 4:p + 6] == "-W" and (week := _ISO_WEEK_RUN.match(text, p)) is not None:
        return p, week.end(), "iso_week", {"n": week["n"], "y": week["y"]}  # "2025-W35"
    if m is None:
        if text[p + 1:p + 2] in ("Q", "H") and (qf := _QUARTER_NUMBER_FIRST.match(text, p)) is not None \
                and (qf["n"] in "12" or qf["q"] == "Q"):
            year = qf["y"] if len(qf["y"]) == 4 else "20" + qf["y"]  # "3Q25": the third quarter of 2025
            return p, qf.end(), "quarter", {"rank": int(qf["n"]) - 1, "months": 3 if qf["q"] == "Q" else 6, "y": year}
        if text[p + 1:p + 3].strip("0123456789") == "/" and (my := _MONTH_SLASH_YEAR.match(text, p)) is not None \
                and _MONTH_SLASH_BEFORE.search(text, max(0, p - 12), p) is not None:
            start, _ = _left(text, p)  # "until 03/2026": March 2026
            return start, my.end(), "month_year", {"m": _ENGLISH_NAMES[int(my["mo"]) - 1], "y": my["y"], "part": None}
        if "." in text[p + 1:p + 3] and (roman := _ROMAN_DAY.match(text, p)) is not None:
            return p, roman.end(), "dm", {"d": roman["d"], "m": _ENGLISH_NAMES[_ROMAN_MONTHS[roman["mo"]] - 1],
                                          "y": roman["y"]}  # "12.III.2025"
        if text[p + 1:p + 3].strip("0123456789") in ("-", "/") \
                and (run := _DAY_MON_YEAR_RUN.match(text, p)) is not None:  # "04-Feb-25", "10/Mar/2025:13:55:36"
            year = run["y"] if len(run["y"]) == 4 else "20" + run["y"]
            return p, run.end(), "dm", {"d": run["d"], "m": run["m"], "y": year}
        if text[p + 8:p + 9] == "T" and (basic := _ISO_BASIC.match(text, p)) is not None:  # "20250311T135536Z"
            return p, basic.end(), "iso", {"y": basic["y"], "mo": basic["mo"], "d": basic["d"]}
        if text[p + 6:p + 8].isupper() and (dtg := _DTG_RUN_TOGETHER.match(text, p)) is not None:
            return p, dtg.end(), "md", {"m": dtg["m"], "d": dtg["d"], "y": "20" + dtg["y"]}
        if (solar := _SOLAR_DAY_YEARLESS.match(text, p)) is not None:
            start, words = _left(text, p)  # "on 22 Bahman": the latest before publication, or a plan's next
            if _NUMERIC_DAY_PREPS & set(words):
                return start, solar.end(), "solar_day", {"d": int(solar["d"]), "y": None,
                                                         "m": solar["m"].lower()}
        if text[max(0, p - 4):p].lower() == "the " and (o := _ORDINAL_DAY.match(text, p)) is not None:
            start, words = _left(text, p)
            if o["abbr"]:  # "your letter of the 4th inst.": a day of this month, whatever the words before it
                return start, o.end(), "ordinal", {"d": o["d"], "rel": _ORDINAL_ABBR[o["abbr"]]}
            if len(words) >= 2 and words[-1] == "the" and words[-2] in _ORDINAL_PREPS:
                # ("between the 14th and the 17th of this month": the month of the second is the first's too)
                return start, o.end(), "ordinal", {"d": o["d"], "rel": (o["rel"] or o["rel2"] or "").lower()}
            if _ORDINAL_BEFORE.search(text, max(0, p - 16), p):  # "... on the 19th and the 20th"
                return p - 4, o.end(), "ordinal", {"d": o["d"], "rel": (o["rel"] or "").lower()}
        return None
    g = m.groupdict()
    end = m.end()
    if g["iy"]:  # year first: ISO "2024-05-03", East Asian "2024/05/03" and "2024.05.03"
        return p, end, "iso", {"y": g["iy"], "mo": g["imo"] or g["smo"] or g["dmo"], "d": g["id"] or g["sd"] or g["dd"]}
    if g["na"]:
        if g["sep"] in ".-" and len(g["ny"]) != 4:  # ("08.05.2025", South Asia's "08-05-2025"; not "3.10.24")
            return None
        return p, end, "numeric", {"a": g["na"], "b": g["nb"], "y": g["ny"], "dotted": g["sep"] == "."}
    start, words = _left(text, p)
    if g["ea"]:
        return _yearless_numeric(start, end, words, g)
    if g["d1"]:
        if g["d3"]:
            return start, end, "range_dm_dm", {"d1": g["d1"], "m1": g["m"], "d2": g["d3"], "m2": g["m2"], "y": g["y"]}
        if g["d2"]:  # "4-6 April", "12 and 13 April"
            return start, end, "range_d_dm", {"d1": g["d1"], "d2": g["d2"], "m1": g["m"], "y": g["y"]}
        if not g["y"] and _HABIT_AFTER.match(text, end) is not None:
            return None  # "on 9 May every year": a habit
        if not g["y"] and g["m"].isupper() and (year := _DTG_YEAR.match(text, end)) is not None:
            g["y"], end = "20" + year["y"], year.end()  # a military day "02 MAR 25": its year in two digits
        elif not g["y"] and (year := _BUDDHIST_YEAR_AFTER.match(text, end)) is not None:
            g["y"], end = str(int(year["y"] or year["y2"]) - 543), year.end()  # Thai "10 April B.E. 2568": 2025
        return _year_told_after(text, start, end, "dm", {"d": g["d1"], "m": g["m"], "y": g["y"]})
    if g["dec"]:
        if not words or words[-1] not in ("the", "early", "mid", "late"):
            return None
        return start, end, "decade", {"dec": g["dec"], "part": _part(words)}
    if g["y1"]:
        if (g["yto"].strip() in ("-", "–", "/") or ({"between", "from"} & set(words))
                or ({"in", "during", "throughout"} & set(words) and g["yto"].strip().lower() == "and"
                    and len(g["y2"]) == 4)):
            # "between 2002 and 2003", "in 2002-2003", "in 2002 and 2003", "the 2024/25 season": both years
            if (noun := _FISCAL_AFTER.match(text, end)) is not None:  # "the 2025-26 fiscal year"
                return _at_fiscal(text, start, p, noun.end())
            return start, end, "year_range", {"y1": g["y1"], "y2": g["y2"]}
        # "2014 and 2015 saw ...", "from 2010 until 2012": the first year, read as a bare one
        g = {"yy": g["y1"], "yposs": None}
        end = p + len(g["yy"])
    # a bare year: only with a preposition, "the 2011 uprising" or "2011's"
    if _NOT_COUNT_AT.match(text, end) is None and not (
            words == ["in"] and text.startswith("In ", start)
            and (start == 0 or text[start - 1] == "\n" or text[max(0, start - 2):start] == ". ")):
        return None  # ("killed 1998 rebels": a count; evf: not "In 1998 rebels seized ...", the year opening its sentence)
    preps = [w for w in words if w != "the"]
    if preps == ["of"] and g["yy"][0] not in "'’" and not _EVENT_BEFORE.search(text, max(0, start - 16), start) \
            and not _PART_OF_BEFORE.search(text, max(0, start - 30), start) \
            and text[max(0, start - 4):start].lower() != "all ":
        preps = []  # "a budget of 2000", but "the revolution of 2011", "the first half of 2023", "all of 2024"
    if not words and _YEAR_SUBJECT_AFTER.match(text, end) is not None and (
            start == 0 or text[start - 1] == "\n" or text[max(0, start - 2):start] == ". "):
        # "2024 was the deadliest year": a year opening its sentence as what it tells of
        return start, end, "year", {"y": g["yy"], "part": None}
    if preps or g["yposs"] or ((words and words[-1] == "the" or _A_BEFORE.search(text, max(0, start - 4), start))
                               and _EVENT_NOUN.match(text, end)) or _WHEN_AFTER.match(text, end):
        # "the 2011 uprising", "a 2022 coup"; ev13: "traders still talk about 2008, when the army fought ..."
        return start, end, "year", {"y": g["yy"], "part": _part(words)}
    return None


_YEAR_SUBJECT_AFTER = _c(r"\s+(?:was|saw|brought|became|has\s+been|had\s+been)\b")
_EVERY_BEFORE = _c(r"(?<![\w\-])(?i:every|each)\s+$")
#: After a yearless month or day, or the first of two joined: a habit ("each year", "every year", "annually").
_HABIT_AFTER = _c(r"(?:\s*(?:[-–]|\s(?i:to|and|until|till|through)\s)\s*(?:(?i:early|mid|late)[\s\-]+)?"
                  rf"{_MON}(?:\s+{_D})?)?,?\s+(?i:each\s+year|every\s+year|annually)\b")


#: dat13: after a weekday, the number of its day in the month ("Monday 2:", "On Tuesday 8th", "Thursday the 4th"):
#: not a count ("on Monday 12 people died", "In the week to Sunday, 23 incidents"), a score, a time or a month's day
#: told after it.
_WEEKDAY_NUMBER_AFTER = _c(rf"(?:\s+|,?\s+the\s+)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.,]?\d|\s*[\-–/:.]\s*\d)"
                           rf"(?!\s+(?:of\s+)?{_MON}){_NOT_COUNT}")
#: Weekdays written short, at a table's or a log's line start ("Mon 6 | Enerhodar", "Tue 7", "Thurs 9").
_WEEKDAY_SHORT = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
                  "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday"}
_SHORT_NUMBER_AFTER = _c(rf"\.?[ \t]+(?P<d>[0-3]?\d)\b(?![:.,/\-–]?\d)(?!\s+(?:of\s+)?{_MON})")


def _at_short_weekday(text: str, p: int, end: int, word: str) -> Candidate | None:
    """A weekday written short with its day's number at a line's (or a table cell's) start: "Mon 6", "Sat 11"."""
    q = p
    while q > 0 and text[q - 1] in " \t":
        q -= 1
    if q > 0 and text[q - 1] not in "\n|" or not text[p].isupper() or (num := _SHORT_NUMBER_AFTER.match(text, end)) is None:
        return None
    return p, num.end(), "weekday_day", {"wd": _WEEKDAY_SHORT[word], "d": num["d"]}


_BEFORE_AFTER_THAT = _c(r"\s+(?P<rel>(?i:before|after))\s+(?i:that|this|it)\b")


def _at_weekday(text: str, p: int) -> Candidate | None:
    if text[p - 1:p] == " " and (church := _CHURCH_DAY_BEFORE.search(text, max(0, p - 10), p)) is not None:
        return _at_feast(text, church.start())  # "on Good Friday", "since Ash Wednesday" (not "the Good Friday Agreement")
    m = _WEEKDAY_CORE.match(text, p)
    if m is None or _EVERY_BEFORE.search(text, max(0, p - 6), p) is not None:
        return None  # "every Friday", "each Monday": a habit, no date
    g = m.groupdict()
    start, words = _left(text, p)
    if g["d1"]:
        return start, m.end(), "md", {"m": g["m"], "d": g["d1"], "y": g["y"]}
    if g["d2"]:
        return start, m.end(), "dm", {"m": g["m2"], "d": g["d2"], "y": g["y2"]}
    mod = _mod(words) or ("overnight" if words and words[-1] == "overnight" else "")
    if not mod and not g["part"] and (num := _WEEKDAY_NUMBER_AFTER.match(text, m.end())) is not None:
        # "Monday 2: convoy reached Sake", "On Tuesday 8th": a day of the month told by its weekday and number
        return start, num.end(), "weekday_day", {"wd": g["wd"].lower(), "d": num["d"]}
    if words and words[-1] in ("early", "late"):
        mod = mod or words[-1]
    if words[-2:] == ["the", "following"]:  # "The following Monday": after the date told before (:func:`_find`)
        mod = "the following"
    elif words[-2:] == ["the", "previous"]:  # dat13: "the previous Thursday": before the date told before it
        mod = "the previous"
    elif words[-1:] == ["the"] and not g["part"] and (that := _BEFORE_AFTER_THAT.match(text, m.end())) is not None:
        # dat13: "the Wednesday before that", "The Saturday after that": from the date told before it
        return start, that.end(), "weekday", {"wd": g["wd"], "part": None,
                                              "mod": "the previous" if that["rel"].lower() == "before"
                                              else "the following"}
    if (week := _WEEK_AFTER_WEEKDAY.match(text, m.end())) is not None:
        # "on Thursday last week", "on Monday next week": that day of the week before or after publication's
        return start, week.end(), "weekday", {"wd": g["wd"], "mod": mod, "part": g["part"],
                                              "week": _YEAR_SHIFT[week["rel"].lower()]}
    if not mod and (week := _WEEK_ON_AFTER_WEEKDAY.match(text, m.end())) is not None:
        # British "on Thursday week": a week after the coming Thursday
        return start, week.end(), "weekday", {"wd": g["wd"], "mod": "", "part": g["part"], "week_on": True}
    if (words == ["on"] and not mod
            and (week := _WEEK_EARLIER_BEFORE_WEEKDAY.search(text, max(0, start - 40), start)) is not None):
        # ev21: "A week earlier, on Tuesday, an air strike hit ...": that day of the week before publication's
        return week.start(), m.end(), "weekday", {"wd": g["wd"], "mod": "", "part": g["part"], "week": -1}
    if words[-1:] == ["on"] and (week := _WEEK_ON_BEFORE_WEEKDAY.search(text, max(0, start - 8), start)) is not None:
        # and "a week on Thursday", the same day
        return week.start(), m.end(), "weekday", {"wd": g["wd"], "mod": "", "part": g["part"], "week_on": True}
    return start, m.end(), "weekday", {"wd": g["wd"], "mod": mod, "part": g["part"]}


#: Before "century": its number, a part of it, and a first century before a span ("the late 19th century", "in the
#: mid-20th century", "from the 13th to the 17th centuries", "the nineteenth century").
_CENTURY_BEFORE = _c(rf"(?<![\w\-])(?i:the)\s+(?:(?P<n0>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_SPELT}))\s+"
                     r"(?i:to|and|until|through|or)\s+(?:(?i:the)\s+)?)?"
                     rf"(?:(?P<part>(?i:early|mid|late))[\s\-]+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_SPELT}))\s+$")
_BEFORE_CHRIST = _c(r"\s*(?:BC|B\.C\.|BCE)\b")


def _at_century(text: str, p: int, end: int) -> Candidate | None:
    """A century told with "the" ("the late 19th century", "since the 16th century"): its hundred years, or their
    early, mid or late part; not one told as a kind ("a 19th-century mosque", "the 19th-century surveys": hyphened)
    nor before Christ."""
    m = _CENTURY_BEFORE.search(text, max(0, p - 48), p)
    if m is None or _BEFORE_CHRIST.match(text, end):
        return None
    first, last = (_century_no(m["n0"]) if m["n0"] else _century_no(m["n"])), _century_no(m["n"])
    if not 1 <= first <= last <= 21:
        return None
    return _left(text, m.start())[0], end, "century", {"first": first, "last": last, "part": m["part"]}


def _century_no(told: str) -> int:
    """A century's number from "19th" or "nineteenth"."""
    return int(told[:-2]) if told[:1].isdigit() else _SPELT_ORDINALS[told.lower()]


#: After a weekday: the week it falls in, told from publication's ("on Thursday last week", "Monday next week").
_WEEK_AFTER_WEEKDAY = _c(r",?\s+(?P<rel>(?i:last|next|this))\s+week\b(?!['’])")
_WEEK_ON_AFTER_WEEKDAY = _c(r" week\b(?![\-'’])")
#: Before a weekday or "today": British "a week on Thursday", "a week today" (the same as "Thursday week").
_WEEK_ON_BEFORE_WEEKDAY = _c(r"(?<![\w\-])(?i:a)\s+week\s+(?:(?i:on)\s+)?$")
#: Before a weekday: "a week earlier, on Tuesday", "one week before, on Monday": in the week before publication's.
_WEEK_EARLIER_BEFORE_WEEKDAY = _c(r"(?<![\w\-])(?i:a|one)\s+week\s+(?i:earlier|before|previously)\s*,?\s+$")


#: After "overnight": the day the night ran into ("overnight into Sunday", "overnight to Tuesday morning").
_INTO_WEEKDAY = _c(rf"\s+(?i:into|to|until|till)\s+(?:(?i:early)\s+)?(?P<wd>{_WD})\b")


#: Before "week", "month", "year": the one of the date told before ("later that month", "that same year").
_THAT_BEFORE = _c(r"(?<![\w\-])(?:(?P<edge>(?i:earlier|later|early|late))\s+(?:(?i:in)\s+)?)?"
                  r"(?i:that)\s+(?:(?i:same)\s+)?$")


#: Before "yesterday" or "tomorrow": one day further ("the day before yesterday", "the day after tomorrow").
_TWO_DAYS_BEFORE = _c(r"(?<![\w\-])(?i:the\s+day\s+(?P<rel>before|after))\s+$")


_YEAR_TOLD = _c(r"\b(?:1[89]|20)\d\d\b")
#: After "the week/month/year": "before" or "after" that ends the clause ("the month before.", "the year after, ..."),
#: not "the year before last" nor "the week before the vote" (a shift from an act whose day is not told).
_UNIT_SHIFT_AFTER = _c(r"\s+(?P<rel>(?i:before|after|earlier|later))(?=\s*[,.;:)]|\s*$|\s+(?i:and|but|when|as)\b)")
#: Before "days", "weeks", "months" and "ahead": a time to come ("in the days ahead").
_AHEAD_LEFT = _c(r"(?<![\w\-])(?i:in|over|during)\s+the\s+$")


#: A quarter told by its rank alone ("in the first quarter", "the fourth quarter alone"): of the year it is told in.
_QUARTER_BEFORE = _c(r"(?<![\w\-])(?i:the\s+)(?P<nth>(?i:first|second|third|fourth))\s+$")
_OF_AFTER = _c(r"\s+(?i:of)\b")


def _at_quarter(text: str, p: int, end: int) -> Candidate | None:
    """"the first quarter", "the fourth quarter" told with no year (one told after it, "the first quarter of 2025",
    is read with the year): that quarter of publication's year, or of the year before when not yet begun."""
    rank = _QUARTER_BEFORE.search(text, max(0, p - 12), p)
    if rank is None and text[max(0, p - 13):p].lower() == "the previous ":
        # "rose 40 per cent on the previous quarter": the one before the date told before it, none without one
        return p - 13, end, "relative", {"mod": "the previous", "unit": "quarter", "told_before": True}
    if rank is None or _OF_AFTER.match(text, end) is not None:
        return None
    return rank.start(), end, "quarter", {"rank": _NTH[rank["nth"].lower()]}


#: Before "year": a period told before, a year back ("the same period last year", "the same months a year ago").
_SAME_PERIOD_BEFORE = _c(r"(?<![\w\-])(?i:the\s+same\s+(?:period|months?|weeks?|days|quarter|time)\s+"
                         r"(?:(?:of|in)\s+)?)(?:(?P<rel>(?i:last|the\s+previous))|(?i:a|one|the))\s+$")
_A_YEAR_BACK_AFTER = _c(r"\s+(?i:earlier|ago|before)\b")
_SHORT_QUARTER_SPAN = _c(r"[-–](?P<q>[QH])(?P<n>[1-4])\s+(?P<y>(?:19|20)\d\d)\b")
#: dat13: a quarter or half written number first, business shorthand ("3Q25", "2Q 2024", "1H24").
_QUARTER_NUMBER_FIRST = _c(r"(?P<n>[1-4])(?P<q>[QH])\s?(?P<y>(?:19|20)\d\d|\d\d)\b(?![-/.]\d)")
_SHORT_YEAR_AFTER = _c(rf"\s+(?:(?i:of)\s+)?(?P<y>{_Y})")


def _at_short_quarter(text: str, p: int, end: int) -> Candidate | None:
    """"Q3 2024", "in H1": a quarter or half told in capitals, of the year told after it, else as "the third
    quarter" told alone is (:func:`_at_quarter`); "h1" in lower case is no date."""
    if not text[p].isupper():
        return None
    months = 3 if text[p] == "Q" else 6
    g = {"rank": int(text[p + 1]) - 1, "months": months}
    if text[end:end + 1] in ("-", "–") and (span := _SHORT_QUARTER_SPAN.match(text, end)) is not None \
            and span["q"] == text[p] and int(span["n"]) > g["rank"] + 1:
        # dat13: "Q1-Q3 2025", "Q2–Q4 2024": from the first's first month to the second's last, of that year
        first, last = g["rank"] * months + 1, int(span["n"]) * months
        return p, span.end(), "fmonths", {"m1": _ENGLISH_NAMES[first - 1], "m2": _ENGLISH_NAMES[last - 1],
                                          "y": span["y"]}
    if (year := _SHORT_YEAR_AFTER.match(text, end)) is not None:
        return p, year.end(), "quarter", {**g, "y": year["y"]}
    start, words = _left(text, p)
    if not words or words[-1] not in _PREPS:
        return None  # ("Q3 results", "the H1 report": no time told without a year or a preposition)
    return start, end, "quarter", g


def _plan_told_before(text: str, at: int) -> bool:
    """Whether a plan, a promise or a demand is told before ``at`` in its sentence (:data:`_WITHIN_PLAN`)."""
    window = text[max(0, at - 100) : at]
    window = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]
    return _WITHIN_PLAN.search(window) is not None


_TEMPERATURE_BEFORE = _c(r"\b(?i:temperatures?|highs?|lows?|thermometers?|mercury|heat|fahrenheit)\b[^.;!?\n]*$")
_KW_AFTER = _c(r"\s?(?P<n>[0-5]?\d)\b(?:[/\s]+(?P<y>(?:19|20)\d\d)\b)?(?![.,:/]\d)")
_TIME_AFTER = _c(r"['’]s?\s+(?i:time)\b")
_IN_COUNT_BEFORE = _c(r"(?<![\w\-])(?i:in)\s+(?P<n>\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten"
                      r"|eleven|twelve))\s+$")
_CHRISTMAS_TO_NEW_YEAR = _c(r"Christmas\s+and\s+(?:the\s+)?New\s+Year(?:['’]s(?:\s+Day)?)?\b")
_DECADE_WORD_NOT_AFTER = _c(r"\s*(?:°|%|(?i:degrees|percent|per\s+cent|mph|km/h)\b)")


def _at_word(text: str, p: int, end: int, word: str, kind: str) -> Candidate | None:
    if kind == "century":
        return _at_century(text, p, end)
    if kind == "quarter":
        return _at_quarter(text, p, end) if word == "quarter" else _at_short_quarter(text, p, end)
    if kind == "wdabbr":
        return _at_short_weekday(text, p, end, word)
    if kind == "kw":  # "in KW 12", "KW 12/2025": German copy's calendar week, of publication's year if none told
        if text[p:end] != "KW" or (kw := _KW_AFTER.match(text, end)) is None:
            return None
        return p, kw.end(), "iso_week", {"n": kw["n"], "y": kw["y"]}
    if kind == "decade_word":  # "the nineties", "In the early Nineties": not "in his sixties" (an age), "the
        # fifties Fahrenheit"
        start, words = _left(text, p)
        if "the" not in words[-2:] or words[-1] not in ("the", "early", "mid", "late") \
                or _DECADE_WORD_NOT_AFTER.match(text, end) is not None \
                or _TEMPERATURE_BEFORE.search(text, max(0, start - 40), start) is not None:
            return None  # ("Temperatures in the nineties are expected")
        return start, end, "decade", {"dec": str(_DECADE_WORDS[word]), "part": _part(words)}
    if kind == "holidays":  # "over the holidays": the year-end ones, when published then (:func:`_year_end_holidays`)
        start, words = _left(text, p)
        if words[-2:-1] in (["over"], ["during"], ["through"], ["throughout"], ["since"], ["after"]) \
                and words[-1] == "the":
            return start, end, "feast", {"feast": "holidays", "y": None}
        return None
    if kind == "dayword":
        if word == "overnight" and (into := _INTO_WEEKDAY.match(text, end)) is not None:
            # one night, ending on that weekday: the night before it and that day (as "the night of 3-4 May")
            return p, into.end(), "weekday", {"wd": into["wd"], "mod": "into", "part": None}
        if word in ("yesterday", "tomorrow") and (by := _TWO_DAYS_BEFORE.search(text, max(0, p - 24), p)) is not None:
            return by.start(), end, "relative", {"word": "the day " + by["rel"].lower() + " " + word}
        if word in ("today", "tomorrow") and (week := _WEEK_ON_BEFORE_WEEKDAY.search(text, max(0, p - 8), p)):
            return week.start(), end, "relative", {"word": "a week " + word}  # British "a week today": 7 days on
        return p, end, "relative", {"word": word}
    if kind == "daypart":
        start, words = _left(text, p)
        if word == "night" and words[-1:] == ["the"] and text.startswith((" before last", " Before last"), end):
            # dat13: "The night before last": the night before last night, the day before yesterday's
            return start, end + 12, "relative", {"word": "the day before yesterday"}
        if word == "weekend":
            if (two := _TWO_ON_AFTER.match(text, end)) is not None:  # "the weekend before last"
                return (start if words[-1:] == ["the"] else p), two.end(), "relative", {
                    "word": "the weekend " + " ".join(two["rel"].lower().split())}
            if words[-2:] == ["this", "past"]:  # the weekend just gone
                return start, end, "relative", {"word": "the weekend"}
            shift = _UNIT_SHIFT_AFTER.match(text, end) if words[-1:] == ["the"] else None
            if words[-2:] in (["the", "previous"], ["the", "following"]) or shift is not None:
                # "the previous weekend", "The weekend before": the one before the date told before it (in its
                # sentence or the one before), as "the previous month" is; "the weekend after": the one after
                before = words[-1] == "previous" or shift is not None and shift["rel"].lower() in ("before", "earlier")
                return (start, end if shift is None else shift.end("rel"), "relative",
                        {"word": "the previous weekend" if before else "the following weekend",
                         "mod": "the previous" if before else "the following", "lookback": True,
                         "told_before": shift is not None})
            if not words or words[-1] not in ("the", "this", "last", "next"):
                return None
            lead = [w for w in words if w in ("over", "the", "this", "last", "next")]
            phrase = " ".join(words[-2:]) if len(words) >= 2 and words[-2] == "over" else words[-1]
            return start, end, "relative", {"word": (phrase + " weekend") if lead else "the weekend"}
        if words and words[-1] == "last" and word == "night":
            return start, end, "relative", {"word": "last night"}
        if words and words[-1] == "this" and word != "night":
            return start, end, "relative", {"word": "this " + word}
        return None
    if kind in ("units", "unit") and text.startswith(("'", "’"), end) \
            and (after := _TIME_AFTER.match(text, end)) is not None \
            and (told := _IN_COUNT_BEFORE.search(text, max(0, p - 16), p)) is not None:
        # dat13: "in three days' time", "in a fortnight's time", "in two weeks' time": that far after publication
        return told.start(), after.end(), "in_time", {"n": _count(told["n"]) if not told["n"].isdigit()
                                                      else int(told["n"]), "unit": word.rstrip("s")}
    if kind == "unit" and word == "year" and text[max(0, p - 15):p].lower() == "this time last ":
        # dat13: "This time last year": the seven days around publication's day a year back (as "a week ago")
        return p - 15, end, "in_time", {"n": -1, "unit": "year"}
    if kind == "unit" and word == "week" and (iso := _ISO_WEEK_AFTER.match(text, end)) is not None:
        # "in week 10 of 2025", "epidemiological week 5, 2025": the ISO week, Monday to Sunday
        return p, iso.end(), "iso_week", {"n": iso["n"], "y": iso["y"]}
    if kind == "unit":
        if word == "year" and text.startswith(("New ", "NEW "), p - 4):
            return _at_feast(text, p - 4)  # "on New Year's Eve"
        start, words = _left(text, p)
        if word == "week" and (two := _TWO_ON_AFTER.match(text, end)) is not None:  # "the week after next"
            return (start if words[-1:] == ["the"] else p), two.end(), "relative", {
                "word": "the week " + " ".join(two["rel"].lower().split())}
        if word == "year" and words[-2:] == ["of", "the"] and text[start - 5:start].lower() == "turn ":
            # "around the turn of the year", "by the turn of the year": the days either side of a new year
            return _left(text, start - 5)[0], end, "relative", {"turn": True}
        if word == "year" and (same := _SAME_PERIOD_BEFORE.search(text, max(0, p - 30), p)) is not None \
                and (same["rel"] or (ago := _A_YEAR_BACK_AFTER.match(text, end)) is not None):
            # "the same period last year", "the same period a year earlier": the span told before, a year back
            # (with none told, "the same period last year" is last year, "a year earlier" no date)
            return same.start(), end if same["rel"] else ago.end(), "relative", {
                "same_period": True, "mod": "the previous", "unit": word, "lookback": True,
                "told_before": not same["rel"]}
        if word == "fortnight":  # "the past fortnight", "over the previous fortnight": the 14 days to publication
            if words[-2:] not in (["the", "past"], ["the", "previous"], ["the", "last"]):
                return None
            return _word_offset(text, p, 2), end, "relative", {"edge": None, "mod": "the past", "unit": word,
                                                                "edgeunit": None}
        if word == "year" and text.startswith((" to date", "-to-date"), end) and (not words or words[-1] != "the"):
            # "year to date", "so far this year": from the first of January to publication
            return start if words[-1:] == ["this"] else p, end + 8, "relative", {
                "edge": "earlier", "mod": "this", "unit": word, "edgeunit": word}
        # "the month" of a report on a past month is that month ("In June, ... Mid-month, ..."): ``anchor``
        the_month = word == "month" and "since" not in words
        if len(words) >= 3 and words[-2:] == ["of", "the"] and words[-3] in ("start", "beginning", "end", "middle"):
            edge = "late" if words[-3] == "end" else "early"  # "since the start of the year"
            return start, end, "relative", {"edge": edge, "mod": "this", "unit": word, "edgeunit": word,
                                            "anchor": "the" if the_month else None,
                                            "part": "mid" if words[-3] == "middle" else edge,
                                            "end_of": words[-3] == "end", "since": "since" in words}
        if word == "year" and words == ["of", "the"] \
                and (part := _PART_OF_BEFORE.search(text, max(0, start - 30), start)) is not None \
                and any(w in _PREPS for w in _left(text, part.start())[1]):
            # "in the first half of the year", "for the last week of the year": of this year, as "of this year" is;
            # with a preposition, as a bare year ("The second half of the year belonged to the counter-offensive"
            # tells no time of an event), and not after another year told ("In 2014 ... the first half of the year";
            # a header's "12 June 2025" of a release of that year is no other year: :func:`_find` sees)
            told = [y.group() for y in _YEAR_TOLD.finditer(text, max(0, start - 600), start)]
            return _word_offset(text, p, 1), end, "relative", {"edge": None, "mod": "this", "unit": word,
                                                                "edgeunit": None, "year_told": told[-1] if told else None}
        if len(words) >= 3 and words[-2:] == ["in", "the"] and words[-3] == "earlier" and word in ("week", "month"):
            # "earlier in the week": this week's start up to publication
            start = _word_offset(text, p, 3)
            return start, end, "relative", {"edge": words[-3], "mod": "this", "unit": word, "edgeunit": word,
                                            "anchor": "the" if the_month else None}
        if word == "year" and words[-1:] == ["mid"] and text[p - 1] == "-" and len(words) >= 2 and words[-2] in _PREPS:
            # "from mid-year", "by mid-year": this year's mid part (May to August), as "mid-2025"
            # (after a preposition: "a mid-year review" tells no time)
            return _word_offset(text, p, 1), end, "relative", {"edge": "early", "mod": "this", "unit": word,
                                                                "edgeunit": word, "part": "mid"}
        if the_month and words and (words[-1] in ("early", "mid", "late") or (
                len(words) >= 3 and words[-2:] == ["in", "the"] and words[-3] in ("early", "late", "later"))):
            # CrisisWatch's "mid-month", "early month", "late in the month": a part of the month told before
            edge = words[-1] if words[-1] != "the" else words[-3]
            return (_word_offset(text, p, 1 if words[-1] != "the" else 3), end, "relative",
                    {"edge": edge, "mod": "this", "unit": word, "edgeunit": word, "anchor": "the", "part": edge})
        if the_month and words[-2:] == ["of", "the"] \
                and (part := _PART_OF_BEFORE.search(text, max(0, p - 34), p - 7)) is not None \
                and part["part"].lower() != "quarter":
            # "in the third week of the month", "the last days of the month": a part of the month told before
            # (:func:`_with_part_before` adds the part)
            return _word_offset(text, p, 1), end, "relative", {"edge": None, "mod": "this", "unit": word,
                                                                "edgeunit": None, "anchor": "the"}
        lo = max(0, p - 24)
        if text.find("hat ", lo, p) >= 0 and not text.startswith("-", end) \
                and (that := _THAT_BEFORE.search(text, lo, p)) is not None:  # (not "said that week-long talks")
            # "later that month", "earlier that year", "that same week": of the date told before
            edge = (that["edge"] or "").lower() or None
            return that.start(), end, "relative", {"edge": edge, "mod": "this", "unit": word, "edgeunit": word,
                                                   "anchor": "that", "part": edge}
        if word != "week" and words[-1:] == ["the"] and (shift := _UNIT_SHIFT_AFTER.match(text, end)) is not None:
            # "took Goma the month before.", "The year after, ...": as "the previous/following month", from the
            # date told before it (in its sentence or one before: no date told, no date)
            mod = "the previous" if shift["rel"].lower() in ("before", "earlier") else "the following"
            return _word_offset(text, p, 1), shift.end("rel"), "relative", {"edge": None, "mod": mod, "unit": word,
                                                                              "edgeunit": None, "told_before": True}
        if word in ("week", "month") and not words and (one := _WITHIN_ONE.search(text, max(0, p - 12), p)) \
                and _plan_told_before(text, one.start()):
            return one.start(), end, "relative", {"within": text[one.start():end]}  # "will reply within a week"
        if word in ("week", "month") and len(words) >= 3 and words[-2:] == ["the", "coming"] \
                and words[-3] in ("in", "over", "during"):
            # "over the coming week": the seven days after publication, as "in the coming days" are the next few
            at = _word_offset(text, p, 3)
            return at, end, "relative", {"coming": text[at:end], "comingunit": word}
        if not words or words[-1] not in ("this", "last", "next", "past", "previous", "following"):
            return None
        mod = words[-1]
        k = len(words) - 1
        if mod in ("previous", "past", "following") and k > 0 and words[k - 1] == "the":
            mod, k = "the " + mod, k - 1
        elif mod in ("previous", "following"):
            return None
        edge = words[k - 1] if k > 0 and words[k - 1] in ("earlier", "later", "early", "late") else None
        k = k - 1 if edge else k
        end_of = False
        part = None
        if edge is None and k >= 2 and words[k - 1] == "of" and (
                words[k - 2] in ("end", "beginning", "start") or words[k - 2] == "middle" and word != "week"):
            # "at the end of last month": its end, as "late last month"; "in the middle of last month": its mid part
            end_of = words[k - 2] == "end"
            part = "mid" if words[k - 2] == "middle" else None
            edge, k = ("late" if end_of else "early"), k - 2
            k = k - 1 if k > 0 and words[k - 1] == "the" else k
        start = _word_offset(text, p, len(words) - k)
        return start, end, "relative", {"edge": edge, "mod": mod, "unit": word, "edgeunit": word if edge else None,
                                        "end_of": end_of, "part": part}
    if kind == "units":
        m = _RECENT_LEFT.search(text, max(0, p - 45), p)
        if m is None and text.startswith((" ahead", " Ahead"), end) and word != "hours" \
                and (m := _AHEAD_LEFT.search(text, max(0, p - 12), p)) is not None:
            # "in the days ahead", "over the weeks ahead": as "in the coming days"
            return m.start(), end + 6, "relative", {"coming": text[m.start():end], "comingunit": word}
        if m is None and (within := _WITHIN_LEFT.search(text, max(0, p - 20), p)) is not None:
            # "vowed to respond within 48 hours", "will report within eight weeks": a deadline from publication,
            # when a plan is told before it in its sentence (else counted from an act the words do not date)
            if not _plan_told_before(text, within.start()):
                return None
            return within.start(), end, "relative", {"within": text[within.start() : end]}
        if m is None:
            if word == "days" and re.search(r"\bin\s+recent\s+$", text[max(0, p - 12) : p], re.I):
                return p - len(re.search(r"in\s+recent\s+$", text[max(0, p - 12) : p], re.I).group(0)), end, \
                    "relative", {"recent": "in recent days"}
            return None
        if word == "hours" and not (m["count"] or "").isdigit():
            return None  # ("in the past few hours": no day told)
        phrase = text[m.start() : end]
        if m["recent"]:
            return m.start(), end, "relative", {"recent": phrase}
        if word == "hours":
            return None
        return m.start(), end, "relative", {"coming": phrase, "comingunit": word}
    if kind == "ago":
        m = _AGO_LEFT.search(text, max(0, p - 30), p)
        if m is None:
            m = _AGO_SHORT_LEFT.search(text, max(0, p - 12), p)
            if m is None:
                return None
            return m.start(), end, "relative", {"ago": m["ago"], "agounit": _AGO_SHORT_UNITS[m["agounit"].lower()]}
        return m.start(), end, "relative", {"ago": m["ago"], "agounit": m["agounit"]}
    if kind == "pub":
        m = _PUB_LEFT.search(text, max(0, p - 30), p)
        if m is None:
            return None
        return m.start(), end, "publication", {}
    if kind == "press":
        tail = re.match(r"\s+time\b", text[end : end + 10])
        before = text[max(0, p - 20) : p].lower()
        if tail and before.rstrip().endswith("at"):
            return p - (len(before) - before.rstrip().rfind("at")), end + tail.end(), "publication", {}
        if re.search(r"\b(?:went|go|going)\s+to\s+$", before):
            s = max(0, p - 20) + re.search(r"\b(?:as\s+we\s+)?(?:went|go|going)\s+to\s+$", before).start()
            return s, end, "publication", {}
        return None
    if kind == "season":
        hemi = _HEMISPHERE_BEFORE.search(text, max(0, p - 10), p) if text[p - 2:p - 1].isalpha() else None
        start, words = _left(text, hemi.start() if hemi else p)
        mod = _mod(words)
        # "this southern winter", "the austral autumn": the hemisphere told, whatever the story's place
        south = {} if hemi is None else {"south": hemi[0][0].lower() in "sa"}
        if (term := _TERM_AFTER.match(text, end)) is not None:  # "the spring term of 2025": a school term's months
            ym = _SEASON_RIGHT.match(text, term.end())
            if not words and ym is None:
                return None
            return start, (ym or term).end(), "season", {"s": word, "mod": mod or " ".join(words),
                                                          "y": ym["y"] if ym else None, "term": True}
        ym = _SEASON_RIGHT.match(text, end)
        if ym:
            return start, ym.end(), "season", {"s": word, "mod": mod or " ".join(words), "y": ym["y"], **south}
        if not words:
            return None
        return start, end, "season", {"s": word, "mod": mod or " ".join(words), "y": None,
                                      "earlier": words[-2:] == ["earlier", "this"], **south}
    return None


#: Feasts that date events in conflict news ("on Eid al-Fitr", "on Christmas Day", "during Ramadan"): for the
#: Islamic ones (Hijri month, day, days it lasts), for the others (Gregorian month, day).
_ISLAMIC_FEASTS = {"fitr": (10, 1, 1), "adha": (12, 10, 1), "kebir": (12, 10, 1), "kabir": (12, 10, 1),
                   "eid": (10, 1, 1),  # ("Eid" alone: al-Fitr's or al-Adha's, whichever is nearer)
                   "ramadan": (9, 1, 30), "ashura": (1, 10, 1), "arafat": (12, 9, 1)}
_FIXED_FEASTS = {"christmas": (12, 25), "christmas eve": (12, 24), "christmas day": (12, 25),
                 "new year's eve": (12, 31), "new year's day": (1, 1), "boxing day": (12, 26),
                 "orthodox christmas": (1, 7), "orthodox christmas day": (1, 7), "orthodox christmas eve": (1, 6),
                 # (days that are the same in every country that keeps them; not "Independence Day", "Victory Day")
                 "bastille day": (7, 14), "armistice day": (11, 11), "halloween": (10, 31),
                 # Kenya's own names; the Kurds' Newroz (Iran's Nowruz is 1 Farvardin: 20 or 21 March)
                 "jamhuri day": (12, 12), "madaraka day": (6, 1), "mashujaa day": (10, 20), "newroz": (3, 21)}
#: Feasts whose day moves from year to year by a rule (:func:`_movable_span`): Easter (Western, or Orthodox told
#: so), the US federal days (only "Labor" spelt so, as the US and Canada keep it on the same Monday; "Thanksgiving"
#: not in a story naming Canada, whose own is in October), the Lunar New Year.
_MOVABLE_FEASTS = ("easter", "labor day", "memorial day", "thanksgiving", "lunar new year")
#: The church's feasts counted from Easter Sunday, in days (Lent: Ash Wednesday to Holy Saturday); "Orthodox" before
#: one counts from the Orthodox Easter. Not "Ascension" nor "Pentecost" alone (islands, a Louisiana parish), nor
#: Corpus Christi (a Texas city).
_FROM_EASTER = {"ash wednesday": (-46, -46), "lent": (-46, -1), "palm sunday": (-7, -7), "maundy thursday": (-3, -3),
                "holy thursday": (-3, -3), "good friday": (-2, -2), "holy saturday": (-1, -1),
                "ascension day": (39, 39), "ascension thursday": (39, 39),
                "pentecost sunday": (49, 49), "whit sunday": (49, 49), "whitsun": (49, 49),
                "pentecost monday": (50, 50), "whit monday": (50, 50)}
#: The words before a weekday that make it one of those feasts ("on Good Friday", "since Ash Wednesday").
_CHURCH_DAY_BEFORE = _c(r"(?<![\w\-])(?:Ash|Palm|Maundy|Holy|Good|Whit|Pentecost)\s+$")
_NOWRUZ = frozenset({"nowruz", "navruz", "novruz", "norouz", "nowrouz"})
#: Days whose date depends on the country: read only with the country named right before them.
_NATIONAL_DAYS = ("independence day", "victory day", "republic day")
_NATIONAL_DAYS_FILE = Path(__file__).with_name("patterns") / "national_days.json"
_FEAST = _c(r"(?P<name>Eid[\s\-]+(?:(?:al|ul|el)[\s\-]+)?(?P<eid>(?i:Fitr|Adha|Kebir|Kabir))\b"
            r"|(?P<bare_eid>Eid)\b(?![\s\-]+(?:(?:al|ul|el)\b|[A-Z]))"
            r"|Christmas(?:\s+(?:Eve|Day|[Ww]eek))?\b|Easter(?:\s+(?:Sunday|Monday|[Ww]eekend))?\b"
            r"|(?:(?:Labor|Memorial)\s+Day|Thanksgiving(?:\s+Day)?)(?:\s+[Ww]eekend)?\b"
            r"|(?:Lunar|Chinese)\s+New\s+Year(?:['’]s\s+Eve)?\b"
            r"|(?P<church>(?:Palm|Pentecost|Whit)\s+Sunday|Good\s+Friday|Holy\s+(?:Thursday|Saturday)|Maundy\s+Thursday"
            r"|Ash\s+Wednesday|Ascension\s+(?:Day|Thursday)|Pentecost\s+Monday|Whit\s+Monday|Whitsun|Lent)\b"
            r"|(?:Boxing|Bastille|Armistice)\s+Day\b|Ramadan\b|Ashura\b|Halloween\b"
            r"|New\s+Year['’]s\s+(?:Eve|Day)\b|(?:Jamhuri|Madaraka|Mashujaa|Independence|Victory|Republic)\s+Day\b"
            r"|(?:Nowruz|Navruz|Novruz|Norouz|Nowrouz|Newroz)\b|(?P<arafat>Arafat|Arafah)\b"
            r"|(?P<jewish>Rosh\s+Hashanah?|Yom\s+Kippur|Sukkot|Sim[c]?hat\s+Torah|Chanukah|Hanukk?ah|Passover|Pesach"
            r"|Purim|Shavuot)\b|(?P<tet>Tet)(?!\s+[Oo]ffensive)\b)(?:,?\s+(?P<y>{_Y}))?"
            .replace("{_Y}", _Y))


def _yearless_numeric(start: int, end: int, words: list[str], g: dict) -> Candidate | None:
    """A day and month told in numbers with no year ("on 25/3", "since 30.09", "on 7/19"): a yearless day, when one
    number can only be the day and a preposition of time comes before; not "24/7", a fraction, nor "1/5" (either
    order could be meant); dotted only day first with a two-digit month ("13.5" is a number)."""
    a, b = int(g["ea"]), int(g["eb"])
    day_first = a > 12 >= b >= 1
    plain = day_first and (g["esep"] == "/" or len(g["eb"]) == 2) or g["esep"] == "/" and b > 12 >= a >= 1
    if not plain or (a, b) == (24, 7) or not (_NUMERIC_DAY_PREPS & set(words)):
        return None
    day, month = (a, b) if day_first else (b, a)
    return start, end, "dm", {"d": str(day), "m": calendar.month_name[month], "y": None}


#: After "over", "for" or "at" and a feast: what makes it a time ("fighting continued over Christmas, ...", "over Eid
#: in Gaza", "a truce for Eid al-Fitr, ...", "at Easter, ..."; not "at Christmas markets").
_FEAST_OVER_END = _c(r"\s*(?:[,.;:)]|$)|\s+(?i:in|at|and|on|when|as|despite|with)\b")


def _at_feast(text: str, p: int, hijri_end: int = 0, hijri_year: str | None = None) -> Candidate | None:
    """A feast named as a date ("on Eid al-Fitr", "during Ramadan 2023", "in Ramadan 1445" up to ``hijri_end``);
    not one named as a thing ("Christmas celebrations", "the Ramadan ceasefire" stay dates of the time they name,
    as months do)."""
    m = _FEAST.match(text, p)
    if m is None:
        return None
    if m["eid"]:
        name = m["eid"].lower()
    elif m["bare_eid"]:
        name = "eid"  # either Eid: the one nearest (:func:`_feast_spans`)
    elif m["arafat"]:
        if text[max(0, p - 7):p].lower() != "day of ":
            return None  # "Mount Arafat": a place
        p, name = p - 7, "arafat"
    elif m["tet"]:
        name = "lunar new year"  # Vietnam's Tet: the Lunar New Year's first day
    else:
        name = " ".join(m["name"].lower().replace("’", "'").split())
    if m["jewish"]:
        name = name.replace("chanukah", "hanukkah")
    if name.startswith("chinese"):
        name = name.replace("chinese", "lunar")  # (the same feast)
    if name == "lunar new year's eve":
        name = "lunar new year"  # (its eve: the day before, below)
    elif (name.startswith(("christmas", "easter")) or m["church"]) and text[max(0, p - 9):p] in ("Orthodox ",
                                                                                                 "orthodox "):
        p, name = p - 9, "orthodox " + name  # the Julian calendar's Christmas: 7 January
    elif name.startswith("thanksgiving") and "Canad" in text:
        return None  # (Canada's Thanksgiving is the second Monday of October)
    if (name.endswith(("easter", "christmas")) or m["church"]) and _NAME_AFTER.match(text, m.end()) is not None:
        return None  # "Easter Island", "the Easter Rising", "the Good Friday Agreement", "Pentecost Mass": names
    elif name in _NATIONAL_DAYS:
        told = _country_before(text, p)
        if told is None:
            return None  # "on Independence Day" alone: whose?
        p, name = told[0], f"{told[1]} {name}"
    start, words = _left(text, p)
    bare = "" if words else text[max(0, p - 4):p].lower()  # "for Eid", "at Christmas" (no word of time before)
    if bare[-3:] == "at " and not bare[:1].isalnum():
        bare = "at "
    over = (words and words[-1] == "over" or bare in ("for ", "at ")) \
        and (name.endswith(("week", "weekend")) or _FEAST_OVER_END.match(text, m.end())
             or _FEAST_YEAR_AFTER.match(text, m.end()))
    if not over and words[-2:] == ["over", "the"] and name.endswith(("week", "weekend")):
        over = True  # "over the Easter weekend": a time, whatever follows
    if not words and over:
        start = p - 4 if bare == "for " else p - 3
    elif name.endswith((" day", " eve")) and not (words and any(w in _PREPS for w in words)) \
            and _DAY_NAME_BEFORE.search(text, max(0, p - 12), p) is not None:
        start = p  # "its Christmas Eve parade", "a Boxing Day raid", "celebrating New Year's Day": that day's
    elif not words or not (over or any(w in _PREPS for w in words)):
        return None  # "Eid prayers", "a Christmas market", "a row over Christmas lights": a thing, not a date
    g = {"feast": name, "y": m["y"], "hy": hijri_year}
    end = max(m.end(), hijri_end)
    if not m["y"] and not hijri_year and (year := _FEAST_YEAR_AFTER.match(text, end)) is not None:
        # "at Christmas last year", "on Yom Kippur in 1973": that year's
        end, g["y"], g["yshift"] = year.end(), year["y"], year["rel"] and _YEAR_SHIFT[year["rel"].lower()]
    if words[-1:] in (["before"], ["after"]) \
            and (shift := _FEAST_SHIFT_BEFORE.search(text, max(0, p - 40), p)) is not None:
        # "two days before Christmas", "in the week after Eid": counted from the feast's day
        start, g["shift"] = shift.start(), (shift["n"] or shift["week"] or "one", shift["rel"].lower(),
                                            7 if (shift["unit"] or "d")[0] in "wW" else 1)
    elif m["name"].endswith("Eve") and name == "lunar new year":
        g["day_of"] = "eve"
    elif words[-1:] == ["of"] and (day := _FEAST_DAY_BEFORE.search(text, max(0, start - 24), start)) is not None:
        # "the second day of Eid al-Adha", "on the eve of Eid": that day of it
        nth = (day["nth"] or "").lower()
        start, g["day_of"] = day.start(), ("eve" if day["eve"] else "last" if nth == "last"
                                           else int(nth[:-2]) - 1 if nth[:1].isdigit() else _NTH[nth])
    return start, end, "feast", g


#: Before a day's name ("Christmas Day", "New Year's Eve") told as what it dates ("the Christmas Eve parade").
_DAY_NAME_BEFORE = _c(r"(?<![\w\-])(?i:the|a|an|its|their|this|last|celebrating|marking)\s+$")

#: After a feast: the year it was or will be in ("at Christmas last year", "on Yom Kippur in 1973").
_FEAST_YEAR_AFTER = _c(r",?\s+(?:(?:(?i:of)\s+)?(?P<rel>(?i:last|this|next))\s+year\b(?!['’])"
                       r"|(?i:in)\s+(?P<y>(?:1[89]|20)\d\d)\b(?![-–/]\d))")


#: A Hijri date told with its year ("1 Ramadan 1446 AH", "10 Muharram 1446"), from its month's name; the day before
#: it (:data:`_HIJRI_DAY_BEFORE`) and a weekday before that ("on Tuesday, 10 Muharram") are read from there.
_HIJRI = _c(r"(?P<hm>Muharram|Safar|Rabi['’]?[\s\-]+(?:al|ul|el)[\s\-]+(?P<rabi>(?i:Awwal|Thani|Akhir))"
            r"|Jumada[\s\-]+(?:al|ul|el)[\s\-]+(?P<jumada>(?i:Ula|Oula|Awwal|Akhirah|Akhira|Thani|Ukhra))|Rajab"
            r"|Sha['’]?ban|Ramadan|Shawwal"
            r"|Dhu['’]?l?[\s\-]*(?:al[\s\-]+)?(?P<dhu>(?i:Qa['’]?dah?|Qi['’]?dah|Hijj?ah?)))"
            r",?\s+(?P<y>1[34]\d\d)\b(?:\s*(?:AH|A\.H\.|H)\b)?")
_HIJRI_MONTHS = {"muharram": 1, "safar": 2, "rajab": 7, "shaban": 8, "ramadan": 9, "shawwal": 10}
_HIJRI_DAY_BEFORE = _c(r"(?<![\w\-,.])(?P<d>[1-3]?\d)(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?$")
_HIJRI_WEEKDAY_BEFORE = _c(rf"(?P<wd>{_WD}),?\s+$")


def _at_hijri(text: str, p: int) -> Candidate | None:
    """A Hijri day told with its year ("1 Ramadan 1446 AH"): the month's number and the day, for
    :func:`_islamic_day`; a bare month ("during Ramadan") is a feast's (:func:`_at_feast`)."""
    m = _HIJRI.match(text, p)
    day = _HIJRI_DAY_BEFORE.search(text, max(0, p - 8), p) if m is not None else None
    if day is None:
        return None if m is None or m["hm"] != "Ramadan" else _at_feast(text, p, m.end(), m["y"])
    name = m["hm"].lower().replace("'", "").replace("’", "")
    month = (_HIJRI_MONTHS.get(name) or (3 if (m["rabi"] or "").lower() == "awwal" else 4) if m["rabi"] is not None
             else 5 if m["jumada"] and m["jumada"].lower() in ("ula", "oula", "awwal")
             else 6 if m["jumada"] else (11 if m["dhu"].lower().startswith("q") else 12) if m["dhu"]
             else _HIJRI_MONTHS[name])
    g = {"hd": day["d"], "hmonth": month, "hy": m["y"], "wd": None}
    start = day.start()
    if (wd := _HIJRI_WEEKDAY_BEFORE.search(text, max(0, start - 12), start)) is not None:
        start, g["wd"] = wd.start(), wd["wd"]
    return _left(text, start)[0], m.end(), "hijri", g


#: Before a feast: a shift from its day ("two days before Christmas", "a day after Eid", "in the week before Easter").
_FEAST_SHIFT_BEFORE = _c(r"(?<![\w\-])(?:(?P<n>(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))"
                         r"\s+(?P<unit>(?i:days?|weeks?))|(?:(?i:in|during|over)\s+)?(?i:the)\s+(?P<week>(?i:week))"
                         r"|(?i:the)\s+(?P<one>(?i:day)))"
                         r"\s+(?P<rel>(?i:before|after))\s+$")
#: Before "of" and a feast: which day of it ("the second day of Eid al-Adha", "the eve of Eid").
_FEAST_DAY_BEFORE = _c(r"(?<![\w\-])(?i:(?:on|during|in)\s+)?(?i:the)\s+(?:(?P<nth>(?i:first|second|third|fourth|last)"
                       r"|[1-3]?\d(?i:st|nd|rd|th))"
                       r"\s+(?i:day)|(?P<eve>(?i:eve|first\s+night)))\s+$")  # (a feast's first night: its eve)
_WORD_BEFORE = _c(r"[\w\-'’.]+")


def _country_before(text: str, p: int) -> tuple[int, str] | None:
    """(start, ISO alpha-2) of the country named right before ``p`` ("Pakistan's ", "South Sudan's ",
    "Bangladeshi "), in one to three words; None when none is."""
    from reading.actors import nation_iso  # (the country names: loaded only when a national day is met)

    words = list(_WORD_BEFORE.finditer(text, max(0, p - 40), p))
    if not words or text[words[-1].end():p].strip():
        return None
    names = nation_iso()
    for k in (3, 2, 1):
        if len(words) < k:
            continue
        key = " ".join(w.group() for w in words[-k:]).lower()
        key = key[:-2] if key.endswith(("'s", "’s")) else key.rstrip("'’")
        if key in names:
            return words[-k].start(), names[key]
    return None


@functools.lru_cache(maxsize=1)
def _national_days() -> dict[str, tuple[int, int]]:
    """"PK independence day" -> (8, 14): each country's national days (``patterns/national_days.json``)."""
    with _NATIONAL_DAYS_FILE.open(encoding="utf-8") as fh:
        table = json.load(fh)
    return {f"{iso} {day}": tuple(md) for day in _NATIONAL_DAYS for iso, md in table[day].items()}


def _feast_day(g: dict, start: dt.date, end: dt.date, text: str, basis: str) -> FactDate:
    """The date of a feast spanning ``start``-``end``, or of the day of it told ("the second day of Eid", "the eve
    of Christmas"). A one-day Islamic feast (or one day of Ramadan) is the tabular day widened by one each side, as
    moon sighting differs by country: it keeps a day's precision, one day known to a day (as "overnight" is two
    days at a day's); Nowruz likewise (20 or 21 March)."""
    k, islamic = g.get("day_of"), _ISLAMIC_FEASTS.get(g["feast"])
    one = dt.timedelta(days=1)
    if g.get("shift"):  # "two days before Christmas": that day; "the week after Eid": the seven days after it
        n, rel, unit_days = g["shift"]
        if n.lower() == "week":
            start, end = (start - 7 * one, start - one) if rel == "before" else (end + one, end + 7 * one)
            return _fact(start, end, "week", text, basis)
        wide = one if islamic else dt.timedelta(0)  # (an Islamic feast's span is widened by a day each side)
        n = _count(n) * unit_days
        day = start + wide - n * one if rel == "before" else end - wide + n * one
        start, end = day - wide, day + wide
    if k == "eve":
        start, end = start - one, (start + one if islamic else start - one)
    elif k is not None:
        n = (islamic[2] - 1 if islamic else (end - start).days) if k == "last" else k
        start = start + n * one
        end = start + 2 * one if islamic else start
    if islamic and (end - start).days <= 2:
        return FactDate(start, end, "day", text, basis)
    return _fact(start, end, "day", text, basis)


def _hijri_day(g: dict, text: str) -> FactDate:
    """A Hijri day: the tabular day widened by one each side (moon sighting differs by a day and by country), at a
    day's precision as a one-day feast is; the one day of those with the weekday told beside it ("on Tuesday, 10
    Muharram 1446")."""
    day_no = _int_day(g["hd"])
    if not 1 <= day_no <= 30:
        raise _impossible(f"no day {day_no} in a Hijri month")
    day = _islamic_day(int(g["hy"]), g["hmonth"], day_no)
    one = dt.timedelta(days=1)
    if g["wd"]:
        told = [d for d in (day - one, day, day + one) if d.weekday() == _WEEKDAYS[g["wd"].lower()]]
        if told:
            return FactDate(told[0], told[0], "day", text, "explicit")
    return FactDate(day - one, day + one, "day", text, "explicit")


def _islamic_day(year: int, month: int, day: int) -> dt.date:
    """A Hijri date in the arithmetical (tabular) Islamic calendar, which the moon-sighted one the feasts
    keep differs from by a day or two (and by country): callers widen it by those days."""
    jd = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439 - 1
    return dt.date.fromordinal(jd - 1721425)


#: The first day of the Lunar New Year, 2010-2030 (Hong Kong Observatory, Gregorian-Lunar Calendar Conversion
#: Table): computing it needs the new moon and solar terms at Beijing's meridian, which no package here does.
_LUNAR_NEW_YEAR = {2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31), 2015: (2, 19),
                   2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12),
                   2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6),
                   2028: (1, 26), 2029: (2, 13), 2030: (2, 3)}


def _easter(year: int, orthodox: bool = False) -> dt.date:
    """Easter Sunday: the Gregorian computus (Meeus), or the Julian one moved to the Gregorian calendar
    (+13 days, right for 1900-2099) for the Orthodox churches."""
    if orthodox:
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return dt.date(year, month, day + 1) + dt.timedelta(days=13)
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _movable_span(name: str, year: int) -> tuple[dt.date, dt.date] | None:
    """The days a movable feast covers in ``year`` ("Easter weekend": Good Friday to Easter Monday; "Labor Day
    weekend": Saturday to the Monday; "Thanksgiving weekend": Thursday to Sunday); None when not known."""
    one = dt.timedelta(days=1)
    weekend = name.endswith(" weekend")
    if (church := _FROM_EASTER.get(name.removeprefix("orthodox "))) is not None:
        sunday = _easter(year, name.startswith("orthodox"))
        return sunday + church[0] * one, sunday + church[1] * one
    if "easter" in name:
        sunday = _easter(year, name.startswith("orthodox"))
        if weekend:
            return sunday - 2 * one, sunday + one
        day = sunday + one if name.endswith("monday") else sunday
        return day, day
    if name.startswith("lunar"):
        md = _LUNAR_NEW_YEAR.get(year)
        return None if md is None else (dt.date(year, *md),) * 2
    if name.startswith("labor"):  # the first Monday of September
        day = dt.date(year, 9, 1) + dt.timedelta(days=-dt.date(year, 9, 1).weekday() % 7)
    elif name.startswith("memorial"):  # the last Monday of May
        day = dt.date(year, 5, 31) - dt.timedelta(days=dt.date(year, 5, 31).weekday())
    else:  # Thanksgiving: the fourth Thursday of November
        day = dt.date(year, 11, 1) + dt.timedelta(days=(3 - dt.date(year, 11, 1).weekday()) % 7 + 21)
    if weekend:
        return (day, day + 3 * one) if name.startswith("thanksgiving") else (day - 2 * one, day)
    return day, day


def _year_end_holidays(published: dt.date, future: bool) -> bool:
    """Whether "the holidays" a report names are the year-end ones: told between Christmas Eve and the end of
    January, or as a plan in December."""
    return published.month == 1 or published.month == 12 and (published.day >= 24 or future)


def _feast_spans(name: str, year: int) -> list[tuple[dt.date, dt.date]]:
    """The spans a feast may cover in and around the Gregorian ``year``, earliest first."""
    if name.startswith(_MOVABLE_FEASTS) or name.startswith("orthodox easter") \
            or name.removeprefix("orthodox ") in _FROM_EASTER:
        return [sp for y in (year - 1, year, year + 1) if (sp := _movable_span(name, y)) is not None]
    if name == "holidays":  # (Christmas Eve to New Year's Day)
        return [(dt.date(y, 12, 24), dt.date(y + 1, 1, 1)) for y in (year - 2, year - 1, year)]
    if name == "christmas week":  # the week (Monday to Sunday) Christmas falls in, as "this week" is counted
        christmases = [dt.date(y, 12, 25) for y in (year - 1, year, year + 1)]
        mondays = [day - dt.timedelta(days=day.weekday()) for day in christmases]
        return [(monday, monday + dt.timedelta(days=6)) for monday in mondays]
    if name in _FIXED_FEASTS or name in _national_days():
        month, day = _FIXED_FEASTS.get(name) or _national_days()[name]
        return [(dt.date(y, month, day),) * 2 for y in (year - 1, year, year + 1)]
    if name in _NOWRUZ:  # 1 Farvardin, the Solar Hijri new year (20 or 21 March)
        return [(solar_hijri_year_span(y - 621)[0],) * 2 for y in (year - 1, year, year + 1)]
    if name in JEWISH_FEASTS:
        return [jewish_feast_span(name, y) for y in (year - 1, year, year + 1)]
    if name == "eid":  # "Eid" alone: either of the two
        return sorted(_feast_spans("fitr", year) + _feast_spans("adha", year))
    h_month, h_day, days = _ISLAMIC_FEASTS[name]
    first_hijri = (year - 622) * 33 // 32  # about the Hijri year the Gregorian year opens in
    spans = []
    for hy in range(first_hijri - 1, first_hijri + 3):
        d = _islamic_day(hy, h_month, h_day)
        spans.append((d - dt.timedelta(days=1), d + dt.timedelta(days=days)))
    return sorted(spans)


#: Before "of" and a month or year: which part of it ("the last week of May", "the first half of 2023").
_PART_OF_BEFORE = _c(r"(?<![\w\-])(?i:the\s+)?(?P<nth>(?i:first|second|third|fourth|last|final|latter))\s+"
                     r"(?:(?P<count>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}))\s+"
                     r"(?=(?i:days|weeks|months)))?"
                     rf"(?P<part>(?i:week|half|quarter|days|weeks|months)|{_WD})\s+$")
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "final": -1, "latter": 1}  # (of two halves)


def _with_part_before(text: str, cand: Candidate) -> Candidate:
    """A month or year candidate told as a part of it ("the last week of May"): it starts at that part,
    which it keeps (``nth``, ``of``) for resolving; any other candidate as it is."""
    start, end, kind, g = cand
    if kind == "relative" and g.get("unit") in ("month", "year") \
            and g.get("mod") in ("last", "this", "next", "the previous") \
            and not g.get("edge") and text[max(0, start - 3) : start].lower() == "of ":
        start -= 3  # "the first half of last year", "the last week of this month"
    elif kind not in ("month", "month_year", "year", "fiscal") or not text.startswith(("of ", "Of "), start):
        return cand
    unit = g.get("unit", "year" if kind == "fiscal" else kind)  # ("the first quarter of fiscal 2026": of its year)
    m = _PART_OF_BEFORE.search(text, max(0, start - 30), start)
    if m is None or (unit != "year" and m["part"].lower() == "quarter"):
        return cand  # (a month has no quarters told)
    if m["part"].lower() in _WEEKDAYS and unit not in ("month", "month_year"):
        return cand  # ("the first Monday of 2025": not told so)
    if m["part"].lower() == "months" and (unit != "year" or not m["count"]):
        return cand  # (months of a year only, by their count)
    if m["part"].lower() == "weeks":  # "the first three weeks of August": its first 21 days
        if not m["count"]:
            return cand
        return m.start(), end, kind, {**g, "nth": _NTH[m["nth"].lower()], "of": "days", "days": 7 * _count(m["count"])}
    return m.start(), end, kind, {**g, "nth": _NTH[m["nth"].lower()], "of": m["part"].lower(),
                                  "days": _count(m["count"]) if m["count"] else 7}


def _part_of(g: dict, fact: FactDate, text: str) -> FactDate:
    """The ``nth`` week, half or quarter of the month or year ``fact`` spans; of the whole calendar month or
    year for "this year" (which runs to publication only), the part then ending at publication at the latest."""
    s, e = fact.start, fact.end
    told_end = e
    if g.get("unit") == "year":
        s, e = dt.date(s.year, 1, 1), dt.date(s.year, 12, 31)
    elif g.get("unit") == "month":
        s, e = s.replace(day=1), _month_end(s.year, s.month)
    if g["of"] in _WEEKDAYS:  # "the first Saturday of November", "the last Friday of the month": that one day
        wd = _WEEKDAYS[g["of"]]
        day = (e - dt.timedelta(days=(e.weekday() - wd) % 7) if g["nth"] < 0
               else s + dt.timedelta(days=(wd - s.weekday()) % 7 + 7 * g["nth"]))
        return _fact(day, day, "day", text, fact.basis)
    if g["of"] == "months":  # "the first nine months of 2024", "the last three months of the year"
        n = min(g["days"], 12)
        if g["nth"] < 0:
            y0, m0 = _add_months(e.year, e.month, 1 - n)
            s = max(s, dt.date(y0, m0, 1))
        else:
            y1, m1 = _add_months(s.year, s.month, n - 1)
            e = min(e, _month_end(y1, m1))
    elif g["of"] in ("week", "days"):  # ("the last days of February": its last week; "the first ten days of May")
        width = g.get("days", 7) if g["of"] == "days" else 7
        first = e - dt.timedelta(days=width - 1) if g["nth"] < 0 else s + dt.timedelta(days=width * g["nth"])
        s, e = first, min(e, first + dt.timedelta(days=width - 1))
    else:
        parts = 2 if g["of"] == "half" else 4
        months = (e.year - s.year) * 12 + e.month - s.month + 1
        if months % parts:  # (a month's halves: by days)
            mid = s + dt.timedelta(days=15)
            s, e = (s, mid - dt.timedelta(days=1)) if g["nth"] == 0 else (mid, e) if g["nth"] in (1, -1) else (s, e)
        else:
            step = months // parts
            k = g["nth"] % parts
            y0, m0 = _add_months(s.year, s.month, k * step)
            y1, m1 = _add_months(y0, m0, step - 1)
            s, e = dt.date(y0, m0, 1), _month_end(y1, m1)
    if s <= told_end:
        e = min(e, told_end)
    return _fact(s, e, "day", text, fact.basis)


#: Days that may be part of a name: "the March 23 Movement", "the Sunday Times", "the 6th of October Bridge"; and
#: months before a word that names a movement, an accord or a text ("the July Charter", "the October Revolution"; not
#: "the March Kyiv summit", which tells when).
_NAMED_KINDS = frozenset({"md", "dm", "weekday", "month"})
_MONTH_NAMES_A = frozenset(
    "Revolution Revolutions Uprising Uprisings Revolt Movement Charter Agreement Agreements Accord Accords Declaration "
    "Manifesto Alliance Coalition Pact Protocol Constitution Group Front Brigade Martyrs".split())
_NAME_AFTER = _c(r" (?P<w>[A-Z][a-z]+)\b")


def _in_a_name(text: str, lowered: str, p: int, end: int) -> bool:
    """Whether the day at ``p``-``end`` is part of a name: "the" right before it and a capitalised word right after
    it that is no date word (a movement, a paper, a mosque, a bridge named after a day)."""
    if lowered[max(0, p - 4):p] != "the " or (m := _NAME_AFTER.match(text, end)) is None:
        return False
    if text[p].isalpha() and text[p:end].rstrip(". ").lower() in _MONTHS:  # a month alone: only before a name word
        return m["w"] in _MONTH_NAMES_A
    return m["w"].lower() not in _ANCHOR_WORDS


def _candidates(text: str) -> list[Candidate]:
    """Every date expression, longest first on overlap, in text order."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters ("İ") grow when lowered; keep offsets exact
        lowered = text.translate(_ASCII_LOWER)
    found: list[Candidate] = []
    names: list[Candidate] = []  # days that are part of a name
    n = len(text)
    for last, (word, kind) in _ANCHORS.iter(text, lowered):
        p = last - len(word) + 1
        end = last + 1
        if (p > 0 and lowered[p - 1].isalnum()) or (end < n and lowered[end].isalnum()):
            continue
        if kind in ("month", "weekday"):
            head = text[p:end]
            if not (head[0].isupper() and (head[1:].islower() or head.isupper())):
                continue  # "may", "march", "sun" as ordinary words
            cand = _at_month(text, p) if kind == "month" else _at_weekday(text, p)
        elif kind == "hijri" or word == "ramadan":
            cand = _at_hijri(text, p) if text[p].isupper() else None
            if cand is None and kind == "holiday":
                cand = _at_feast(text, p)
        elif kind == "holiday":
            cand = _at_feast(text, p) if text[p].isupper() else None
            if word == "christmas" and text[max(0, p - 8):p].lower() == "between " \
                    and (gap := _CHRISTMAS_TO_NEW_YEAR.match(text, p)) is not None:
                # dat13: "between Christmas and New Year": the days between them, 26 to 31 December
                cand = p - 8, gap.end(), "year_end_gap", {}
        elif kind == "fpart":
            cand = _at_foreign_part(text, p)
        else:
            cand = _at_word(text, p, end, word, kind)
        if cand is not None and cand[2] in _NAMED_KINDS and _in_a_name(text, lowered, p, cand[1]):
            names.append(cand)
        elif cand is not None:
            found.append(_with_part_before(text, cand) if kind in ("month", "unit") else cand)
    fiscal_told = "FY" in text or "fiscal" in lowered or "financial year" in lowered
    era_told = "B.E." in text or "BE " in text or " AH" in text or "A.H." in text or "ijri year" in lowered
    for m in _DIGITS.finditer(text):
        p = m.start()
        if fiscal_told and (told := _FISCAL_BEFORE.search(text, max(0, p - 16), p)) is not None:
            if (cand := _at_fiscal(text, told.start(), p)) is not None:  # "FY2024", "fiscal 2026"
                found.append(_with_part_before(text, cand))
                continue
        if m.end() - p == 4 and text[p:p + 2] in ("20", "19") and p > 2 and text[p - 1] == " " \
                and lowered[p - 2] in _FOREIGN_MONTH_LAST:
            if (cand := _at_foreign_month_year(text, p)) is not None:  # "luglio 2023", "gennaio-giugno 2025"
                found.append(cand)
                continue
        if m.end() - p == 4 and text[p] in "12":  # a year of another era: "B.E. 2543", "1445 AH", "13 Dey 1398"
            solar = text[p] == "1" and text[p + 1] in "34"
            if era_told and (cand := _at_era_year(text, p)) is not None \
                    or solar and (cand := _at_day_before_year(text, p, _SOLAR_DAY_BEFORE, "solar_day")) is not None:
                found.append(cand)
                continue
        elif m.end() - p == 4 and text[p] == "5" and text[p + 1] in "78":  # a Hebrew year: "5 Iyar 5785"
            if (cand := _at_day_before_year(text, p, _HEBREW_DAY_BEFORE, "hebrew_day")) is not None:
                found.append(cand)
                continue
        if p > 0:  # a number starting a token: not "3.5", "B-52", "10:30", "x2" ("mid-2019" is fine)
            before = text[p - 1]
            if before.isalnum() or before in "_.,/:" or (
                before == "-" and p > 1 and text[p - 2].isalnum() and lowered[max(0, p - 4) : p] != "mid-"
            ):
                if before in "/_-" and m.end() < n and (m.end() - p in (4, 8, 14) or text[m.end()] in "-ADFJMNOSadfjmnos") \
                        and p > 1 and not text[p - 2].isspace() and (cand := _at_link_date(text, p)) is not None:
                    found.append(cand)  # "/2025/03/05/", "IMG_20250812_141233.jpg", "Sitrep_14Aug2025"
                continue
            if before in "'’" and (p < 2 or not text[p - 2].isalnum()):
                p -= 1  # a year told by two digits ("in '24"): the apostrophe is part of it
        cand = _at_digit(text, p)
        if cand is None and m.end() < n and (text[m.end()] in " erº°-–ao" or text.startswith(". ", m.end())) \
                and _foreign_word_after(lowered, m.end()):
            cand = _at_foreign_day(text, p)  # "14 juillet 2025", "11 de marzo de 2025"
        if cand is not None and cand[2] in _NAMED_KINDS and _in_a_name(text, lowered, p, cand[1]):
            names.append(cand)
        elif cand is not None:
            found.append(_with_part_before(text, cand))
    if names:  # (nor any date inside a name: "of October" in "the 6th of October Bridge")
        found = [c for c in found if all(c[1] <= n[0] or c[0] >= n[1] for n in names)]
    found.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
    if any(c[1] <= c[0] for c in found):  # an empty span: keep the plain rule
        chosen: list[Candidate] = []
        for c in found:
            if all(c[1] <= k[0] or c[0] >= k[1] for k in chosen):
                chosen.append(c)
        chosen.sort(key=lambda c: c[0])
        return chosen
    # Longest first, skipping any that overlaps one already taken. The taken spans are
    # disjoint, so kept in order of start their ends are in order too, and only the
    # last one starting before a candidate's end can overlap it (a long article has
    # hundreds of dates: no pairwise test).
    starts: list[int] = []
    taken: list[Candidate] = []
    for c in found:
        i = bisect.bisect_left(starts, c[1])
        if i and taken[i - 1][1] > c[0]:
            continue
        starts.insert(i, c[0])
        taken.insert(i, c)
    return taken


_FUTURE_WORDS = (
    r"will|won't|shall|scheduled|pre-scheduled|rescheduled|planned|plans?\s+to|planning|upcoming|forthcoming|"
    r"slated|(?<!had\sbeen\s)due\s+to\s+(?:be|hold|take|begin|start|meet|open|resume|vote|end|close|expire|finish"
    r"|conclude|arrive|return)|due(?=\s+(?:on|in|by)\b|\s*(?:\x00|$))|set\s+(?:to|for)|expected\s+to|"
    r"intends?\s+to|expects|wants|"
    r"aims?\s+to|to\s+be\s+(?:held|sent|submitted|presented|published|released|unveiled|delivered)|is\s+to|are\s+to|"
    r"next(?!\s+(?:day|morning|afternoon|evening|night|(?:to|door)\b))|"
    r"ahead\s+of|could\s+hold|would\s+hold|"
    r"hop(?:e|es|ed|ing)\s+to|deadline|"
    # "is expected in the spring", "is due on Monday"; a pledge; a schedule told in the present or with "would"
    r"(?:is|are)\s+(?:(?:[a-z]+ly|now|also|still)\s+)?(?:expected|due|proposed)|(?:pledge[sd]?|vow(?:s|ed)?|promise[sd]?)\s+to|"
    r"takes\s+effect|comes\s+into\s+force|expires|runs\s+out|go(?:es)?\s+to\s+the\s+polls|"
    r"would\s+(?:take\s+place|go\s+ahead|resume|reopen|begin|start|be\s+held)"
)
_FUTURE = re.compile(rf"\b(?i:{_FUTURE_WORDS})\b|'ll\b")
#: :data:`_FUTURE` in two parts for :func:`_future_hint`: its case-blind words, matched
#: case-sensitively in folded text (:func:`reading.prefilter.fold`: what IGNORECASE
#: equates with a lower-case ASCII letter, mapped to it, same offsets and word
#: boundaries), which lets the regex engine reject a word by its first letter; and "'ll" as is.
_FUTURE_FOLDED = re.compile(rf"\b(?:{_FUTURE_WORDS})\b")
_FUTURE_LL = re.compile(r"'ll\b")
#: Where the words after a date stop telling its verb: punctuation, or a relative clause about a person ("arrested
#: two men on Wednesday who were planning an attack": their plan, not a day ahead), or about a thing ("agreed a
#: truce on Wednesday under which troops will withdraw": what the truce holds, agreed that day), or another verb of
#: the same subject ("met on Monday and will meet again in June": that verb's tense, not the date's).
_CLAUSE_END = re.compile(r"[,;:()]|\bwho(?:m|se)?\b|\b(?:under|in|by)\s+which\b|\bwhereby\b"
                         r"|\b(?:and|but)\s+(?=(?:will|would|shall|is|are|plans?|hopes?|expects?)\b)")
#: A schedule told in the present tense by the verb that governs the date, a few words before it ("Polls open on
#: Sunday", "The summit opens Tuesday", "ministers meet in Vienna on Monday", "holds an emergency session on
#: Friday", "schools stay shut until Friday", "is on 11 January", "falls on 4 January"), in folded text. Only verbs
#: that tell no violent act (a headline's present tells past attacks: "Army opens fire ..." is kept out), only
#: forms that are no noun or adjective after an article, a possessive or "to", "not", "was" ("a state visit on
#: Monday", "their return on Friday", "agreed to meet on Monday", "shops were open on Sunday"). "is/are" and
#: "falls" only right before the date.
_PRESENT_PLAN = re.compile(
    r"(?:^|[^\w'’\-])(?P<before>[a-z'’]+\s+)?(?:(?:opens|open|reopens|reopen|meets|meet|convenes|convene"
    r"|resumes|resume|begins|begin|starts|start|ends|closes|arrives|arrive|travels|visits|holds|hold"
    r"|takes\s+place|take\s+place"
    r"|returns|return|lapses|expire|runs|run|stays|stay|remains|remain|discusses|discuss|reviews|certifies|leaves"
    r"|departs|kicks\s+off|heads\s+to|starting)(?!\s+fire\b)(?:\s+[a-z0-9'’\-]+){0,5}|(?:is|are|falls))\s+$")
#: The first words of :data:`_PRESENT_PLAN`'s verbs: one of them among the last words before a date gates its search.
_PRESENT_PLAN_VERBS = frozenset(
    "opens open reopens reopen meets meet convenes convene resumes resume begins begin starts start ends closes arrives "
    "arrive travels visits holds hold takes take returns return lapses expire runs run stays stay remains remain "
    "discusses discuss reviews certifies leaves departs kicks heads starting is are falls".split())
_PLAN_WORD = re.compile(r"[a-z0-9'’\-]+")  # a word as :data:`_PRESENT_PLAN` counts them
_NOT_A_PRESENT_VERB_AFTER = frozenset(
    "the a an his her its their this that our your my to not did never was were been be being remained stayed on in "
    "at of for".split())
#: A verb with "would" right before a date it governs, the future of a report ("said it would send troops by
#: Saturday", "announced that the fleet would sail on Monday"); not "would have" (what did not happen). Only before a
#: date that opens with a preposition (:data:`_TIME_PREPS`; "would finish counting Sunday's votes" tells a past day),
#: not a possessive one ("would not comment on Monday's attack") nor one after an act it dates ("would investigate
#: the raid on Tuesday night": :data:`_ACT_BEFORE`).
_WOULD_DO = re.compile(r"\bwould\s+(?:not\s+)?(?!have\b)[a-z]+(?:\s+[a-z0-9'’\-]+){0,6}\s+$")
_TIME_PREPS = ("on ", "by ", "until ", "till ", "before ", "from ")
_ACT_BEFORE = re.compile(r"\b(?:attacks?|raids?|strikes?|killings?|bombings?|shelling|assault|ambush|massacre|clashes"
                         r"|fighting|explosions?|blasts?|shooting)\s+$")
_REPORTED_WORDS = (
    r"\b(?:said|says|announced|told\s+\w+(?:\s+\w+)?|reported|stated|declared|added|warned|confirmed|claimed|"
    r"tweeted|wrote|noted|denied|began|started|happened|occurred|took\s+place|was|were|had)\s*$"
)
_REPORTED = re.compile(_REPORTED_WORDS, re.I)
_REPORTED_FOLDED = re.compile(_REPORTED_WORDS)  # for folded text, as _FUTURE_FOLDED


# ------------------------------------------------------------------- publication


@dataclass(frozen=True, slots=True)
class _Pub:
    """The publication date as an interval: exact when lo == hi."""

    best: dt.date
    lo: dt.date
    hi: dt.date


def _pub(published, precision: str = "day", uncertainty_days: int = 0) -> _Pub | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        published = published.date()
    if not isinstance(published, dt.date):
        raise TypeError(f"published must be a datetime.date or None, got {type(published).__name__}")
    if precision not in ("day", "month"):
        raise ValueError(f"published_precision must be 'day' or 'month', got {precision!r}")
    if isinstance(uncertainty_days, bool) or not isinstance(uncertainty_days, int) or uncertainty_days < 0:
        raise ValueError(f"uncertainty_days must be an int >= 0, got {uncertainty_days!r}")
    pad = dt.timedelta(days=uncertainty_days)
    if precision == "month":
        first = published.replace(day=1)
        last = _month_end(first.year, first.month)
        return _Pub(best=first + dt.timedelta(days=14), lo=first - pad, hi=last + pad)
    return _Pub(best=published, lo=published - pad, hi=published + pad)


# ---------------------------------------------------------------------- calendar


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_span(year: int, month: int, part: str | None = None) -> tuple[dt.date, dt.date]:
    end = _month_end(year, month)
    if part and "-" in part:  # "early-mid", "mid-late": from one part's start to the other's end
        first, last = part.split("-")
        return _month_span(year, month, first)[0], _month_span(year, month, last)[1]
    part = _norm_part(part)
    if part == "early":
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if part == "mid":
        return dt.date(year, month, 11), dt.date(year, month, 20)
    if part == "late":
        return dt.date(year, month, 21), end
    return dt.date(year, month, 1), end


def _year_span(year: int, part: str | None = None) -> tuple[dt.date, dt.date]:
    part = _norm_part(part)
    if part == "early":
        return dt.date(year, 1, 1), dt.date(year, 4, 30)
    if part == "mid":
        return dt.date(year, 5, 1), dt.date(year, 8, 31)
    if part == "late":
        return dt.date(year, 9, 1), dt.date(year, 12, 31)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _norm_part(part: str | None) -> str | None:
    if not part:
        return None
    p = " ".join(part.lower().split())
    if p in ("early", "the beginning of", "beginning of", "the start of"):
        return "early"
    if p in ("mid", "the middle of"):
        return "mid"
    if p in ("late", "the end of", "end of"):
        return "late"
    return None


def _season_span(season: str, year: int) -> tuple[dt.date, dt.date]:
    """Span of a season; a winter is named by the year its December falls in."""
    first, last = SEASONS[season]
    if season == "winter":
        return dt.date(year, 12, 1), _month_end(year + 1, 2)
    return dt.date(year, first, 1), _month_end(year, last)


def _precision(natural: str, start: dt.date, end: dt.date) -> str:
    width = (end - start).days + 1
    needed = "day" if width <= 1 else "week" if width <= 14 else "month" if width <= 100 else "year"
    return max(natural, needed, key=_ORDER.index)


def _fact(start, end, natural, text, basis) -> FactDate:
    return FactDate(start=start, end=end, precision=_precision(natural, start, end), text=text, basis=basis)


def _over(pub: _Pub, fn) -> tuple[dt.date, dt.date]:
    """Resolve ``fn(ref) -> (start, end)`` over the publication interval."""
    a0, a1 = fn(pub.lo)
    if pub.lo == pub.hi:
        return a0, a1
    b0, b1 = fn(pub.hi)
    return min(a0, b0), max(a1, b1)


# --------------------------------------------------------------------- resolving


class _Unresolved(Exception):
    """A date-like expression that cannot be resolved: message code, reason, detail."""

    def __init__(self, code: str, reason: str, detail: str = "", fact: FactDate | None = None):
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.detail = detail
        self.fact = fact  # the span it may cover, when one is known (reported with the reason)


def _impossible(detail: str) -> _Unresolved:
    return _Unresolved("W303", f"impossible date ({detail})", detail)


_NO_YEAR = "no publication date and no year: year unknown"
_NO_PUB = "relative date but no publication date: cannot be resolved"


def _int_day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _year_no(text: str) -> int:
    """A year as told: "2024", or two digits ("'24", "14/10/17"), of this century below 70, else the last."""
    year = int(text.lstrip("'’"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    return year


def _month_no(text: str) -> int:
    return _MONTHS[text.rstrip(".").lower()]


def _valid(year: int, month: int, day: int, text: str) -> dt.date:
    if not 1 <= month <= 12:
        raise _impossible(f"no month {month}")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _impossible(f"{calendar.month_name[month]} {year} has no day {day}") from None


#: How many days after publication a yearless day is still this year's without a word of a plan: a report
#: dated by another time zone's day ("on June 20" filed in Manila on the 20th, dated the 19th in UTC) or telling
#: a plan in the present ("the curfew takes effect on January 1"), never a day almost a year back.
_DAYS_AHEAD = 2


def _days_ahead(g: dict) -> int:
    """:data:`_DAYS_AHEAD`, or none in a text that told a past year's date before the day (an anniversary's "on
    1 December", told on 30 November after "began on 27 November 2024", is that year's)."""
    return 0 if g.get("past_year_told") else _DAYS_AHEAD


def _day_in_year(month: int, day: int, pub: _Pub | None, future: bool, text: str,
                 days_ahead: int = _DAYS_AHEAD) -> tuple[dt.date, str]:
    """Pick the year of a yearless day (the latest not after publication, or the next within a plan's half
    year or ``days_ahead`` days); return (date, basis)."""
    if not 1 <= day <= 31 or day > max(calendar.monthrange(y, month)[1] for y in (2019, 2020)):
        raise _impossible(f"{calendar.month_name[month]} has no day {day}")
    if pub is None:
        raise _Unresolved("W301", _NO_YEAR)
    options = []
    for year in range(pub.best.year - 2, pub.best.year + 2):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:  # 29 February outside leap years
            continue
    past = max((d for d in options if d <= pub.hi), default=None)
    ahead = min((d for d in options if d > pub.hi), default=None)
    if ahead is not None and ((future and (ahead - pub.best).days <= 183) or (ahead - pub.hi).days <= days_ahead):
        return ahead, "context"
    return (past if past is not None else ahead), "context"


_WEEKDAY_NAMED = _c(rf"\b(?P<wd>{_WD})\b")
#: Up to how many days from publication a yearless day told with a weekday that does not fit it ("on Tuesday, March 5"
#: told on 6 March 2025, a Wednesday) keeps its year: a weekday slipped in copy, not a story of a year before or after.
_WEEKDAY_SLIP_DAYS = 14


def _year_of_weekday_told(day: dt.date, text: str) -> dt.date:
    """A yearless day told with its weekday ("adjourned until Tuesday 11th March", "on Friday, 3 January") falls
    in the year, of the one before the year picked, that one and the next, where it is that weekday, nearest the
    year picked: the weekday shows which; the day as it is when none (or several) fit."""
    named = _WEEKDAY_NAMED.search(text)
    if named is None or day.weekday() == (wd := _WEEKDAYS[named["wd"].lower()]):
        return day
    fits = []
    for shift in (1, -1):
        try:
            other = day.replace(year=day.year + shift)
        except ValueError:  # 29 February
            continue
        if other.weekday() == wd:
            fits.append(other)
    return fits[0] if len(fits) == 1 else day


#: How many months just gone "last <month>" does not name ("last October" told in November or December).
_LAST_MONTH_NAME_SKIPS = 2


def _month_in_year(month: int, pub: _Pub, future: bool, mod: str) -> tuple[int, int]:
    """Pick the year of a yearless month."""
    if mod == "this":
        return pub.best.year, month
    if mod == "last":
        # the latest such month before this one, but a year back for this year's month just gone or the one before
        # it: told in November, "last October" is a year back ("last month" or "in October" would tell this year's)
        year = pub.best.year if month < pub.best.month - _LAST_MONTH_NAME_SKIPS else pub.best.year - 1
        return year, month
    if mod == "next":
        year = pub.best.year if month > pub.best.month else pub.best.year + 1
        return year, month
    if future and not mod == "since":
        year = pub.best.year if month >= pub.best.month else pub.best.year + 1
        return year, month
    hi = (pub.hi.year, pub.hi.month)
    year = pub.best.year if (pub.best.year, month) <= hi else pub.best.year - 1
    return year, month


def _weekday_before(ref: dt.date, wd: int, strict: bool) -> dt.date:
    back = (ref.weekday() - wd) % 7
    if strict and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def _weekday_after(ref: dt.date, wd: int, strict: bool) -> dt.date:
    ahead = (wd - ref.weekday()) % 7
    if strict and ahead == 0:
        ahead = 7
    return ref + dt.timedelta(days=ahead)


def _count(text: str) -> int:
    t = " ".join(text.lower().split())
    return int(t) if t.isdigit() else _NUMBERS[t]


def _numeric_either(a: int, b: int, year: int, order: str | None, pub: _Pub | None, future: bool,
                    text: str) -> FactDate:
    """A numeric date both of whose numbers could be the month ("03/04/2024"): the order the text's
    other numeric dates show ("15/03/2024": day first), else the one reading not after publication
    in a sentence telling no plan; else both readings stay possible, and the date is the span between
    them, as coarse as that is wide, reported as ambiguous (never dropped, never one guessed day)."""
    day_first, month_first = _valid(year, b, a, text), _valid(year, a, b, text)
    if order is not None:
        day = day_first if order == "day" else month_first
        return _fact(day, day, "day", text, "context")
    if pub is not None and not future and (day_first <= pub.hi) != (month_first <= pub.hi):
        day = day_first if day_first <= pub.hi else month_first
        return _fact(day, day, "day", text, "context")
    first, last = sorted((day_first, month_first))
    raise _Unresolved("W304", "day and month order is ambiguous", fact=_fact(first, last, "day", text, "explicit"))


def _numeric_order(candidates: list[Candidate]) -> str | None:
    """"day" or "month": which number comes first in the text's numeric dates that say so ("15/03/2024",
    "04/15/2024"), when they agree; None when none says or they disagree."""
    orders = {"day" if int(g["a"]) > 12 else "month" for _s, _e, kind, g in candidates
              if kind == "numeric" and (int(g["a"]) > 12) != (int(g["b"]) > 12)}
    return orders.pop() if len(orders) == 1 else None


def _resolve_match(kind: str, g: dict, text: str, pub: _Pub | None, future: bool) -> FactDate | None:
    """Resolve one candidate; raise _Unresolved with a reason; None means "not a date"."""

    if kind == "iso_week":
        if not g["y"] and pub is None:
            raise _Unresolved("W302", _NO_PUB)
        try:
            monday = dt.date.fromisocalendar(int(g["y"] or pub.best.isocalendar()[0]), int(g["n"]), 1)
        except ValueError:
            raise _impossible(f"no week {g['n']} in {g['y']}") from None
        return _fact(monday, monday + dt.timedelta(days=6), "week", text, "explicit")

    if kind == "iso":
        y, mo, d = _year_no(g["y"]), int(g["mo"]), int(g["d"])
        if not 1 <= mo <= 12:
            raise _impossible(f"no month {mo}")
        day = _valid(y, mo, d, text)
        return _fact(day, day, "day", text, "explicit")

    if kind == "numeric":
        a, b, y = int(g["a"]), int(g["b"]), _year_no(g["y"])
        if (a == b and a <= 12) or (a > 12 >= b):
            day_, month = a, b
        elif b > 12 >= a:
            day_, month = b, a
        elif a > 12 and b > 12:
            raise _impossible(f"no month {min(a, b)}")
        else:
            # (dotted, "02.06.2025", is written day first where it is written: Europe, Russia, Ukraine, Turkey)
            return _numeric_either(a, b, y, g.get("order") or ("day" if g.get("dotted") else None), pub, future, text)
        day = _valid(y, month, day_, text)
        return _fact(day, day, "day", text, "explicit")

    if kind in ("range_md_md", "range_dm_dm", "range_md_d", "range_d_dm"):
        m1 = _month_no(g["m1"])
        m2 = _month_no(g["m2"]) if g.get("m2") else m1
        d1, d2 = _int_day(g["d1"]), _int_day(g["d2"])
        year = g.get("y") or g.get("y1")
        if year:
            y = _year_no(year)
            first, last = _valid(y, m1, d1, text), _valid(y, m2, d2, text)
            if last < first:
                last = _valid(y + 1, m2, d2, text) if m2 < m1 else None
                if last is None:
                    return None
            return _fact(first, last, "day", text, "explicit")
        first, basis = _day_in_year(m1, d1, pub, future, text, _days_ahead(g))
        last = _valid(first.year, m2, d2, text) if (m2, d2) >= (m1, d1) else _valid(first.year + 1, m2, d2, text)
        if last < first:
            return None
        return _fact(first, last, "day", text, basis)

    if kind in ("dm", "md"):
        month, d = _month_no(g["m"]), _int_day(g["d"])
        try:
            if g.get("y"):
                day = _valid(_year_no(g["y"]), month, d, text)
                return _fact(day, day, "day", text, "explicit")
            day, basis = _day_in_year(month, d, pub, future, text, _days_ahead(g))
        except _Unresolved as exc:
            if exc.code == "W303" and (g.get("y") or pub is not None):
                # "on 31 June": no such day, but the month is told; reported, dated to the month
                year = _year_no(g["y"]) if g.get("y") else _month_in_year(month, pub, future, "")[0]
                exc.fact = _fact(*_month_span(year, month), "month", text, "explicit" if g.get("y") else "context")
            raise
        if "day" in text and not abs((day - pub.best).days) <= _WEEKDAY_SLIP_DAYS:
            day = _year_of_weekday_told(day, text)
        return _fact(day, day, "day", text, basis)

    if kind == "month_year":
        start, end = _month_span(_year_no(g["y"]), _month_no(g["m"]), g.get("part"))
        return _fact(start, end, "month", text, "explicit")

    if kind == "fmonths":  # "gennaio-giugno 2025": from the first month to the second, of the year told (after it)
        y, m1, m2 = _year_no(g["y"]), _month_no(g["m1"]), _month_no(g["m2"])
        return _fact(_month_span(y - (m1 > m2), m1)[0], _month_span(y, m2)[1], "month", text, "explicit")

    if kind == "hebrew_day":  # "5 Iyar 5785"
        try:
            day = hebrew_day(int(g["y"]), g["m"], g["d"])
        except ValueError as exc:
            raise _impossible(str(exc)) from None
        return _fact(day, day, "day", text, "explicit")

    if kind == "solar_day":  # "23 Khordad 1404"; "on 22 Bahman" (no year): as a yearless Gregorian day
        try:
            if g["y"]:
                day = solar_hijri_day(int(g["y"]), SOLAR_HIJRI_MONTHS[g["m"]], g["d"])
                return _fact(day, day, "day", text, "explicit")
            if pub is None:
                raise _Unresolved("W301", _NO_YEAR)
            days = [solar_hijri_day(pub.best.year - k, SOLAR_HIJRI_MONTHS[g["m"]], g["d"]) for k in (622, 621, 620)]
        except ValueError as exc:
            raise _impossible(str(exc)) from None
        ahead = [d for d in days if d > pub.hi]
        if future and ahead and (ahead[0] - pub.best).days <= 183:
            return _fact(ahead[0], ahead[0], "day", text, "context")
        day = max((d for d in days if d <= pub.hi), default=ahead[0] if ahead else days[-1])
        return _fact(day, day, "day", text, "context")

    if kind == "hijri_year":  # "1445 AH": the tabular year (a day or two off the moon-sighted one)
        return _fact(_islamic_day(g["hy"], 1, 1), _islamic_day(g["hy"] + 1, 1, 1) - dt.timedelta(days=1), "year",
                     text, "explicit")

    if kind == "fiscal":  # the country's fiscal year, else the plain years of its label
        start, end = g["span"] or (dt.date(g["first"], 1, 1), dt.date(g["last"] or g["first"], 12, 31))
        return _fact(start, end, "year", text, "explicit")

    if kind == "year_range":
        y1, y2 = _year_no(g["y1"]), g["y2"].lstrip("'’")  # ("from '14 to '16")
        y2 = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        if y2 <= y1:
            return None
        return _fact(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year", text, "explicit")

    if kind == "quarter":
        if pub is None and not g.get("y"):
            raise _Unresolved("W301", _NO_YEAR)
        months = g.get("months", 3)
        first_month = months * g["rank"] + 1
        last_month = first_month + months - 1
        if g.get("y"):  # "Q3 2024", "H1 of 2025"
            year = _year_no(g["y"])
            return _fact(dt.date(year, first_month, 1), _month_end(year, last_month), "month", text, "explicit")
        year = pub.best.year
        if future and _month_end(year, last_month) < pub.best:  # "expected in the first quarter", told in May
            year += 1
        elif not future and dt.date(year, first_month, 1) > pub.best:  # "the fourth quarter", told in January
            year -= 1
        return _fact(dt.date(year, first_month, 1), _month_end(year, last_month), "month", text, "context")

    if kind == "century":  # the 19th: 1800-1899; its early, mid, late parts as a decade's, scaled (0-39, 40-69, 70-99)
        lo, hi = {"early": (0, 39), "mid": (40, 69), "late": (70, 99)}.get((g["part"] or "").lower(), (0, 99))
        first, last = (g["first"] - 1) * 100, (g["last"] - 1) * 100
        return _fact(dt.date(max(1, first + lo), 1, 1), dt.date(last + hi, 12, 31), "year", text, "explicit")

    if kind == "decade":
        dec = g["dec"]
        if dec[0] in "'’":  # "the '90s": the 1990s; "the '10s" told in 2025: the 2010s (a decade all past)
            dec = 2000 + int(dec[1:]) if pub is not None and 2009 + int(dec[1:]) < pub.best.year else 1900 + int(dec[1:])
        dec = int(dec)
        part = _norm_part(g.get("part"))
        lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(part, (0, 9))
        return _fact(dt.date(dec + lo, 1, 1), dt.date(dec + hi, 12, 31), "year", text, "explicit")

    if kind == "year":
        start, end = _year_span(_year_no(g["y"]), g.get("part"))
        return _fact(start, end, "year", text, "explicit")

    if kind == "season":
        season = g["s"].lower()
        mod = " ".join((g.get("mod") or "").lower().split())
        if g.get("term"):
            return _term(season, mod, g.get("y"), text, pub, future)
        if g.get("y"):
            start, end = _season_span(_SOUTHERN_SEASONS[season] if g.get("south") else season, _year_no(g["y"]))
            return _fact(start, end, "month", text, "explicit")
        if season == "fall" and mod not in ("this", "last", "next", "this coming"):
            return None  # "the fall of Mosul"
        if g.get("south"):  # "this winter" told in Buenos Aires: June to August
            season = _SOUTHERN_SEASONS[season]
        if not mod:
            return None  # a bare season word is not a date
        if pub is None:
            raise _Unresolved("W302", _NO_PUB)

        def season_at(ref: dt.date) -> tuple[dt.date, dt.date]:
            spans = [_season_span(season, y) for y in range(ref.year - 2, ref.year + 2)]
            if mod.startswith("last"):
                return max((s for s in spans if s[1] < ref), key=lambda s: s[0])
            if mod == "since" or not (future or mod.startswith("this")):
                # "since summer", "fighting in the spring" told in February: the latest begun by publication
                return max((s for s in spans if s[0] <= ref), key=lambda s: s[0])
            if mod.startswith("next") or mod == "this coming":
                return min((s for s in spans if s[0] > ref), key=lambda s: s[0])
            current = [s for s in spans if s[0] <= ref <= s[1]]
            if current:
                return current[0]
            if future and not mod.startswith("this"):  # "an offensive is expected in the spring": the next
                return min((s for s in spans if s[0] > ref), key=lambda s: s[0])
            if season == "winter":  # this winter: the one around the turn of ref's year
                return _season_span("winter", ref.year if ref.month >= 9 else ref.year - 1)
            return _season_span(season, ref.year)

        start, end = _over(pub, season_at)
        if g.get("earlier") and start <= pub.hi <= end:  # "earlier this summer", told in it: up to publication
            end = pub.hi
        return _fact(start, end, "month", text, "relative")

    if kind == "month":
        month = _month_no(g["m"])
        pre = (g.get("pre") or "").lower()
        if pub is None:
            raise _Unresolved("W301", _NO_YEAR)
        year, month = _month_in_year(month, pub, future, pre)
        start, end = _month_span(year, month, g.get("part"))
        if pre == "earlier" and start <= pub.hi <= end:  # "earlier in August", told in August: up to publication
            end = pub.hi
        return _fact(start, end, "month", text, "context")

    if kind == "weekday":
        wd = _WEEKDAYS[g["wd"].lower()]
        mod = (g.get("mod") or "").lower()
        if pub is None:
            raise _Unresolved("W302", _NO_PUB)
        if g.get("week") is not None:
            fn = lambda ref: (ref + dt.timedelta(days=wd - ref.weekday() + 7 * g["week"]),) * 2  # noqa: E731
        elif g.get("week_on"):
            fn = lambda ref: (_weekday_after(ref, wd, True) + dt.timedelta(days=7),) * 2  # noqa: E731
        elif mod in ("next", "coming", "the following"):
            fn = lambda ref: (_weekday_after(ref, wd, True),) * 2  # noqa: E731
        elif mod == "the previous":
            fn = lambda ref: (_weekday_before(ref, wd, True),) * 2  # noqa: E731
        elif mod == "last":
            fn = lambda ref: (_weekday_before(ref, wd, True),) * 2  # noqa: E731
        elif future and mod not in ("since", "last"):
            fn = lambda ref: (_weekday_after(ref, wd, False),) * 2  # noqa: E731
        else:
            fn = lambda ref: (_weekday_before(ref, wd, False),) * 2  # noqa: E731
        start, end = _over(pub, fn)
        if mod == "into":
            start -= dt.timedelta(days=1)
        return _fact(start, end, "day", text, "weekday")

    if kind == "year_end_gap":  # 26-31 December: this year's told in November or December, else the last one
        # gone (the coming one when told as a plan)
        if pub is None:
            raise _Unresolved("W302", _NO_PUB)
        y = pub.best.year if pub.best.month >= 11 or future else pub.best.year - 1
        return _fact(dt.date(y, 12, 26), dt.date(y, 12, 31), "week", text, "context")

    if kind == "in_time":  # "in three days' time": that day; weeks: the seven days around; a year back: the week
        if pub is None:
            raise _Unresolved("W302", _NO_PUB)
        n, unit, ref = g["n"], g["unit"], pub.best
        if unit == "day":
            day = ref + dt.timedelta(days=n)
            return _fact(day, day, "day", text, "relative")
        if unit == "month":
            y, mo = _add_months(ref.year, ref.month, n)
            return _fact(*_month_span(y, mo), "month", text, "relative")
        mid = _years_back(ref, 1) if unit == "year" else ref + dt.timedelta(days=n * (14 if unit == "fortnight" else 7))
        return _fact(mid - dt.timedelta(days=3), mid + dt.timedelta(days=3), "week", text, "relative")

    if kind == "weekday_day":  # "Monday 2", "Mon 6", "On Tuesday 8th": the day of that number nearest publication
        # (this month, the one before or the one after) that falls on that weekday; else the weekday alone
        if pub is None:
            raise _Unresolved("W302", _NO_PUB)
        wd, d, ref = _WEEKDAYS[g["wd"]], _int_day(g["d"]), pub.best
        days = []
        for shift in (-1, 0, 1):
            y, mo = _add_months(ref.year, ref.month, shift)
            if d <= _month_end(y, mo).day and (day := dt.date(y, mo, d)).weekday() == wd:
                days.append(day)
        if days:
            day = min(days, key=lambda k: (abs((k - ref).days), k > ref))
            return _fact(day, day, "day", text, "context")
        return _resolve_match("weekday", {"wd": g["wd"], "mod": "", "part": None}, text, pub, future)

    if kind == "ordinal":
        d = _int_day(g["d"])
        if g.get("told") is not None:
            return _fact(*(_valid(g["told"].start.year, g["told"].start.month, d, text),) * 2, "day", text, "context")
        if pub is None:
            raise _Unresolved("W302", _NO_PUB)
        y, mo = pub.best.year, pub.best.month
        if g["rel"] == "last" or (g["rel"] not in ("this", "next") and not future and d > pub.hi.day):
            y, mo = _add_months(y, mo, -1)
        elif g["rel"] == "next":  # "the 3rd prox."
            y, mo = _add_months(y, mo, 1)
        day = _valid(y, mo, d, text)
        return _fact(day, day, "day", text, "context")

    if kind == "hijri":
        return _hijri_day(g, text)

    if kind == "feast":
        if g.get("hy"):  # "in Ramadan 1445": that Hijri year's month
            first = _islamic_day(int(g["hy"]), 9, 1)
            return _feast_day(g, first - dt.timedelta(days=1), first + dt.timedelta(days=30), text, "explicit")
        if g.get("yshift") is not None and pub is not None:
            g = {**g, "y": str(pub.best.year + g["yshift"])}
        if g.get("y"):
            year = _year_no(g["y"])
            start, end = next(((s, e) for s, e in _feast_spans(g["feast"], year) if s.year == year or e.year == year),
                              (None, None))
            if start is None:
                raise _Unresolved("W301", f"no table of {g['feast']} for {year}")
            return _feast_day(g, start, end, text, "explicit")
        if pub is None:
            raise _Unresolved("W301", _NO_YEAR)
        if g["feast"] == "holidays" and not _year_end_holidays(pub.best, future):
            return None  # "over the holidays" in May: the summer's, or a school's

        def feast_at(ref: dt.date) -> tuple[dt.date, dt.date]:
            spans = _feast_spans(g["feast"], ref.year)
            if not any(sp[0] <= ref for sp in spans):
                raise _Unresolved("W301", f"no table of {g['feast']} for {ref.year}")
            ahead = [sp for sp in spans if sp[0] > ref]
            if future and ahead and (ahead[0][0] - ref).days <= 183:
                return ahead[0]
            return max(sp for sp in spans if sp[0] <= ref)

        start, end = _over(pub, feast_at)
        return _feast_day(g, start, end, text, "context")

    if kind == "publication":
        if pub is None:
            raise _Unresolved("W302", _NO_PUB)
        return _fact(pub.lo, pub.hi, "day", text, "publication")

    if kind == "relative":
        if pub is None:
            raise _Unresolved("W302", _NO_PUB)
        return _relative(g, pub, future, text)
    return None


#: The number of units a span of recent or coming days counts ("the past three weeks", "the next 10 days").
_COUNTED_UNITS = _c(r"(?P<n>\d{1,2}|[a-z]+)\s+(?P<unit>days|weeks|months)$")
_UNIT_DAYS = {"days": 1, "weeks": 7, "months": 30}


def _days_told(phrase: str, default: dict[str, int]) -> int:
    """How many days "the past three weeks", "in recent months", "the next few days" span: the count told
    times the unit, else the unit's ``default`` (a few)."""
    m = _COUNTED_UNITS.search(phrase)
    unit = m["unit"] if m is not None else next(u for u in default if phrase.endswith(u))
    n = m["n"] if m is not None else ""
    if n.isdigit() or (n in _NUMBERS and n not in ("a", "an", "several")):
        return _count(n) * _UNIT_DAYS[unit]
    return default[unit]


def _relative(g: dict, pub: _Pub, future: bool, text: str) -> FactDate | None:
    days = dt.timedelta

    if g.get("turn"):  # the turn of the year: 21 December to 10 January, the last one passed or, in a plan, the next
        start, end = _over(pub, lambda r: (dt.date(r.year - (not future), 12, 21), dt.date(r.year + future, 1, 10)))
        return _fact(start, end, "month", text, "relative")

    if g.get("ago"):
        n = _count(g["ago"])
        unit = g["agounit"].lower().rstrip("s")
        if unit == "fortnight":  # "a fortnight ago": two weeks
            n, unit = 2 * n, "week"
        if unit == "decade":  # "a decade ago": ten years
            n, unit = 10 * n, "year"
        if unit in ("hour", "minute"):  # "48 hours ago": two days back; "a few hours ago", "42 minutes ago": the day
            n, unit = n // (24 if unit == "hour" else 1440), "day"
        if unit == "day":
            start, end = _over(pub, lambda r: (r - days(n), r - days(n)))
            return _fact(start, end, "day", text, "relative")
        if unit == "week":
            start, end = _over(pub, lambda r: (r - days(7 * n + 3), r - days(7 * n - 3)))
            return _fact(start, end, "week", text, "relative")
        if unit == "month":
            def fn(r):
                y, mo = _add_months(r.year, r.month, -n)
                return _month_span(y, mo)
            start, end = _over(pub, fn)
            return _fact(start, end, "month", text, "relative")
        def years_back(r: dt.date) -> tuple[dt.date, dt.date]:
            y, mo = _add_months(r.year, r.month, -12 * n)
            centre = dt.date(y, mo, min(r.day, calendar.monthrange(y, mo)[1]))
            return centre - days(30), centre + days(30)

        start, end = _over(pub, years_back)
        return _fact(start, end, "month", text, "relative")

    if g.get("word"):
        word = " ".join(g["word"].lower().split())
        if word in ("today", "tonight", "this morning", "this afternoon", "this evening"):
            offset = 0
        elif word in ("yesterday", "last night", "overnight"):
            offset = -1
        elif word == "tomorrow":
            offset = 1
        elif word in ("the day before yesterday", "the day after tomorrow"):
            offset = -2 if word.endswith("yesterday") else 2
        elif word in ("a week today", "a week tomorrow"):
            offset = 7 if word.endswith("today") else 8
        elif word in ("the week before last", "the week after next"):  # the calendar week two back or two on
            shift = -14 if word.endswith("last") else 14
            start, end = _over(pub, lambda r: (r - days(r.weekday() - shift), r - days(r.weekday() - shift - 6)))
            return _fact(start, end, "week", text, "relative")
        elif word in ("the weekend before last", "the weekend after next"):  # the one before last weekend, after next
            def fn(r):
                sat = _weekday_before(r, 5, True) - days(7) if word.endswith("last") else \
                    _weekday_after(r, 5, True) + days(7)
                return sat, sat + days(1)
            start, end = _over(pub, fn)
            return _fact(start, end, "week", text, "relative")
        elif word in ("the previous weekend", "the following weekend"):  # from a day told (or publication)
            def fn(r):  # (from a Saturday or Sunday told: the weekend before or after that one)
                if word == "the previous weekend":
                    sat = _weekday_before(r - days(max(0, r.weekday() - 4)), 5, True)
                else:
                    sat = _weekday_after(r + days(6 - r.weekday() if r.weekday() >= 5 else 0), 5, True)
                return sat, sat + days(1)
            start, end = _over(pub, fn)
            return _fact(start, end, "week", text, "relative")
        else:  # weekends
            if word.startswith("next") or (word == "this weekend" and future):
                fn = lambda r: (_weekday_after(r, 5, True), _weekday_after(r, 5, True) + days(1))  # noqa: E731
            else:
                fn = lambda r: (_weekday_before(r, 5, word == "last weekend") ,  # noqa: E731
                                _weekday_before(r, 5, word == "last weekend") + days(1))
            start, end = _over(pub, fn)
            return _fact(start, end, "week", text, "relative")
        start, end = _over(pub, lambda r: (r + days(offset), r + days(offset)))
        return _fact(start, end, "day", text, "relative")

    if g.get("recent"):
        phrase = g["recent"].lower()
        hours = _HOURS_TOLD.search(phrase)  # "the past 72 hours": the days those hours reach back
        width = -(-int(hours[1]) // 24) if hours else _days_told(phrase, {"days": 5, "weeks": 21, "months": 90})
        start, end = _over(pub, lambda r: (r - days(width), r))
        if width == 1 and start + days(1) == end:  # "the past 24 hours": one day and night, as one night is
            return FactDate(start, end, "day", text, "relative")
        return _fact(start, end, "week", text, "relative")

    if g.get("within"):  # "within 48 hours": from publication to the count's end (hours by the days they reach)
        n, unit = g["within"].split()[-2:]
        count, unit = _count(n), unit.lower().rstrip("s") + "s"  # ("within a week": one week)
        width = -(-count // 24) if unit == "hours" else count * _UNIT_DAYS[unit]
        start, end = _over(pub, lambda r: (r, r + days(width)))
        return _fact(start, end, "week", text, "relative")

    if g.get("coming"):
        unit = g["comingunit"].lower()
        width = (_UNIT_DAYS[unit + "s"] if unit in ("week", "month")  # "the coming week": the seven days after
                 else _days_told(g["coming"].lower(), {"days": 7, "weeks": 30, "months": 120}))
        start, end = _over(pub, lambda r: (r + days(1), r + days(width)))
        return _fact(start, end, "week", text, "relative")

    edge = (g.get("edge") or "").lower()
    unit = (g.get("edgeunit") or g.get("unit") or "").lower()
    mod = " ".join((g.get("mod") or "").lower().split())
    if unit == "quarter":  # "the previous quarter": the one before the quarter of the day it counts from
        def quarter_before(r: dt.date) -> tuple[dt.date, dt.date]:
            y, mo = _add_months(r.year, r.month - (r.month - 1) % 3, -3)
            return dt.date(y, mo, 1), _month_end(*_add_months(y, mo, 2))

        start, end = _over(pub, quarter_before)
        return _fact(start, end, "month", text, "relative")
    if mod in ("the previous", "the past", "past"):
        width = {"week": 7, "fortnight": 13, "month": 30, "year": 365}[unit]  # (a fortnight: 14 days with its last)
        if unit in ("week", "fortnight") or mod != "the previous":  # "the past month": the 30 days to publication
            start, end = _over(pub, lambda r: (r - days(width), r))
            return _fact(start, end, "week" if unit == "fortnight" else unit, text, "relative")
        mod = "last"
    if mod == "the following":
        mod = "next"

    def span(r: dt.date) -> tuple[dt.date, dt.date]:
        if unit == "week":
            monday = r - days(r.weekday())
            shift = {"last": -7, "next": 7}.get(mod, 0)
            s, e = monday + days(shift), monday + days(shift + 6)
        elif unit == "month":
            y, mo = _add_months(r.year, r.month, {"last": -1, "next": 1}.get(mod, 0))
            s, e = _month_span(y, mo)
        else:
            y = r.year + {"last": -1, "next": 1}.get(mod, 0)
            s, e = _year_span(y)
        if edge in ("early", "late") and unit != "week" and not g.get("end_of") and not g.get("since"):
            # "early next month", "late last year", "Early this month", "at the start of the month": that part of
            # it, as of a named month or year (the 1st to the 10th, January to April); this one's, up to
            # publication, or from it in a plan ("since the start of the year" runs on to publication)
            part = g.get("part") or edge  # ("in the middle of the month": its mid part)
            s, e = _month_span(y, mo, part) if unit == "month" else _year_span(y, part)
            if mod == "this" and s <= r:
                s, e = (max(s, r), e) if future else (s, min(e, r))
        elif g.get("end_of"):
            # "by the end of the week/month/year": its end, as "late" in it (Friday to Sunday, the 21st on,
            # September on), not the rest of it from publication (a deadline is met at its end); so is "the end of
            # next week", "at the end of last month" (not their second half)
            s, e = (s + days(4), e) if unit == "week" else _month_span(y, mo, "late") if unit == "month" \
                else _year_span(y, "late")
        elif mod == "this":
            later = edge in ("later", "late") or (not edge and future)
            s, e = (r, e) if later else (s, r)
        elif edge in ("early", "earlier"):
            e = s + (e - s) // 2
        elif edge in ("late", "later"):
            s = s + (e - s) // 2
        return s, e

    start, end = _over(pub, span)
    return _fact(start, end, unit, text, "relative")


# --------------------------------------------------------------------- finding


#: Relative dates that count from a date the sentence told before them, when it told one ("in January 2025
#: ... the following month"), else from publication.
_ANCHORED_MODS = frozenset({"the following", "the previous"})
#: Kinds whose reading depends on whether the sentence speaks of a plan.
_PLANNABLE = frozenset({"md", "dm", "range_md_md", "range_dm_dm", "range_md_d", "range_d_dm", "month", "weekday",
                        "year_end_gap",
                        "relative", "feast", "ordinal", "season", "quarter", "solar_day"})


#: After a date, a plan that is what the act is about, not when it happens ("protested on Tuesday against the planned
#: closure of camps", "marched on Monday against plans to raise fuel prices"), or a later day it came before
#: ("cleared the camp on Tuesday ahead of Saturday's rally").
_PLAN_NAMED_AFTER = re.compile(r"\b(?:(?:the|a|an|its|their|his|her|our|this|that)\s+(?:planned|scheduled|upcoming|"
                               r"forthcoming|proposed|expected|slated)|(?:against|over|about|opposing)\s+(?:the\s+|a\s+)?"
                               r"(?:[\w'’]+['’]s\s+)?plans?\s+to|ahead\s+of)\b", re.I)


def _future_hint(text: str, start: int, end: int, s_start: int, s_end: int) -> bool:
    """True when the sentence around the expression speaks of something planned."""
    before = text[max(s_start, start - 80) : start]
    after = text[end : min(s_end, end + 40)]
    cut = _CLAUSE_END.search(after)
    if cut is not None:
        after = after[:cut.start()]
    after = _PLAN_NAMED_AFTER.sub(" ", after)  # "protested on Tuesday against the planned closure": the noun's plan
    # _FUTURE searched in each of the three pieces: one search over them joined by NUL, which no
    # match can contain and which bounds words as a string's ends do.
    joined = f"{before}\0{after}\0{text[start:end]}"
    folded = joined.lower() if joined.isascii() else joined.translate(_FOLD)
    if _FUTURE_FOLDED.search(folded) is None and not ("'ll" in joined and _FUTURE_LL.search(joined) is not None) \
            and not (text.startswith("of ", start) and folded.endswith("ahead ", 0, len(before))):
        # (nor "ahead" + "of Saturday's": the words before run into a date that opens with their "of")
        lo = max(0, len(before) - 60)
        plan = (_PRESENT_PLAN.search(folded, lo, len(before))
                if not _PRESENT_PLAN_VERBS.isdisjoint(_PLAN_WORD.findall(folded, lo, len(before))[-7:]) else None)
        if (plan is None or (plan["before"] or "").strip() in _NOT_A_PRESENT_VERB_AFTER) and not (
                "would" in folded and text.startswith(_TIME_PREPS, start) and text[end - 2:end] not in ("'s", "’s")
                and _WOULD_DO.search(folded, max(0, len(before) - 50), len(before)) is not None
                and _ACT_BEFORE.search(folded, max(0, len(before) - 14), len(before)) is None):
            return False  # (most dates: no future word, so whether it is reported does not matter)
    # "said on Thursday that it will ...": a report of what was said, not a plan
    return _REPORTED_FOLDED.search(folded[max(0, len(before) - 30):len(before)]) is None


#: Before a two-day range: the night between them ("overnight on August 19 to 20", "the night of 3 to 4 May").
_ONE_NIGHT_BEFORE = re.compile(r"\b(?:overnight|night)\s+(?:(?:on|of|from|between)\s+)?(?:the\s+)?$", re.I)
#: Before a weekday told with "of" and the next one: the night between them ("the night of Monday to Tuesday").
_NIGHT_OF_BEFORE = re.compile(r"\bnight\s+of\s+$", re.I)
_ONE_NIGHT_START = re.compile(r"(?:overnight|(?:on\s+)?the\s+night)\b", re.I)


#: Yearless days and day ranges ("4 March", "March 4-6").
_DAY_KINDS = frozenset({"md", "dm", "range_md_md", "range_dm_dm", "range_md_d", "range_d_dm"})


def _unit_told_before(out: list, g: dict, pub: _Pub | None) -> FactDate | None:
    """The date whose week, month or year "that month", "later that year" or (of a past month) "mid-month"
    name: the last one told before, within one such unit; for "the month", only a month before
    publication's (a report's own month is "this month"), else the publication day for "mid-month"."""
    unit = g["unit"].lower()
    order = _ORDER.index(unit)
    for m, _ in reversed(out):
        d = m.date
        if d is None or m.future or d.basis == "publication" or _ORDER.index(d.precision) > order:
            continue
        if d.start.year != d.end.year or (unit != "year" and d.start.month != d.end.month):
            continue
        if g["anchor"] == "the" and pub is not None and d.start >= pub.best.replace(day=1):
            break
        return d
    if g["anchor"] == "the" and g.get("part") == "mid" and pub is not None:
        # a report's own "mid-month"; before the 11th, a past one is the month before's
        day = pub.lo if pub.lo.day > 10 else pub.lo.replace(day=1) - dt.timedelta(days=1)
        return FactDate(day, day, "day", "", "publication")
    return None


def _part_of_told(g: dict, told: FactDate, pub: _Pub | None, future: bool, text: str) -> FactDate:
    """The part of ``told``'s week, month or year the words name ("later that month": after it; "mid-month": the
    11th to the 20th), up to publication when the sentence tells no plan."""
    unit, edge, r = g["unit"].lower(), (g.get("edge") or "").lower(), told.start
    part = g.get("part") if edge not in ("later", "earlier") else None
    if unit == "week":
        s, e = r - dt.timedelta(days=r.weekday()), r + dt.timedelta(days=6 - r.weekday())
    elif unit == "month":
        s, e = _month_span(r.year, r.month, part)
    else:
        s, e = _year_span(r.year, part)
    if edge == "later" and told.end < e:
        s = max(s, told.end + dt.timedelta(days=1))
    elif edge == "earlier" and told.start > s:
        e = min(e, told.start - dt.timedelta(days=1))
    if pub is not None and not future and s <= pub.hi < e:
        e = pub.hi
    return _fact(s, e, unit, text, "context")


#: A wire dateline's place, from its line's start to its date ("KYIV, ", "GOMA, Democratic Republic of Congo, ").
_DATELINE_HEAD = _c(r"[ \t]*[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+)*"
                    r"(?:,[ \t]+[A-Z][\w.'’\-]*(?:[ \t]+(?:(?:of|and|the|de|du|del)[ \t]+)?[A-Z][\w.'’\-]*){0,3})*,[ \t]+")
#: How many days a dateline's day may lie before the publication date (a story filed, then posted or collected).
_DATELINE_LAG_DAYS = 7


#: ev19: a monitoring service's header, from its line's start to the broadcast's day ("Text of report by Russian NTV
#: television on ", "Excerpt from report by Kyrgyz news agency AKIpress website on "): a transcript published a day
#: or more later, whose "this morning" and "yesterday" count from that day, as a wire's from its dateline.
_MONITORING_HEAD = _c(r"[ \t]*(?i:text|excerpts?|summary)[ \t]+(?i:of|from)[ \t]+(?:(?i:an?)[ \t]+)?"
                      r"(?i:report|broadcast|article|commentary|interview|statement|editorial|news\s+bulletin)"
                      r"[ \t]+(?i:by|in|on|from)[ \t][^\n]{0,160}?[ \t](?:(?i:on)[ \t]+)?")


#: A mail's or a memo's header line, up to its day ("Sent: Tuesday, 4 March 2025 09:12", "Date: 2025-03-04"): the
#: day it was written, whose "yesterday" and "today" count from it, as a wire's from its dateline.
_HEADER_HEAD = _c(r"[ \t]*(?:Sent|Date|Dated)[ \t]*:[ \t]*")


def _at_dateline(text: str, start: int) -> bool:
    """Whether a date at ``start`` is that of the story's dateline (near the top, after its place), of a
    monitoring transcript's header or of a mail's or memo's header."""
    if start >= 400:
        return False
    line = text.rfind("\n", 0, start) + 1
    return _DATELINE_HEAD.fullmatch(text, line, start) is not None \
        or _MONITORING_HEAD.fullmatch(text, line, start) is not None \
        or _HEADER_HEAD.fullmatch(text, line, start) is not None


_ZONES_FILE = Path(__file__).with_name("patterns") / "dateline_zones.json"
_DAY_NUMBER_AFTER = _c(r",?\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\b")
#: A dateline's place at a line's start, before its comma, agency or dash ("SEOUL (Reuters) -", "TOKYO —").
_DATELINE_PLACE = _c(r"[ \t]*(?P<place>[A-Z][A-Z'’.\-]+(?:[ ][A-Z][A-Z'’.\-]+)*)(?=,|[ \t]+\(|[ \t]*[-–—])")
#: Hours ahead of UTC from which a dateline's local day is worth reading (``patterns/dateline_zones.json``).
_AHEAD_HOURS = 5


@functools.cache
def _zones() -> dict[str, float]:
    with _ZONES_FILE.open(encoding="utf-8") as fh:
        return json.load(fh)["zones"]


def _dateline_ahead_of_utc(text: str) -> int | None:
    """Where the story's dateline stands when its place's clock runs :data:`_AHEAD_HOURS` or more ahead of UTC (a
    line near the top opening with it): its local day may be the day after its UTC publication day; else None."""
    return _dateline_at(text, lambda place: _zones().get(place, 0) >= _AHEAD_HOURS)


def _dateline_at(text: str, wanted: Callable[[str], bool]) -> int | None:
    """Where a line near the top opens with a dateline whose place is ``wanted``; else None."""
    p = 0
    while p < 400:
        m = _DATELINE_PLACE.match(text, p)
        if m is not None and wanted(m["place"]):
            return p
        p = text.find("\n", p) + 1
        if p == 0:
            return None
    return None


_SOUTH_FILE = Path(__file__).with_name("patterns") / "southern_hemisphere.json"
#: A season's name in the southern hemisphere -> the northern one of the same months.
_SOUTHERN_SEASONS = {"summer": "winter", "winter": "summer", "spring": "autumn", "autumn": "spring", "fall": "spring"}


@functools.cache
def _south() -> tuple[frozenset[str], re.Pattern]:
    with _SOUTH_FILE.open(encoding="utf-8") as fh:
        table = json.load(fh)
    names = "|".join(sorted(map(re.escape, table["names"]), key=len, reverse=True))
    return frozenset(table["datelines"]), re.compile(rf"\b(?:{names})\b")


def _southern(text: str, s_start: int, s_end: int) -> bool:
    """Whether a season told in this sentence is the southern hemisphere's: the story is datelined there, or the
    sentence names a country there ("Argentina's grain exchange ... the driest autumn")."""
    datelines, names = _south()
    return names.search(text, s_start, s_end) is not None or _dateline_at(text, datelines.__contains__) is not None


def filed_day(doc: Document) -> dt.date | None:
    """The day a wire story was filed, from its dateline ("KYIV, March 3 (Reuters) -"), when that lies one to
    seven days before its publication date (posted or collected later): what its undated news is of; else None.

    Examples
    --------
    >>> d = Document(id="a", text="KYIV, March 3 (Reuters) - Shelling hit Kherson.", published=dt.date(2024, 3, 5))
    >>> filed_day(DateFinder()(d))
    datetime.date(2024, 3, 3)
    """
    if doc.published is None or not doc.dates or doc.dates[0].date is None:
        return None
    first, pub = doc.dates[0], _pub(doc.published, doc.published_precision, doc.published_uncertainty_days or 0)
    if first.date.precision != "day" or not _at_dateline(doc.text, first.start):
        return None
    day = _dateline_day(first.date, pub)
    return day.start if day is not None else None


#: An update or correction appended to a story, at its line's start, up to the day it is stamped with ("Update,
#: Oct 29:", "UPDATED 14 May -", "Correction (March 3):", "Editor's note, June 2:").
_UPDATE_STAMP = _c(r"[ \t*_]*(?i:updated?|correction|clarification|editor['’]s\s+note)[ \t]*[,:(\-–—]?[ \t]*")


#: evh: before a day heading's date on its line: nothing, or its weekday ("Monday, 4 March", "**Thursday 7 March**").
_HEADING_BEFORE = _c(r"[ \t*_#]*(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+)?")


def _day_heading(text: str, start: int, end: int) -> bool:
    """evh: whether the date at ``start``-``end`` could head a day: alone on its line (a weekday before it at most),
    not the text's first line (a headline), with more text after it (the entry it heads); a text with two or more
    is a diary's or a log's, whose relative days count from the heading above them."""
    ls = text.rfind("\n", 0, start) + 1
    if ls == 0:
        return False
    le = text.find("\n", end)
    if le < 0 or not text[le:le + 400].strip():
        return False
    return _HEADING_BEFORE.fullmatch(text, ls, start) is not None and not text[end:le].strip(" \t*_#")


def _dateline_day(fact: FactDate, pub: _Pub) -> FactDate | None:
    """The day a story was filed, from its dateline, when it is not the publication day but lies at most a
    week before it (a day after it stays as read: the events' plans are told against publication); else None."""
    lag = (pub.best - fact.start).days
    return fact if 0 < lag <= _DATELINE_LAG_DAYS and pub.lo == pub.hi else None


#: Before a day: the week up to it ("in the week to 5 June", "the week ending 7 June").
#: Before a month: a year told by its last month ("the fiscal year to March 2025", "the year ending June").
_MONTH_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "eighteen": 18}
_MONTHS_TO_BEFORE = _c(rf"\b(?:(?P<n>\d{{1,2}}|(?i:{'|'.join(_MONTH_COUNTS)}))\s+(?i:months)|(?P<q>(?i:quarter)))"
                       r"\s+(?i:to|ending|ended|up\s+to|through)\s+$")
_YEAR_TO_BEFORE = _c(r"\b(?i:year\s+(?:to|ending|ended|up\s+to|through))\s+$")
_WEEK_TO_BEFORE = _c(r"\b(?i:week\s+(?:to|ending|ended|up\s+to|until|through))\s+$")
_DAYS_TO_BEFORE = _c(r"(?<![\w\-])(?P<n>[1-9]\d?|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"fifteen|twenty|thirty))\s+(?i:days\s+(?:to|ending|ended|up\s+to|until|through))\s+$")


def _one_night(text: str, start: int, end: int, fact: FactDate) -> FactDate:
    """Two days told as one night ("overnight on August 19 to 20", "on the night of 3-4 May", "overnight
    into Sunday"): day precision, its two-day span kept; any other date as it is."""
    if (fact.end - fact.start).days == 1 and (_ONE_NIGHT_BEFORE.search(text, max(0, start - 30), start)
                                              or _ONE_NIGHT_START.match(text, start, end)
                                              or _NIGHT_OF_DTGS.match(text, start, end)):
        return FactDate(fact.start, fact.end, "day", fact.text, fact.basis)
    return fact


#: Two date-time groups of a night: from one evening hour (18:00 on) to a morning hour before noon of the next day.
_NIGHT_OF_DTGS = _c(r"(?:(?i:from|between)\s+)?[0-3]\d(?:1[89]|2[0-3])\d\d[A-Z]\s*\S+\s+"
                    r"[0-3]\d(?:0\d|1[01])\d\d[A-Z]\s")
_AND = _c(r"\s(?i:and)\s")


def _both_days(told: str, fact: FactDate) -> FactDate:
    """Two days in a row told with "and" ("on Monday and Tuesday", "June 12 and 13"): both, at day
    precision (as one night's two days); any other date as it is."""
    if (fact.end - fact.start).days == 1 and fact.precision != "day" and _AND.search(told):
        return FactDate(fact.start, fact.end, "day", fact.text, fact.basis)
    return fact


def _month_told_before(out: list, month: int, pub: _Pub) -> _Pub | None:
    """A yearless day's year from the last date told before it with a year, when that date is in the
    same month of an earlier year (a timeline's section "March 2011" then "4 March - rebels captured
    Ras Lanuf"; "On 2 March 2011 ... On 4 March ..."): the end of that month as the reference. A tally's start
    ("Since 8 October 2023, 2,255 people have been killed ... On 9 October, a strike hit Qana", told in October
    2024) is no such date: it counts up to now and sets no year for the days told after it."""
    told = next((m.date for m, _ in reversed(out) if m.date is not None and m.date.basis == "explicit"
                 and m.date.precision in ("day", "month") and m.text[:5].lower() != "since"), None)
    if told is None or told.start.month != month or told.start.year != told.end.year \
            or told.start.year >= pub.best.year:
        return None
    return _pub(_month_end(told.start.year, month))


def _day_told_in_sentence(out: list, s_start: int, basis_ok: Callable[[str], bool]) -> FactDate | None:
    """The last date of a day found so far (``out``, in order of start) in the sentence opening at ``s_start``
    whose basis ``basis_ok`` accepts; None when there is none. The walk back stops at the sentence's start (a long
    article has hundreds of dates before it)."""
    for m, _ in reversed(out):
        if m.start < s_start:
            return None
        if m.date is not None and m.date.precision == "day" and basis_ok(m.date.basis):
            return m.date
    return None


#: How near a day with a past year its sentence told before a yearless day must fall to take that year.
_NEAR_TOLD_DAYS = 45


def _near_day_told_before(out: list, s_start: int, g: dict, pub: _Pub) -> _Pub | None:
    """The yearless day itself, when its sentence told before it a day of an earlier year than publication's and the
    yearless day falls within :data:`_NEAR_TOLD_DAYS` of it in that year or the next or previous ("entered Damascus
    on 8 December 2024, eleven days after launching an offensive on 27 November": 2024's); None otherwise (a day
    months away keeps the reading from publication: the story has moved on)."""
    told = _day_told_in_sentence(out, s_start, lambda basis: basis == "explicit")
    if told is None or told.start.year >= pub.best.year:
        return None
    month, day = _month_no(g["m"]), _int_day(g["d"])
    for year in (told.start.year - 1, told.start.year, told.start.year + 1):
        try:
            near = dt.date(year, month, day)
        except ValueError:
            continue
        if abs((near - told.start).days) <= _NEAR_TOLD_DAYS:
            return _pub(near)
    return None


def _same_weekday_told_before(out: list, s_start: int, day: dt.date) -> dt.date | None:
    """The day its sentence told before a weekday, when it falls on that weekday ("On 28 February a bomber blew
    himself up after Friday prayers": that Friday, not the one before publication); None otherwise."""
    told = _day_told_in_sentence(out, s_start, lambda basis: basis != "publication")
    if told is None or told.start != told.end or told.start.weekday() != day.weekday() or told.start == day:
        return None
    return told.start


#: A line telling a year alone: a timeline's heading ("2023", "**1994**", "## 2024", "1990:").
_YEAR_HEADING = _c(r"^[ \t]*(?:#{1,6}[ \t]*|\*\*)?(?P<y>(?:1[89]|20)\d\d)(?:\*\*)?[ \t]*:?[ \t]*$", re.M)
#: Before a timeline item's date on its line: a bullet, if any.
_ITEM_LEAD = _c(r"[ \t]*(?:[-*•–—][ \t]*|\d{1,3}[.)][ \t]+)?")
_HEADED_KINDS = frozenset({"md", "dm", "month", "range_md_md", "range_dm_dm", "range_md_d", "range_d_dm"})


def _year_headings(text: str) -> list[tuple[int, str]]:
    """Where each year heading of ``text`` starts (:data:`_YEAR_HEADING`), and its year."""
    return [(m.start(), m["y"]) for m in _YEAR_HEADING.finditer(text)] if "\n" in text else []


def _year_heading(text: str, headings: list[tuple[int, str]], start: int) -> str | None:
    """The year of the heading above a yearless date opening its line (after a bullet), or None: a timeline's items
    ("2023" / "Oct 7: ...", "1994" / "- Mid-May: ..."); not a date inside a line's prose."""
    line = text.rfind("\n", 0, start) + 1
    if _ITEM_LEAD.match(text, line).end() != start:
        return None
    i = bisect.bisect_left(headings, (start, "")) - 1
    return headings[i][1] if i >= 0 else None


def _term(season: str, mod: str, year: str | None, text: str, pub: _Pub | None, future: bool) -> FactDate:
    """A school term's months (:data:`_TERMS`): of the year told, else the one running at publication or, by the words
    before it, the last one ended ("last"), the next one begun after it ("next", a plan), else the latest begun."""
    first, last = _TERMS[season]
    if year:
        y = _year_no(year)
        # (a named span of whole months, as a season is: month precision, though four months wide)
        return FactDate(dt.date(y, first, 1), _month_end(y, last), "month", text, "explicit")
    if pub is None:
        raise _Unresolved("W302", _NO_PUB)

    def term_at(ref: dt.date) -> tuple[dt.date, dt.date]:
        spans = [(dt.date(y, first, 1), _month_end(y, last)) for y in range(ref.year - 1, ref.year + 2)]
        if mod.startswith("last"):
            return max(s for s in spans if s[1] < ref)
        if mod.startswith("next") or future and not any(s[0] <= ref <= s[1] for s in spans):
            return min(s for s in spans if s[0] > ref)
        return max(s for s in spans if s[0] <= ref)

    start, end = _over(pub, term_at)
    return FactDate(start, end, "month" if pub.lo == pub.hi else _precision("month", start, end), text, "relative")


def _find(text: str, pub: _Pub | None, sentences=None) -> list[tuple[DateMention, tuple[str, str] | None]]:
    if not text:
        return []
    spans = sentences if sentences else split_sentences(text)
    starts = [s.start for s in spans]
    out: list[tuple[DateMention, tuple[str, str] | None]] = []
    counted: dict[int, str] = {}  # the weekdays counted from a date told before: start -> "the previous"/"the following"
    import bisect

    candidates = _candidates(text)
    order = _numeric_order(candidates)
    # evh: a diary's or a log's day headings, when two or more dates stand alone on their lines (one such line is
    # as often a report's own date, gold 6, which heads nothing)
    diary = "\n" in text and sum(1 for start, end, kind, _ in candidates
                                 if kind in ("md", "dm") and _day_heading(text, start, end)) >= 2
    published = pub  # (pub itself moves to a dateline's or an update's day)
    past_year_told = False  # a date of a year before publication's told with its year
    # a story datelined east of UTC ("SEOUL (Reuters) -"): its past weekday one after publication's UTC day is its
    # local day ("early on Thursday" told at 22:00 UTC Wednesday), not six days back, when its lede tells it (copy
    # filed after local midnight opens with that day's news); later in the story only once the lede has told it:
    # copy filed in local daytime tells the same weekday of six days back ("was killed Thursday"), AP style
    dateline = _dateline_ahead_of_utc(text) if pub is not None and pub.lo == pub.hi and text[:1].isupper() else None
    lede_end = -1
    if dateline is not None:
        i = bisect.bisect_right(starts, dateline) - 1
        lede_end = spans[i].end if i >= 0 else len(text)
    headings = None  # (the year headings, found when a yearless date opening its line first asks: few texts have one)
    for start, end, kind, g in candidates:
        if g.get("year_told") and (pub is None or int(g["year_told"]) != pub.best.year):
            continue  # "In 2014 ... in the first half of the year": not this year's
        i = bisect.bisect_right(starts, start) - 1
        s_start, s_end = (spans[i].start, spans[i].end) if i >= 0 else (0, len(text))
        if pub is not None and (told := g.get("y") or g.get("y1")) and told[0] in "'’":
            # "in '67" told in 2025: 1967; "in '24": 2024 (the century not after publication's next year)
            year = 2000 + int(told[1:])
            g = {**g, ("y" if g.get("y") else "y1"): str(year if year <= pub.best.year + 1 else year - 100)}
        if kind in _HEADED_KINDS and not g.get("y") and not g.get("yrel") \
                and _ITEM_LEAD.match(text, text.rfind("\n", 0, start) + 1).end() == start \
                and (headings if headings is not None else (headings := _year_headings(text))) \
                and (year := _year_heading(text, headings, start)) is not None:
            # a timeline's item under its year's heading ("2023" / "Oct 7: Hamas-led attack ..."): that year's
            kind, g = ("month_year" if kind == "month" else kind), {**g, "y": year}
        if "yrel" in g and pub is not None:  # "in November last year": the year before publication's
            kind, g = ("month_year" if kind == "month" else kind), {**g, "y": str(pub.best.year + g["yrel"])}
        if s_end < end:
            s_end = min(len(text), end + 200)
        if kind == "numeric":
            g = {**g, "order": order}
        elif kind == "season" and "south" not in g and _southern(text, s_start, s_end):
            g = {**g, "south": True}
        needs_hint = (kind in _PLANNABLE and not g.get("y")) or (kind == "numeric" and order is None)
        future = needs_hint and (_future_hint(text, start, end, s_start, s_end) or kind in _UNTIL_KINDS
                                 and text.startswith(("until ", "Until "), start)
                                 and _STATE_BEFORE.search(text, max(s_start, start - 60), start) is not None
                                 and (kind != "month" or _PAST_BEFORE_UNTIL.search(text, max(s_start, start - 60),
                                                                                   start) is None))
        mention = DateMention(start=start, end=end, text=text[start:end])
        ref, stamp, heading = pub, False, False
        if kind == "relative" and " ".join((g.get("mod") or "").lower().split()) in _ANCHORED_MODS:
            # "took Goma in January 2025 and Bukavu the following month": the month after the date its
            # sentence told before (with its year or not: "began on 1 April ... fell the following week"), not
            # after publication
            told = next((m.date for m, _ in reversed(out) if m.date is not None
                         and (m.start >= s_start or (g.get("told_before") or g.get("lookback"))
                              and m.start >= start - 400)
                         and m.date.basis != "publication"), None)
            if told is not None and g.get("same_period") and (told.start.month, told.end.month) != (1, 12):
                # (not after a whole year told: "In 2024, ... the same period last year" tells no period)
                mention.date = _fact(_years_back(told.start, 1), _years_back(told.end, 1), told.precision,
                                     mention.text, "context")
                out.append((mention, None))
                continue
            if told is not None and not g.get("same_period"):
                ref = _pub(told.start)
            elif g.get("told_before"):
                continue  # "the month before" with no date told before it: before what?
        elif kind == "weekday" and g.get("mod") in _ANCHORED_MODS:
            # "entered the town on March 19. ... The following Monday, troops moved back in": the first Monday after
            # the latest date told before it (up to 400 characters back), as "the following week" is; none told,
            # the next one after publication
            # (not from one counted the other way: "met the previous Friday ... will meet again the following Monday"
            # both count from the talks' day)
            told = next((m for m, _ in reversed(out) if m.date is not None and m.start >= start - 400
                         and m.date.basis != "publication" and counted.get(m.start, g["mod"]) == g["mod"]), None)
            if told is not None and _SHIFT_TOLD.search(text, told.end, start) is not None:
                continue  # a shift of weeks told since ("Two weeks later, ..."): from a day not told here
            if told is not None:  # (the previous one: before the first day told)
                ref = _pub(told.date.end if g["mod"] == "the following" else told.date.start)
                counted[start] = g["mod"]
        elif stamp := (kind in ("md", "dm") and published is not None and not g.get("y")
                       and ((out and _UPDATE_STAMP.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None)
                            or (heading := diary and _day_heading(text, start, end)))):
            ref = published  # "Update, Oct 29:": a day of the story's own days, whatever year its history told
        elif pub is not None and kind in _DAY_KINDS and not g.get("y") and not future:
            ref = (_month_told_before(out, _month_no(g.get("m") or g["m1"]), pub)
                   or (kind in ("md", "dm") and _near_day_told_before(out, s_start, g, pub)) or pub)
            if past_year_told:
                g = {**g, "past_year_told": True}
        if kind == "ordinal":  # "on the 9th": of the month told before, else of publication's
            month = _unit_told_before(out, {"unit": "month", "anchor": "the"}, pub) if g["rel"] in ("", "the") else None
            g = {**g, "told": month}
        try:
            # (not a plan's "by the end of the month": the month of a plan is publication's, not a past one told)
            told = _unit_told_before(out, g, pub) if kind == "relative" and g.get("anchor") \
                and not (future and g["anchor"] == "the") else None
            fact = (_part_of_told(g, told, pub, future, mention.text) if told is not None
                    else _resolve_match(kind, g, mention.text, ref, future))
        except _Unresolved as exc:
            mention.reason = exc.reason
            if exc.fact is not None:  # reported, with the span it may cover
                mention.date = exc.fact
                mention.future = pub is not None and exc.fact.start > pub.hi
            out.append((mention, (exc.code, exc.detail)))
            continue
        if fact is None:
            continue
        if kind == "weekday" and g.get("week") is None and not g.get("week_on") and fact.precision == "day" \
                and (told := _same_weekday_told_before(out, s_start, fact.start)) is not None \
                and not (future and pub is not None and told < pub.lo) \
                and _RANGE_WORD_START.match(mention.text) is None:  # (nor "from 20 August until Wednesday")
            fact = _fact(told, told, "day", fact.text, "context")  # "On 28 February ... after Friday prayers"
        if kind.startswith("range_") or g.get("mod") == "into":
            fact = _both_days(mention.text, _one_night(text, start, end, fact))
        elif "nth" in g:
            fact = _part_of(g, fact, mention.text)
        elif kind in ("month", "month_year", "md", "dm") and text.find("ear ", max(0, start - 12), start) >= 0 \
                and _YEAR_TO_BEFORE.search(text, max(0, start - 24), start) is not None:
            # "the fiscal year to March 2025", "the year ended 30 June": the twelve months up to that month or day
            first = _years_back(fact.end, 1) + dt.timedelta(days=1)
            fact = _fact(first, fact.end, "year", fact.text, fact.basis)
        elif kind in ("month", "month_year") and ("onths " in text[max(0, start - 24):start]
                                                  or "uarter " in text[max(0, start - 16):start]) \
                and (months_to := _MONTHS_TO_BEFORE.search(text, max(0, start - 30), start)) is not None:
            # dat13: "the 12 months to July 2024", "the three months to March", "The quarter to September": that
            # many months up to the month told
            n = 3 if months_to["q"] else (int(months_to["n"]) if months_to["n"].isdigit()
                                          else _MONTH_COUNTS[months_to["n"].lower()])
            y, mo = _add_months(fact.end.year, fact.end.month, 1 - n)
            fact = _fact(dt.date(y, mo, 1), fact.end, "month", fact.text, fact.basis)
        elif kind in ("md", "dm", "iso", "weekday") and text.find("eek ", max(0, start - 24), start) >= 0:
            if _WEEK_TO_BEFORE.search(text, max(0, start - 24), start) is not None and fact.precision == "day":
                # OCHA's "in the week to 5 June", "the week ending 7 June", "In the week to Sunday": the seven days
                # up to that day
                fact = _fact(fact.start - dt.timedelta(days=6), fact.end, "week", fact.text, fact.basis)
            elif mention.text[:3].lower() == "of " and text[start - 5:start].lower() == "week " \
                    or kind == "iso" and text[start - 8:start].lower() == "week of ":
                # "the week of 13 October": the seven days from that day
                fact = _fact(fact.start, fact.start + dt.timedelta(days=6), "week", fact.text, fact.basis)
        elif kind in ("md", "dm", "iso", "weekday") and fact.precision == "day" \
                and text.find("days ", max(0, start - 24), start) >= 0 \
                and (days_to := _DAYS_TO_BEFORE.search(text, max(0, start - 24), start)) is not None:
            # "in the 10 days to 28 March", "the three days ending Sunday": that many days up to that day
            first = fact.start - dt.timedelta(days=_count(days_to["n"]) - 1)
            fact = _fact(first, fact.end, "day", fact.text, fact.basis)
        if kind in ("md", "dm") and not out and pub is not None and _at_dateline(text, start) \
                and (day := _dateline_day(fact, pub)) is not None:
            # "KYIV, March 3 (Reuters) - ... yesterday": the story's own day, which its relative dates count from
            fact, pub = day, _pub(day.start)
        elif stamp and pub is not None and pub.best < fact.start == fact.end <= published.hi:
            # "Update, Oct 29: The army said on Tuesday ...": the days told after an update's stamp count from it
            pub = _pub(fact.start)
        elif (heading or (diary and kind in _DAY_KINDS and g.get("y") and _day_heading(text, start, end))
              or kind in ("md", "dm", "iso") and g.get("y") and text.find(":", max(0, start - 12), start) >= 0
              and _MAIL_HEADER.match(text, text.rfind("\n", 0, start) + 1) is not None) \
                and pub is not None \
                and published is not None and fact.start == fact.end <= published.hi \
                and fact.start >= published.lo - dt.timedelta(days=366):
            # evh: a diary's day heading ("Monday, 4 March" on a line of its own, its entry below): "this morning",
            # "yesterday" under it count from its day, not from the publication day (a later heading moves them on);
            # dat13: so does a mail's header line ("Date: Tue, Mar 4, 2025 at 9:14 PM", "Sent: Monday, November 17,
            # 2025"): a forwarded message's "today", "yesterday", "on Saturday" count from the day it was sent
            pub = _pub(fact.start)
        if start < lede_end and kind == "weekday" and not future and g.get("mod") in ("", "early", "overnight") \
                and g.get("week") is None and fact.start.weekday() == (pub.best + dt.timedelta(days=1)).weekday() \
                and _DAY_NUMBER_AFTER.match(text, end) is None:  # ("on Thursday the 4th": the day is told)
            local_day = pub.best + dt.timedelta(days=1)
            lede_end = len(text)  # the story's day is the local one: so is the same weekday later in it
            fact = _fact(local_day, local_day, "day", fact.text, fact.basis)
            mention.date, mention.future = fact, False
            out.append((mention, None))
            continue
        mention.date = fact
        # "later this month": from publication on, a plan though it starts on publication's day; so is a deadline
        # at the end of this week or month that publication falls in ("until the end of the week", told on Friday)
        mention.future = pub is not None and (fact.start > pub.hi or kind == "relative" and not g.get("anchor")
                                              and (g.get("edge") or "").lower() == "later"
                                              or kind == "weekday" and future and fact.end >= pub.lo  # (told Monday:
                                              # "will meet later Monday")
                                              or "within" in g
                                              or bool(g.get("end_of")) and g.get("mod") == "this" and fact.end >= pub.hi
                                              and (future or _DEADLINE_START.match(mention.text) is not None))
        past_year_told = past_year_told or (pub is not None and fact.basis == "explicit"
                                            and fact.end.year < pub.best.year)
        out.append((mention, None))
    out = _join_day_ranges(text, out) if len(out) > 1 else out
    if out and (" into " in text or "ay " in text) and _start_verb_told(text):
        out = _counted_from_a_start(text, out)  # "On day 490 of the siege, which began on 10 May 2024"
    return out


#: A shift of weeks or more told between a date and "the following Monday" ("Two weeks later, ..."): the day it
#: counts from is not the one told (:mod:`reading.events` reads the shifts); a shift of days rarely passes a Monday.
_SHIFT_TOLD = _c(r"\b(?i:weeks?|fortnight|months?|years?)\s+(?i:later|afterwards|after\s+that|earlier|before)\b")
#: Before "until <weekday>" or "until <day>": a state declared, which runs on from publication ("Flights were
#: suspended until Tuesday", "power cuts would apply in Kyiv until Monday", "declared a truce until 22 April", "the
#: hearing was adjourned until the 5th of May"): the day is the coming one (within half a year), not a past one.
_STATE_BEFORE = _c(r"\b(?i:suspended|closed|shut|banned|extended|postponed|adjourned|imposed|apply|applies|in\s+force"
                   r"|in\s+place|declared|ceasefire|truce|curfew|available|open|valid|remains?|stays?|runs?|lasts?"
                   r"|continues?)\s+(?:[\w\-]+\s+){0,3}$")
#: The yearless kinds "until" after :data:`_STATE_BEFORE` makes the coming one.
#: A mail's header line, up to its day: "Date: Tue, Mar 4, 2025 at 9:14 PM", "Sent: Monday, November 17, 2025 11:40".
_MAIL_HEADER = _c(r"[ \t>*]*(?i:date|sent)[ \t]*:[ \t]*(?:[A-Za-z]+\.?,?[ \t]+)?(?=[A-Z0-9])")
_UNTIL_KINDS = frozenset({"weekday", "md", "dm", "ordinal", "month"})
#: dat13: a month after "until" and a state is ahead ("the order stays in force until the end of April", told in
#: March) unless the state is told in the past ("schools were closed until March": a past March).
_PAST_BEFORE_UNTIL = _c(r"\b(?i:was|were|had|remained|stayed|lasted|ran)\b[^.;!?]*$")
#: A deadline's opening ("by the end of the month", "until the end of the week").
_DEADLINE_START = _c(r"(?i:by|until|till|before)\s")


#: Between two dates: they bound one span ("between Saturday and Monday", "from Thursday to Saturday").
_RANGE_JOIN = re.compile(r"\s+(?:and|to|until|till|through|into)\s+|\s*[-\u2013]\s*|,?\s+and\s+again\s+")
#: A night's first day ("overnight Wednesday into Thursday"): with the next day, the night's two days.
_OVERNIGHT_START = re.compile(r"overnight\s", re.I)
_RANGE_OPEN = re.compile(r"(?:overnight\s+)?(?:between|from)\s", re.I)
_RANGE_WORD_START = re.compile(r"(?:to|until|till|through)\s+", re.I)  # "until early May": the join is told in it
_RANGE_OPEN_BEFORE = re.compile(r"(?<![\w\-])(?:between|from)\s+$", re.I)
#: The widest span (days) two days told with their years and "to" are read as ("from 2019-05-01 to 2023-04-30").
_YEARS_SPANNED = 3660
_MONTHS_IN = re.compile(r"(?:in|during|over|throughout)\s", re.I)


#: gold 5: "A year ago this week", "ten years ago today": a time of the publication's week (day, month) that many
#: years back (the two mentions one date).
_YEARS_AGO = re.compile(r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
                        r"|thirty|forty|fifty|sixty|seventy|eighty|\d{1,2})\s+years?\s+ago", re.I)
_AGO_JOIN = re.compile(r",?\s*")
_AGO_WHEN = re.compile(r"(?:this|that)\s+(?:week|month)|today|this\s+morning|tonight", re.I)


def _years_back(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year - n)
    except ValueError:  # 29 February
        return d.replace(year=d.year - n, day=28)


def _this_week_or_month_whole(when: DateMention) -> tuple[dt.date, dt.date]:
    """The days "this week" or "this month" stand for after "N years ago": the whole calendar week (Monday to
    Sunday) or month, not the part up to publication they tell alone of the past; "today" as it is."""
    d, unit = when.date, when.text.lower().rsplit(None, 1)[-1]
    if unit == "week" and d.end - d.start <= dt.timedelta(days=6):
        monday = d.start - dt.timedelta(days=d.start.weekday())
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        return d.start, _month_end(d.start.year, d.start.month)
    return d.start, d.end


def _join_day_ranges(text: str, found: list) -> list:
    """Two day dates joined as a span ("between Saturday and Monday") are one date mention of
    that span (precision from its width), not two days; "A year ago this week" is one date, the
    week a year back."""
    out: list = []
    i = 0
    while i < len(found):
        m1, e1 = found[i]
        if i + 1 < len(found) and e1 is None and found[i + 1][1] is None and found[i + 1][0].date is not None \
                and (ago := _YEARS_AGO.fullmatch(m1.text)) is not None \
                and _AGO_JOIN.fullmatch(text, m1.end, found[i + 1][0].start) \
                and _AGO_WHEN.fullmatch(found[i + 1][0].text):
            m2 = found[i + 1][0]
            k = 1 if ago.group("n").lower() in ("a", "an") else _count(ago.group("n"))
            joined = DateMention(start=m1.start, end=m2.end, text=text[m1.start:m2.end])
            start, end = _this_week_or_month_whole(m2)
            joined.date = _fact(_years_back(start, k), _years_back(end, k), m2.date.precision, joined.text, "relative")
            out.append((joined, None))
            i += 2
            continue
        if i + 1 < len(found) and e1 is None and found[i + 1][1] is None:
            m2 = found[i + 1][0]
            d1, d2 = m1.date, m2.date
            if d1 is not None and d2 is not None and d1.precision == d2.precision == "month" and d2.start < d1.start \
                    and d2.basis == "context" and _RANGE_OPEN.match(m1.text):
                # "from March until early May" told in March: May was read as the last one past; a span runs on
                d2 = _fact(_years_back(d2.start, -1), _years_back(d2.end, -1), d2.precision, d2.text, d2.basis)
            gap_end = m2.start + (w.end() if (w := _RANGE_WORD_START.match(m2.text)) else 0)
            if (d1 is not None and d2 is not None and d1.precision == d2.precision == "month"
                    and d1.start < d2.start and d1.end < d2.end and (d2.end - d1.start).days <= 366
                    and (_RANGE_OPEN.match(m1.text) and _RANGE_JOIN.fullmatch(text, m1.end, gap_end)
                         or (d2.start - d1.end).days == 1 and _MONTHS_IN.match(m1.text)
                         and _AND.fullmatch(text, m1.end, m2.start)
                         or text[m1.end:m2.start] in ("-", "\u2013")
                         and (m1.text[-1:].isalpha() or m1.text[-1:] == "."
                              or m1.text[-1:].isdigit() and d1.basis == d2.basis == "explicit"))):
                # "from late March to early April", "between mid-June and July": one span, from the first
                # month (or its part) to the second; so are two months in a row told with "and" ("killed in
                # January and February": both, one span, as two days in a row are), and two joined by a dash ("the
                # July-September period", "Jan.-Feb. 2025", "Dec. 2024-Feb. 2025")
                joined = DateMention(start=m1.start, end=m2.end, text=text[m1.start:m2.end])
                joined.date = _fact(d1.start, d2.end, "month", joined.text,
                                    "explicit" if "explicit" in (d1.basis, d2.basis) else d1.basis)
                joined.future = m1.future and m2.future
                out.append((joined, None))
                i += 2
                continue
            opener = m1.start
            if m1.text[:1].isdigit() and (told := _RANGE_OPEN_BEFORE.search(text, max(0, m1.start - 9), m1.start)):
                opener = told.start()  # "between 2025-02-27 and ...": a numeric day takes no words before it
            if (d1 is not None and d2 is not None and d1.precision == "day" and d2.precision == "day"
                    and (join := _RANGE_JOIN.fullmatch(text, m1.end, gap_end)) is not None
                    and (0 < (d2.start - d1.start).days <= 14
                         and (opener < m1.start or _RANGE_OPEN.match(m1.text)
                              or d1.basis == d2.basis == "weekday" and join.group().strip().lower() == "through"
                              or (d2.start - d1.start).days == 1
                              and (_NIGHT_OF_BEFORE.search(text, max(0, m1.start - 12), m1.start + 3)
                                   or _OVERNIGHT_START.match(m1.text)))
                         or d1.basis == d2.basis == "explicit" and 0 < (d2.start - d1.start).days <= _YEARS_SPANNED
                         and join.group().strip(" ,\t\n").lower() in ("to", "until", "till", "through", "-", "\u2013")
                         or d1.basis == d2.basis
                         and (word := join.group().strip(" ,\t\n").lower()) in ("and", "and again")
                         and ((d2.start - d1.end).days == 1 or (d1.basis == "weekday" or word == "and again")
                              and 0 < (d2.start - d1.end).days <= 14))):
                # (US "Monday through Thursday", dat13, as "from Monday to Thursday";
                # or two days told alike with "and": "on Monday and Tuesday" is both, at day precision; "on
                # Monday and Thursday" the days from one to the other, as "on 3 and 6 May" is, at week precision;
                # so is "on Monday and again on Thursday": one act told over both days is one event whose toll
                # stays whole, not two that would double it or an event on Monday alone that would lose Thursday);
                # two days told with their years and "to" bound a span of any width ("2024-01-01 to 2024-12-31")
                joined = DateMention(start=opener, end=m2.end, text=text[opener:m2.end])
                basis = "explicit" if "explicit" in (d1.basis, d2.basis) else d1.basis
                joined.date = _both_days(joined.text, _one_night(text, opener, m2.end,
                                                                 _fact(d1.start, d2.end, "day", joined.text, basis)))
                joined.future = m1.future and m2.future
                out.append((joined, None))
                i += 2
                continue
        out.append((m1, e1))
        i += 1
    return out


_COUNT_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|a|an"
#: A day counted from a start ("On day 490 of the siege", "the 100th day of the strike", "By day three of the talks",
#: "a week into the offensive", "Two days into the truce"), its count and unit.
_COUNTED = _c(rf"(?<![\w\-])(?:(?i:(?:on|by)\s+)?(?i:the\s+)?(?:(?i:day)\s+(?P<n1>\d{{1,4}}|(?i:{_COUNT_WORDS}))"
              rf"|(?P<n2>\d{{1,4}})(?:st|nd|rd|th)\s+(?i:day)|(?P<n3>(?i:{_SPELT}))\s+(?i:day))\s+(?i:of)"
              rf"|(?P<n4>\d{{1,3}}|(?i:{_COUNT_WORDS}))\s+(?P<u>(?i:hours?|days?|weeks?|months?))\s+(?i:into))"
              rf"\s+(?:(?i:the|its|their)\s+)?(?P<what>[\w\-']+)(?P<what2>\s+(?!(?:of|that|which|in|on|at|the|and)\b)[a-z\-']+)?")
#: After what was counted, in its sentence: its start told ("which began on 10 May 2024", "launched on 1 September",
#: "that took effect at dawn on Sunday", "which opened in Nairobi on 9 November", "begun on 4 August").
_BEGAN = _c(r"[^.;!?\n]{0,40}?\b(?P<verb>(?i:began|begun|started|launched|opened|erupted|broke\s+out|took\s+effect"
            r"|came\s+into\s+force))\b")
_INTO_DAYS = {"hour": 0, "day": 1, "week": 7, "month": 30}
#: sp31: a piece of each verb of :data:`_BEGAN` that its every case-blind match holds once lower-cased ("tarted", not
#: "started": the long s "ſ" matches "s" case-blind and stays "ſ" lower-cased): a text holding none dates no count.
_BEGAN_PIECES = ("bega", "begun", "tarted", "launched", "opened", "erupted", "broke", "took", "came")
#: sp31: a piece of each unit of :data:`_COUNTED` (its "day" branch too), lower-cased as above ("wee": the Kelvin
#: sign matches "k" case-blind): a window around " into " holding none holds no count.
_COUNT_UNIT_PIECES = ("day", "hour", "wee", "month")


def _start_verb_told(text: str) -> bool:
    """Whether ``text`` may hold a verb of :data:`_BEGAN`: without one, :func:`_counted_from_a_start` adds nothing
    (every count it dates is followed by one), and its searches are skipped."""
    lowered = text.lower()
    return any(w in lowered for w in _BEGAN_PIECES)


def _counts(text: str):
    """The counts of :data:`_COUNTED` in ``text``, found in small windows around each " into " and each "day"/"Day"
    (a literal search: no regex pass over the whole article)."""
    for word, back in ((" into ", 24), ("day", 32), ("Day", 32)):
        i = text.find(word)
        while i >= 0:
            # (the word "day" alone, before a space: "day 490 of", "the 100th day of"; not "Monday", "days")
            if (word != " into " and (i == 0 or not text[i - 1].isalpha()) and text[i + 3:i + 4] == " "
                    or word == " into " and _any_in(text[max(0, i - back):i + len(word) + 48].lower(),
                                                    _COUNT_UNIT_PIECES)) \
                    and (m := _COUNTED.search(text, max(0, i - back), i + len(word) + 48)) is not None \
                    and m.start() <= i < m.end():
                yield m
            i = text.find(word, i + len(word))


def _any_in(window: str, pieces: tuple[str, ...]) -> bool:
    return any(w in window for w in pieces)


def _counted_from_a_start(text: str, out: list) -> list:
    """A day counted from a start its sentence dates ("On day 490 of the siege, which began on 10 May 2024": day 1
    is the 10th, so the day is 11 September 2025; "a week into the offensive launched on 1 September": the 8th), added
    where the count is told; a count whose start is not dated in its sentence is left undated."""
    added, seen = [], set()
    for m in _counts(text):
        if m.start() in seen:
            continue
        seen.add(m.start())
        began = _BEGAN.match(text, m.end("what"))
        if began is None:
            continue
        end = m.end() if m["what2"] and m.end() <= began.start("verb") else m.end("what")
        told = next((k for k, _ in out if k.start >= began.end() and k.date is not None and k.date.precision == "day"
                     and k.date.start == k.date.end and k.start - began.end() <= 40), None)
        if told is None or any(c in text[began.end():told.start] for c in ".;!?\n"):
            continue
        if m["u"]:  # "N days into": N days after the start; hours by the days they make
            unit = m["u"].lower().rstrip("s")
            n = _count(m["n4"])
            shift = n // 24 if unit == "hour" else n * _INTO_DAYS[unit]
        else:  # "day N of": day 1 is the start
            n = int(m["n1"] or m["n2"]) if (m["n1"] or m["n2"] or "").isdigit() else \
                _SPELT_ORDINALS.get((m["n3"] or "").lower()) or _NUMBERS.get((m["n1"] or "").lower())
            if not n:
                continue
            shift = n - 1
        day = told.date.start + dt.timedelta(days=shift)
        mention = DateMention(start=m.start(), end=end, text=text[m.start():end])
        mention.date = _fact(day, day, "day", mention.text, "context")
        mention.future = told.future
        added.append((mention, None))
    if not added:
        return out
    return sorted(out + added, key=lambda item: item[0].start)


def find_dates(
    text: str,
    published: dt.date | None = None,
    *,
    published_precision: str = "day",
    uncertainty_days: int = 0,
) -> list[DateMention]:
    """Find and resolve every date expression in ``text``, in text order.

    Unresolvable expressions are kept with ``date=None`` and a ``reason``.

    Examples
    --------
    >>> [(d.text, str(d.date.start)) for d in find_dates("Talks began on April 4.", dt.date(2019, 4, 9))]
    [('on April 4', '2019-04-04')]
    >>> find_dates("Talks began on April 4.")[0].reason
    'no publication date and no year: year unknown'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    pub = _pub(published, published_precision, uncertainty_days)
    return [m for m, _ in _find(text, pub)]


def resolve(
    expression: str,
    published: dt.date | None,
    *,
    context: str = "",
    published_precision: str = "day",
    uncertainty_days: int = 0,
) -> FactDate | None:
    """Resolve one date expression against a publication date.

    Parameters
    ----------
    expression : str
        "April 4", "last month", "in 1969", "on Thursday", ...
    published : date or None
        The article's publication date.
    context : str
        The sentence the expression comes from; it decides whether a yearless
        date or weekday is planned ("scheduled", "will") and so may lie ahead.

    Returns
    -------
    FactDate or None
        None when nothing date-like is found or it cannot be resolved.

    Examples
    --------
    >>> resolve("last month", dt.date(2019, 4, 4))
    FactDate(start=datetime.date(2019, 3, 1), end=datetime.date(2019, 3, 31), precision='month', text='last month', basis='relative')
    >>> resolve("April 14", dt.date(2019, 4, 9)).start
    datetime.date(2018, 4, 14)
    >>> resolve("April 14", dt.date(2019, 4, 9), context="a conference scheduled for April 14").start
    datetime.date(2019, 4, 14)
    >>> resolve("April 14", None) is None
    True
    """
    if not isinstance(expression, str):
        raise TypeError(f"expression must be str, got {type(expression).__name__}")
    if not isinstance(context, str):
        raise TypeError(f"context must be str, got {type(context).__name__}")
    pub = _pub(published, published_precision, uncertainty_days)
    pos = context.find(expression) if context and expression else -1
    if pos >= 0:
        text, lo, hi = context, pos, pos + len(expression)
    else:
        sep = " " if context else ""
        text = context + sep + expression
        lo, hi = len(context) + len(sep), len(text)
    best = None
    for mention, _code in _find(text, pub, sentences=None):
        if mention.end <= lo or mention.start >= hi:
            continue
        if best is None or (mention.end - mention.start) > (best.end - best.start):
            best = mention
    return best.date if best is not None else None


class DateFinder:
    """Pipeline component: fills ``doc.dates`` and records undated expressions.

    Uses ``doc.sentences`` when present (else splits on the fly) so that
    future cues are read within the expression's own sentence. Replaces
    earlier results and earlier W3xx problems, so running it twice is harmless.
    """

    name = "dates"
    assigns = ("doc.dates", "doc.problems")

    def __call__(self, doc: Document) -> Document:
        if not isinstance(doc, Document):
            raise TypeError(f"doc must be a Document, got {type(doc).__name__}")
        pub = _pub(doc.published, doc.published_precision, doc.published_uncertainty_days)
        found = _find(doc.text, pub, doc.sentences or None)
        doc.dates = [m for m, _ in found]
        doc.problems = [p for p in doc.problems if not p.code.startswith("W3")]
        for mention, unresolved in found:
            if unresolved is None:
                continue
            code, detail = unresolved
            message = getattr(Messages, code).format(text=mention.text, detail=detail)
            doc.problems.append(Problem(code, "undated", doc.id, mention.text, message, mention.start, mention.end))
        return doc
