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

__all__ = ["SpanIndex", "by_sentence", "within_sentences"]


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


def _sentence_bounds(sentences) -> tuple[list[int], list[int]] | None:
    """The sentences' starts and ends, or None unless they are in order and disjoint (a
    sentence ending before it starts included): one-pass grouping needs both."""
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    for i in range(len(starts)):
        if ends[i] < starts[i] or (i and starts[i] < ends[i - 1]):
            return None
    return starts, ends


def by_sentence(items, sentences, *, inclusive: bool = False) -> list[list] | None:
    """``items`` (with ``start``) grouped by the sentence their start lies in, each
    group in the items' own order: group ``i`` is what ``SpanIndex(items).starting_in(
    s.start, s.end, inclusive=inclusive)`` gives for sentence ``i``, from one pass
    over the items. None when the sentences are not in order and disjoint (or a
    sentence ends before it starts): callers then ask a SpanIndex per sentence.
    """
    bounds = _sentence_bounds(sentences)
    if bounds is None:
        return None
    starts, ends = bounds
    n = len(starts)
    groups: list[list] = [[] for _ in range(n)]
    if not n:
        return groups
    for it in items:
        st = it.start
        i = bisect_right(starts, st) - 1
        if i >= 0 and st < ends[i]:
            groups[i].append(it)
        if inclusive:  # and the sentences that end exactly where it starts (bounds included; never the one above)
            j = bisect_left(ends, st)
            while j < n and ends[j] == st:
                if starts[j] <= st:
                    groups[j].append(it)
                j += 1
    return groups


def within_sentences(hits, sentences) -> list[list] | None:
    """``hits`` (``(start, end, ...)`` tuples, each with ``start < end``) grouped by the sentence
    holding them whole (``sent.start <= start and end <= sent.end``), each group in the hits'
    order, from one pass; None when the sentences are not in order and disjoint or a hit is
    empty (then a hit could lie in two sentences: callers test each sentence)."""
    bounds = _sentence_bounds(sentences)
    if bounds is None:
        return None
    starts, ends = bounds
    groups: list[list] = [[] for _ in starts]
    for h in hits:
        hs, he = h[0], h[1]
        if he <= hs:
            return None
        i = bisect_right(starts, hs) - 1  # the only sentence that can hold it: the last starting at or before it
        if i >= 0 and he <= ends[i]:
            groups[i].append(h)
    return groups
