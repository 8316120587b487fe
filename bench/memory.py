"""Memory benchmark: peak RSS of building 1,000,000 events (events frame + timeline HTML export).

Run: ``.venv/bin/python bench/memory.py [--quick]``

Each measurement runs in a fresh subprocess and reports its own peak RSS
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``), so one build does not
inherit another's memory. The events frame is the synthetic one of
``bench/_common.synthetic_events`` (columns and dtypes of
``layers.events.events_frame``), not read from articles.

``ours`` builds the timeline export from the synthetic frame held in memory
(its peak includes the benchmark's own generator, which holds every row as
Python objects first); ``ours, from the store`` is the tool's own path for big
corpora: the events read back from a store (``conflict_map.store``, written
beforehand by another process, not counted) and the timeline export built from
them.

Baseline: plain folium (one ``CircleMarker`` + ``Popup`` per event, rendered)
is far too slow and big at 1M, so it is measured at two smaller sizes and its
peak RSS extrapolated LINEARLY to 1M (stated in the output as "extrapolated").
``--quick``: ours at 100k and 1M, plain at 5k and 20k.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, empty_zones, print_table, synthetic_events, write_result  # noqa: E402

__all__ = ["main"]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _child(kind: str, n: int) -> dict:
    """Build one map of ``n`` events; report peak RSS at each step."""
    start = _peak_mb()
    t0 = time.perf_counter()
    if kind == "store":
        from app_store import store_of
        from conflict_map.store import open_store

        store = open_store(store_of(n))  # written by the parent's earlier call (not counted here)
        start = _peak_mb()
        t0 = time.perf_counter()
        events, zones = store.events(), store.zones()
    else:
        events = synthetic_events(n, seed=1)
        zones = empty_zones()
    frame_mb, frame_s = _peak_mb(), time.perf_counter() - t0
    t1 = time.perf_counter()
    if kind in ("ours", "store"):
        from layers.html import timeline_html

        html = timeline_html(events, zones)
    else:
        from map_render import plain_folium_html

        html = plain_folium_html(events)
    return {"map": "ours, from the store" if kind == "store" else kind, "events": n, "rss_start_mb": round(start, 1), "peak_after_frame_mb": round(frame_mb, 1),
            "peak_rss_mb": round(_peak_mb(), 1), "frame_s": round(frame_s, 2),
            "export_s": round(time.perf_counter() - t1, 2), "html_mb": round(len(html.encode("utf-8")) / 1e6, 2)}


def _run(kind: str, n: int) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, "--n", str(n)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} at {n} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="plain folium at 5k and 20k only")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, args.n), sort_keys=True))
        return {}

    plain_sizes = (5_000, 20_000) if args.quick else (10_000, 50_000)
    from app_store import store_of

    store_of(1_000_000)  # write the store once, outside the measured process
    rows = [_run("ours", 100_000), _run("ours", 1_000_000), _run("store", 1_000_000)]
    plain = [_run("plain folium", n) for n in plain_sizes]
    rows += plain
    (n1, p1), (n2, p2) = [(r["events"], r["peak_rss_mb"]) for r in plain]
    slope = (p2 - p1) / (n2 - n1)
    t_slope = ((plain[1]["export_s"] - plain[0]["export_s"]) / (n2 - n1))
    extrapolated = {
        "map": "plain folium (extrapolated)", "events": 1_000_000,
        "peak_rss_mb": round(p1 + slope * (1_000_000 - n1), 0),
        "export_s": round(plain[0]["export_s"] + t_slope * (1_000_000 - n1), 0),
        "html_mb": round(plain[1]["html_mb"] / n2 * 1_000_000, 0),
        "note": f"linear from {n1:,} and {n2:,} events",
    }
    rows.append(extrapolated)
    for ours_1m in rows[1:3]:
        ours_1m["rss_vs_plain"] = round(ours_1m["peak_rss_mb"] / extrapolated["peak_rss_mb"], 3)
        ours_1m["export_vs_plain"] = round(ours_1m["export_s"] / extrapolated["export_s"], 3)
    print_table(rows, ["map", "events", "peak_after_frame_mb", "peak_rss_mb", "frame_s", "export_s", "html_mb",
                       "rss_vs_plain", "export_vs_plain", "note"])
    result = {"benchmark": "memory", "quick": args.quick, "rows": rows,
              "baseline": "plain folium CircleMarker+Popup per event, peak RSS measured at two sizes and "
                          "extrapolated linearly to 1M (not measured at 1M)"}
    out = write_result("memory", result)
    print(f"wrote {out.relative_to(ROOT)}")
    return result


if __name__ == "__main__":
    main()
