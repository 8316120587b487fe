"""reading.spans: per-sentence lookups give what a full scan gives."""
import random

from reading.document import Sentence
from reading.spans import SpanIndex


def test_items_starting_in_a_span_in_their_own_order():
    items = [Sentence(10, 12), Sentence(0, 3), Sentence(5, 9), Sentence(3, 4)]
    assert SpanIndex(items).starting_in(0, 6) == [Sentence(0, 3), Sentence(5, 9), Sentence(3, 4)]


def test_end_is_exclusive_unless_asked():
    idx = SpanIndex([Sentence(5, 6), Sentence(8, 9)])
    assert idx.starting_in(0, 8) == [Sentence(5, 6)]
    assert idx.starting_in(0, 8, inclusive=True) == [Sentence(5, 6), Sentence(8, 9)]


def test_empty_index_and_empty_span():
    assert SpanIndex([]).starting_in(0, 100) == []
    assert SpanIndex([Sentence(1, 2)]).starting_in(5, 5) == []


def test_same_answers_as_a_full_scan():
    rng = random.Random(3)
    items = [Sentence(s, s + rng.randint(0, 9)) for s in (rng.randint(0, 200) for _ in range(300))]
    idx = SpanIndex(items)
    for _ in range(200):
        lo = rng.randint(0, 200)
        hi = lo + rng.randint(0, 60)
        assert idx.starting_in(lo, hi) == [i for i in items if lo <= i.start < hi]
        assert idx.starting_in(lo, hi, inclusive=True) == [i for i in items if lo <= i.start <= hi]


def test_proper_flags_inverted_spans():
    assert SpanIndex([Sentence(1, 4)]).proper
    assert not SpanIndex([Sentence(4, 1)]).proper
