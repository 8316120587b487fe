"""Where plain geoparsing and the event pipeline's place mentions read a name differently.

Run: ``.venv/bin/python bench/readers_agree.py [--list] [FILES...]`` (default: every gold text and the seeds).

Both readers should place a name alike (a place reads the same in the events table as in geoparse
output). For each geoparse row, the pipeline's mention over it (``reading.toponyms.PlaceMentions``) is
compared: a placed row with no mention or an unplaced one, an unplaced row the pipeline places, or both
placed more than 1 km apart. A mention over several rows ("between A and B") agrees when it is at one of
them. Demonyms are left out (geoparse lists no people's names), and so are physical features' points
(kind "physical": plain geoparsing gives a river or peak a representative point, the pipeline none). Prints one count per kind and, with
``--list``, every disagreement.
"""
from __future__ import annotations

import argparse
import glob
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.distance import great_circle_km as km  # noqa: E402
from geo.gazetteer import load_gazetteer  # noqa: E402
from reading.document import Document  # noqa: E402
from reading.geoparse import geoparse  # noqa: E402
from reading.toponyms import PlaceMentions, _get  # noqa: E402

_SAME_KM = 1.0


def texts(paths: list[str]) -> list[tuple[str, str]]:
    """(id, text) of every gold row in the ``.jsonl`` files and of every ``.txt`` file."""
    out = []
    for p in paths:
        if p.endswith(".jsonl"):
            for line in open(p, encoding="utf-8"):
                r = json.loads(line)
                out.append((f"{Path(p).stem}:{r['id']}", r["text"]))
        else:
            out.append((Path(p).name, Path(p).read_text(encoding="utf-8")))
    return out


def disagreements(text: str, gaz, nlp) -> list[tuple[str, str, str, str]]:
    """(kind, surface, geoparse's place, pipeline's place) of each name the two readers place differently."""
    rows = geoparse(text, gazetteer=gaz)
    mentions = [m for m in nlp(Document(id="t", text=text)).mentions if m.role != "demonym"]

    def where(m) -> tuple | None:
        if m.location is None:
            return None
        p = _get(gaz, m.place_id)  # (a unit of geo.admin_units is no gazetteer row: its mention's point)
        return (p.name, p.lat, p.lon) if p is not None else (m.location.name, m.location.lat, m.location.lon)

    out = []
    for r in rows:
        over = [m for m in mentions if m.start < r["end"] and r["start"] < m.end]
        # a physical feature's point (geo/physical.py) is geoparse's alone: the pipeline places no event there
        gp = None if r["lat"] is None or r["kind"] == "physical" else (r["name"], r["lat"], r["lon"])
        surface = text[r["start"] : r["end"]]
        if not over:
            if gp is not None:
                out.append(("no mention", surface, gp[0], "-"))
            continue
        m = min(over, key=lambda m: (not (m.start <= r["start"] and r["end"] <= m.end), m.end - m.start))
        # (the mention that holds the row, the shortest: not a longer phrase beside it)
        pp = where(m)
        if gp is None and pp is None:
            continue
        if gp is None:
            inside = [q for q in rows if m.start < q["end"] and q["start"] < m.end]
            if len(inside) == 1:
                out.append(("geoparse unplaced", surface, "-", pp[0]))
            continue
        if pp is None:
            out.append(("pipeline unplaced", surface, gp[0], "-"))
            continue
        if km(gp[1], gp[2], pp[1], pp[2]) > _SAME_KM:
            inside = [q for q in rows if m.start < q["end"] and q["start"] < m.end and q["lat"] is not None]
            if not any(km(q["lat"], q["lon"], pp[1], pp[2]) <= _SAME_KM for q in inside):
                out.append(("other place", surface, gp[0], pp[0]))
    return out


def main(argv: list[str] | None = None) -> Counter:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--list", action="store_true", help="print every disagreement")
    args = ap.parse_args(argv)
    paths = args.files or sorted(glob.glob(str(ROOT / "bench/data/*gold*.jsonl"))) + sorted(glob.glob(str(ROOT / "seeds/*.txt")))
    gaz = load_gazetteer()
    nlp = PlaceMentions(gaz)
    counts: Counter = Counter()
    for doc_id, text in texts(paths):
        for kind, surface, gp, pp in disagreements(text, gaz, nlp):
            counts[kind] += 1
            if args.list:
                print(f"{doc_id}\t{kind}\t{surface!r}\tgeoparse={gp}\tpipeline={pp}")
    print("disagreements", sum(counts.values()), dict(sorted(counts.items())))
    return counts


if __name__ == "__main__":
    main()
