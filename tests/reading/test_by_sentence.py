"""reading.events.by_sentence: the SpanIndex answers for every sentence, from one pass."""
import random

from reading.document import Sentence
from reading.events import by_sentence
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
