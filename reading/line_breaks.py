"""Words broken across a line by a hyphen (scanned and OCR'd pages, fixed-width wire copy), read whole.

A newspaper column set in narrow lines breaks long words at the line's end: "German columns reached the
outskirts of Voro-\\nnezh today", "the ruins of Sevas-\\ntopol", "NAZIS DRIVE ON VORO-\\nNEZH". Read as they stand,
the halves are two names or none ("Voro-", "nezh"; "Alexan-" taken for Alexandria only by luck, "Nan-" for a town
called Nan). :func:`rejoined` writes such a word again without its hyphen and line break, so the name finder reads
"Voronezh", and maps the offsets of the text it reads back to the text given.

Only a capitalised word is rejoined: a fragment in Title case followed by lower-case letters ("Pyong-\\nyang",
"Kimber-\\nley"), or a fragment in capitals followed by capitals ("HUNG-\\nNAM"). A name whose own hyphen falls at
the line's end keeps it: the next line opens on a capital ("Khanty-\\nMansiysk", "Mazar-i-\\nSharif"). A
lower-case word ("well-\\nknown") is left as written. The line break is kept, moved to the first space after
the word, so the text has as many lines as before (a headline stays a line of its own).
"""
from __future__ import annotations

import re

__all__ = ["rejoined"]

#: A capitalised word's first part, a hyphen at a line's end, and the rest of the word on the next line:
#: Title case then lower case ("Sevas-\ntopol"), or capitals then capitals ("VORO-\nNEZH").
_BROKEN = re.compile(r"(?<![\w'\u2019-])(?:(?P<title>[A-Z][A-Za-z'\u2019]*[a-z])-[ \t]*\r?\n[ \t]*(?=[a-z]+\b)"
                     r"|(?P<caps>[A-Z][A-Z'\u2019]*[A-Z])-[ \t]*\r?\n[ \t]*(?=[A-Z]+(?![a-z])))")
#: The rest of the broken word, on the next line.
_REST = re.compile(r"[A-Za-z]+")


def rejoined(text: str) -> tuple[str, list[int]] | None:
    """``text`` with its words broken across lines by a hyphen written whole, and where each of its characters
    stands in ``text`` (a list as long as the new text); None when no word is broken.

    Examples
    --------
    >>> new, where = rejoined("troops reached Voro-\\nnezh today")
    >>> new
    'troops reached Voronezh\\ntoday'
    >>> "troops reached Voro-\\nnezh today"[where[15] : where[22] + 1]
    'Voro-\\nnezh'
    >>> rejoined("a well-\\nknown road") is None  # (a lower-case word: left as it is)
    True
    >>> rejoined("") is None
    True
    """
    if "-" not in text or "\n" not in text:
        return None
    out: list[str] = []
    where: list[int] = []
    pos = 0
    moved = False  # a line break taken out of a word, waiting for the next space
    for m in _BROKEN.finditer(text):
        if m.start() < pos:
            continue
        head = m.group("title") or m.group("caps")
        rest = _REST.match(text, m.end())
        if rest is None:
            continue
        _copy(text, pos, m.start(), out, where, moved)
        out.append(head)
        where.extend(range(m.start(), m.start() + len(head)))
        out.append(rest.group())
        where.extend(range(rest.start(), rest.end()))
        pos = rest.end()
        moved = True
    if not out:
        return None
    _copy(text, pos, len(text), out, where, moved)
    new = "".join(out)
    return new, where


def _copy(text: str, lo: int, hi: int, out: list[str], where: list[int], moved: bool) -> None:
    """Append ``text[lo:hi]`` to ``out`` (and its positions to ``where``); when a line break was taken out of
    the word just before, the first space of the piece becomes that line break (a tab or a line break of its
    own ends the line anyway)."""
    piece = text[lo:hi]
    if moved:
        k = next((i for i, c in enumerate(piece) if c in " \t\n"), -1)
        if k >= 0 and piece[k] == " ":
            piece = piece[:k] + "\n" + piece[k + 1 :]
    out.append(piece)
    where.extend(range(lo, hi))
