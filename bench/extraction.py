"""Extraction benchmark: geoparse and the whole reading pipeline vs geotext, on generated articles.

Run: ``.venv/bin/python bench/extraction.py [--quick]``

Texts: :func:`bench.articles.generate` (>= 2,000 articles, seeded, several
countries, spelling variants, relative phrases, dates), with every town and
country mention known by offset. Each stage runs in its own subprocess so its
peak RSS (``resource.getrusage``) is its own.

Baseline: ``geotext.GeoText(text)`` (a regex city/country finder on a GeoNames
dump) on the same texts. Recall counts the generator's place mentions found:
for ``geoparse`` and the pipeline's place mentions a span overlapping the gold span (and "resolved"
when it lands within 50 km of the town); for geotext the gold surface among
its cities/countries (multiset; geotext gives no offsets or coordinates).
``--quick``: the pipeline stage reads 500 of the articles (geoparse and
geotext still read all of them). ``--engine processes``: one more row, the
pipeline stage read by worker processes forked from the stage's process
(:class:`conflict_map.engines.ProcessEngine`, one per core; the zone parts
replayed on them too): its peak RSS is the parent's alone.
"""
from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, print_table, write_result  # noqa: E402

__all__ = ["main"]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _stage(name: str, n: int, limit: int | None) -> dict:
    """One measured stage, run inside a fresh interpreter."""
    import articles as A

    arts = A.generate(n)
    if limit is not None:
        arts = arts[:limit]
    texts = [a.text for a in arts]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    base_rss = _peak_mb()
    out = {"stage": name, "articles": len(arts), "mb": round(mb, 3)}
    gold_total = sum(len(a.gold) for a in arts)
    if name == "geoparse":
        from reading.geoparse import _default_gazetteer, geoparse

        t0 = time.perf_counter()
        gaz = _default_gazetteer()
        out["load_s"] = round(time.perf_counter() - t0, 3)
        t0 = time.perf_counter()
        found = [geoparse(t, gazetteer=gaz) for t in texts]
        secs = time.perf_counter() - t0
        hit = resolved = mentions = 0
        for a, rows in zip(arts, found):
            mentions += len(rows)
            for g in a.gold:
                over = [r for r in rows if r["start"] < g.end and g.start < r["end"]]
                if over:
                    hit += 1
                    if g.lat == 0.0 and g.lon == 0.0:  # a country: resolved when it resolved at all
                        resolved += any(r["lat"] is not None for r in over)
                    else:
                        resolved += any(r["lat"] is not None and _km(r["lat"], r["lon"], g.lat, g.lon) <= 50 for r in over)
        out.update(mentions=mentions, gold=gold_total, found=hit, resolved_50km=resolved)
    elif name == "geotext":
        t0 = time.perf_counter()
        from geotext import GeoText  # loads its GeoNames tables at import

        GeoText("warm up in Paris, France")
        out["load_s"] = round(time.perf_counter() - t0, 3)
        t0 = time.perf_counter()
        found = [GeoText(t) for t in texts]
        secs = time.perf_counter() - t0
        hit = mentions = 0
        for a, g in zip(arts, found):
            names = Counter(x.lower() for x in list(g.cities) + list(g.countries))
            mentions += sum(names.values())
            for gold in a.gold:
                key = gold.surface.lower()
                if names[key] > 0:
                    names[key] -= 1
                    hit += 1
        out.update(mentions=mentions, gold=gold_total, found=hit, resolved_50km=None)
    elif name in ("pipeline", "pipeline-processes"):
        from geo.gazetteer import load_gazetteer
        from layers.events import events_frame
        from layers.zones import zone_layers
        from reading.document import Document
        from reading.pipeline import default_pipeline

        t0 = time.perf_counter()
        nlp = default_pipeline(gazetteer=load_gazetteer())
        out["load_s"] = round(time.perf_counter() - t0, 3)
        docs = [Document(id=a.id, text=a.text, title=a.title, published=a.published) for a in arts]
        t0 = time.perf_counter()
        map_parts = None
        if name == "pipeline-processes":
            from conflict_map.engines import ProcessEngine

            engine = ProcessEngine(pipeline=nlp)
            got: dict = {}
            engine.run(enumerate(docs), lambda i, doc, _packed: got.__setitem__(i, doc))
            done = [got[i] for i in range(len(docs))]
            map_parts = engine.map
        else:
            done = [nlp(d) for d in docs]
        read_s = time.perf_counter() - t0
        events = [ev for d in done for ev in d.events]
        claims = [c for d in done for c in d.claims]
        t1 = time.perf_counter()
        frame = events_frame(events)
        frame_s = time.perf_counter() - t1
        t1 = time.perf_counter()
        zones, _problems = zone_layers(claims, events, published={d.id: d.published for d in done}, map_parts=map_parts)
        zones_s = time.perf_counter() - t1
        secs = time.perf_counter() - t0
        mentions = sum(len(d.mentions) for d in done)
        hit = resolved = 0
        for a, d in zip(arts, done):
            for g in a.gold:
                over = [m for m in d.mentions if m.start < g.end and g.start < m.end]
                hit += bool(over)
                locs = [m.location for m in over if m.location is not None]
                if g.lat == 0.0 and g.lon == 0.0:
                    resolved += bool(locs)
                else:
                    resolved += any(_km(float(x.lat), float(x.lon), g.lat, g.lon) <= 50 for x in locs)
        out.update(mentions=mentions, gold=gold_total, found=hit, resolved_50km=resolved, events=len(events), located_events=len(frame),
                   claims=len(claims), zone_rows=len(zones), read_s=round(read_s, 3),
                   events_frame_s=round(frame_s, 3), zone_timeline_s=round(zones_s, 3))
    else:
        raise ValueError(f"name must be geoparse, geotext or pipeline, got {name!r}")
    out.update(seconds=round(secs, 3), articles_per_s=round(len(arts) / secs, 1), mb_per_s=round(mb / secs, 4),
               peak_rss_mb=round(_peak_mb(), 1), rss_before_mb=round(base_rss, 1))
    return out


def _run_stage(name: str, n: int, limit: int | None) -> dict:
    cmd = [sys.executable, __file__, "--stage", name, "--n", str(n)] + (["--limit", str(limit)] if limit else [])
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"stage {name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="pipeline on 500 articles only")
    ap.add_argument("--n", type=int, default=2000, help="articles to generate (>= 2000 for the record)")
    ap.add_argument("--engine", choices=("local", "processes"), default="local",
                    help="processes: also the pipeline read by worker processes (one per core)")
    ap.add_argument("--limit", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--stage", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.stage:
        print(json.dumps(_stage(args.stage, args.n, args.limit), sort_keys=True))
        return {}

    rows = [_run_stage("geoparse", args.n, None), _run_stage("geotext", args.n, None),
            _run_stage("pipeline", args.n, 500 if args.quick else None)]
    if args.engine == "processes":
        rows.append(_run_stage("pipeline-processes", args.n, 500 if args.quick else None))
    base = rows[1]
    for r in rows:
        r["recall"] = round(r["found"] / r["gold"], 3) if r.get("found") is not None else None
        r["x_slower_than_geotext"] = round(base["mb_per_s"] / r["mb_per_s"], 1)
        r["rss_vs_geotext"] = round(r["peak_rss_mb"] / base["peak_rss_mb"], 3)
    print_table(rows, ["stage", "articles", "mb", "load_s", "seconds", "articles_per_s", "mb_per_s",
                       "peak_rss_mb", "mentions", "gold", "found", "recall", "resolved_50km",
                       "x_slower_than_geotext", "rss_vs_geotext"])
    for pipe in rows[2:]:
        print(f"\n{pipe['stage']}: read {pipe['read_s']} s, events_frame {pipe['events_frame_s']} s, "
              f"zone_timeline {pipe['zone_timeline_s']} s; {pipe['events']} events "
              f"({pipe['located_events']} located), {pipe['claims']} claims, {pipe['zone_rows']} zone rows")
    result = {"benchmark": "extraction", "quick": args.quick, "rows": rows,
              "baseline": "geotext 0.4.0 GeoText(text) on the same texts"}
    out = write_result("extraction", result)
    print(f"wrote {out.relative_to(ROOT)}")
    return result


if __name__ == "__main__":
    main()
