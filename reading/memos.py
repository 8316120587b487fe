"""Dicts kept while a gazetteer lives, or while one text is read, one per namespace.

Resolving places asks the same questions of the same gazetteer over and over
(news names the same towns again and again): their answers never change while
the gazetteer lives, so each module keeps them in its own dict here. Separate
namespaces keep one module's keys (and its emptying a full dict) away from
another's. A gazetteer that cannot be weakly referenced gets a fresh dict each
time (nothing kept).

The names of one text ask questions about that text (where does this run of
capitalised words end? is this line a headline?): asked afresh for each name,
a long article (a table of names, a feed with no line breaks) costs the square
of its length. :func:`text_memo` keeps the answers while the same text object
is read.
"""
from __future__ import annotations

import weakref
from typing import Any

__all__ = ["gazetteer_memo", "memo_table", "text_memo"]

_MEMOS: "weakref.WeakKeyDictionary[Any, dict[str, dict]]" = weakref.WeakKeyDictionary()
#: Namespace -> (weak reference to the last gazetteer asked for, its dict): most calls ask for the same one.
_LAST: dict[str, tuple[Any, dict]] = {}
#: Namespace -> (the last text asked for, its dict).
_TEXTS: dict[str, tuple[str, dict]] = {}


def gazetteer_memo(gazetteer: Any, namespace: str) -> dict:
    """The dict of ``namespace`` kept while ``gazetteer`` lives."""
    last = _LAST.get(namespace)
    if last is not None and last[0]() is gazetteer:
        return last[1]
    try:
        spaces = _MEMOS.get(gazetteer)
        if spaces is None:
            spaces = _MEMOS[gazetteer] = {}
        memo = spaces.get(namespace)
        if memo is None:
            memo = spaces[namespace] = {}
        _LAST[namespace] = (weakref.ref(gazetteer), memo)
        return memo
    except TypeError:
        return {}


def memo_table(gazetteer: Any, namespace: str, name: Any, bound: int) -> dict:
    """The table ``name`` of ``namespace``'s dict for ``gazetteer``, emptied once it holds more than ``bound`` entries."""
    memo = gazetteer_memo(gazetteer, namespace)
    table = memo.get(name)
    if table is None or len(table) > bound:
        table = memo[name] = {}
    return table


def text_memo(text: str, namespace: str) -> dict:
    """The dict of ``namespace`` kept while ``text`` (the same object) is read: a fresh one for another text."""
    last = _TEXTS.get(namespace)
    if last is not None and last[0] is text:
        return last[1]
    memo: dict = {}
    _TEXTS[namespace] = (text, memo)
    return memo
