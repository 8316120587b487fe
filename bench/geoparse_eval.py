"""Geoparsing accuracy on a hand-made gold standard: ``reading.geoparse`` vs geotext.

Run: ``.venv/bin/python bench/geoparse_eval.py [--errors] [--gold PATH]``

Gold: ``bench/data/geoparse_gold.jsonl`` (see ``bench/data/README.md``): short
texts written by hand, not generated and not taken from the tool's output, ~50%
conflict/wire news, ~25% local news in the style of LGL, ~25% world, health and
disaster news in the style of GeoVirus. Each toponym is a place NAME as written
(offsets, name, kind) with the coordinates of the place meant, or ``lat``/``lon``
null when the author was unsure (those count for recall only).

Scores (the usual ones of geoparsing papers, computed here):

- **Recognition**: a predicted span matches a gold span when they overlap
  (one-to-one, in text order); precision, recall and F1 over spans. ``exact``
  is the same with identical offsets.
- **Resolution**, over gold toponyms with coordinates that were found and
  resolved: accuracy@161km (share within 161 km = 100 miles), mean and median
  error in km. ``acc161_all`` is end to end: over every gold toponym with
  coordinates, a miss or an unresolved name counts as wrong.
- **geotext baseline** (``geotext.GeoText(text)`` cities + countries): no
  offsets and no coordinates, so recall by surface (a gold name is found when
  geotext lists that name, case-insensitive, as a multiset) and precision the
  same way (a geotext name is right when it is a gold surface of that text).

Errors listed (``--errors`` prints all of them, otherwise the first few of
each type): false positives (a predicted span overlapping no gold toponym),
misses (a gold toponym no prediction overlaps), unresolved (found, gold has
coordinates, prediction has none) and far (resolved more than 161 km away).
Writes ``bench/results/geoparse_eval.json``.
"""
from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, print_table, rows_with_ids, well_formed, write_result  # noqa: E402

__all__ = ["GOLD", "KINDS", "GENRES", "KNOWN_GENRES", "genre_of", "load_gold", "check_gold", "match_spans", "score", "geotext_scores", "km", "main"]

GOLD = ROOT / "bench" / "data" / "geoparse_gold.jsonl"
KINDS = ("city", "admin", "country", "region", "physical", "other")
#: Text id prefix -> genre.
GENRES = {"c": "conflict", "l": "local", "w": "world", "v": "outbreak", "k": "encyclopedic", "t": "agency",
          "f": "foreign desk", "r": "war records", "h": "old newspapers", "m": "military history",
          "s": "South-Asian press", "n": "African press",
          "o": "situation reports", "b": "bulletins",
          "g": "web news", "p": "regional press", "u": "humanitarian",
          "j": "small-town press", "y": "gazetteer entries", "z": "front lines",
          "d": "disasters and relief", "i": "economy and trade", "q": "quoted diplomacy",
          "a": "ambiguity", "e": "encyclopedic", "x": "variant spellings"}
#: Genres a row names in its optional ``"genre"`` field, for texts whose id letter (shared by
#: several golds since every letter is taken) would file them under the wrong genre.
ROW_GENRES = ("city news", "namesakes across borders", "profiles and obituaries", "sport and travel",
              "rivers, mountains and borders", "East and Southeast Asian reports",
              "Latin American and Iberian press", "post-Soviet reports", "maritime and shipping",
              "Middle East and North Africa press", "European regional news", "migration routes",
              "Pacific and Oceania", "Caribbean and Central America", "Central Asia and the Caucasus",
              "East and Southern Africa", "Balkans and Eastern European exonyms",
              "Maritime Southeast Asia and East Asia", "Nordic and Baltic reports", "Turkey and the Kurdish regions",
              "Headline-case wire briefs", "Former and historical names", "US politics and state news",
              "Science, expeditions and the environment", "Francophone West and Central Africa",
              "Social media and informal text", "Courts, crime and police reports",
              "China, Taiwan, Hong Kong and Mongolia", "Afghanistan, Iran and Pakistan's frontier",
              "Transcripts and scanned text", "Sudan, South Sudan and Chad", "Aviation and air-incident reports",
              "Sanctions lists, addresses and directories")
KNOWN_GENRES = frozenset(GENRES.values()) | frozenset(ROW_GENRES)
FAR_KM = 161.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine, mean Earth radius 6,371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


def genre_of(row: dict) -> str:
    """The row's genre: its ``"genre"`` field, else the genre of its id's first letter, else "other"."""
    return row.get("genre") or GENRES.get(row["id"][:1], "other")


def load_gold(path: Path | str = GOLD) -> list[dict]:
    """The gold rows of a JSON Lines file (blank lines skipped)."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def check_gold(rows: Iterable[dict]) -> list[str]:
    """Problems of a gold set (empty when well-formed): ids, spans, names, kinds, coordinates."""
    problems: list[str] = []
    for gid, row in rows_with_ids(rows, problems):
        if "genre" in row and row["genre"] not in KNOWN_GENRES:
            problems.append(f"{gid}: genre {row['genre']!r} is not a known genre")
        text = row.get("text")
        if not isinstance(text, str):
            problems.append(f"{gid}: text is not a string")
            continue
        last_end = 0
        for t in row.get("toponyms", []):
            s, e = t.get("start"), t.get("end")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f"{gid}: bad offsets {s!r}..{e!r}")
                continue
            if text[s:e] != t.get("name"):
                problems.append(f"{gid}: text[{s}:{e}] = {text[s:e]!r} != name {t.get('name')!r}")
            if s < last_end:
                problems.append(f"{gid}: toponym {t.get('name')!r} overlaps or precedes the previous one")
            last_end = e
            if t.get("kind") not in KINDS:
                problems.append(f"{gid}: {t.get('name')!r} kind {t.get('kind')!r} not in {KINDS}")
            lat, lon = t.get("lat"), t.get("lon")
            if (lat is None) != (lon is None):
                problems.append(f"{gid}: {t.get('name')!r} has only one of lat/lon")
            elif lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
                problems.append(f"{gid}: {t.get('name')!r} coordinates out of range")
    return problems


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def match_spans(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs of overlapping spans, greedy in text order."""
    order = sorted(range(len(pred)), key=lambda j: (pred[j]["start"], pred[j]["end"]))
    used: set[int] = set()
    pairs = []
    for i in sorted(range(len(gold)), key=lambda i: (gold[i]["start"], gold[i]["end"])):
        for j in order:
            if j not in used and _overlaps(gold[i], pred[j]):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict:
    p = tp_pred / n_pred if n_pred else 1.0
    r = tp_gold / n_gold if n_gold else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _summary(c: dict) -> dict:
    errs = c["errors_km"]
    out = {"texts": c["texts"], "gold": c["gold"], "predicted": c["pred"], "matched": c["tp"],
           **_prf(c["tp"], c["pred"], c["tp"], c["gold"]),
           "exact_f1": _prf(c["exact"], c["pred"], c["exact"], c["gold"])["f1"],
           "gold_with_coords": c["gold_coords"], "resolved": len(errs), "unresolved": c["unresolved"],
           "acc161": round(sum(e <= FAR_KM for e in errs) / len(errs), 4) if errs else None,
           "acc161_all": round(sum(e <= FAR_KM for e in errs) / c["gold_coords"], 4) if c["gold_coords"] else None,
           "mean_km": round(statistics.fmean(errs), 1) if errs else None,
           "median_km": round(statistics.median(errs), 1) if errs else None}
    return out


def _far_note(g: dict, p: dict, d: float) -> str:
    """A hint on a far resolution: a same-named area under 1,000 km off may only have another centre."""
    same = (p.get("name") or "").casefold() == g["name"].casefold()
    area = g["kind"] in ("country", "admin", "region") and p.get("kind") in ("country", "admin1", "region")
    if same and area and d < 1000:
        return "same-named area, other centre (centroid convention?)"
    if same:
        return "homonym: same name, other place"
    return "other name"


def _counts() -> dict:
    return {"texts": 0, "gold": 0, "pred": 0, "tp": 0, "exact": 0, "gold_coords": 0, "unresolved": 0,
            "errors_km": []}


def score(gold_rows: list[dict], predict: Callable[[str], list[dict]]) -> dict:
    """Score ``predict(text) -> [{"start", "end", "lat", "lon", ...}]`` on ``gold_rows``.

    Returns ``{"overall", "by_genre", "by_kind", "errors"}``; the summaries hold
    span precision/recall/F1 (overlap), ``exact_f1``, ``acc161`` (over found and
    resolved gold toponyms with coordinates), ``acc161_all`` (over all gold
    toponyms with coordinates), mean and median error km.
    """
    overall, by_genre, by_kind = _counts(), defaultdict(_counts), defaultdict(_counts)
    errors: list[dict] = []
    for row in gold_rows:
        text, gold = row["text"], row["toponyms"]
        pred = predict(text)
        genre = genre_of(row)
        pairs = match_spans(gold, pred)
        g2p = dict(pairs)
        matched_pred = {j for _, j in pairs}
        for c in (overall, by_genre[genre]):
            c["texts"] += 1
            c["pred"] += len(pred)
            c["tp"] += len(pairs)
        for j, p in enumerate(pred):
            if j not in matched_pred:
                errors.append({"type": "false_positive", "id": row["id"], "surface": text[p["start"]:p["end"]],
                               "start": p["start"], "end": p["end"], "resolved_to": p.get("name"),
                               "lat": p.get("lat"), "lon": p.get("lon"), "pred_kind": p.get("kind")})
        for i, g in enumerate(gold):
            cs = (overall, by_genre[genre], by_kind[g["kind"]])
            has = g.get("lat") is not None
            for c in cs:
                c["gold"] += 1
                c["gold_coords"] += has
            j = g2p.get(i)
            if j is None:
                errors.append({"type": "miss", "id": row["id"], "surface": g["name"], "start": g["start"],
                               "end": g["end"], "gold_kind": g["kind"]})
                continue
            p = pred[j]
            exact = p["start"] == g["start"] and p["end"] == g["end"]
            for c in cs:
                c["exact"] += exact
            by_kind[g["kind"]]["tp"] += 1
            if not has:
                continue
            if p.get("lat") is None:
                for c in cs:
                    c["unresolved"] += 1
                errors.append({"type": "unresolved", "id": row["id"], "surface": g["name"],
                               "pred_surface": text[p["start"]:p["end"]], "gold_kind": g["kind"]})
                continue
            d = km(g["lat"], g["lon"], p["lat"], p["lon"])
            for c in cs:
                c["errors_km"].append(d)
            if d > FAR_KM:
                errors.append({"type": "far", "id": row["id"], "surface": g["name"],
                               "pred_surface": text[p["start"]:p["end"]], "km": round(d),
                               "gold": [g["lat"], g["lon"]], "resolved_to": p.get("name"),
                               "lat": p["lat"], "lon": p["lon"], "pred_kind": p.get("kind"),
                               "gold_kind": g["kind"],
                               "note": _far_note(g, p, d)})
    # per kind: predictions belong to no gold kind, so precision is left out there
    kinds = {}
    for k in KINDS:
        if k in by_kind:
            s = _summary(by_kind[k])
            for key in ("texts", "predicted", "precision", "f1", "exact_f1"):
                s.pop(key)
            s["recall"] = round(by_kind[k]["tp"] / by_kind[k]["gold"], 4)
            kinds[k] = s
    return {"overall": _summary(overall), "by_genre": {g: _summary(by_genre[g]) for g in sorted(by_genre)},
            "by_kind": kinds, "errors": errors}


def geotext_scores(gold_rows: list[dict]) -> dict:
    """Recall and precision of ``GeoText(text)`` cities + countries, by surface (multiset, case-insensitive)."""
    from geotext import GeoText

    n_gold = n_found = n_pred = n_right = 0
    for row in gold_rows:
        g = GeoText(row["text"])
        names = Counter(x.lower() for x in list(g.cities) + list(g.countries))
        gold = Counter(t["name"].lower() for t in row["toponyms"])
        n_gold += sum(gold.values())
        n_pred += sum(names.values())
        hit = sum((gold & names).values())
        n_found += hit
        n_right += hit
    return {"gold": n_gold, "predicted": n_pred, "matched": n_found,
            **_prf(n_right, n_pred, n_found, n_gold)}


def _print_errors(errors: list[dict], limit: int | None) -> None:
    by_type: dict[str, list[dict]] = defaultdict(list)
    for e in errors:
        by_type[e["type"]].append(e)
    for t in ("false_positive", "miss", "unresolved", "far"):
        es = by_type.get(t, [])
        print(f"\n{t}: {len(es)}")
        for e in es[:limit] if limit is not None else es:
            if t == "false_positive":
                print(f"  {e['id']:4} {e['surface']!r} -> {e['resolved_to']} ({e['pred_kind']})")
            elif t == "miss":
                print(f"  {e['id']:4} {e['surface']!r} ({e['gold_kind']})")
            elif t == "unresolved":
                print(f"  {e['id']:4} {e['surface']!r} (found as {e['pred_surface']!r})")
            else:
                shown = e["surface"] if e["pred_surface"] == e["surface"] else f"{e['surface']} (as {e['pred_surface']})"
                print(f"  {e['id']:4} {shown!r} -> {e['resolved_to']} ({e['pred_kind']}, "
                      f"{e['lat']:.2f},{e['lon']:.2f}) {e['km']:,} km off [{e['note']}]")
        if limit is not None and len(es) > limit:
            print(f"  ... {len(es) - limit} more (--errors)")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(GOLD), help="gold JSON Lines (default bench/data/geoparse_gold.jsonl)")
    ap.add_argument("--errors", action="store_true", help="print every error, not the first 8 of each type")
    args = ap.parse_args(argv)

    rows = load_gold(args.gold)
    rows = well_formed(rows, check_gold(rows))

    from reading.geoparse import _default_gazetteer, geoparse

    t0 = time.perf_counter()
    _default_gazetteer()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    res = score(rows, geoparse)
    secs = time.perf_counter() - t0
    base = geotext_scores(rows)

    table = [{"system": "geoparse", "subset": "all", **res["overall"]}]
    table += [{"system": "geoparse", "subset": g, **s} for g, s in res["by_genre"].items()]
    table += [{"system": "geotext", "subset": "all", **base}]
    print_table(table, ["system", "subset", "texts", "gold", "predicted", "matched", "precision", "recall",
                        "f1", "exact_f1", "gold_with_coords", "resolved", "unresolved", "acc161",
                        "acc161_all", "mean_km", "median_km"])
    print()
    print_table([{"kind": k, **s} for k, s in res["by_kind"].items()],
                ["kind", "gold", "matched", "recall", "gold_with_coords", "resolved", "unresolved",
                 "acc161", "acc161_all", "mean_km", "median_km"])
    print(f"\ngeoparse: {len(rows)} texts in {secs:.2f} s (gazetteer load {load_s:.1f} s); "
          "geotext: recall/precision by surface (no offsets, no coordinates)")
    _print_errors(res["errors"], None if args.errors else 8)

    result = {"benchmark": "geoparse_eval", "gold": str(Path(args.gold).resolve().relative_to(ROOT))
              if Path(args.gold).resolve().is_relative_to(ROOT) else str(args.gold),
              "texts": len(rows), "geoparse": {k: v for k, v in res.items() if k != "errors"},
              "geotext": base, "errors": res["errors"],
              "baseline": "geotext GeoText(text) cities + countries, matched by surface"}
    out = write_result("geoparse_eval", result)
    print(f"\nwrote {out.relative_to(ROOT)}")
    return result


if __name__ == "__main__":
    main()
