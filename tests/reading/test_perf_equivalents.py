"""Faster ways of reading the same thing give the same answers as the plain ones they replace."""
import random
import re

import reading.events as E
from reading.spans import within_sentences
from reading.document import Sentence

_TEXTS = [
    "",
    "The army DENIED reports that it had stopped fighting; if talks fail, unless the RSF claims responsibility.",
    "İf the rebels refused ... whether the ceasefire holds, the militants’ claim was unconfirmed — pending.",
    "The team won 3-1 in the second half; the striker and the coach praised the stadium and the league.",
    "Shareholders backed the takeover of the airline; investors said the bid worth $2bn lifted profits.",
    "Voters went to polling stations; turnout was low and preliminary results gave the mayor the election.",
    "İNNİNGS, innings and Innings: the wickets fell; GOALS, goals, Goal.",
]


def test_cue_words_from_one_automaton():
    for text in _TEXTS:
        for lo in range(0, len(text) + 1, 3):
            low = text[lo:lo + 90].lower()
            plain = {k for k, words in E._CUE_WORDS if any(w in low for w in words)}
            assert {k for _, k in E._CUE_AUTOMATON.iter(low)} == plain


def _other_register_plain(text, start, end, known):
    for i, rx in enumerate(E._REGISTERS):
        if rx.search(text, start, end) is None:
            continue
        if i not in known:
            seen = set()
            for m in rx.finditer(text):
                seen.add(m.group(0).lower())
                if len(seen) >= 3:
                    break
            known[i] = len(seen) >= 3
        if known[i]:
            return True
    return False


def test_other_register_as_the_plain_patterns():
    for text in _TEXTS:
        for lo in range(0, len(text) + 1, 4):
            for hi in (lo + 20, lo + 60, len(text)):
                a, b = {}, {}
                assert E._other_register(text, lo, hi, a) == _other_register_plain(text, lo, hi, b)
                assert a == b


def test_day_shift_as_the_plain_patterns():
    def plain(text, start, end):
        for rx, shift in ((E._SAME_DAY_ANY, 0), (E._NEXT_DAY, 1), (E._PREV_DAY, -1)):
            if rx.search(text, start, end):
                return shift
        return None

    texts = _TEXTS + ["THE SAME DAY, a day later; The Previous Day, in the ensuing exchange of fire, the day after."]
    for text in texts:
        for lo in range(0, len(text) + 1, 5):
            for hi in (lo + 25, len(text)):
                assert E._day_shift(text, lo, hi) == plain(text, lo, hi)


def test_hits_grouped_by_the_sentence_holding_them():
    rng = random.Random(5)
    for _ in range(3000):
        sents, pos = [], rng.randint(0, 3)
        for _ in range(rng.randint(0, 8)):
            length = rng.choice([0, 0, 1, 2, 5, 9])
            sents.append(Sentence(pos, pos + length))
            pos += length + rng.choice([0, 0, 1, 2])
        if rng.random() < 0.1 and len(sents) > 1:
            rng.shuffle(sents)  # out of order: no grouping
        top = pos + 3
        hits = [(s, s + rng.randint(0, 6), s, "x") for s in sorted(rng.randint(0, top) for _ in range(rng.randint(0, 10)))]
        groups = within_sentences(hits, sents)
        plain = [[h for h in hits if s.start <= h[0] and h[1] <= s.end] for s in sents]
        if groups is None:
            ordered = all(b.start >= a.end for a, b in zip(sents, sents[1:])) and all(s.end >= s.start for s in sents)
            assert not ordered or any(h[1] <= h[0] for h in hits)
        else:
            assert groups == plain


def test_subject_offsets_found_by_bisection():
    from bisect import bisect_left

    rng = random.Random(7)
    for _ in range(2000):
        hits = sorted(rng.randint(0, 60) for _ in range(rng.randint(1, 8)))
        lo = rng.randint(0, 60)
        hi = lo + rng.randint(0, 20)
        k = bisect_left(hits, lo)
        assert (k < len(hits) and hits[k] < hi) == any(lo <= h < hi for h in hits)


def test_register_twins_cover_every_register():
    assert len(E._REGISTERS_F) == len(E._REGISTERS)
    for rx, twin in zip(E._REGISTERS, E._REGISTERS_F):
        assert not twin.flags & re.IGNORECASE and rx.flags & re.IGNORECASE


def test_superlative_since_word_check_changes_nothing():
    from reading.prefilter import fold

    texts = _TEXTS + ["the deadliest attack since 2022, the worst fighting in years, the FIRST time since May",
                      "the most violent week in early 2023; the biggest gains since late 2021; the highest toll"]
    for text in texts:
        ft = fold(text)
        for lo in range(0, len(text) + 1, 3):
            for hi in range(lo, min(len(text), lo + 70) + 1, 4):
                a = E._SUPERLATIVE_SINCE.search(text, lo, hi)
                b = E._superlative_since(ft, lo, hi)
                assert (a and (a.span(), a.group("since"))) == (b and (b.span(), b.group("since")))


def test_future_hint_checks_the_future_words_first():
    import reading.dates as D

    def plain(text, start, end, s_start, s_end):
        before = text[max(s_start, start - 80):start]
        after = text[end:min(s_end, end + 40)]
        cut = D._CLAUSE_END.search(after)
        if cut is not None:
            after = after[:cut.start()]
        joined = f"{before}\0{after}\0{text[start:end]}"
        folded = joined.lower() if joined.isascii() else joined.translate(D._FOLD)
        if D._REPORTED_FOLDED.search(folded[max(0, len(before) - 30):len(before)]):
            return False
        if D._FUTURE_FOLDED.search(folded) is not None or ("'ll" in joined and D._FUTURE_LL.search(joined) is not None):
            return True
        # a verb with "would" right before a date opening with a preposition (not a possessive day, nor an act's)
        return (text.startswith(D._TIME_PREPS, start) and text[end - 2:end] not in ("'s", "’s")
                and D._WOULD_DO.search(folded, max(0, len(before) - 50), len(before)) is not None
                and D._ACT_BEFORE.search(folded, max(0, len(before) - 14), len(before)) is None)

    texts = _TEXTS + ["The army said on Thursday that it will attack on Monday; talks are scheduled for next week.",
                      "Officials SAID the vote WILL be held in May. They'll meet on Friday, the ministry told reporters.",
                      "The upcoming summit on 4 June; rebels said they would withdraw on Sunday, planning a new offensive."]
    for text in texts:
        for start in range(0, len(text), 3):
            for end in (start + 3, start + 9):
                for s_start, s_end in ((0, len(text)), (max(0, start - 20), min(len(text), end + 15))):
                    assert D._future_hint(text, start, end, s_start, s_end) == plain(text, start, end, s_start, s_end)
