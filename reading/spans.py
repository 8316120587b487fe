"""Find the facts (mentions, actors, dates) that start inside a span, fast.

Readers go sentence by sentence and each wants "the mentions in this
sentence". Scanning every mention for every sentence costs sentences x
mentions on a long article; :class:`SpanIndex` sorts the starts once and
answers each question with a binary search, in the items' own order, so the
callers' results do not change.

Examples
--------
>>> from reading.document import Sentence
>>> idx = SpanIndex([Sentence(10, 12), Sentence(0, 3), Sentence(5, 9)])
>>> idx.starting_in(0, 6)
[Sentence(start=0, end=3), Sentence(start=5, end=9)]
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Sequence

__all__ = ["SpanIndex"]


class SpanIndex:
    """Items with integer ``start`` and ``end``, searchable by start.

    Parameters
    ----------
    items : sequence
        Objects with ``start`` and ``end`` attributes; their order is kept in answers.
    """

    __slots__ = ("_items", "_order", "_starts", "proper")

    def __init__(self, items: Sequence[Any]) -> None:
        self._items = list(items)
        self._order = sorted(range(len(self._items)), key=lambda i: self._items[i].start)
        self._starts = [self._items[i].start for i in self._order]
        #: True when every item has start <= end (callers may then bound ends by starts).
        self.proper = all(it.start <= it.end for it in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def starting_in(self, lo: int, hi: int, *, inclusive: bool = False) -> list[Any]:
        """Items with ``lo <= start < hi`` (``<= hi`` when ``inclusive``), in their original order."""
        a = bisect_left(self._starts, lo)
        b = bisect_right(self._starts, hi) if inclusive else bisect_left(self._starts, hi)
        if b <= a:
            return []
        return [self._items[i] for i in sorted(self._order[a:b])]
