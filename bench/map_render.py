"""Map export benchmark: our HTML exports vs plain folium, build time, size, browser-ready time.

Run: ``.venv/bin/python bench/map_render.py [--quick]``

Baseline ("plain folium"): one ``folium.CircleMarker`` with a ``folium.Popup``
(the quote) per event, ``m.get_root().render()``; its Leaflet is pointed at the
project's vendored copy and its Popups' jQuery at Debian's copy (file: URLs)
so it loads offline like ours.
Browser-ready: from ``page.goto`` to the first marker/cluster/path in the DOM,
in headless Chromium with the project's offline flags (``tests/browser.py``).
Our maps: median of ``--repeat`` (3) builds and opens; plain folium once.
``--quick``: sizes 1k/10k/100k, but plain folium at 100k is built (not opened).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import JQUERY, ROOT, empty_zones, print_table, synthetic_events, timed, write_result  # noqa: E402

__all__ = ["plain_folium_html", "browser_ready", "main"]

READY = ".leaflet-marker-icon, .marker-cluster, path.leaflet-interactive"


def plain_folium_html(events) -> str:
    """The naive map: one CircleMarker + Popup per event, rendered by folium."""
    import folium

    m = folium.Map(location=[30.0, 17.0], zoom_start=6, tiles=None)
    m.default_js = [("jquery", JQUERY.as_uri()), ("leaflet", (ROOT / "static/vendor/leaflet/leaflet.js").as_uri())]
    m.default_css = [("leaflet_css", (ROOT / "static/vendor/leaflet/leaflet.css").as_uri())]
    for lat, lon, quote in zip(events["latitude"], events["longitude"], events["quote"]):
        folium.CircleMarker([lat, lon], radius=5, popup=folium.Popup(quote, max_width=300)).add_to(m)
    return m.get_root().render()


def browser_ready(b, path: Path, timeout_s: float) -> float | None:
    """Seconds from navigation to the first marker in the DOM; None on timeout."""
    from tests.browser import offline_page

    page = offline_page(b)
    try:
        t0 = time.perf_counter()
        page.goto(path.as_uri(), wait_until="commit", timeout=timeout_s * 1000)
        page.wait_for_selector(READY, state="attached", timeout=max(1.0, timeout_s - (time.perf_counter() - t0)) * 1000)
        return time.perf_counter() - t0
    except Exception:  # playwright TimeoutError; a crashed tab counts as a timeout too
        return None
    finally:
        page.context.close()


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="skip plain folium at 100k in the browser")
    ap.add_argument("--timeout", type=float, default=120.0, help="browser-ready cap per page, seconds")
    ap.add_argument("--repeat", type=int, default=3, help="builds and opens of our maps (median)")
    args = ap.parse_args(argv)

    from layers.html import snapshot_html, timeline_html
    from tests.browser import browser

    zones = empty_zones()
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="cm-bench-"))
    with browser() as b:
        for n in (1_000, 10_000, 100_000):
            events = synthetic_events(n, seed=n)
            pages = {}
            for name, build in (
                ("snapshot", lambda: snapshot_html(events, zones, at=None)),
                ("timeline", lambda: timeline_html(events, zones)),
                ("plain folium", lambda: plain_folium_html(events)),
            ):
                # Ours: median of --repeat builds (the machine is shared); plain folium: once.
                runs = [timed(build) for _ in range(1 if name == "plain folium" else args.repeat)]
                html, secs = runs[0][0], statistics.median(t for _, t in runs)
                del runs
                path = tmp / f"{name.replace(' ', '_')}_{n}.html"
                path.write_text(html, encoding="utf-8")
                pages[name] = path
                rows.append({"events": n, "map": name, "build_s": round(secs, 3),
                             "html_mb": round(len(html.encode("utf-8")) / 1e6, 3)})
                del html
            for row in rows[-3:]:
                if row["map"] == "plain folium" and n >= 100_000 and args.quick:
                    row["ready_s"] = "skipped"
                    continue
                times = [browser_ready(b, pages[row["map"]], args.timeout)
                         for _ in range(1 if row["map"] == "plain folium" else args.repeat)]
                ready = None if None in times else statistics.median(times)
                row["ready_s"] = round(ready, 3) if ready is not None else f">{args.timeout:g} (timeout)"
            plain = rows[-1]
            for row in rows[-3:-1]:
                row["build_vs_plain"] = round(row["build_s"] / plain["build_s"], 3)
                row["size_vs_plain"] = round(row["html_mb"] / plain["html_mb"], 3)
                if isinstance(row["ready_s"], float) and isinstance(plain["ready_s"], float):
                    row["ready_vs_plain"] = round(row["ready_s"] / plain["ready_s"], 3)
                else:
                    row["ready_vs_plain"] = None
            print_table(rows[-3:], ["events", "map", "build_s", "html_mb", "ready_s",
                                    "build_vs_plain", "size_vs_plain", "ready_vs_plain"])
            print()
    for p in tmp.iterdir():
        p.unlink()
    tmp.rmdir()
    result = {"benchmark": "map_render", "quick": args.quick, "timeout_s": args.timeout, "rows": rows,
              "baseline": "plain folium: CircleMarker + Popup per event, get_root().render(), vendored Leaflet"}
    out = write_result("map_render", result)
    print(f"wrote {out.relative_to(ROOT)}")
    return result


if __name__ == "__main__":
    main()
