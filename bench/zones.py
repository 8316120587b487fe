"""Zones benchmark: ``layers.zones.zone_timeline`` on claims and events read from generated articles.

Run: ``.venv/bin/python bench/zones.py [--quick] [--sizes 250,500,1000,2000] [--baseline-max 500]``

Data: the first n of :func:`bench.articles.generate` (seeded; the first n of a
longer run are the same articles), read by ``reading.pipeline.default_pipeline``
with the offline gazetteer; the claims and events of those articles are what the
build hands to ``zone_timeline``. Reading time is measured too: the zones must
cost a small share of it.

Baseline: the previous algorithm (``layers/zones.py`` at ``--baseline-ref``,
loaded from git history into its own module), which re-drew every held zone
against the union of all fighting on every change. It runs on the same inputs
in the same process, up to ``--baseline-max`` articles (it needs minutes from
1,000 articles on). The table also says how far the two outputs agree: rows,
and rows with the same zone id (same faction, start and geometry bytes).

Times are wall seconds (median of ``--repeat`` runs) and CPU seconds of this
process; the machine is shared, so CPU seconds are the steadier number.
``--quick``: sizes 250 and 500.
"""
from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, print_table, write_result  # noqa: E402

__all__ = ["main", "read_facts", "load_baseline"]

#: The last commit with the previous algorithm (before the local redraws).
BASELINE_REF = "64bc104"


def read_facts(n: int) -> list[dict]:
    """Read the first n generated articles: one dict per article.

    Each has the article's id, published date, claims and events, and
    ``read_s``, the reading seconds of the articles so far (cumulative).
    """
    import articles as A

    from geo.gazetteer import load_gazetteer
    from reading.document import Document
    from reading.pipeline import default_pipeline

    nlp = default_pipeline(gazetteer=load_gazetteer())
    out, spent = [], 0.0
    for a in A.generate(n):
        doc = Document(id=a.id, text=a.text, title=a.title, published=a.published)
        t0 = time.perf_counter()
        done = nlp(doc)
        spent += time.perf_counter() - t0
        out.append({"id": done.id, "published": done.published, "claims": list(done.claims),
                    "events": list(done.events), "read_s": spent})
    return out


def load_baseline(ref: str = BASELINE_REF):
    """``layers/zones.py`` as it was at git ``ref``, as a module of its own."""
    text = subprocess.run(["git", "show", f"{ref}:layers/zones.py"], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout
    path = Path(tempfile.mkdtemp(prefix="zones-baseline-")) / "zones_baseline.py"
    path.write_text(text)
    spec = importlib.util.spec_from_file_location("zones_baseline", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["zones_baseline"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _time(fn, repeat: int) -> tuple[object, float, float]:
    """(result, median wall seconds, median CPU seconds) of ``repeat`` calls."""
    walls, cpus, out = [], [], None
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        out = fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return out, statistics.median(walls), statistics.median(cpus)


def _agreement(ours, base) -> dict:
    """How many rows the two timelines share: by zone id, and by (faction, status, start, end)."""
    def spans(t):
        return Counter(zip(t.faction, t.status, t.start, t.end.fillna("")))

    return {"baseline_rows": len(base), "same_zone_ids": len(set(ours.zone_id) & set(base.zone_id)),
            "same_spans": sum((spans(ours) & spans(base)).values())}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="sizes 250 and 500 only")
    ap.add_argument("--sizes", default="250,500,1000,2000", help="article counts, comma-separated")
    ap.add_argument("--baseline-max", type=int, default=500, help="largest size the baseline runs at")
    ap.add_argument("--baseline-ref", default=BASELINE_REF, help="git ref of the baseline layers/zones.py")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size (median)")
    args = ap.parse_args(argv)
    sizes = [250, 500] if args.quick else sorted({int(s) for s in args.sizes.split(",") if s.strip()})

    from layers.zones import zone_timeline

    baseline = load_baseline(args.baseline_ref) if args.baseline_max > 0 else None
    facts = read_facts(max(sizes))
    rows = []
    for n in sizes:
        part = facts[:n]
        claims = [c for f in part for c in f["claims"]]
        events = [e for f in part for e in f["events"]]
        published = {f["id"]: f["published"] for f in part}
        ours, wall, cpu = _time(lambda: zone_timeline(claims, events, published=published), args.repeat)
        row = {"articles": n, "claims": len(claims), "events": len(events), "read_s": round(part[-1]["read_s"], 2),
               "zone_rows": len(ours), "zones_s": round(wall, 3), "zones_cpu_s": round(cpu, 3),
               "share_of_read": round(wall / part[-1]["read_s"], 3)}
        if baseline is not None and n <= args.baseline_max:
            base, bwall, bcpu = _time(lambda: baseline.zone_timeline(claims, events, published=published), 1)
            row.update(baseline_s=round(bwall, 3), baseline_cpu_s=round(bcpu, 3),
                       x_faster_cpu=round(bcpu / cpu, 1), **_agreement(ours, base))
        rows.append(row)
        print(f"{n} articles: zone_timeline {wall:.2f} s ({cpu:.2f} s CPU)"
              + (f", baseline {row['baseline_s']} s" if "baseline_s" in row else ""), flush=True)
    for a, b in zip(rows, rows[1:]):
        b["cpu_growth_vs_prev"] = round(b["zones_cpu_s"] / a["zones_cpu_s"], 2)
    print()
    print_table(rows, ["articles", "claims", "events", "read_s", "zone_rows", "zones_s", "zones_cpu_s",
                       "share_of_read", "cpu_growth_vs_prev", "baseline_s", "baseline_cpu_s", "x_faster_cpu",
                       "baseline_rows", "same_zone_ids", "same_spans"])
    result = {"benchmark": "zones", "quick": args.quick, "rows": rows,
              "baseline": f"layers/zones.py at git {args.baseline_ref} (every held zone redrawn against "
                          "the union of all fighting on every change), same inputs, same process"}
    out = write_result("zones", result)
    print(f"wrote {out.relative_to(ROOT)}")
    return result


if __name__ == "__main__":
    main()
