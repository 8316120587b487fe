"""Scale benchmark: Dask vs one process, incremental rebuilds, and a 1,000,000-event store.

Run: ``.venv/bin/python bench/scale.py [--quick] [--n N] [--events N] [--skip-build] [--skip-store]``

1. **Full build**, ``bench.articles.generate(n)`` articles (default 1,000;
   ``--quick`` 300): one process (``engine="local"``) vs ``engine="dask"`` on a
   ``LocalCluster`` sized to this machine (cluster start-up included), each into
   an empty store. Both runs time the reading (per article, what Dask spreads)
   and the central stage (corpus profile, events frame, zone timeline, store
   write: once, whatever the engine) separately; then the same cluster builds
   again (workers that have read before, as on a scheduler that stays up).
   Baseline: the one-process build.
2. **Incremental rebuild**: the one-process store of step 1 (the oldest ``n``
   of the generated articles), plus the 1% newest (news arriving in date
   order), and, on a copy of that store, plus 1% older articles dated at random
   (a backfill); ratio of each to the full build's time (goal: under 5%). Then
   the grown corpus once more (nothing changed: the stored layers are reused).
3. **Store of 1,000,000 events** (``_common.synthetic_events``, one year),
   written with :func:`conflict_map.store.write_store`. The app's first map:
   open the store, read one month of events and the zones valid in it, build the
   app's map (``layers.mapview.app_map``) and render its HTML; a slider step
   outside the loaded window: read the next week-shifted window and build again
   (inside the window a step is only :func:`layers.mapview.time_layer`).
   Baseline (same run): load all events from one GeoParquet file and filter
   them with ``layers.events.filter_events`` (what an app without the store does).
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, print_table, synthetic_events, write_result  # noqa: E402

__all__ = ["main"]


def _docs(arts):
    from reading.document import Document

    return [Document(id=a.id, text=a.text, title=a.title, published=a.published) for a in arts]


def _timed_build(docs, *, engine, store):
    """(result, {total_s, read_s, central_s}) of one build; reading ends at the last progress call."""
    from conflict_map.build import build_documents

    marks = []
    t0 = time.perf_counter()
    result = build_documents(docs, engine=engine, store=store, progress=lambda d, t: marks.append(time.perf_counter()))
    total = time.perf_counter() - t0
    read = (marks[-1] - t0) if marks else 0.0
    return result, {"total_s": round(total, 2), "read_s": round(read, 2), "central_s": round(total - read, 2)}


def bench_builds(n: int, workdir: Path) -> list[dict]:
    import articles as A

    from conflict_map.build import report
    from conflict_map.engines import DaskEngine, machine_workers

    new = max(1, n // 100)
    arts = A.generate(n + 2 * new)
    # News arrives in date order: the corpus is the oldest n, the next 1% the newest
    # articles; a second 1%, dated at random over the span, is a backfill of older reports.
    arriving = sorted(arts[:n + new], key=lambda a: (a.published, a.id))
    docs, extra, backfill = _docs(arriving[:n]), _docs(arriving[n:]), _docs(arts[n + new:])
    rows = []

    single, t_single = _timed_build(docs, engine="local", store=workdir / "store-local")
    rows.append({"run": f"full build, 1 process, {n} articles", **t_single, "events": len(single.events),
                 "zones": len(single.zones), "articles_per_s_read": round(n / max(t_single["read_s"], 1e-9), 1)})

    t0 = time.perf_counter()
    engine = DaskEngine(n_workers=machine_workers())
    engine.client  # start the cluster: part of what a user waits for
    startup = time.perf_counter() - t0
    try:
        dask_result, t_dask = _timed_build(docs, engine=engine, store=workdir / "store-dask")
        # The same cluster again, into an empty store: workers that have read before (their
        # gazetteer loaded, their drawn shapes cached), as on a scheduler that stays up.
        warm_result, t_warm = _timed_build(docs, engine=engine, store=workdir / "store-dask-warm")
    finally:
        engine.close()
    t_dask["total_s"] = round(t_dask["total_s"] + startup, 2)
    t_dask["read_s"] = round(t_dask["read_s"] + startup, 2)
    same = report(dask_result) == report(single) and dask_result.events.equals(single.events)
    rows.append({"run": f"full build, dask LocalCluster {machine_workers()} workers", **t_dask,
                 "cluster_start_s": round(startup, 2), "events": len(dask_result.events), "zones": len(dask_result.zones),
                 "articles_per_s_read": round(n / max(t_dask["read_s"], 1e-9), 1),
                 "speedup_total": round(t_single["total_s"] / t_dask["total_s"], 2),
                 "speedup_read": round(t_single["read_s"] / t_dask["read_s"], 2), "same_result": same})
    same = report(warm_result) == report(single) and warm_result.events.equals(single.events)
    rows.append({"run": "full build, the same cluster again (warm workers)", **t_warm,
                 "events": len(warm_result.events), "zones": len(warm_result.zones),
                 "articles_per_s_read": round(n / max(t_warm["read_s"], 1e-9), 1),
                 "speedup_total": round(t_single["total_s"] / t_warm["total_s"], 2),
                 "speedup_read": round(t_single["read_s"] / t_warm["read_s"], 2), "same_result": same})

    shutil.copytree(workdir / "store-local", workdir / "store-backfill")
    inc, t_inc = _timed_build(docs + extra, engine="local", store=workdir / "store-local")
    rows.append({"run": f"incremental rebuild, +{len(extra)} newest articles (1%)", **t_inc, "events": len(inc.events),
                 "zones": len(inc.zones), "ratio_to_full": round(t_inc["total_s"] / t_single["total_s"], 3),
                 "read_ratio_to_full": round(t_inc["read_s"] / max(t_single["read_s"], 1e-9), 3)})
    back, t_back = _timed_build(docs + backfill, engine="local", store=workdir / "store-backfill")
    rows.append({"run": f"incremental rebuild, +{len(backfill)} older articles (1%, random dates)", **t_back,
                 "events": len(back.events), "zones": len(back.zones),
                 "ratio_to_full": round(t_back["total_s"] / t_single["total_s"], 3),
                 "read_ratio_to_full": round(t_back["read_s"] / max(t_single["read_s"], 1e-9), 3)})

    same, t_same = _timed_build(docs + extra, engine="local", store=workdir / "store-local")
    rows.append({"run": "rebuild, nothing changed (stored layers reused)", **t_same, "events": len(same.events),
                 "zones": len(same.zones), "ratio_to_full": round(t_same["total_s"] / t_single["total_s"], 3),
                 "same_result": report(same) == report(inc)})
    return rows


def bench_store(n_events: int, workdir: Path, steps: int = 5) -> list[dict]:
    import geopandas as gpd

    from conflict_map.store import open_store, write_store
    from layers.events import filter_events
    from layers.mapview import app_map, time_layer
    from layers.zones import zone_timeline

    t0 = time.perf_counter()
    frame = synthetic_events(n_events, days=365, start="2019-04-01")
    gen_s = time.perf_counter() - t0
    zones = zone_timeline([], [])
    root = workdir / "store-1m"
    t0 = time.perf_counter()
    write_store(root, frame, zones)
    write_s = time.perf_counter() - t0
    whole = workdir / "whole.parquet"
    frame.to_parquet(whole)
    del frame
    rows = []

    def first_map(start: dt.date, end: dt.date):
        t0 = time.perf_counter()
        s = open_store(root)
        span = s.span
        ev = s.events(start, end)
        zn = s.zones(start, end)
        read_s = time.perf_counter() - t0
        m, group = app_map(ev, zn, at=end, window_days=None, profile=s.profile)
        html = m.get_root().render()
        return len(ev), read_s, time.perf_counter() - t0, len(html), span

    at = dt.date(2019, 10, 31)
    start = at.replace(day=1)
    first_map(start, at)  # warm imports and the basemap cache, as the app has them after start-up
    rows_first = [first_map(start, at) for _ in range(3)]
    n_win, read_s, total_s, html, span = sorted(rows_first, key=lambda r: r[2])[1]
    rows.append({"run": f"store: first map, 1 month of {n_events:,} events", "events_read": n_win,
                 "read_s": round(read_s, 3), "total_s": round(total_s, 3), "html_mb": round(html / 1e6, 2),
                 "goal_s": 3.0})

    step_times, step_reads = [], []
    for k in range(1, steps + 1):
        a = at + dt.timedelta(days=7 * k)
        n_win, read_s, total_s, _html, _span = first_map(a - dt.timedelta(days=30), a)
        step_times.append(total_s)
        step_reads.append(read_s)
    rows.append({"run": "store: slider step to a new 31-day window", "events_read": n_win,
                 "read_s": round(statistics.median(step_reads), 3), "total_s": round(statistics.median(step_times), 3),
                 "goal_s": 1.0})
    t0 = time.perf_counter()
    for k in range(20):
        time_layer(at + dt.timedelta(days=k), None)
    rows.append({"run": "store: slider step inside the loaded window (time_layer)", "total_s":
                 round((time.perf_counter() - t0) / 20, 4), "goal_s": 1.0})

    t0 = time.perf_counter()
    s = open_store(root)
    ev = s.events(start, at, bbox=(12.5, 32.0, 14.0, 33.5))
    rows.append({"run": "store: 1 month, Tripoli area only", "events_read": len(ev),
                 "read_s": round(time.perf_counter() - t0, 3)})

    t0 = time.perf_counter()
    everything = gpd.read_parquet(whole)
    shown = filter_events(everything, at=at, window_days=(at - start).days + 1)
    base_read = time.perf_counter() - t0
    rows.append({"run": "baseline: load all events, then filter", "events_read": len(everything),
                 "events_shown": len(shown), "read_s": round(base_read, 3)})
    rows[0]["read_vs_baseline"] = round(rows[0]["read_s"] / base_read, 3)
    rows[0].update(generate_s=round(gen_s, 1), write_store_s=round(write_s, 1),
                   store_mb=round(sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) / 1e6, 1),
                   span=None if span is None else [d.isoformat() for d in span])
    return rows


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="300 articles (default 1,000)")
    ap.add_argument("--n", type=int, default=None, help="articles for the build runs")
    ap.add_argument("--events", type=int, default=1_000_000, help="events in the store run")
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--skip-store", action="store_true")
    args = ap.parse_args(argv)
    n = args.n or (300 if args.quick else 1000)
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    rows: list[dict] = []
    try:
        if not args.skip_build:
            rows += bench_builds(n, work)
        if not args.skip_store:
            rows += bench_store(args.events, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_table(rows, ["run", "total_s", "read_s", "central_s", "events", "zones", "articles_per_s_read",
                       "speedup_total", "speedup_read", "ratio_to_full", "events_read", "goal_s"])
    previous = ROOT / "bench" / "results" / "scale.json"
    if (args.skip_build or args.skip_store) and previous.is_file():
        # Keep the other half of the last run, so one half can be measured again alone.
        import json

        old = json.loads(previous.read_text()).get("rows", [])
        is_store = [r["run"].startswith(("store:", "baseline:")) for r in old]
        if args.skip_build:
            rows = [r for r, st in zip(old, is_store) if not st] + rows
        else:
            rows = rows + [r for r, st in zip(old, is_store) if st]
    result = {"benchmark": "scale", "quick": args.quick, "articles": n, "store_events": args.events, "rows": rows,
              "baseline": "one-process build (speed-up, incremental ratio); loading every event then filtering (store reads)"}
    out = write_result("scale", result)
    print(f"wrote {out.relative_to(ROOT)}")
    return result


if __name__ == "__main__":
    main()
