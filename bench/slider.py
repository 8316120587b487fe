"""Slider benchmark: latency of one day step in the Streamlit app, ours vs the plain st_folium pattern.

Run: ``.venv/bin/python bench/slider.py [--quick]``

Starts ``bench/slider_app.py`` (a synthetic events frame on ``app_map`` with
``st_folium(feature_group_to_add=...)``, as in ``streamlit_app.py``) and the
baseline (the same page re-rendering a whole folium map of CircleMarkers per
step) with ``tests/browser.py``'s server helper, in headless Chromium with
the project's offline flags. A step is timed from the click on "▶" to the map
iframe showing a different count of visible events (drawn markers plus the
numbers in the cluster icons). "reloaded" says whether the iframe's document
was replaced (its window lost a mark set before the click); "blank" whether a
poll saw the map with nothing drawn on the way. Sizes 10k and 100k; the
plain baseline runs up to ``--plain-max`` (10k: one plain map of 100k takes
minutes), and the 100k ratio is then against plain at 10k (a lower bound on
the real gap). ``--quick``: 3 steps per map.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, print_table, write_result  # noqa: E402

__all__ = ["main"]

FRAME_URL = re.compile(r"streamlit_folium")
IFRAME = "iframe[title='streamlit_folium.st_folium']"
VISIBLE_JS = """() => {
  if (!document.querySelector('.leaflet-container')) { return -1; }
  let n = 0;
  document.querySelectorAll('.marker-cluster').forEach(e => { n += parseInt(e.textContent, 10) || 0; });
  n += document.querySelectorAll('path.leaflet-interactive, .leaflet-marker-icon:not(.marker-cluster)').length;
  return n;
}"""


def _visible(page) -> tuple[int, object]:
    """(visible events in the map iframe, the frame) or (-1, None) while there is no map."""
    for f in page.frames:
        if FRAME_URL.search(f.url or ""):
            try:
                return int(f.evaluate(VISIBLE_JS)), f
            except Exception:  # the frame navigated away mid-call
                return -1, None
    return -1, None


def _wait(page, cond, timeout_s: float, poll_s: float = 0.02) -> tuple[float | None, int, bool]:
    """Poll until ``cond(count)``; (seconds or None on timeout, last count, saw a blank map)."""
    t0 = time.perf_counter()
    blank = False
    count = -1
    while time.perf_counter() - t0 < timeout_s:
        count, _ = _visible(page)
        if count <= 0:
            blank = True
        elif cond(count):
            return time.perf_counter() - t0, count, blank
        page.wait_for_timeout(poll_s * 1000)  # not time.sleep: Playwright must serve the routed requests
    return None, count, blank


def step_forward(page, timeout_s: float) -> tuple[float | None, bool, bool]:
    """Click "▶" once the page has settled; (seconds until the map shows another count or None
    on timeout, whether the map's iframe document stayed the same, whether a blank map was seen)."""
    page.wait_for_timeout(1000)  # let the previous run settle
    before, frame = _visible(page)
    if frame is not None:
        frame.evaluate("() => { window.__benchStayed = 'yes'; }")
    t0 = time.perf_counter()
    page.get_by_role("button", name="▶").click()
    secs, _, blank = _wait(page, lambda c, b0=before: c != b0, timeout_s)
    if secs is None:
        return None, False, blank
    secs = round(time.perf_counter() - t0, 3)
    _, frame = _visible(page)
    stayed = frame is not None and frame.evaluate("() => window.__benchStayed || ''") == "yes"
    return secs, stayed, blank


def _run(b, kind: str, n: int, steps: int, timeout_s: float) -> dict:
    from tests.browser import offline_page, streamlit_server

    row = {"map": "ours (app_map + SetTime)" if kind == "ours" else "plain st_folium", "events": n}
    with streamlit_server("bench/slider_app.py", env={"CM_BENCH_N": str(n), "CM_BENCH_MAP": kind},
                          timeout=180) as url:
        page = offline_page(b)
        t0 = time.perf_counter()
        page.goto(url, timeout=timeout_s * 1000)
        first, count, _ = _wait(page, lambda c: c > 0, timeout_s * 2)
        row["first_map_s"] = None if first is None else round(time.perf_counter() - t0, 2)
        row["visible_at_start"] = count
        lat, reloaded, blanks = [], 0, 0
        for _ in range(steps if first is not None else 0):
            secs, stayed, blank = step_forward(page, timeout_s)
            lat.append(secs)
            if secs is None:
                break
            reloaded += not stayed
            blanks += blank
        page.context.close()
    done = [x for x in lat if x is not None]
    row.update(steps=len(lat), step_median_s=round(statistics.median(done), 3) if done else None,
               step_max_s=max(done) if done else None, timeouts=len(lat) - len(done),
               iframe_reloads=reloaded, blank_seen=blanks, step_latencies_s=lat)
    if first is None:
        row["note"] = f"map not drawn within {timeout_s * 2:g} s"
    elif len(done) < len(lat):
        row["note"] = f">{timeout_s:g} s (timeout)"
    return row


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="3 steps per map instead of 5")
    ap.add_argument("--sizes", default="10000,100000", help="comma-separated event counts")
    ap.add_argument("--plain-max", type=int, default=10_000,
                    help="largest size for the plain baseline (one plain map of 100k takes ~2 min to build)")
    ap.add_argument("--steps", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=90.0, help="cap per step, seconds")
    args = ap.parse_args(argv)
    from tests.browser import browser

    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    steps = 3 if args.quick else args.steps
    rows = []
    plain_rows: dict[int, dict] = {}
    with browser() as b:
        for n in sizes:
            ours = _run(b, "ours", n, steps, args.timeout)
            if n <= args.plain_max:
                plain = plain_rows[n] = _run(b, "plain", n, steps, args.timeout)
            else:
                plain = {"map": "plain st_folium", "events": n,
                         "note": f"not run: above --plain-max {args.plain_max} (a plain map of {n:,} events "
                                 "takes minutes to build, see map_render)"}
            base = plain if plain.get("step_median_s") else plain_rows.get(max(plain_rows, default=0), {})
            if ours["step_median_s"] and base.get("step_median_s"):
                ours["step_vs_plain"] = round(ours["step_median_s"] / base["step_median_s"], 3)
                if base is not plain:
                    ours["note"] = f"step_vs_plain against plain at {base['events']:,} events"
            rows += [ours, plain]
            print_table(rows[-2:], ["map", "events", "first_map_s", "visible_at_start", "steps", "step_median_s",
                                    "step_max_s", "timeouts", "iframe_reloads", "blank_seen", "step_vs_plain",
                                    "note"])
            print()
    result = {"benchmark": "slider", "quick": args.quick, "rows": rows,
              "baseline": "plain st_folium: a new folium.Map of CircleMarkers+Popups (events up to the date) per step"}
    out = write_result("slider", result)
    print(f"wrote {out.relative_to(ROOT)}")
    return result


if __name__ == "__main__":
    main()
