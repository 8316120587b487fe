"""Shared helpers for the benchmarks: synthetic events frames, result files, tables.

Why a generator and not the seeds: benchmarks need sizes (1k .. 1M events) no
corpus has, and the same bytes on every run (seeded ``random.Random``).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import platform
import random
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "bench" / "results"

__all__ = [
    "ROOT", "RESULTS", "LIBYA", "EVENT_TYPES", "ACTORS", "synthetic_events", "empty_zones",
    "timed", "write_result", "print_table", "machine_note", "JQUERY", "rows_with_ids", "well_formed",
]

#: Debian's jQuery (apt package libjs-jquery): plain folium's Popup needs ``$``,
#: and the benchmarks run offline, so the baseline loads this copy, not a CDN.
JQUERY = Path("/usr/share/javascript/jquery/jquery.min.js")

#: (name, lat, lon) of Libyan towns: synthetic events are scattered around them.
LIBYA = (
    ("Tripoli", 32.8872, 13.1913), ("Benghazi", 32.1167, 20.0667), ("Misrata", 32.3754, 15.0925),
    ("Sirte", 31.2089, 16.5887), ("Tarhuna", 32.4350, 13.6332), ("Gharyan", 32.1722, 13.0203),
    ("Zawiya", 32.7571, 12.7276), ("Sabha", 27.0377, 14.4283), ("Derna", 32.7670, 22.6367),
    ("Ajdabiya", 30.7554, 20.2263), ("Tobruk", 32.0836, 23.9764), ("Bani Walid", 31.7566, 13.9942),
    ("Ras Lanuf", 30.5000, 18.5500), ("Brega", 30.4167, 19.5833), ("Ubari", 26.5903, 12.7805),
    ("Murzuq", 25.9155, 13.9184), ("Zintan", 31.9316, 12.2529), ("Sabratha", 32.7933, 12.4885),
    ("Kufra", 24.1833, 23.2833), ("Jufra", 29.1167, 15.9500),
)

#: ACLED event type -> sub-event types.
EVENT_TYPES = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"),
    "Violence against civilians": ("Attack", "Abduction/forced disappearance"),
    "Strategic developments": ("Headquarters or base established", "Looting/property destruction", "Agreement"),
    "Protests": ("Peaceful protest", "Protest with intervention"),
}

#: (actor, side) pairs, Libya-like.
ACTORS = (
    ("Libyan National Army", "LNA"), ("Government of National Accord", "GNA"),
    ("Wagner Group", "LNA"), ("Misrata militias", "GNA"), ("Tripoli Revolutionaries Brigade", "GNA"),
    ("Islamic State", "IS"), ("Tebu militia", "Tebu"), ("Civilians", ""),
)

_QUOTES = (
    "{a1} forces clashed with {a2} near {place} on {day}, residents said.",
    "Shelling hit a residential district of {place} overnight, killing {n} people, according to local officials.",
    "A drone strike targeted a {a1} position south of {place}, a spokesman for {a2} said.",
    "{a1} said it had taken control of the road between {place} and the coast after {n} days of fighting.",
    "Hundreds of people protested in {place} against power cuts and the presence of {a1} fighters.",
    "Gunmen abducted {n} workers on the outskirts of {place}, a security source told reporters.",
)


def synthetic_events(n: int, *, seed: int = 0, days: int = 365, start: str = "2019-04-01",
                     happenings: bool = False) -> Any:
    """A realistic events frame of ``n`` rows (columns and dtypes of ``layers.events.events_frame``).

    Events scatter around Libyan towns (up to ~0.3 degrees), over ``days`` days,
    with ACLED types, actors, sides and a unique quote each (quotes are what
    makes exports big, so they must not repeat). Each row is its own happening,
    so a map of ``n`` rows draws ``n`` markers (what the benchmarks claim to
    measure); ``happenings=True`` groups them as a build would
    (``layers.happenings``: 100,000 rows of seed 100,000 draw 98,187 markers).
    """
    import geopandas as gpd
    import pandas as pd

    from layers.events import EVENT_COLUMNS
    from layers.happenings import happening_ids

    if not isinstance(n, int) or n < 0:
        raise ValueError(f"n must be a non-negative int, got {n!r}")
    rng = random.Random(seed)
    day0 = dt.date.fromisoformat(start)
    types = sorted(EVENT_TYPES)
    cols: dict[str, list] = {c: [] for c in EVENT_COLUMNS if c not in ("geometry", "happening")}
    for i in range(n):
        name, lat0, lon0 = LIBYA[rng.randrange(len(LIBYA))]
        etype = types[rng.randrange(len(types))]
        a1, side = ACTORS[rng.randrange(len(ACTORS))]
        a2 = ACTORS[rng.randrange(len(ACTORS))][0]
        day = day0 + dt.timedelta(days=rng.randrange(days))
        precise = rng.random() < 0.7
        lat = lat0 + (rng.uniform(-0.3, 0.3) if precise else 0.0)
        lon = lon0 + (rng.uniform(-0.3, 0.3) if precise else 0.0)
        fat = rng.choice([None, 0, 0, 1, 2, 3, 5, 12])
        quote = _QUOTES[rng.randrange(len(_QUOTES))].format(
            a1=a1, a2=a2, place=name, day=day.strftime("%A"), n=rng.randrange(2, 40)
        ) + f" (report {i})"
        row = {
            "event_id": f"ev{i:07d}", "event_date": day.isoformat(), "date_end": day.isoformat(),
            "time_precision": 1 if precise else 2, "event_type": etype,
            "sub_event_type": rng.choice(EVENT_TYPES[etype]), "actor1": a1, "actor2": a2, "side": side,
            "fatalities": fat, "planned": False, "background": False,
            "location": name if precise else f"near {name}", "latitude": round(lat, 5), "longitude": round(lon, 5),
            "geo_precision": 1 if precise else 2, "area": "", "source": f"Synthetic Wire {i % 17}",
            "url": f"https://example.org/news/{i}", "doc_id": f"doc{i // 5:06d}", "quote": quote, "notes": "",
        }
        for c, v in row.items():
            cols[c].append(v)
    table = pd.DataFrame(cols)
    table = table.sort_values(["event_date", "event_id"], kind="stable").reset_index(drop=True)
    frame = gpd.GeoDataFrame(
        table, geometry=gpd.points_from_xy(table["longitude"], table["latitude"]), crs="EPSG:4326"
    )
    frame["fatalities"] = pd.array(table["fatalities"].tolist(), dtype="Int64")
    for col in ("time_precision", "geo_precision"):
        frame[col] = frame[col].astype("int64")
    for col in ("planned", "background"):
        frame[col] = frame[col].astype(bool)
    frame.insert(1, "happening", happening_ids(frame) if happenings else frame["event_id"])
    return frame


def empty_zones() -> Any:
    """The zones timeline of no claims (benchmarks measure events)."""
    from layers.zones import zone_timeline

    return zone_timeline([], [])


def rows_with_ids(rows: Iterable[dict], problems: list[str]) -> Iterator[tuple[Any, dict]]:
    """Each gold row with its id, the id checked on the way (a non-empty string, given once): the
    first check of every gold scorer's ``check_gold``, its problems added to ``problems`` in row order."""
    seen: set = set()
    for i, row in enumerate(rows, 1):
        gid = row.get("id")
        if not isinstance(gid, str) or not gid or gid in seen:
            problems.append(f"line {i}: missing or repeated id {gid!r}")
        seen.add(gid)
        yield gid, row


def well_formed(rows: list[dict], problems: list[str]) -> list[dict]:
    """``rows``, or an exit naming every problem ``check_gold`` found: a scorer never scores a broken gold."""
    if problems:
        raise SystemExit("gold is not well-formed:\n  " + "\n  ".join(problems))
    return rows


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    """(result, seconds) of one call."""
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def machine_note() -> dict:
    """Where the numbers come from (no timestamp in the numbers themselves; the date is the run's)."""
    try:
        load = os.getloadavg()[0]
    except OSError:  # pragma: no cover
        load = None
    return {
        "date": dt.date.today().isoformat(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_1min_at_start": None if load is None else round(load, 2),
        "note": "shared 2-core machine, other engineers' jobs running: numbers are noisy",
    }


def write_result(name: str, payload: dict) -> Path:
    """Write ``bench/results/<name>.json`` (sorted keys, stable layout)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps({"machine": machine_note(), **payload}, indent=2, sort_keys=True) + "\n")
    return path


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.3g}" if abs(v) < 1000 else f"{v:,.0f}"
    return "" if v is None else str(v)


def print_table(rows: list[dict], columns: list[str]) -> None:
    """Print rows as an aligned plain-text table."""
    cells = [[_fmt(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)))
    sys.stdout.flush()
