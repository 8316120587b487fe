"""dates._future_hint (folded, joined search) answers as the plain per-piece IGNORECASE search did (a future word,
or a schedule told in the present right before the date)."""
import random
import re

from reading import dates as D

_PRESENT_PLAN = re.compile(D._PRESENT_PLAN.pattern, re.I)  # the schedule told in the present, case-blind
_WOULD_DO = re.compile(D._WOULD_DO.pattern, re.I)  # a verb with "would" before the date, case-blind
_ACT_BEFORE = re.compile(D._ACT_BEFORE.pattern, re.I)


def _reference(text, start, end, s_start, s_end):
    before = text[max(s_start, start - 80):start]
    if D._REPORTED.search(before[-30:]):
        return False
    after = text[end:min(s_end, end + 40)]
    after = D._PLAN_NAMED_AFTER.sub(" ", D._CLAUSE_END.split(after, maxsplit=1)[0])  # (its clause; a noun's plan out)
    if D._FUTURE.search(before) or D._FUTURE.search(after) or D._FUTURE.search(text[start:end]):
        return True
    if text.startswith("of ", start) and before.lower().endswith("ahead "):  # "ahead" + "of Saturday's"
        return True
    plan = _PRESENT_PLAN.search(before, max(0, len(before) - 60))
    if plan is not None and (plan["before"] or "").strip().lower() not in D._NOT_A_PRESENT_VERB_AFTER:
        return True
    return (text.startswith(D._TIME_PREPS, start) and text[end - 2:end] not in ("'s", "’s")
            and _WOULD_DO.search(before, max(0, len(before) - 50)) is not None
            and _ACT_BEFORE.search(before, max(0, len(before) - 14)) is None)


_WORDS = ("will", "WILL", "Will", "won't", "shall", "scheduled", "pre-scheduled", "plans to", "plan  to", "planning",
          "due to be", "due to", "set to", "is to", "are\nto", "next", "next day", "NEXT  week", "ahead of", "hopes to",
          "deadline", "deadlines", "'ll", "'LL", "we'll", "said", "SAID", "told reporters", "told them that", "was", "were",
          "had", "took place", "a", "the", "on", "Monday", "April 4", "in", "xwill", "willx", "_will", "4will",
          "\u0130s to", "\u0131s to", "\u017fhall", "wi\u212all", "Ne\u212at", "\u212aill", "caf\u00e9", "\u03a3", "\u00df",
          "opens", "Meet", "is", "Falls", "to", "fire", "who", "whom", "the planned", "against plans to", "an upcoming",
          "THE", "would", "WOULD have", "would not", "on Friday", "by", "raid", "Strikes", "Monday's", "\0", ",", ";", ":", "(", ")", ".", "-", "\u2019ll", "\u201c", " ", " ", "\n", "\t")


def test_same_answers_as_the_plain_search():
    rng = random.Random(11)
    for _ in range(20000):
        parts = [rng.choice(_WORDS) for _ in range(rng.randint(1, 30))]
        text = "".join(p + rng.choice(("", " ", " ", "  ", "\n")) for p in parts)
        n = len(text)
        start = rng.randint(0, n)
        end = rng.randint(start, min(n, start + 15))
        s_start = rng.randint(0, start)
        s_end = rng.randint(end, n)
        assert D._future_hint(text, start, end, s_start, s_end) == _reference(text, start, end, s_start, s_end), (
            text, start, end, s_start, s_end)
