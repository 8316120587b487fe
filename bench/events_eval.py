"""Events and zones against a hand-made gold: what an analyst would map vs what the pipeline reads.

Run: ``.venv/bin/python bench/events_eval.py [--errors] [--gold PATH]``

Gold: ``bench/data/events_gold.jsonl`` (see ``bench/data/README.md``): whole
reports written by hand, each with the events a careful analyst would map
(``expected``) and the control zones that should be drawn (``zones``). Each
article is read as a file would be (headline, blank line, body) through
:func:`reading.corpus.read_text` and :func:`reading.pipeline.default_pipeline`.

Matching, per article (planned and background events are left out: they are
not on the events map):

- an expected and a produced event **match** when their type group is the
  same (fighting: Battles, Explosions/Remote violence, Violence against
  civilians; demonstrations: Protests, Riots; Strategic developments), the
  date is right (the produced span lies within the expected one, one day of
  slack each side, and is no more than two days wider) and the place is right
  (within 50 km when both have coordinates, else the same name: accents,
  case, punctuation and a leading "near" ignored, or one name the start of the
  other); pairs are taken best first (same type, nearest place, nearest date);
- **right**: matched with the same ACLED event type; **wrong details**:
  matched with another type, or left over and paired with an event of the same
  type whose date or place (not both) is off, or with one of another group at
  the right date and place;
- **missing**: expected, nothing produced; **false or duplicate**: produced,
  nothing expected (a duplicate would have matched an expected event already
  taken).

Zones: the ``held`` rows of :func:`layers.zones.zone_timeline` over the
article's claims and events. An expected zone is **right** when a held row of
the same side (a shared word of three letters or more, case-folded, one name
the other's initials, "KIA" and "Kachin Independence Army", or two names of one
group in the reader's alias table) lies within 50 km of its point (or, without
coordinates, cites a sentence naming the place); pairs are taken nearest first.
Held rows matching no expected zone are **false**, except a row of the same
side over the same area as a row kept before it (the zone held again after a
fight made it contested for a while: one zone, cut in rows by the timeline).
Writes ``bench/results/events_eval.json``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path
from typing import Any, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, print_table, rows_with_ids, well_formed, write_result  # noqa: E402
from geoparse_eval import km, load_gold as read_jsonl  # noqa: E402

__all__ = ["GOLD", "TYPES", "load_gold", "check_gold", "expected_span", "match_events", "match_zones",
           "produced_events", "produced_zones", "score", "main"]

GOLD = ROOT / "bench" / "data" / "events_gold.jsonl"
#: ACLED event type -> type group (the unit of matching).
TYPES = {"Battles": "fighting", "Explosions/Remote violence": "fighting", "Violence against civilians": "fighting",
         "Protests": "demonstration", "Riots": "demonstration", "Strategic developments": "strategic"}
NEAR_KM = 50.0
_SLACK = dt.timedelta(days=1)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"\d{4}-\d{2}$")
_WORD = re.compile(r"[^\W\d_]{3,}")


def load_gold(path: Path | str = GOLD) -> list[dict]:
    """The gold rows of a JSON Lines file (blank lines skipped): geoparse_eval's reader, this gold by default."""
    return read_jsonl(path)


def expected_span(date: str) -> tuple[dt.date, dt.date]:
    """(start, end) of a gold date: ``YYYY-MM-DD``, ``YYYY-MM`` (the month) or ``start/end``."""
    if "/" in date:
        a, b = date.split("/")
        return expected_span(a)[0], expected_span(b)[1]
    if _DAY.match(date):
        d = dt.date.fromisoformat(date)
        return d, d
    if _MONTH.match(date):
        y, m = map(int, date.split("-"))
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return dt.date(y, m, 1), nxt - dt.timedelta(days=1)
    raise ValueError(f"bad gold date {date!r}")


def _coords_ok(lat: Any, lon: Any) -> bool:
    if lat is None and lon is None:
        return True
    return isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and -90 <= lat <= 90 and -180 <= lon <= 180


def check_gold(rows: Iterable[dict]) -> list[str]:
    """Problems of an events gold (empty when well-formed)."""
    problems: list[str] = []
    for gid, row in rows_with_ids(rows, problems):
        for key in ("title", "text"):
            if not isinstance(row.get(key), str) or not row[key].strip():
                problems.append(f"{gid}: {key} missing")
        try:
            pub = dt.date.fromisoformat(row.get("published", ""))
        except (TypeError, ValueError):
            problems.append(f"{gid}: published {row.get('published')!r} is not YYYY-MM-DD")
            pub = None
        for e in row.get("expected", []):
            try:
                s, end = expected_span(e.get("date", ""))
                if s > end or (pub is not None and s > pub):
                    problems.append(f"{gid}: date {e['date']!r} empty or after publication")
            except (TypeError, ValueError):
                problems.append(f"{gid}: bad date {e.get('date')!r}")
            if e.get("type") not in TYPES:
                problems.append(f"{gid}: type {e.get('type')!r} not an ACLED event type")
            if not isinstance(e.get("place"), str) or not e["place"]:
                problems.append(f"{gid}: event without a place name")
            if not _coords_ok(e.get("lat"), e.get("lon")):
                problems.append(f"{gid}: {e.get('place')!r} bad coordinates")
            if e.get("fatalities") is not None and not (isinstance(e["fatalities"], int) and e["fatalities"] >= 0):
                problems.append(f"{gid}: {e.get('place')!r} bad fatalities")
        for z in row.get("zones", []):
            if not z.get("side") or not z.get("place") or not _coords_ok(z.get("lat"), z.get("lon")):
                problems.append(f"{gid}: bad zone {z!r}")
            try:
                dt.date.fromisoformat(z.get("from", ""))
            except (TypeError, ValueError):
                problems.append(f"{gid}: zone {z.get('place')!r} from {z.get('from')!r} is not YYYY-MM-DD")
    return problems


def _date_ok(exp: dict, got: dict) -> bool:
    if got.get("start") is None:
        return False
    s, e = expected_span(exp["date"])
    gs, ge = got["start"], got["end"]
    return s - _SLACK <= gs and ge <= e + _SLACK and (ge - gs) <= (e - s) + 2 * _SLACK


_RELATION = re.compile(r"^(?:near|outside|outskirts of|south of|north of|east of|west of)\s+", re.I)


def _folded(name: str) -> str:
    """A name without accents, case, relation words ("near ...") or anything but letters."""
    import unicodedata

    name = _RELATION.sub("", name.strip())
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.casefold())


def _same_name(a: str, b: str) -> bool:
    """Equal folded names, or one the other's start when both have 5+ letters (al-Mazraa, Al Mazra'ah)."""
    fa, fb = _folded(a), _folded(b)
    if not fa or not fb:
        return False
    return fa == fb or (min(len(fa), len(fb)) >= 5 and (fa.startswith(fb) or fb.startswith(fa)))


def _place_km(exp: dict, got: dict) -> float | None:
    """How far the produced place is from the expected one (0 for the same name); None when not right."""
    if got.get("lat") is None:
        return None
    if exp.get("lat") is not None:
        d = km(exp["lat"], exp["lon"], got["lat"], got["lon"])
        return d if d <= NEAR_KM else None
    return 0.0 if _same_name(got.get("place") or "", exp["place"]) else None


def _place_ok(exp: dict, got: dict) -> bool:
    return _place_km(exp, got) is not None


def _days_off(exp: dict, got: dict) -> int:
    s, e = expected_span(exp["date"])
    if got.get("start") is None:
        return 10 ** 6
    return max((s - got["start"]).days, 0) + max((got["end"] - e).days, 0)


def match_events(expected: list[dict], produced: list[dict]) -> dict:
    """Pairs and leftovers of one article (see the module docstring).

    Each produced event is a dict: type, start, end (dates or None), place, lat, lon (None when
    unplaced). Pairs are taken best first (same type, then nearest place, then nearest date), so
    two events 30 km apart are not crossed. Returns lists of (expected index, produced index) for
    ``right`` and of (expected index, produced index, detail) for ``wrong``, and index lists
    ``missing``, ``false``, ``duplicate``.
    """
    used_p: set[int] = set()
    done_e: dict[int, int] = {}
    right, wrong = [], []

    def same_group(e: dict, p: dict) -> bool:
        return TYPES[e["type"]] == TYPES.get(p["type"])

    def assign(cands: list[tuple]) -> None:
        for *_, i, j, detail in sorted(cands):
            if i in done_e or j in used_p:
                continue
            used_p.add(j)
            done_e[i] = j
            (right.append((i, j)) if detail is None else wrong.append((i, j, detail)))

    # 1. group, date and place right
    cands = []
    for i, e in enumerate(expected):
        for j, p in enumerate(produced):
            d = _place_km(e, p)
            if same_group(e, p) and d is not None and _date_ok(e, p):
                exact = p["type"] == e["type"]
                cands.append((not exact, round(d), _days_off(e, p), i, j, None if exact else "type"))
    assign(cands)
    # 2. one detail off: the place (date right) or the date (place right) of an event of the same
    # type, or the type of one at the right date and place
    cands = []
    for i, e in enumerate(expected):
        for j, p in enumerate(produced):
            d, when = _place_km(e, p), _date_ok(e, p)
            if p["type"] == e["type"] and (d is not None or when):
                cands.append((d is None, round(d or 0), _days_off(e, p), i, j, "place" if when else "date"))
            elif d is not None and when:
                cands.append((False, round(d), _days_off(e, p), i, j, "type"))
    assign(cands)
    missing = [i for i in range(len(expected)) if i not in done_e]
    false, duplicate = [], []
    for j, p in enumerate(produced):
        if j in used_p:
            continue
        twin = any(same_group(expected[i], p) and _date_ok(expected[i], p) and _place_ok(expected[i], p)
                   for i in done_e)
        (duplicate if twin else false).append(j)
    return {"right": right, "wrong": wrong, "missing": missing, "false": false, "duplicate": duplicate}


def _group_names() -> dict[str, int]:
    """Each name of an armed group in the reader's alias table -> the group's index, so that a gold
    written with one name ("HTS") meets a zone drawn under another ("Hayat Tahrir al-Sham")."""
    import json
    from reading.actors import ACTOR_PATTERNS
    groups = json.loads(ACTOR_PATTERNS.read_text(encoding="utf-8")).get("armed_groups", [])
    return {name.casefold(): i for i, names in enumerate(groups) for name in names}


_GROUP_OF: dict[str, int] = {}


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Kachin Independence Army" -> "KIA")."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’\-]*", name) if w[0].isupper())


def _sides_meet(a: str, b: str) -> bool:
    wa = {w.casefold() for w in _WORD.findall(a)}
    wb = {w.casefold() for w in _WORD.findall(b)}
    if wa & wb or a.casefold() in b.casefold() or b.casefold() in a.casefold():
        return True
    x, y = a.strip(), b.strip()
    if any(len(u) >= 2 and u.isupper() and u == _initials(v) for u, v in ((x, y), (y, x))):
        return True
    if not _GROUP_OF:
        _GROUP_OF.update(_group_names())
    ga, gb = _GROUP_OF.get(a.strip().casefold()), _GROUP_OF.get(b.strip().casefold())
    return ga is not None and ga == gb


def match_zones(expected: list[dict], produced: list[dict]) -> dict:
    """Right, missing and false zone claims of one article.

    Each produced zone is a dict: faction, lat, lon (a representative point), km (its distance
    function: point -> km, or None to use lat/lon) and sentences (cited evidence).
    """
    pairs = []  # (distance, expected, produced): nearest first
    for i, z in enumerate(expected):
        for j, p in enumerate(produced):
            if not _sides_meet(z["side"], p["faction"]):
                continue
            if z.get("lat") is not None:
                d = p["km"](z["lat"], z["lon"]) if p.get("km") else km(z["lat"], z["lon"], p["lat"], p["lon"])
                if d <= NEAR_KM:
                    pairs.append((d, i, j))
            elif any(z["place"].casefold() in s.casefold() for s in p.get("sentences", ())):
                pairs.append((0.0, i, j))
    done_e: set[int] = set()
    used: set[int] = set()
    right = []
    for _, i, j in sorted(pairs):
        if i not in done_e and j not in used:
            done_e.add(i)
            used.add(j)
            right.append((i, j))
    right.sort()
    false: list[int] = []
    kept = sorted(used)
    for j in range(len(produced)):
        if j in used:
            continue
        if any(k < j and _same_zone(produced[k], produced[j]) for k in kept):
            continue  # the same side's zone again, after a spell contested
        false.append(j)
        kept.append(j)
    return {"right": right, "missing": [i for i in range(len(expected)) if i not in done_e], "false": false}


def _same_zone(a: dict, b: dict) -> bool:
    """Whether two held rows are one side's zone over the same area (half of the larger one shared, or,
    without shapes, the same point)."""
    if a["faction"] != b["faction"]:
        return False
    ga, gb = a.get("geometry"), b.get("geometry")
    if ga is not None and gb is not None:
        return ga.intersection(gb).area >= 0.5 * max(ga.area, gb.area)
    return km(a["lat"], a["lon"], b["lat"], b["lon"]) <= 1.0


def produced_events(doc: Any) -> list[dict]:
    """The mapped events of a read document, as the matcher's dicts."""
    out = []
    for ev in doc.events:
        if ev.planned or ev.background:
            continue
        loc = ev.location
        out.append({"type": ev.event_type, "sub_type": ev.sub_event_type,
                    "start": ev.date.start if ev.date else None, "end": ev.date.end if ev.date else None,
                    "place": loc.name if loc is not None else None,
                    "lat": float(loc.lat) if loc is not None else None,
                    "lon": float(loc.lon) if loc is not None else None,
                    "actor1": ev.actor1, "actor2": ev.actor2, "fatalities": ev.fatalities,
                    "sentence": ev.evidence.sentence if ev.evidence else ""})
    return out


def produced_zones(doc: Any) -> list[dict]:
    """The held zone rows drawn from one read document."""
    import json

    from shapely.geometry import Point

    from layers.zones import zone_timeline

    frame = zone_timeline(doc.claims, doc.events, published={doc.id: doc.published})
    out = []
    for row in frame.itertuples():
        if row.status != "held":
            continue
        geom = row.geometry
        c = geom.representative_point()
        sources = json.loads(row.sources) if isinstance(row.sources, str) else list(row.sources or [])

        def dist(lat: float, lon: float, geom: Any = geom, c: Any = c) -> float:
            return 0.0 if geom.contains(Point(lon, lat)) else km(lat, lon, c.y, c.x)

        out.append({"faction": row.faction, "lat": c.y, "lon": c.x, "km": dist, "start": str(row.start),
                    "geometry": geom,
                    "sentences": [s.get("sentence", "") for s in sources]})
    return out


def score(rows: list[dict], read: Any) -> dict:
    """Counts over the gold and every error (``read(row) -> Document``)."""
    totals = dict.fromkeys(("expected", "produced", "right", "wrong", "missing", "false", "duplicate",
                            "toll_checked", "toll_right", "zones_expected", "zones_right", "zones_missing",
                            "zones_false"), 0)
    per_article, errors = [], []
    for row in rows:
        doc = read(row)
        exp, got = row["expected"], produced_events(doc)
        m = match_events(exp, got)
        zexp, zgot = row.get("zones", []), produced_zones(doc)
        zm = match_zones(zexp, zgot)
        toll_checked = toll_right = 0
        for i, j, *_ in m["right"] + m["wrong"]:
            if exp[i].get("fatalities") is not None:
                toll_checked += 1
                toll_right += (got[j]["fatalities"] or 0) == exp[i]["fatalities"]
        counts = {"expected": len(exp), "produced": len(got), "right": len(m["right"]), "wrong": len(m["wrong"]),
                  "missing": len(m["missing"]), "false": len(m["false"]), "duplicate": len(m["duplicate"]),
                  "toll_checked": toll_checked, "toll_right": toll_right, "zones_expected": len(zexp),
                  "zones_right": len(zm["right"]), "zones_missing": len(zm["missing"]),
                  "zones_false": len(zm["false"])}
        for k, v in counts.items():
            totals[k] += v
        per_article.append({"id": row["id"], **counts})

        def brief(p: dict) -> str:
            where = f"{p['place']} ({p['lat']:.2f},{p['lon']:.2f})" if p["lat"] is not None else "unplaced"
            return f"{p['type']} / {p['sub_type']} {p['start']} at {where} [{p['actor1']} v {p['actor2']}, {p['fatalities']}]"

        def want(e: dict) -> str:
            return f"{e['type']} {e['date']} at {e['place']} [{e['actor1']} v {e['actor2']}, {e.get('fatalities')}]"

        for i, j, detail in m["wrong"]:
            errors.append({"type": "wrong", "id": row["id"], "detail": detail, "expected": want(exp[i]),
                           "produced": brief(got[j]), "sentence": got[j]["sentence"]})
        for i in m["missing"]:
            errors.append({"type": "missing", "id": row["id"], "expected": want(exp[i])})
        for kind in ("false", "duplicate"):
            for j in m[kind]:
                errors.append({"type": kind, "id": row["id"], "produced": brief(got[j]), "sentence": got[j]["sentence"]})
        for i in zm["missing"]:
            errors.append({"type": "zone_missing", "id": row["id"], "expected": f"{zexp[i]['side']} at {zexp[i]['place']}"})
        for j in zm["false"]:
            z = zgot[j]
            errors.append({"type": "zone_false", "id": row["id"],
                           "produced": f"{z['faction']} from {z['start']} at ({z['lat']:.2f},{z['lon']:.2f})",
                           "sentence": " | ".join(z["sentences"])[:300]})
    return {"totals": totals, "per_article": per_article, "errors": errors}


def _print_errors(errors: list[dict]) -> None:
    for e in errors:
        line = f"  {e['id']} {e['type']}"
        if e["type"] == "wrong":
            line += f" ({e['detail']}): want {e['expected']}\n      got  {e['produced']}"
        elif "expected" in e:
            line += f": {e['expected']}"
        else:
            line += f": {e['produced']}"
        if e.get("sentence"):
            line += f"\n      << {e['sentence'][:240]} >>"
        print(line)


#: Problems that say a pipeline component failed on an article: its events are then missing or coarser, so a
#: score with any of them measures a crash, not the reading.
INTERNAL_CODES = ("W403", "W406")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(GOLD), help="gold JSON Lines (default bench/data/events_gold.jsonl)")
    ap.add_argument("--errors", action="store_true", help="print every error")
    args = ap.parse_args(argv)
    rows = load_gold(args.gold)
    rows = well_formed(rows, check_gold(rows))

    from geo.gazetteer import load_gazetteer
    from reading.corpus import read_text
    from reading.pipeline import default_pipeline

    t0 = time.perf_counter()
    nlp = default_pipeline(gazetteer=load_gazetteer())
    load_s = time.perf_counter() - t0

    internal: list[str] = []

    def read(row: dict) -> Any:
        doc = nlp(read_text(f"{row['title']}\n\n{row['text']}", doc_id=row["id"], published=row["published"],
                            title=row["title"]))
        internal.extend(f"{row['id']}: {p.reason}" for p in doc.problems if p.code in INTERNAL_CODES)
        return doc

    t0 = time.perf_counter()
    res = score(rows, read)
    secs = time.perf_counter() - t0
    cols = ["id", "expected", "produced", "right", "wrong", "missing", "false", "duplicate", "toll_checked",
            "toll_right", "zones_expected", "zones_right", "zones_missing", "zones_false"]
    print_table(res["per_article"] + [{"id": "all", **res["totals"]}], cols)
    print(f"\n{len(rows)} articles read in {secs:.1f} s (pipeline load {load_s:.1f} s)")
    print(f"internal errors (a component failed on an article, W403/W406): {len(internal)}")
    for line in internal:
        print(f"  {line}")
    if args.errors:
        print()
        _print_errors(res["errors"])
    result = {"benchmark": "events_eval",
              "gold": str(Path(args.gold).resolve().relative_to(ROOT)) if Path(args.gold).resolve().is_relative_to(ROOT)
              else str(args.gold), "articles": len(rows), "internal_errors": internal, **res}
    out = write_result("events_eval", result)
    print(f"\nwrote {out.relative_to(ROOT)}")
    return result


if __name__ == "__main__":
    main()
