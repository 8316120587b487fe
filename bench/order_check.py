"""Does what an article yields depend on what was read before it? (Each text alone vs one long run.)

The project promises the same exports however articles are batched (CLI, app,
store, Dask workers each read a different sequence of articles in one process),
so nothing kept between articles may change an article's places, events or
claims. This reads every gold text twice: once in one long run (as the evals
and a one-process build do) and once alone, in a process forked from a parent
that has read nothing (a fresh state, without loading the gazetteer again), and
lists the texts whose facts differ.

Run: python bench/order_check.py [--gold GLOB] [--limit N] [--bench N] [--jobs N]
(--bench N reads N generated bench articles before the golds in the long run; every gold
text alone takes ~17 min on one busy core, as each fresh process loads lazily what the
texts need.) Exit status 1 when some text differs.
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import hashlib
import json
import multiprocessing
import sys
from typing import Any, Iterator

from _common import ROOT

__all__ = ["facts_of", "gold_texts", "main"]


def facts_of(doc: Any) -> dict[str, list[str]]:
    """What a read document says, as the writers write it (:mod:`reading.records`): its place
    mentions, events and claims, each a JSON line."""
    from reading.records import claim_record, event_record, mention_record

    def lines(records: Any) -> list[str]:
        return [json.dumps(r, sort_keys=True, default=str) for r in records]

    return {
        "toponyms": lines(mention_record(m) for m in doc.mentions),
        "events": lines(event_record(e) for e in doc.events),
        "claims": lines(claim_record(c) for c in doc.claims),
    }


def gold_texts(pattern: str) -> Iterator[tuple[str, str, dt.date | None, str | None]]:
    """(id, text, published, title) of every row of the gold files ``pattern`` names, in file order."""
    for path in sorted(glob.glob(str(ROOT / "bench" / "data" / pattern))):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                published = row.get("published")
                published = dt.date.fromisoformat(published) if isinstance(published, str) and len(published) == 10 else None
                yield f"{path.rsplit('/', 1)[-1]}:{row['id']}", row["text"], published, row.get("title")


_PIPELINE: Any = None


def _read(item: tuple) -> dict[str, list[str]]:
    from reading.corpus import read_text
    doc_id, text, published, title = item
    return facts_of(_PIPELINE(read_text(text, doc_id=doc_id, published=published, title=title)))


def _long_run(items: list[tuple], bench: int) -> list[dict[str, list[str]]]:
    if bench:
        from articles import generate
        for article in generate(bench):
            _read((article.id, article.text, article.published, article.title))
    return [_read(item) for item in items]


def _digest(facts: dict[str, list[str]]) -> str:
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default="*gold*.jsonl", help="glob of gold files under bench/data")
    parser.add_argument("--limit", type=int, default=0, help="read only the first N texts")
    parser.add_argument("--bench", type=int, default=0, help="generated bench articles read first in the long run")
    parser.add_argument("--jobs", type=int, default=1, help="processes reading texts alone")
    args = parser.parse_args(argv)

    from geo.gazetteer import load_gazetteer
    from reading.pipeline import default_pipeline
    global _PIPELINE
    _PIPELINE = default_pipeline(gazetteer=load_gazetteer())
    items = list(gold_texts(args.gold))
    if args.limit:
        items = items[: args.limit]
    fork = multiprocessing.get_context("fork")
    # Children forked from this still fresh process: one long run, and one process per text read alone.
    with fork.Pool(1) as pool:
        long = pool.apply(_long_run, (items, args.bench))
    with fork.Pool(max(args.jobs, 1), maxtasksperchild=1) as pool:
        alone = pool.map(_read, items, chunksize=1)
    differing = 0
    for item, one, other in zip(items, alone, long):
        if _digest(one) == _digest(other):
            continue
        differing += 1
        kinds = [k for k in one if one[k] != other[k]]
        print(f"{item[0]}: differs in {', '.join(kinds)}")
        for kind in kinds:
            for line in sorted(set(one[kind]) - set(other[kind]))[:4]:
                print(f"  alone only: {line[:300]}")
            for line in sorted(set(other[kind]) - set(one[kind]))[:4]:
                print(f"  long run only: {line[:300]}")
    print(f"{len(items)} texts, {differing} differ read alone and in one long run")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
