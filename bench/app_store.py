"""App on a big store: first map and day steps of the real ``streamlit_app.py`` on 1,000,000 events.

Run: ``.venv/bin/python bench/app_store.py [--quick] [--n 1000000]``

Writes a store of ``bench/_common.synthetic_events(n)`` spread over a year
(``conflict_map.store.write_store``, one GeoParquet per month; kept in
``/tmp/conflict-map-bench-store-<n>`` between runs), starts the app on it
(``CONFLICT_MAP_STORE``) and drives it in headless Chromium with the
project's offline flags, as ``bench/slider.py`` does:

- first map: from opening the page to the first events drawn, for the first
  visit (cold process: imports, opening the store, reading the filter columns
  and the first block) and for later visits (warm caches: the median of
  ``--warm`` visits, each in a new browser context, all listed in
  ``first_map_warm_all_s``);
- steps: clicks on "▶" from a date four days before the end of a 14-day block,
  so most steps stay inside the block (the browser only gets the new date) and
  one crosses into the next block (the same map gets the address of that
  block's data file, read ahead by the app, and fetches it); the crossing is
  reported on its own, and ``iframe_reloads`` counts steps that reloaded the map.

The app opens big stores on "the last 7 days" (about 19,000 of the 1M events
per date here). Baselines, in the same run: the seeds app's first map (a
page of a hundred events: what Streamlit and the map cost before any store
work, on this machine at this moment), and what an app that loads its data
whole must do before its first map, reading the whole store into one events
frame (``Store.events()``, in this process; the map of 1M events would come
on top of that).
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, empty_zones, print_table, synthetic_events, write_result  # noqa: E402
from slider import _wait, step_forward  # noqa: E402

__all__ = ["main"]


def store_of(n: int) -> Path:
    """A store of ``n`` synthetic events over 365 days (written once, reused while its index says ``n``)."""
    import json

    from conflict_map.store import write_store

    root = Path(f"/tmp/conflict-map-bench-store-{n}")
    index = root / "index.json"
    if index.is_file() and json.loads(index.read_text()).get("events") == n:
        return root
    t0 = time.perf_counter()
    events = synthetic_events(n, seed=3, days=365)
    write_store(root, events, empty_zones())
    print(f"wrote a store of {n:,} events in {time.perf_counter() - t0:.0f} s: {root}")
    return root


def _open(b, url: str, timeout_s: float) -> tuple[object, float | None, int]:
    from tests.browser import offline_page

    page = offline_page(b)
    t0 = time.perf_counter()
    page.goto(url, timeout=timeout_s * 1000)
    first, count, _ = _wait(page, lambda c: c > 0, timeout_s)
    return page, (None if first is None else round(time.perf_counter() - t0, 2)), count


def _warm(b, url: str, visits: int, timeout_s: float) -> tuple[float | None, list, int, object]:
    """(median seconds to the first map over ``visits`` visits, every visit's seconds, events
    visible, the last visit's page: left open, its context is the caller's to close)."""
    times, page, count = [], None, 0
    for _ in range(visits):
        if page is not None:
            page.context.close()
        page, secs, count = _open(b, url, timeout_s * 2)
        times.append(secs)
    done = [t for t in times if t is not None]
    return (round(statistics.median(done), 2) if len(done) == len(times) else None), times, count, page


def _run(b, n: int, steps: int, timeout_s: float, visits: int = 3) -> dict:
    from conflict_map.store import open_store
    from conflict_map.store_view import BLOCK_DAYS, block_of
    from tests.browser import streamlit_server

    root = store_of(n)
    store = open_store(root)
    lo = store.span[0]
    block = block_of(store.span, lo + dt.timedelta(days=100), 7)
    start = block.last - dt.timedelta(days=3)
    row = {"app": "streamlit_app.py on the store (blocks, last 7 days)", "events": n}
    query = f"/?date={start.isoformat()}"
    with streamlit_server("streamlit_app.py", env={"CONFLICT_MAP_STORE": str(root)}, timeout=180) as url:
        page, row["first_map_cold_s"], _ = _open(b, url + query, timeout_s * 2)
        page.context.close()
        row["first_map_warm_s"], row["first_map_warm_all_s"], row["visible_at_start"], page = _warm(
            b, url + query, visits, timeout_s)
        inside, crossing, reloads = [], [], 0
        at = start
        for _ in range(steps if row["first_map_warm_s"] is not None else 0):
            secs, stayed, _ = step_forward(page, timeout_s)
            nxt = at + dt.timedelta(days=1)
            crossed = (nxt - lo).days // BLOCK_DAYS != (at - lo).days // BLOCK_DAYS
            at = nxt
            (crossing if crossed else inside).append(secs)
            if secs is None:
                break
            reloads += not stayed
        page.context.close()
    done = [x for x in inside if x is not None]
    row.update(steps_in_block=len(inside), step_median_s=round(statistics.median(done), 3) if done else None,
               step_max_s=max(done) if done else None, block_crossing_s=crossing[0] if crossing else None,
               iframe_reloads=reloads, step_latencies_s=inside + crossing)
    return row


def _seeds_page(b, timeout_s: float, visits: int = 3) -> dict:
    """The first map of the seeds app (no store), cold then warm: the page's own cost."""
    from tests.browser import streamlit_server

    row = {"app": "baseline: the seeds app (no store), same run"}
    with streamlit_server("streamlit_app.py", timeout=180) as url:
        page, row["first_map_cold_s"], _ = _open(b, url, timeout_s * 2)
        page.context.close()
        row["first_map_warm_s"], row["first_map_warm_all_s"], row["visible_at_start"], page = _warm(
            b, url, visits, timeout_s)
        page.context.close()
    return row


def _whole_load(n: int) -> dict:
    """The baseline: read the whole store into one frame, as an app without blocks would."""
    from conflict_map.store import open_store

    t0 = time.perf_counter()
    frame = open_store(store_of(n)).events()
    return {"app": "baseline: read the whole store before the first map", "events": len(frame),
            "first_map_cold_s": round(time.perf_counter() - t0, 2), "note": "lower bound: no map built yet"}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="6 steps instead of 10")
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--warm", type=int, default=3, help="warm visits per app (their median is reported)")
    args = ap.parse_args(argv)
    from tests.browser import browser

    steps = 6 if args.quick else 10
    with browser() as b:
        ours = _run(b, args.n, steps, args.timeout, max(args.warm, 1))
        seeds = _seeds_page(b, args.timeout, max(args.warm, 1))
    base = _whole_load(args.n)
    if ours.get("first_map_cold_s") and base.get("first_map_cold_s"):
        ours["first_map_vs_baseline"] = round(ours["first_map_cold_s"] / base["first_map_cold_s"], 3)
    rows = [ours, seeds, base]
    print_table(rows, ["app", "events", "first_map_cold_s", "first_map_warm_s", "first_map_warm_all_s", "visible_at_start",
                       "steps_in_block", "step_median_s", "step_max_s", "block_crossing_s", "iframe_reloads",
                       "first_map_vs_baseline", "note"])
    result = {"benchmark": "app_store", "quick": args.quick, "rows": rows,
              "baseline": "the seeds app's first map (the page's own cost), and reading the whole store into "
                          "one events frame (what an app without blocks does before its first map), same run"}
    out = write_result("app_store", result)
    print(f"wrote {out.relative_to(ROOT)}")
    return result


if __name__ == "__main__":
    main()
