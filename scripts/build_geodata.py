"""Rebuild the derived boundary files in ``geo/data`` from Natural Earth.

Source: Natural Earth 1:10m admin-0 and admin-1 (public domain), as packaged
by QGIS in Debian's ``qgis-common`` (``apt-get install qgis-common``), file
``/usr/share/qgis/resources/data/world_map.gpkg`` (layers ``countries`` and
``states_provinces``, Natural Earth v4.1.0, already generalised by QGIS).

Writes (all WGS84):

* ``admin1.parquet``   one row per first-level division, coverage-simplified
* ``countries.parquet`` one row per country (ISO alpha-2), coverage-simplified
* ``basemap.geojson``  coarse country outlines, an offline base layer
* ``common_words.txt`` frequent English words, most frequent first (only if ``wordfreq`` imports;
  pass ``--wordfreq-path`` to point at a throwaway install)

Usage: ``python scripts/build_geodata.py [--source PATH] [--wordfreq-path DIR]``.
The output is deterministic: rows sorted by id, coordinates rounded.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import geopandas as gpd
import shapely

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.normalize import slug  # noqa: E402

SOURCE = Path("/usr/share/qgis/resources/data/world_map.gpkg")
OUT = ROOT / "geo" / "data"

#: Division type words recognised at the end of GeoNames/WOE names.
TYPES = ("Oblast", "State", "Province", "Governorate", "Region", "District",
         "Prefecture", "Department", "Municipality", "County", "Territory",
         "Republic", "Krai", "Wilaya", "Muhafazah", "Emirate", "Division")


#: English names of Libyan districts (Wikipedia, "Districts of Libya").
LY_ENGLISH = {"Tarabulus": "Tripoli District", "Banghazi": "Benghazi District",
              "Misratah": "Misrata District", "Az Zawiyah": "Zawiya District",
              "Al Jafarah": "Jafara", "Darnah": "Derna District"}


def _clean_gn(name: str) -> str:
    """Strip the Libyan ``Sha`biyat`` prefix and fix GeoNames backticks."""
    name = re.sub(r"^Sha`biyat\s+", "", name or "").replace("`", "'")
    return name[:1].upper() + name[1:]


def _type_of(*names: str) -> str:
    for n in names:
        for word in TYPES:
            if isinstance(n, str) and re.search(rf"\b{word}\b", n):
                return word.lower()
    return ""


def _round(geom, ndigits: int):
    return shapely.set_precision(geom, 10 ** -ndigits)


def _label(geom) -> tuple[float, float]:
    """Centroid when it falls inside, else a representative point."""
    c = geom.centroid
    if not geom.contains(c):
        # Largest part's point reads better than an arbitrary one.
        parts = getattr(geom, "geoms", [geom])
        c = max(parts, key=lambda g: g.area).representative_point()
    return round(c.x, 4), round(c.y, 4)


def build_admin1(src: Path) -> gpd.GeoDataFrame:
    g = gpd.read_file(src, layer="states_provinces")
    g = g[g["iso_a2"].str.fullmatch(r"[A-Z]{2}", na=False)].copy()
    # Libya: Natural Earth's `name` holds the pre-2007 districts, `gn_name`
    # the current sha'biyat; dissolve on gn_name.
    ly = g["iso_a2"] == "LY"
    lib = g[ly].copy()
    lib["alt"] = lib["name"]
    lib = lib.dissolve(by="gn_name", aggfunc={"iso_a2": "first", "adm0_a3": "first",
                                              "admin": "first", "alt": lambda s: "|".join(sorted(set(s))),
                                              "fips": "first", "woe_name": "first"}).reset_index()
    lib["name"] = lib["gn_name"].map(_clean_gn)
    # English exonyms Natural Earth lacks for current Libyan districts.
    lib["alt"] = [a if n not in LY_ENGLISH else f"{a}|{LY_ENGLISH[n]}" for a, n in zip(lib["alt"], lib["name"])]
    lib["alt_names"] = lib.apply(lambda r: "|".join(sorted({r["gn_name"].replace("`", "'"), *r["alt"].split("|")} - {r["name"]})), axis=1)
    rest = g[~ly].copy()
    rest["name"] = rest["name"].fillna(rest["gn_name"]).fillna(rest["woe_name"])
    rest["alt_names"] = rest.apply(
        lambda r: "|".join(sorted({str(x).replace("`", "'") for x in (
            r["gn_name"], r["woe_name"],
            r["woe_label"].split(",")[0] if isinstance(r["woe_label"], str) else None)
            if isinstance(x, str) and x and x != r["name"]})), axis=1)
    rest["type"] = [_type_of(a, b) for a, b in zip(rest["gn_name"], rest["woe_label"])]
    lib["type"] = "district"
    cols = ["name", "alt_names", "iso_a2", "adm0_a3", "admin", "type", "geometry"]
    out = gpd.GeoDataFrame(
        gpd.pd.concat([rest[cols], lib[cols]], ignore_index=True), crs="EPSG:4326")
    out = out[out["name"].notna()].copy()
    ids, seen = [], {}
    for a3, name in zip(out["adm0_a3"], out["name"]):
        base = f"ne:{a3}-{slug(name) or 'x'}"
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    out.insert(0, "id", ids)
    out["geometry"] = shapely.coverage_simplify(out.geometry.values, 0.03)
    out["geometry"] = [_round(shapely.make_valid(x), 3) for x in out.geometry]
    labels = [_label(x) for x in out.geometry]
    out["label_lon"] = [p[0] for p in labels]
    out["label_lat"] = [p[1] for p in labels]
    out["region"] = ""
    return out.sort_values("id").reset_index(drop=True)


def build_countries(src: Path) -> gpd.GeoDataFrame:
    c = gpd.read_file(src, layer="countries")
    c = c[c["iso_a2"].str.fullmatch(r"[A-Z]{2}", na=False)].copy()
    c = c.dissolve(by="iso_a2", aggfunc={"NAME": "first", "ISO_A3": "first"}).reset_index()
    c = c.rename(columns={"NAME": "name", "ISO_A3": "iso_a3"})
    c["geometry"] = shapely.coverage_simplify(c.geometry.values, 0.04)
    c["geometry"] = [_round(shapely.make_valid(x), 3) for x in c.geometry]
    labels = [_label(x) for x in c.geometry]
    c["label_lon"] = [p[0] for p in labels]
    c["label_lat"] = [p[1] for p in labels]
    return c[["iso_a2", "iso_a3", "name", "label_lon", "label_lat", "geometry"]].sort_values("iso_a2").reset_index(drop=True)


def build_basemap(countries: gpd.GeoDataFrame) -> dict:
    geoms = shapely.coverage_simplify(countries.geometry.values, 0.35)
    feats = []
    for iso, name, geom in zip(countries["iso_a2"], countries["name"], geoms):
        geom = shapely.make_valid(_round(geom, 2))
        if geom.is_empty:
            continue
        feats.append({"type": "Feature", "properties": {"iso_a2": iso, "name": name},
                      "geometry": shapely.geometry.mapping(geom)})
    return {"type": "FeatureCollection", "features": feats}


DICT = Path("/usr/share/dict/american-english")  # Debian `wamerican` (SCOWL)


def build_common_words(wordfreq_path: str | None, n: int = 20000) -> list[str] | None:
    """Frequent English words, most frequent first, as "word<TAB>1|0".

    The flag is 1 when the spelling dictionary lists the word in lower case
    (an ordinary word: "mobile", "police"), 0 when only capitalised or absent
    (a proper name: "Washington", "June", "Marco").
    """
    if wordfreq_path:
        sys.path.insert(0, wordfreq_path)
    try:
        import wordfreq
    except ImportError:
        return None
    lower = set()
    if DICT.exists():
        lower = {w for w in DICT.read_text(encoding="utf-8").split() if w.islower()}
    else:
        print(f"missing {DICT} (apt-get install wamerican): every word flagged lower-case",
              file=sys.stderr)
    words = wordfreq.top_n_list("en", n)
    words = dict.fromkeys(w for w in words if w.isalpha() and w.isascii())
    return [f"{w}\t{int(w in lower or not lower)}" for w in words]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=SOURCE)
    ap.add_argument("--wordfreq-path", default=None)
    args = ap.parse_args(argv)
    if not args.source.exists():
        print(f"missing {args.source}: run `apt-get install qgis-common`", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    admin1 = build_admin1(args.source)
    admin1.to_parquet(OUT / "admin1.parquet", index=False, compression="zstd")
    countries = build_countries(args.source)
    countries.to_parquet(OUT / "countries.parquet", index=False, compression="zstd")
    basemap = build_basemap(countries)
    (OUT / "basemap.geojson").write_text(json.dumps(basemap, separators=(",", ":"), sort_keys=True))
    words = build_common_words(args.wordfreq_path)
    if words is not None:
        (OUT / "common_words.txt").write_text("\n".join(words) + "\n")
    for p in sorted(OUT.iterdir()):
        print(f"{p.name:24s} {p.stat().st_size / 1024:8.0f} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
