"""Rows of ``geo/data/regions.csv`` for first-level divisions that Natural Earth 4.1 splits further.

Natural Earth's admin-1 layer holds Italy's provinces, Spain's provinces, France's departments,
the Philippines' provinces and Belgium's provinces; news names the level above ("Sicily",
"Catalonia", "Brittany", "Central Visayas", "Flanders"). Each such division is written here as a
region dissolved from its Natural Earth units: a unit belongs to the division that is the
``parent_code`` of the ``pycountry`` ISO 3166-2 subdivision matched by name (name or alternative
name, accents, case and "Provincia di" ignored). Units ISO 3166-2 no longer lists are assigned by
hand (``_BY_HAND``: Sardinia's four former provinces, Aosta, Metro Manila's cities, Soccsksargen's
provinces, which ISO 3166-2 still files under Davao, two cities the rule below misplaces) or, for the
Philippines' independent cities, to the division of the nearest matched unit (label points).
English names and the Philippine island groups Luzon, Mindanao and the Visayas (their regions) follow
Wikipedia. Divisions made of one unit that already bears the name (Madrid, Murcia) are left out.

Run: ``python scripts/build_iso_regions.py`` (rewrites the ``region:it-``, ``es-``, ``fr-``, ``ph-``
and ``be-`` rows of ``geo/data/regions.csv``, keeps the others).
"""
from __future__ import annotations

import csv
import math
import re
import sys
import unicodedata
from pathlib import Path

import pandas as pd
import pycountry

ROOT = Path(__file__).resolve().parents[1]
CSV = ROOT / "geo" / "data" / "regions.csv"
PREFIXES = ("region:it-", "region:es-", "region:fr-", "region:ph-", "region:be-")

#: ISO code -> (English name, alternative names); only the divisions written as regions.
NAMES = {
    "IT": {
        "IT-21": ("Piedmont", "Piemonte"), "IT-23": ("Aosta Valley", "Valle d'Aosta|Vallée d'Aoste"),
        "IT-25": ("Lombardy", "Lombardia"), "IT-32": ("Trentino-Alto Adige", "Trentino-South Tyrol|Trentino-Alto Adige/Südtirol"),
        "IT-34": ("Veneto", ""), "IT-36": ("Friuli-Venezia Giulia", "Friuli Venezia Giulia"),
        "IT-42": ("Liguria", ""), "IT-45": ("Emilia-Romagna", "Emilia Romagna"), "IT-52": ("Tuscany", "Toscana"),
        "IT-55": ("Umbria", ""), "IT-57": ("Marche", "Le Marche|the Marches"), "IT-62": ("Lazio", "Latium"),
        "IT-65": ("Abruzzo", "Abruzzi"), "IT-67": ("Molise", ""), "IT-72": ("Campania", ""),
        "IT-75": ("Apulia", "Puglia"), "IT-77": ("Basilicata", ""), "IT-78": ("Calabria", ""),
        "IT-82": ("Sicily", "Sicilia"), "IT-88": ("Sardinia", "Sardegna"),
    },
    "ES": {
        "ES-AN": ("Andalusia", "Andalucía|Andalucia"), "ES-AR": ("Aragon", "Aragón"),
        "ES-CL": ("Castile and León", "Castilla y León|Castile and Leon|Castile-Leon"),
        "ES-CM": ("Castile-La Mancha", "Castilla-La Mancha|Castile La Mancha"),
        "ES-CN": ("Canary Islands", "Canarias|the Canaries|Canaries"), "ES-CT": ("Catalonia", "Catalunya|Cataluña"),
        "ES-EX": ("Extremadura", ""), "ES-GA": ("Galicia", ""),
        "ES-IB": ("Balearic Islands", "Illes Balears|Islas Baleares|the Balearics"),
        "ES-PV": ("Basque Country", "País Vasco|Euskadi"),
        "ES-VC": ("Valencian Community", "Comunitat Valenciana|Comunidad Valenciana"),
    },
    "FR": {
        "FR-ARA": ("Auvergne-Rhône-Alpes", "Auvergne-Rhone-Alpes"),
        "FR-BFC": ("Bourgogne-Franche-Comté", "Burgundy-Franche-Comté|Bourgogne-Franche-Comte"),
        "FR-BRE": ("Brittany", "Bretagne"), "FR-CVL": ("Centre-Val de Loire", "Centre-Val-de-Loire"),
        "FR-20R": ("Corsica", "Corse"), "FR-GES": ("Grand Est", "Grand-Est"), "FR-HDF": ("Hauts-de-France", ""),
        "FR-IDF": ("Île-de-France", "Ile-de-France"), "FR-NAQ": ("Nouvelle-Aquitaine", ""),
        "FR-NOR": ("Normandy", "Normandie"), "FR-OCC": ("Occitanie", "Occitania"),
        "FR-PAC": ("Provence-Alpes-Côte d'Azur", "Provence-Alpes-Cote d'Azur|PACA"),
        "FR-PDL": ("Pays de la Loire", "Pays-de-la-Loire"),
    },
    "PH": {
        "PH-00": ("Metro Manila", ""), "PH-01": ("Ilocos Region", ""), "PH-02": ("Cagayan Valley", ""),
        "PH-03": ("Central Luzon", ""), "PH-05": ("Bicol Region", "Bicol"), "PH-06": ("Western Visayas", ""),
        "PH-07": ("Central Visayas", ""), "PH-08": ("Eastern Visayas", ""), "PH-09": ("Zamboanga Peninsula", ""),
        "PH-10": ("Northern Mindanao", ""), "PH-11": ("Davao Region", ""),
        "PH-12": ("Soccsksargen", "SOCCSKSARGEN"), "PH-13": ("Caraga", "Caraga Region"),
        "PH-14": ("Bangsamoro", "BARMM|ARMM|Bangsamoro Autonomous Region in Muslim Mindanao|Autonomous Region in Muslim Mindanao"),
        "PH-15": ("Cordillera Administrative Region", "Cordillera"), "PH-40": ("Calabarzon", "CALABARZON"),
        "PH-41": ("Mimaropa", "MIMAROPA"),
    },
    "BE": {"BE-VLG": ("Flanders", "Flemish Region|Vlaanderen"), "BE-WAL": ("Wallonia", "Walloon Region|Wallonie")},
}
#: Island groups of the Philippines (Wikipedia "Luzon", "Mindanao", "Visayas"): their regions.
GROUPS = {
    "PH": {"luzon": ("Luzon", "Luzon island group", ("PH-00", "PH-01", "PH-02", "PH-03", "PH-05", "PH-15", "PH-40", "PH-41")),
           "mindanao": ("Mindanao", "Mindanao island group", ("PH-09", "PH-10", "PH-11", "PH-12", "PH-13", "PH-14")),
           "visayas": ("Visayas", "the Visayas|Visayan Islands", ("PH-06", "PH-07", "PH-08"))},
}
_NCR = ("caloocan las-pinas makati malabon mandaluyong-city manila marikina muntinlupa navotas paranaque pasay "
        "pasig pateros quezon-city san-juan taguig valenzuela").split()
_BY_HAND = {"ne:ITA-aoste": "IT-23", "ne:ITA-carbonia-iglesias": "IT-88", "ne:ITA-medio-campidano": "IT-88",
            "ne:ITA-ogliastra": "IT-88", "ne:ITA-olbia-tempio": "IT-88", "ne:FRA-seien-et-marne": "FR-IDF",
            "ne:PHL-maguindanao": "PH-14", "ne:PHL-compostela-valley": "PH-11", "ne:PHL-iligan": "PH-10",
            "ne:PHL-santiago": "PH-02",
            # Wikipedia "Soccsksargen" (Region XII since 2001); pycountry still files these under PH-11
            "ne:PHL-south-cotabato": "PH-12", "ne:PHL-sarangani": "PH-12", "ne:PHL-general-santos": "PH-12",
            **{f"ne:PHL-{n}": "PH-00" for n in _NCR}}


def _key(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if not unicodedata.combining(c))
    s = re.sub(r"^(?:provincia|provincie|province|departement)(?: di| de| du| of)? ", "", s)
    return re.sub(r"[^a-z]", "", s)


def _parents(frame: pd.DataFrame, iso: str) -> dict[str, str]:
    kids: dict[str, set] = {}
    for s in pycountry.subdivisions.get(country_code=iso):
        if s.parent_code:
            for n in re.split(r"\s*\[|\]|,\s*", s.name):
                if n:
                    kids.setdefault(_key(n), set()).add(s.parent_code)
    units = frame[frame.iso_a2 == iso]
    out: dict[str, str] = {}
    for r in units.itertuples():
        if r.id in _BY_HAND:
            out[r.id] = _BY_HAND[r.id]
            continue
        par: set = set()
        for n in [r.name, *(a for a in (r.alt_names or "").split("|") if a)]:
            par |= kids.get(_key(n), set())
        if len(par) == 1:
            out[r.id] = par.pop()
    if iso == "PH":  # independent cities: the division of the nearest matched unit
        pts = {r.id: (r.label_lat, r.label_lon) for r in units.itertuples()}
        matched = dict(out)
        for r in units.itertuples():
            if r.id not in out:
                la, lo = pts[r.id]
                near = min(matched, key=lambda i: math.hypot(pts[i][0] - la, (pts[i][1] - lo) * math.cos(math.radians(la))))
                out[r.id] = matched[near]
    return out


def rows() -> list[dict]:
    frame = pd.read_parquet(ROOT / "geo" / "data" / "admin1.parquet")
    out = []
    for iso, names in NAMES.items():
        parents = _parents(frame, iso)
        by_code: dict[str, list[str]] = {}
        for uid, code in parents.items():
            by_code.setdefault(code, []).append(uid)
        for code, (name, alts) in names.items():
            ids = sorted(by_code.get(code, []))
            if not ids:
                continue
            out.append({"id": f"region:{iso.lower()}-{_key(name)}", "name": name, "alt_names": alts, "country": iso,
                        "admin1_ids": "|".join(ids), "bbox": "",
                        "source": f"pycountry ISO 3166-2:{iso}: the Natural Earth units whose subdivision (matched by name) "
                                  f"has parent {code}; English name from Wikipedia"
                                  + ("; former or unlisted units assigned by hand" if any(i in _BY_HAND for i in ids) else "")})
        for gid, (name, alts, codes) in GROUPS.get(iso, {}).items():
            ids = sorted(u for c in codes for u in by_code.get(c, []))
            out.append({"id": f"region:{iso.lower()}-{gid}", "name": name, "alt_names": alts, "country": iso,
                        "admin1_ids": "|".join(ids), "bbox": "",
                        "source": f"Wikipedia '{name}' (island group: regions {', '.join(codes)}); "
                                  f"units by pycountry ISO 3166-2:{iso} parents"})
    return out


def main() -> None:
    with open(CSV, newline="", encoding="utf-8") as f:
        lines = f.read().splitlines(keepends=True)
    fields = next(csv.reader(lines[:1]))
    kept = [line for line in lines[1:] if not line.startswith(PREFIXES)]  # written as they are
    new = rows()
    with open(CSV, "w", newline="", encoding="utf-8") as f:
        f.write(lines[0])
        f.writelines(kept)
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerows(new)
    print(f"{len(new)} rows written, {len(kept)} kept", file=sys.stderr)


if __name__ == "__main__":
    main()
