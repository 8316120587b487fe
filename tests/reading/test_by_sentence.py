"""reading.spans.by_sentence: the SpanIndex answers for every sentence, from one pass."""
import random

from reading.document import Sentence
from reading.spans import by_sentence
from reading.spans import SpanIndex


def _sentences(rng):
    out, pos = [], rng.randint(0, 3)
    for _ in range(rng.randint(0, 8)):
        length = rng.choice([0, 0, 1, 2, 5, 9])
        out.append(Sentence(pos, pos + length))
        pos += length + rng.choice([0, 0, 1, 2])
    return out


def test_same_groups_as_a_span_index_per_sentence():
    rng = random.Random(3)
    for _ in range(2000):
        sents = _sentences(rng)
        top = (sents[-1].end if sents else 0) + 3
        items = [Sentence(s, s + rng.randint(0, 4)) for s in (rng.randint(0, top) for _ in range(rng.randint(0, 12)))]
        idx = SpanIndex(items)
        for inclusive in (False, True):
            groups = by_sentence(items, sents, inclusive=inclusive)
            assert groups == [idx.starting_in(s.start, s.end, inclusive=inclusive) for s in sents]
            pos = {id(x): k for k, x in enumerate(items)}
            for g, s in zip(groups, sents):  # the items themselves, in their own order
                assert [pos[id(x)] for x in g] == [pos[id(x)] for x in idx.starting_in(s.start, s.end, inclusive=inclusive)]


def test_sentences_out_of_order_or_overlapping_give_none():
    items = [Sentence(1, 2)]
    assert by_sentence(items, [Sentence(5, 9), Sentence(0, 3)]) is None
    assert by_sentence(items, [Sentence(0, 5), Sentence(3, 9)]) is None
    assert by_sentence(items, [Sentence(4, 2)]) is None
    assert by_sentence(items, []) == []


def test_gate_masks_of_many_spans_are_the_masks_of_each():
    import re

    from reading.prefilter import LiteralGate

    gate = LiteralGate([re.compile(r"killed", re.I), re.compile(r"took\s+\w+", re.I), re.compile(r"Army")])
    rng = random.Random(8)
    words = ["killed", "KILLED", "took", "Army", "army", "x", "tookk", "kill"]
    for _ in range(500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        hits = gate.scan(text)
        sents = _sentences(rng)
        assert gate.masks(hits, sents) == [gate.mask(hits, s.start, s.end) for s in sents]
        shuffled = sents[::-1]  # out of order: the same answers, one search each
        assert gate.masks(hits, shuffled) == [gate.mask(hits, s.start, s.end) for s in shuffled]
        spans = [Sentence(a, a + rng.randint(-2, 12)) for a in sorted(rng.randint(0, len(text)) for _ in range(6))]
        assert gate.masks(hits, spans) == [gate.mask(hits, s.start, s.end) for s in spans]


def test_lazy_span_index_answers_as_a_span_index():
    from reading.events import LazySpanIndex

    rng = random.Random(6)
    for _ in range(300):
        items = [Sentence(s, s + rng.randint(-1, 4)) for s in (rng.randint(0, 30) for _ in range(rng.randint(0, 10)))]
        lazy, idx = LazySpanIndex(items), SpanIndex(items)
        assert lazy.proper == idx.proper and len(lazy) == len(idx)
        for _ in range(5):
            lo = rng.randint(0, 30)
            hi = lo + rng.randint(0, 10)
            for inclusive in (False, True):
                assert lazy.starting_in(lo, hi, inclusive=inclusive) == idx.starting_in(lo, hi, inclusive=inclusive)
