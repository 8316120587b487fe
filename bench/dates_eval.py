"""Dates against a hand-made gold: the day or span a careful reader gives a date phrase vs what the tool reads.

Run: ``.venv/bin/python bench/dates_eval.py [--errors] [--gold PATH]``

Gold: ``bench/data/dates_gold.jsonl`` (see ``bench/data/README.md``): short
passages written by hand, each with its publication date, one ``phrase`` of it
and the date that phrase gives (``date``: a day ``YYYY-MM-DD``, a month
``YYYY-MM`` or a span ``start/end``; ``null`` when the phrase is no date, or
an undated one), its precision as :data:`reading.document.TIME_PRECISION`
names it, and whether it is ``planned`` (after publication, told as such).
Dates are scored where events are dated from, by themselves: events golds
score them only through the events they date.

Each passage is read by :func:`reading.dates.find_dates` (no gazetteer: it
takes a second). The answer to a row is the dated mention overlapping its
phrase most (then the longest); per row:

- **exact**: the span read is the expected one; **day exact**: of the rows
  whose date is one day, those read as that day alone;
- **overlap**: the span read meets the expected one;
- **precision**: the precision read is the expected one (of rows read);
- **planned**: the mention's ``future`` flag is the row's ``planned`` (of rows read);
- **unresolved**: a dated row with no dated mention on its phrase;
- **false**: a row with no date (``null``) given one.

Day shifts told against another date ("The day before, ...", "Hours later, ...", "Three days later") are dated by
:mod:`reading.events` (``_day_shift``), not by ``find_dates``: :func:`with_day_shifts` adds what the events
pipeline would date such a sentence (of no date of its own) to, from the day told in one of the two before it.

A live blog's entry stamps ("22:48 GMT —") are not date mentions either: :mod:`reading.events` dates an undated
entry by its stamp's day (:mod:`reading.blog_stamps`, the stamps read as a clock under the blog's day headings), and
:func:`with_blog_stamps` adds a mention over each stamp with that day.

Writes ``bench/results/dates_eval.json``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, print_table, rows_with_ids, well_formed, write_result  # noqa: E402
from events_eval import expected_span, load_gold as read_jsonl  # noqa: E402

__all__ = ["GOLD", "load_gold", "check_gold", "answer", "with_day_shifts", "with_blog_stamps", "score", "main"]

GOLD = ROOT / "bench" / "data" / "dates_gold.jsonl"
_PRECISIONS = ("day", "week", "month", "year")
_COUNTS = ("rows", "dated", "exact", "one_day", "day_exact", "overlap", "read", "precision", "planned",
           "unresolved", "undated", "false")


def load_gold(path: Path | str = GOLD) -> list[dict]:
    """The gold rows of a JSON Lines file (blank lines skipped), this gold by default."""
    return read_jsonl(path)


def check_gold(rows: Iterable[dict]) -> list[str]:
    """Problems of a dates gold (empty when well-formed)."""
    problems: list[str] = []
    for gid, row in rows_with_ids(rows, problems):
        text, phrase = row.get("text"), row.get("phrase")
        if not isinstance(text, str) or not isinstance(phrase, str) or not phrase or text.count(phrase) != 1:
            problems.append(f"{gid}: phrase {phrase!r} not once in the text")
        try:
            dt.date.fromisoformat(row.get("published", ""))
        except (TypeError, ValueError):
            problems.append(f"{gid}: published {row.get('published')!r} is not YYYY-MM-DD")
        if not isinstance(row.get("planned"), bool):
            problems.append(f"{gid}: planned is not true or false")
        if row.get("date") is None:
            if row.get("precision") is not None:
                problems.append(f"{gid}: a precision without a date")
            continue
        try:
            s, e = expected_span(row["date"])
            if s > e:
                problems.append(f"{gid}: date {row['date']!r} ends before it starts")
        except (TypeError, ValueError):
            problems.append(f"{gid}: bad date {row.get('date')!r}")
        if row.get("precision") not in _PRECISIONS:
            problems.append(f"{gid}: precision {row.get('precision')!r} not one of {_PRECISIONS}")
    return problems


def answer(row: dict, mentions: list) -> Any:
    """The dated mention that answers a row: overlapping its phrase most, then the longest; None if none."""
    lo = row["text"].index(row["phrase"])
    hi = lo + len(row["phrase"])
    best, key = None, (0, 0)
    for m in mentions:
        shared = min(hi, m.end) - max(lo, m.start)
        if m.date is None or shared <= 0:
            continue
        if (shared, m.end - m.start) > key:
            best, key = m, (shared, m.end - m.start)
    return best


def with_day_shifts(text: str, mentions: list) -> list:
    """The mentions, and one over each sentence with no date of its own that :mod:`reading.events` dates by a shift
    from the day told one or two sentences before ("The day before, ...": that day less one; "Hours later": that
    day), as its events pipeline does (a coarser date told before is kept as it is); a shift told against an act
    ("the day after the attack") from the latest of up to four sentences before that told a date and an act of
    violence (the pipeline: its latest violent event), when another date was told since."""
    from reading.document import DateMention, FactDate
    from reading.events import _LAG_AFTER_AN_ACT, _SAME_TIME_START, _day_shift
    from reading.sentences import split_sentences

    dated = [m for m in mentions if m.date is not None]
    out = list(mentions)
    last = None  # (sentence index, date) of the latest sentence that told a date
    last_act = None  # the same of the latest one that also told an act of violence
    for si, sent in enumerate(split_sentences(text)):
        own = [m for m in dated if sent.start <= m.start < sent.end]
        if own:
            last = (si, own[-1].date)
            if _ACT_TOLD.search(text, sent.start, sent.end):
                last_act = last
            continue
        if last_act is not None and last_act[0] < (last or last_act)[0] and 0 < si - last_act[0] <= 4 \
                and _LAG_AFTER_AN_ACT.search(text, sent.start, sent.end):
            told = last_act
        elif last is not None and 0 < si - last[0] <= 2:
            told = last
        else:
            continue
        shift = _day_shift(text, sent.start, sent.end)
        if shift is None and _SAME_TIME_START.match(text, sent.start):
            shift = 0
        if shift is None:
            continue
        d0 = told[1]
        if d0.precision == "day":
            day = d0.start + dt.timedelta(days=shift)
            d0 = FactDate(day, day, "day", d0.text, "context")
        out.append(DateMention(sent.start, sent.end, text[sent.start:sent.end], d0))
    return out


def with_blog_stamps(text: str, mentions: list, published: dt.date) -> list:
    """The mentions, and one over each live-blog entry stamp with the day :mod:`reading.events` gives the entry's
    undated events (:func:`reading.blog_stamps.stamp_days`, under the day headings among the mentions)."""
    from reading.blog_stamps import day_headings, stamp_days
    from reading.document import DateMention, FactDate

    out = list(mentions)
    for start, end, day in stamp_days(text, published, day_headings(text, mentions)):
        out.append(DateMention(start, end, text[start:end], FactDate(day, day, "day", text[start:end], "context")))
    return out


#: A sentence telling an act of violence, for :func:`with_day_shifts` (the pipeline knows its events' types).
_ACT_TOLD = re.compile(r"\b(?:attack|raid|struck|strike|shell|bomb|ambush|kill|assault|storm|massacre)", re.I)


def _zero() -> dict:
    return dict.fromkeys(_COUNTS, 0)


def score(rows: list[dict], read: Callable[[dict], list]) -> dict:
    """Counts per topic and over all, and every error (``read(row) -> [DateMention]``)."""
    topics: dict[str, dict] = {}
    totals, errors = _zero(), []
    for row in rows:
        got = answer(row, read(row))
        c = _zero()
        c["rows"] = 1
        if row["date"] is None:
            c["undated"] = 1
            c["false"] = int(got is not None)
        else:
            c["dated"] = 1
            s, e = expected_span(row["date"])
            c["one_day"] = int(s == e)
            if got is None:
                c["unresolved"] = 1
            else:
                d = got.date
                c["read"] = 1
                c["exact"] = int((d.start, d.end) == (s, e))
                c["day_exact"] = c["exact"] & c["one_day"]
                c["overlap"] = int(d.start <= e and s <= d.end)
                c["precision"] = int(d.precision == row["precision"])
                c["planned"] = int(bool(got.future) == row["planned"])
        for bucket in (totals, topics.setdefault(row.get("topic", ""), _zero())):
            for k, v in c.items():
                bucket[k] += v
        if c["false"] or c["unresolved"] or (c["read"] and not (c["exact"] and c["precision"] and c["planned"])):
            want = f"{row['date']} {row['precision']}{' planned' if row['planned'] else ''}"
            have = ("nothing" if got is None else
                    f"{got.date.start}/{got.date.end} {got.date.precision}{' planned' if got.future else ''}"
                    f" from {got.text!r}")
            errors.append({"id": row["id"], "topic": row.get("topic", ""), "published": row["published"],
                           "phrase": row["phrase"], "expected": want, "produced": have, "text": row["text"]})
    return {"totals": totals, "per_topic": [{"topic": t, **c} for t, c in sorted(topics.items())], "errors": errors}


def rates(c: dict) -> dict:
    """Shares of a count row: exact and overlap of the dated rows, day exact of the one-day rows, precision and
    planned of the rows read."""
    def share(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    return {"exact_pct": share(c["exact"], c["dated"]), "day_exact_pct": share(c["day_exact"], c["one_day"]),
            "overlap_pct": share(c["overlap"], c["dated"]), "precision_pct": share(c["precision"], c["read"]),
            "planned_pct": share(c["planned"], c["read"])}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(GOLD), help="gold JSON Lines (default bench/data/dates_gold.jsonl)")
    ap.add_argument("--errors", action="store_true", help="print every error")
    args = ap.parse_args(argv)
    rows = load_gold(args.gold)
    rows = well_formed(rows, check_gold(rows))

    from reading.dates import find_dates

    def read(row: dict) -> list:
        published = dt.date.fromisoformat(row["published"])
        found = find_dates(row["text"], published)
        return with_blog_stamps(row["text"], with_day_shifts(row["text"], found), published)

    t0 = time.perf_counter()
    res = score(rows, read)
    secs = time.perf_counter() - t0
    table = [{"topic": r["topic"], **r, **rates(r)} for r in res["per_topic"]]
    table.append({"topic": "all", **res["totals"], **rates(res["totals"])})
    print_table(table, ["topic", "rows", "dated", "exact", "exact_pct", "day_exact_pct", "overlap", "overlap_pct",
                        "precision_pct", "planned_pct", "unresolved", "undated", "false"])
    print(f"\n{len(rows)} rows read in {secs:.2f} s")
    if args.errors:
        print()
        for e in res["errors"]:
            print(f"  {e['id']} {e['topic']} [{e['published']}] {e['phrase']!r}: want {e['expected']}\n"
                  f"      got  {e['produced']}\n      << {e['text'][:200]} >>")
    gold = Path(args.gold).resolve()
    result = {"benchmark": "dates_eval", "gold": str(gold.relative_to(ROOT)) if gold.is_relative_to(ROOT)
              else str(args.gold), "rows": len(rows), "rates": rates(res["totals"]), **res}
    out = write_result("dates_eval", result)
    print(f"\nwrote {out.relative_to(ROOT)}")
    return result


if __name__ == "__main__":
    main()
