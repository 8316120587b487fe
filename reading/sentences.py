"""Split an article into sentences, by rules, fast and without models.

Every fact quotes the sentence it came from, so sentence offsets must be right
on newswire text: abbreviations (``U.N.``, ``Gen.``, ``Lt. Col.``, ``a.m.``,
``Apr. 4``), initials (``Khalifa H. Haftar``), quotes closing after the full
stop, ellipses, numbers (``3.5``) and headlines without final punctuation (a
blank line always ends a sentence). Every non-blank character of the text lies
in exactly one sentence; sentences neither start nor end with whitespace.

A "sentence" longer than :data:`MAX_SENTENCE` characters is no sentence but a
table, a list or a feed with no full stops: it is cut into pieces of at most
that length, at a line break, else a semicolon, a comma or a space. The
readers look at each sentence's words against each other (every trigger
against every date, actor and place of its sentence), so one 20,000-character
"sentence" would cost the square of its length.
"""
from __future__ import annotations

import re

from reading.document import Document, Sentence

__all__ = ["MAX_SENTENCE", "SentenceSplitter", "split_sentences"]

#: Titles and words that, followed by a full stop, never end a sentence.
_TITLES = frozenset(
    """Mr Mrs Ms Mx Dr Prof Gen Lt Col Maj Capt Cpt Cmdr Cdr Sgt Cpl Pvt Adm Brig
    Gov Sen Rep Pres Rev Fr Sr St Ste Mt Ft Hon Amb Messrs Mmes Supt Insp Cllr
    Lieut Gens Sens Reps Atty Gov.-Gen""".split()
)
#: Abbreviations that do not end a sentence when a number follows ("Apr. 4", "No. 5").
_BEFORE_NUMBER = frozenset(
    """No Nos no nos Art art Vol vol p pp Fig fig approx ca c Jan Feb Mar Apr Jun Jul
    Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun""".split()
)
#: Dotted abbreviations that never end a sentence ("e.g. the", "i.e. the").
_NEVER_END = frozenset({"e.g", "i.e", "cf", "viz", "vs", "v"})
#: Capitalised words that usually open a sentence; after "U.S." or "a.m." they
#: mark a boundary ("... to the U.S. The next day ...").
_STARTERS = frozenset(
    """The A An He She It They We I You This That These Those There Here His Her Its
    Their Our But And Or So Yet However Meanwhile Moreover Furthermore Still Also
    In On At By For From With After Before During Since While When Where Why How
    What Who Some Many Most Several No None One Two Three Earlier Later Last Next
    Then Now Today Yesterday Officials Witnesses According""".split()
)

#: Words that may follow "a.m." / "p.m." inside a sentence ("at 9 p.m. Sunday").
_CALENDAR = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December GMT UTC EST EDT
    CET CEST EAT WAT CAT local""".split()
)

#: A dash standing alone after a full stop continues the sentence (a dateline's separator).
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})

# A run of sentence-final punctuation with the quotes/brackets closing after it.
# (written "[x][x]*", not "[x]+": a pattern that opens on a character set is searched by skipping to it)
_END = re.compile(r"[.!?…][.!?…]*[\"'”’»)\]]*(?=\s|$)")
# A blank line (possibly with spaces) or a line starting a list item.
_BREAK = re.compile(r"\n[ \t\r\f\v]*\n|\n(?=[ \t]*(?:[-*•–]|\d{1,3}[.)])[ \t])")
#: gold 4: a line holding only a heading in capitals ("NIGERIA", "SITUATION OVERVIEW") before more text:
#: the section's name, not the first words of its first sentence (not a dateline's "KHARTOUM -").
_HEADING_LINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z \t&/,()'’\-]{2,60}(?<=[A-Z)])[ \t]*(?=\n[ \t]*\S)")
_WORD_AFTER = re.compile(r"\s*[\"'“‘(\[«]*(\S*)")
_MONTH_WORDS = ("January February March April May June July August September October November December "
                "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
#: ev20: a diary's or log's entry opened by its day alone on the line ("27 November. Shelling all night.",
#: "Tuesday, May 4. ..."): the heading dates the entry, so it stays in the entry's first sentence.
_DAY_HEADING = re.compile(
    r"[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{_MONTH_WORDS.replace(' ', '|')})|(?:{_MONTH_WORDS.replace(' ', '|')})[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:,?[ \t]+\d{4})?")
_MONTH_SET = frozenset(_MONTH_WORDS.split())
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_INITIAL = re.compile(r"^[A-Z]$")
_NONSPACE = re.compile(r"\S")
#: A Markdown heading's marker ("# Convoy ambushed near Gao" in a .md article): not part of its sentence.
_MD_HEADING = re.compile(r"#{1,6}[ \t]+(?=\S)")
#: The longest sentence kept whole, in characters (news sentences stay under a few hundred).
MAX_SENTENCE = 2000
#: Where an over-long sentence is cut, best first: a line break, a semicolon, a comma, a space.
_LONG_CUTS = ("\n", "; ", ", ", " ")


def _is_boundary(text: str, start: int, end: int) -> bool:
    """Decide whether the punctuation run ``text[start:end]`` ends a sentence."""
    after = _WORD_AFTER.match(text, end)
    nxt = after.group(1) if after else ""
    if not nxt:
        return True
    first = nxt[0]
    if first.islower():
        return False  # "e.g. the", "... said. and", "U.S. officials"
    if nxt in _DASHES:
        return False  # a dateline's dash: "SPRINGFIELD, Ill. - The governor ..." is one sentence
    punct = text[start:end].rstrip("\"'”’»)]")
    if punct != ".":
        return True  # "!", "?", "...", "…" before a capital or digit
    chunk = text[max(0, start - 40) : start]
    word = chunk.rsplit(None, 1)[-1].lstrip("\"'“‘([«") if chunk and not chunk[-1].isspace() else ""
    if not word:
        return True
    if word in _TITLES or word in _NEVER_END:
        return False
    if word in _BEFORE_NUMBER and first.isdigit():
        return False
    if (word in _MONTH_SET or word[-1:].isdigit()) and _opens_entry(text, start):
        return False
    if len(word) == 1 and "A" <= word <= "Z":  # _INITIAL, without the regex call
        return not first.isupper()  # "Khalifa H. Haftar"
    if "." in word and _ACRONYM.match(word):  # an acronym has a dot
        nxt = nxt.strip("\"'”’,;:")
        if word.islower():  # "9 p.m. Residents fled" vs "at 9 p.m. Sunday", "at 8 a.m. Gulf time" (ev20)
            return nxt not in _CALENDAR and not text.startswith(" time", after.end())
        return nxt in _STARTERS  # "U.N. envoy" vs "the U.S. The"
    return True


def _opens_entry(text: str, stop: int) -> bool:
    """Whether ``text[:stop]`` ends with a line holding only a day (a diary entry's heading)."""
    look = text[max(0, stop - 40):stop]
    nl = look.rfind("\n")
    if nl == -1 and stop > 40:
        return False
    return _DAY_HEADING.fullmatch(look, nl + 1) is not None


def split_sentences(text: str) -> list[Sentence]:
    """Return the sentences of ``text`` as offsets, in order.

    Parameters
    ----------
    text : str
        Any text; offsets refer to it unchanged.

    Returns
    -------
    list[Sentence]
        Non-overlapping, sorted spans covering every non-blank character.

    Examples
    --------
    >>> t = "Gen. Haftar met U.N. envoys on Apr. 4. Talks failed."
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['Gen. Haftar met U.N. envoys on Apr. 4.', 'Talks failed.']
    >>> split_sentences("   ")
    []
    >>> t = "# Convoy ambushed near Gao\\n\\nGunmen struck on Monday. #Mali"
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['Convoy ambushed near Gao', 'Gunmen struck on Monday.', '#Mali']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    cuts = {m.end() for m in _END.finditer(text) if _is_boundary(text, m.start(), m.end())}
    cuts.update(m.start() for m in _BREAK.finditer(text))
    if "\n" in text:
        cuts.update(m.end() for m in _HEADING_LINE.finditer(text))
    cuts.add(len(text))
    sentences: list[Sentence] = []
    prev = 0
    for cut in sorted(cuts):
        if cut <= prev:
            continue
        first = _NONSPACE.search(text, prev, cut)
        while first is not None:
            start = first.start()
            if text[start] == "#" and (mark := _MD_HEADING.match(text, start)) is not None \
                    and not text[text.rfind("\n", 0, start) + 1:start].strip():  # (at a line's start)
                start = mark.end()
            end = cut if cut - start <= MAX_SENTENCE else _long_cut(text, start)
            rest = end
            while end > start and text[end - 1].isspace():
                end -= 1
            sentences.append(Sentence(start, end))
            first = _NONSPACE.search(text, rest, cut) if rest < cut else None
        prev = cut
    return sentences


def _long_cut(text: str, start: int) -> int:
    """Where the piece of an over-long sentence that begins at ``start`` ends: after the last line
    break, semicolon, comma or space (in that order of preference) in its second half, else at
    :data:`MAX_SENTENCE` characters (one very long token: a URL, base64)."""
    hi = start + MAX_SENTENCE
    for sep in _LONG_CUTS:
        k = text.rfind(sep, start + MAX_SENTENCE // 2, hi)
        if k != -1:
            return k + len(sep)
    return hi


class SentenceSplitter:
    """Pipeline component: fills ``doc.sentences`` (replacing any there).

    Examples
    --------
    >>> doc = SentenceSplitter()(Document(id="a", text="Title\\n\\nFirst. Second."))
    >>> [doc.text[s.start:s.end] for s in doc.sentences]
    ['Title', 'First.', 'Second.']
    """

    name = "sentences"
    assigns = ("doc.sentences",)

    def __call__(self, doc: Document) -> Document:
        if not isinstance(doc, Document):
            raise TypeError(f"doc must be a Document, got {type(doc).__name__}")
        doc.sentences = split_sentences(doc.text)
        return doc
