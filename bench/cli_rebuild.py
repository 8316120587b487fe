"""The command as a user runs it: a full build, then +1% newest articles, then nothing changed.

Run: ``.venv/bin/python bench/cli_rebuild.py [--n 3000] [--quick]``

``bench/scale.py`` times :func:`conflict_map.build.build_documents` inside one
process (warm imports, gazetteer and patterns; no exports). A user who feeds a
corpus folder daily runs ``conflict-map build CORPUS --out DIR`` instead: a new
process each time (Python start-up, imports, the gazetteer index, the compiled
patterns) that also writes every export (GeoJSON, CSV, GeoPackage, the
timeline page, the report). This benchmark times that, end to end, in one
corpus folder the articles are added to (their paths are part of their keys).

Rows: the full build (baseline), the rebuild after adding the 1% newest
articles (ratio to the full build), and the same command again with nothing
changed; each with the build's own time and the exports' time, read from the
command's ``--timings`` line.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, print_table, write_result  # noqa: E402

__all__ = ["main"]


def _run(corpus: Path, out: Path) -> dict:
    """One ``conflict-map build`` in a new process: wall time, and the stages it reports."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "conflict_map", "build", str(corpus), "--out", str(out),
                           "--quiet", "--timings"], cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"conflict-map build failed:\n{done.stderr}")
    stages = next((json.loads(line.split(" ", 1)[1]) for line in done.stderr.splitlines()
                   if line.startswith("timings ")), {})
    return {"wall_s": round(wall, 2), **{f"{k}_s": round(v, 2) for k, v in stages.items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000, help="articles of the first build (default 3,000)")
    ap.add_argument("--quick", action="store_true", help="300 articles")
    args = ap.parse_args(argv)
    n = 300 if args.quick else args.n
    import articles as A

    new = max(1, n // 100)
    arriving = sorted(A.generate(n + new), key=lambda a: (a.published, a.id))
    work = Path(tempfile.mkdtemp(prefix="conflict-map-cli-bench-"))
    try:
        corpus, out = work / "corpus", work / "out"
        A.write_corpus(corpus, arriving[:n])
        rows = [{"run": f"conflict-map build, {n} articles (new store)", **_run(corpus, out)}]
        A.write_corpus(corpus, arriving)
        full = rows[0]["wall_s"]
        for label in (f"+{new} newest articles (1%)", "nothing changed"):
            row = {"run": f"conflict-map build again, {label}", **_run(corpus, out)}
            row["ratio_to_full"] = round(row["wall_s"] / full, 3)
            rows.append(row)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_table(rows, ["run", "wall_s", "read_corpus_s", "build_s", "exports_s", "ratio_to_full"])
    print(f"wrote {write_result('cli_rebuild', {'n': n, 'rows': rows})}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
