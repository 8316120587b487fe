"""Control zones over time: who holds which area on any date, with the claims behind it.

The timeline is built by replaying control claims (and territory-changing
events) in date order over a set of *pieces* (one per claim, clipped as later
claims carve it) and cutting a row each time a faction's area changes.

Rules (what the map shows on a date D):

* **Latest claim wins.** "holds"/"took" on an area gives it to the claimant and
  carves it out of every other faction's zone from that date (a town taken
  inside another's zone becomes a hole in that zone).
* **"withdrew"** removes the area from that faction; nobody gains it.
* **"expanding"** counts as held by the claimant, except where another faction
  holds the area: there it is *contested* (row faction = the expanding faction)
  and carved out of the holder.
* **"contested"** claims make the area contested (row faction = the claimant).
* **Conflicting claims.** A "holds" claim on an area another faction was said to
  hold within ``contested_window_days`` before makes the overlap contested
  (faction = the later claimant). "took" is a change of hands, not a conflict.
* **Fighting.** A battle (Battles/Armed clash, any Explosions/Remote violence)
  placed at a town or near/part of one (geo_precision 1 or 2; fighting known
  only at province or country level is ignored here)
  whose location lies within or ``near_km`` next to a held zone makes its area
  (a point becomes a small disc) contested from its date for
  ``contested_window_days`` (end exclusive), unless a later claim settles it
  sooner. Row faction = the faction whose zone the fighting hits (largest
  overlap, else the nearest). The holder's zone is shown without that area
  while it is contested and gets it back afterwards.
* Claims and events use the start of their date span (month/year precision
  included); undated claims fall back on their article's publication date when
  given one, else they are reported by :func:`zone_problems`.
* A row's ``end`` is the date its area changed hands or was carved (exclusive),
  None while it lasts. A later claim that only confirms an unchanged area adds
  its source to the row without cutting it.

Points (a town) become discs of ``point_radius_km``; every zone is a Polygon.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely import affinity
from shapely.geometry import Point, Polygon
from shapely.geometry.base import BaseGeometry

from layers.events import faction_of
from reading.document import Problem
from reading.messages import Messages

__all__ = [
    "ZONE_COLUMNS",
    "RELATIONS",
    "TERRITORY_EVENTS",
    "BATTLE_EVENTS",
    "zone_timeline",
    "zone_problems",
    "zones_at",
]

ZONE_COLUMNS = ("zone_id", "faction", "start", "end", "status", "sources", "geometry")

#: Control claim relations understood here.
RELATIONS = ("holds", "took", "withdrew", "expanding", "contested")

#: (event_type, sub_event_type) that change hands, and the claim each stands for
#: (actor1 is the faction gaining the area).
TERRITORY_EVENTS = {
    ("battles", "government regains territory"): "took",
    ("battles", "non-state actor overtakes territory"): "took",
    ("strategic developments", "non-violent transfer of territory"): "took",
    ("strategic developments", "headquarters or base established"): "holds",
}

#: (event_type, sub_event_type or "*") of fighting that makes an area contested.
BATTLE_EVENTS = (("battles", "armed clash"), ("explosions/remote violence", "*"))

#: Fighting makes an area contested only when placed at a town or part of one
#: (ACLED geo_precision 1 or 2), never when only a province or country is known.
_BATTLE_MAX_PRECISION = 2
#: Snapping grid (degrees, ~1 cm) for overlay operations: robust and repeatable.
_GRID = 1e-7
#: Pieces smaller than this (square degrees) are slivers from carving.
_MIN_AREA = 1e-9
_KM_PER_DEG = 111.32
#: Same-day order: removals first, then gains, then contests, then fighting.
_RANK = {"withdrew": 0, "holds": 1, "expanding": 2, "took": 3, "contested": 4, "battle": 5}


@dataclass
class _Op:
    date: dt.date
    relation: str
    faction: str
    geom: BaseGeometry
    source: dict
    key: str

    def order(self) -> tuple:
        return (self.date, _RANK[self.relation], self.faction, self.key)


@dataclass
class _Piece:
    faction: str
    status: str
    geom: BaseGeometry
    source: dict
    date: dt.date
    order: int
    expires: dt.date | None = None


@dataclass
class _Row:
    faction: str
    status: str
    geom: BaseGeometry
    wkb: bytes
    start: dt.date
    sources: list = field(default_factory=list)
    end: dt.date | None = None


def _norm(text: str) -> str:
    return " ".join(str(text).casefold().split())


def _polygonal(geom: BaseGeometry) -> BaseGeometry:
    """Valid polygonal part of a geometry (empty Polygon when there is none)."""
    geom = shapely.make_valid(geom)
    parts = shapely.get_parts(geom)
    polys = [p for p in parts if p.geom_type in ("Polygon", "MultiPolygon")]
    if not polys:
        return Polygon()
    return shapely.union_all(polys, grid_size=_GRID)


def _disc(lon: float, lat: float, radius_km: float) -> BaseGeometry:
    """A disc of ``radius_km`` around a point, widened in longitude for latitude."""
    r = radius_km / _KM_PER_DEG
    circle = Point(lon, lat).buffer(r, quad_segs=8)
    xfact = 1.0 / max(math.cos(math.radians(lat)), 0.05)
    return affinity.scale(circle, xfact=xfact, yfact=1.0, origin=(lon, lat))


def _area_of(location: Any, radius_km: float) -> BaseGeometry:
    geom = getattr(location, "geometry", None)
    if geom is None or geom.is_empty:
        return Polygon()
    if geom.geom_type in ("Polygon", "MultiPolygon", "GeometryCollection"):
        area = _polygonal(geom)
        if not area.is_empty:
            return area
    c = geom.centroid if geom.geom_type != "Point" else geom
    return _polygonal(_disc(c.x, c.y, radius_km))


def _source(evidence: Any, doc_id: str) -> dict:
    if evidence is None:
        return {"doc_id": doc_id or "", "sentence": "", "title": "", "url": ""}
    return {
        "doc_id": evidence.doc_id or doc_id or "",
        "sentence": evidence.sentence or "",
        "title": evidence.title or "",
        "url": evidence.url or "",
    }


def _problem(code: str, kind: str, doc_id: str, text: str, evidence: Any, **fmt) -> Problem:
    return Problem(
        code=code,
        kind=kind,
        doc_id=doc_id or "",
        text=text,
        reason=getattr(Messages, code).format(**fmt),
        start=getattr(evidence, "start", None),
        end=getattr(evidence, "end", None),
    )


def _check_args(claims: Any, events: Any, published: Any) -> None:
    for name, value in (("claims", claims), ("events", events)):
        if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
            raise TypeError(f"{name} must be a list, got {type(value).__name__}")
    if published is not None and not isinstance(published, Mapping):
        raise TypeError(f"published must be a mapping doc_id -> date, got {type(published).__name__}")


def _collect(
    claims: Iterable[Any],
    events: Iterable[Any],
    *,
    published: Mapping[str, dt.date] | None,
    profile: Any,
    point_radius_km: float,
) -> tuple[list[_Op], list[Problem]]:
    """Turn claims and events into dated operations; report what cannot be used."""
    ops: list[_Op] = []
    problems: list[Problem] = []
    published = published or {}
    for claim in claims:
        if not hasattr(claim, "relation") or not hasattr(claim, "faction"):
            raise TypeError(f"claims must contain ControlClaim, got {type(claim).__name__}")
        relation = _norm(claim.relation)
        name = getattr(claim.location, "name", "") if claim.location is not None else ""
        if relation not in RELATIONS:
            problems.append(
                _problem("W552", "zone", claim.doc_id, name, claim.evidence,
                         claim=claim.id, relation=claim.relation)
            )
            continue
        if claim.location is None:
            problems.append(_problem("W551", "zone", claim.doc_id, claim.faction, claim.evidence, claim=claim.id))
            continue
        date = claim.date.start if claim.date is not None else published.get(claim.doc_id)
        if date is None:
            problems.append(_problem("W550", "undated", claim.doc_id, name, claim.evidence, claim=claim.id))
            continue
        if isinstance(date, dt.datetime):
            date = date.date()
        geom = _area_of(claim.location, point_radius_km)
        if geom.is_empty:
            problems.append(_problem("W551", "zone", claim.doc_id, name, claim.evidence, claim=claim.id))
            continue
        ops.append(_Op(date, relation, str(claim.faction), geom,
                       _source(claim.evidence, claim.doc_id), f"c:{claim.id}"))
    for ev in events:
        if not hasattr(ev, "event_type"):
            raise TypeError(f"events must contain Event, got {type(ev).__name__}")
        kind = (_norm(ev.event_type), _norm(ev.sub_event_type))
        relation = TERRITORY_EVENTS.get(kind)
        battle = any(kind[0] == t and s in ("*", kind[1]) for t, s in BATTLE_EVENTS)
        if relation is None and not battle:
            continue
        if ev.planned or ev.location is None:
            continue  # planned: not (yet) happened; unlocated: reported with the events
        if relation is None and getattr(ev.location, "precision", 3) > _BATTLE_MAX_PRECISION:
            continue  # fighting "in Libya" or "in the east" says nothing about where the front is
        if ev.date is None:
            if relation is not None:
                problems.append(_problem("W553", "undated", ev.doc_id, ev.location.name, ev.evidence, event=ev.id))
            continue
        faction = ""
        if relation is not None:
            faction = faction_of(ev.actor1 or "", profile) or (ev.actor1 or "").strip()
            if not faction:
                problems.append(_problem("W554", "zone", ev.doc_id, ev.location.name, ev.evidence, event=ev.id))
                continue
        geom = _area_of(ev.location, point_radius_km)
        if geom.is_empty:
            continue
        ops.append(_Op(ev.date.start, relation or "battle", faction, geom,
                       _source(ev.evidence, ev.doc_id), f"e:{ev.id}"))
    ops.sort(key=_Op.order)
    return ops, problems


class _Replay:
    """The state of the map while claims are replayed in date order.

    Groups of pieces, keyed by (faction, status), are re-drawn only when one of
    their pieces changed (or the fighting overlays did), which keeps long
    timelines fast.
    """

    def __init__(self, window: int, near_deg: float):
        self.window = window
        self.near_deg = near_deg
        self.pieces: list[_Piece] = []
        self.overlays: list[_Piece] = []
        self.count = 0
        self.dirty: set[tuple[str, str]] = set()
        self.overlays_changed = False
        self.cache: dict[tuple[str, str], list] = {}
        self.unions: dict[tuple[str, str], BaseGeometry] = {}
        self.seen: dict[tuple[str, str], tuple] = {}

    def _add(self, faction: str, status: str, geom: BaseGeometry, op: _Op,
             expires: dt.date | None = None) -> None:
        if geom.is_empty or shapely.area(geom) < _MIN_AREA:
            return
        self.count += 1
        piece = _Piece(faction, status, geom, op.source, op.date, self.count, expires)
        if expires is not None:
            self.overlays.append(piece)
            self.overlays_changed = True
        else:
            self.pieces.append(piece)
            self.dirty.add((faction, status))

    def _carve(self, pieces: list[_Piece], geom: BaseGeometry, keep=lambda p: False) -> list[_Piece]:
        if geom.is_empty:
            return pieces
        out = []
        for p in pieces:
            if not keep(p) and shapely.intersects(p.geom, geom):
                p.geom = shapely.difference(p.geom, geom, grid_size=_GRID)
                if p.expires is None:
                    self.dirty.add((p.faction, p.status))
                else:
                    self.overlays_changed = True
            if not p.geom.is_empty and shapely.area(p.geom) >= _MIN_AREA:
                out.append(p)
        return out

    def _held(self, faction_filter) -> BaseGeometry:
        geoms = [p.geom for p in self.pieces if p.status == "held" and faction_filter(p)]
        return shapely.union_all(geoms, grid_size=_GRID) if geoms else Polygon()

    def expire(self, date: dt.date) -> None:
        kept = [o for o in self.overlays if o.expires > date]
        if len(kept) != len(self.overlays):
            self.overlays_changed = True
        self.overlays = kept

    def apply(self, op: _Op) -> None:
        f, g = op.faction, op.geom
        if op.relation == "withdrew":
            self.pieces = self._carve(self.pieces, g, keep=lambda p: p.faction != f)
        elif op.relation in ("holds", "took"):
            conflict = Polygon()
            if op.relation == "holds":
                since = op.date - dt.timedelta(days=self.window)
                recent = self._held(lambda p: p.faction != f and p.date >= since)
                conflict = shapely.intersection(g, recent, grid_size=_GRID)
            self.pieces = self._carve(self.pieces, g, keep=lambda p: p.faction == f and p.status == "held")
            self.overlays = self._carve(self.overlays, g)
            self._add(f, "contested", conflict, op)
            self._add(f, "held", shapely.difference(g, conflict, grid_size=_GRID), op)
        elif op.relation == "expanding":
            others = self._held(lambda p: p.faction != f)
            contested = shapely.intersection(g, others, grid_size=_GRID)
            others_contested = [p.geom for p in self.pieces if p.faction != f and p.status == "contested"]
            rest = shapely.difference(g, others, grid_size=_GRID)
            if others_contested:
                rest = shapely.difference(rest, shapely.union_all(others_contested, grid_size=_GRID),
                                          grid_size=_GRID)
            self.pieces = self._carve(self.pieces, contested, keep=lambda p: p.status != "held")
            self._add(f, "contested", contested, op)
            self._add(f, "held", rest, op)
        elif op.relation == "contested":
            self.pieces = self._carve(self.pieces, g)
            self.overlays = self._carve(self.overlays, g)
            self._add(f, "contested", g, op)
        elif op.relation == "battle":
            holder = self._holder(g)
            if holder:
                self._add(holder, "contested", g, op,
                          expires=op.date + dt.timedelta(days=self.window))

    def _holder(self, geom: BaseGeometry) -> str:
        """The faction whose held zone the fighting hits: most overlap, else nearest."""
        best = None
        held = [p for p in self.pieces if p.status == "held"]
        hits = (shapely.dwithin(np.array([p.geom for p in held], dtype=object), geom, self.near_deg)
                if held else [])
        near = [p for p, hit in zip(held, hits) if hit]
        for faction in sorted({p.faction for p in near}):
            zone = shapely.union_all([p.geom for p in near if p.faction == faction], grid_size=_GRID)
            dist = shapely.distance(zone, geom)
            overlap = shapely.area(shapely.intersection(zone, geom, grid_size=_GRID))
            score = (-overlap, dist, faction)
            if best is None or score < best:
                best = score
        return best[2] if best else ""

    def snapshot(self) -> dict[tuple[str, str], list[tuple[BaseGeometry, bytes, list[dict]]]]:
        """Components shown now, by (faction, status): (polygon, its WKB, sources behind it).

        A group is redrawn only when its pieces changed or, when the fighting
        changed, if it is held (it is drawn without all the fighting) or its own
        fighting overlays changed; other contested groups keep their drawing.
        """
        groups: dict[tuple[str, str], list[_Piece]] = {}
        for p in self.pieces + self.overlays:
            groups.setdefault((p.faction, p.status), []).append(p)
        redraw = set(self.dirty)
        fought = [o.geom for o in self.overlays]
        fought_union = None
        new_seen: dict[tuple[str, str], tuple] = {}
        if self.overlays_changed:
            for key in sorted(set(groups) | set(self.cache)):
                if key not in groups:
                    redraw.add(key)
                    continue
                if key[1] != "contested":
                    redraw.add(key)  # held areas lose the fighting: redrawn against all of it
                    continue
                seen = tuple(p.geom for p in groups[key] if p.expires is not None)
                old = self.seen.get(key)
                if old is None or len(old) != len(seen) or any(a is not b for a, b in zip(old, seen)):
                    redraw.add(key)
                    self.unions.pop(key, None)
                new_seen[key] = seen
        for key in sorted(redraw):
            before = self.cache.pop(key, None)
            # same held pieces: a component drawn the same as before has the same sources
            reuse = {c[1]: c for c in before} if before and key[1] == "held" and key not in self.dirty else {}
            if key in self.dirty:
                self.unions.pop(key, None)
            if key in groups:
                members = sorted(groups[key], key=lambda p: p.order)
                if key not in self.unions:
                    self.unions[key] = shapely.union_all([p.geom for p in members], grid_size=_GRID)
                if fought_union is None:
                    fought_union = shapely.union_all(fought, grid_size=_GRID) if fought else Polygon()
                self.cache[key] = self._components(key, members, self.unions[key], fought_union, reuse)
        for key in redraw:
            self.seen.pop(key, None)
        for key in sorted(set(groups) | set(self.cache)):
            if key in new_seen and key in self.cache:
                self.seen[key] = new_seen[key]
            elif key in redraw and key in self.cache and key[1] == "contested":
                self.seen[key] = self._seen_now(key, groups[key])
        self.dirty = set()
        self.overlays_changed = False
        return {k: v for k, v in sorted(self.cache.items()) if v}

    def _seen_now(self, key: tuple[str, str], members: list[_Piece]) -> tuple:
        """The fighting overlays a group's drawing depended on."""
        return tuple(p.geom for p in members if p.expires is not None)

    @staticmethod
    def _components(key: tuple[str, str], members: list[_Piece], union: BaseGeometry,
                    fought_union: BaseGeometry, reuse: dict | None = None) -> list:
        geoms = np.array([p.geom for p in members], dtype=object)
        bounds = shapely.bounds(geoms)
        if key[1] == "held" and not fought_union.is_empty:
            union = shapely.difference(union, fought_union, grid_size=_GRID)
        comps = []
        for part in shapely.get_parts(union):
            if part.geom_type != "Polygon" or shapely.area(part) < _MIN_AREA:
                continue
            part = shapely.normalize(part)
            wkb = shapely.to_wkb(part)
            if reuse and wkb in reuse:
                comps.append(reuse[wkb])
                continue
            # a piece backs the component when their interiors meet (boxes, then a
            # prepared intersects test first: both cheap and implied by it)
            x0, y0, x1, y1 = part.bounds
            idx = np.flatnonzero((bounds[:, 0] <= x1) & (bounds[:, 2] >= x0)
                                 & (bounds[:, 1] <= y1) & (bounds[:, 3] >= y0))
            if len(idx):
                shapely.prepare(part)
                idx = idx[shapely.intersects(geoms[idx], part)]
                shapely.destroy_prepared(part)
            inside = shapely.relate_pattern(geoms[idx], part, "T********") if len(idx) else []
            sources = []
            for k, hit in zip(idx, inside):
                if hit and members[k].source not in sources:
                    sources.append(members[k].source)
            comps.append((part, wkb, sources))
        comps.sort(key=lambda c: c[1])
        return comps


def _close_bounds(a: BaseGeometry, b: BaseGeometry) -> bool:
    return all(abs(x - y) <= 1e-6 for x, y in zip(a.bounds, b.bounds))


def _match(rows: list[_Row], comps: list) -> tuple[list[tuple[_Row, Any]], list[_Row], list]:
    """Pair open rows with today's components of the same area.

    Identical WKB first (the usual case: an untouched area), then near
    topological equality for areas redrawn without change.
    """
    by_wkb = {c[1]: c for c in comps}
    pairs, rows_left = [], []
    for row in rows:
        comp = by_wkb.pop(row.wkb, None)
        if comp is None:
            rows_left.append(row)
        else:
            pairs.append((row, comp))
    comps_left = [c for c in comps if c[1] in by_wkb]
    unmatched = []
    for row in rows_left:
        comp = next((c for c in comps_left if _close_bounds(row.geom, c[0]) and (
            shapely.equals(row.geom, c[0]) or shapely.area(
                shapely.symmetric_difference(row.geom, c[0], grid_size=_GRID)) < _MIN_AREA)), None)
        if comp is None:
            unmatched.append(row)
        else:
            comps_left.remove(comp)
            pairs.append((row, comp))
    return pairs, unmatched, comps_left


def _zone_id(row: _Row) -> str:
    wkb = shapely.to_wkb(shapely.normalize(row.geom), output_dimension=2, byte_order=1)
    head = f"{row.faction}|{row.start.isoformat()}|".encode("utf-8")
    return hashlib.sha1(head + wkb).hexdigest()[:16]


def _empty_zones() -> gpd.GeoDataFrame:
    frame = pd.DataFrame({c: pd.Series([], dtype=object) for c in ZONE_COLUMNS if c != "geometry"})
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")


def zone_timeline(
    claims: Iterable[Any],
    events: Iterable[Any] = (),
    *,
    contested_window_days: int = 14,
    profile: Any = None,
    published: Mapping[str, dt.date] | None = None,
    point_radius_km: float = 5.0,
    near_km: float = 10.0,
) -> gpd.GeoDataFrame:
    """Control zones over time, one row per (faction, area, span).

    Parameters
    ----------
    claims : list of ControlClaim
    events : list of Event, optional
        Territory-changing events act as claims by ``actor1``; battles near a
        held zone make their area contested (see the module rules).
    contested_window_days : int
        How long fighting keeps an area contested, and how close in time two
        factions' "holds" claims must be to count as conflicting.
    profile : Profile, optional
        Maps event actors to faction ids (else the actor name is the faction).
    published : mapping doc_id -> date, optional
        Publication dates, used for claims without a date.
    point_radius_km : float
        Radius of the disc standing for a point location.
    near_km : float
        How far from a held zone fighting still makes it contested.

    Returns
    -------
    GeoDataFrame
        EPSG:4326, columns :data:`ZONE_COLUMNS`, sorted by (start, faction, zone_id).
        ``end`` is None while the row lasts.

    See also
    --------
    zone_problems : claims that could not be placed on the timeline.
    zones_at : the rows valid on one date.
    """
    _check_args(claims, events, published)
    if isinstance(contested_window_days, bool) or not isinstance(contested_window_days, int):
        raise TypeError(f"contested_window_days must be int, got {type(contested_window_days).__name__}")
    if contested_window_days < 1:
        raise ValueError(f"contested_window_days must be at least 1, got {contested_window_days}")
    for name, value in (("point_radius_km", point_radius_km), ("near_km", near_km)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{name} must be a number, got {type(value).__name__}")
        if value < 0 or (name == "point_radius_km" and value == 0):
            raise ValueError(f"{name} must be positive, got {value}")
    ops, _ = _collect(claims, events, published=published, profile=profile,
                      point_radius_km=float(point_radius_km))
    replay = _Replay(contested_window_days, near_km / _KM_PER_DEG)
    rows: list[_Row] = []
    open_rows: dict[tuple[str, str], list[_Row]] = {}
    expiries: list[dt.date] = []
    i = 0
    while i < len(ops) or expiries:
        candidates = [d for d in (ops[i].date if i < len(ops) else None,
                                  expiries[0] if expiries else None) if d is not None]
        day = min(candidates)
        while expiries and expiries[0] <= day:
            heapq.heappop(expiries)
        replay.expire(day)
        while i < len(ops) and ops[i].date == day:
            before = len(replay.overlays)
            replay.apply(ops[i])
            if len(replay.overlays) > before:
                heapq.heappush(expiries, replay.overlays[-1].expires)
            i += 1
        shown = replay.snapshot()
        for key in sorted(set(open_rows) | set(shown)):
            pairs, ended, fresh = _match(open_rows.get(key, []), list(shown.get(key, [])))
            still = []
            for row in ended:
                row.end = day
            for row, comp in pairs:
                for src in comp[2]:
                    if src not in row.sources:
                        row.sources.append(src)
                still.append(row)
            for geom, wkb, sources in fresh:
                row = _Row(key[0], key[1], geom, wkb, day, list(sources))
                rows.append(row)
                still.append(row)
            open_rows[key] = still
    if not rows:
        return _empty_zones()
    records = [
        {
            "zone_id": _zone_id(r),
            "faction": r.faction,
            "start": r.start.isoformat(),
            "end": r.end.isoformat() if r.end is not None else None,
            "status": r.status,
            "sources": [dict(s) for s in r.sources],
        }
        for r in rows
    ]
    frame = pd.DataFrame({c: pd.Series([rec[c] for rec in records], dtype=object)
                          for c in ZONE_COLUMNS if c != "geometry"})
    out = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([r.geom for r in rows], crs="EPSG:4326"),
                           crs="EPSG:4326")
    order = sorted(range(len(out)), key=lambda k: (records[k]["start"], records[k]["faction"],
                                                   records[k]["zone_id"]))
    return out.iloc[order].reset_index(drop=True)


def zone_problems(
    claims: Iterable[Any],
    events: Iterable[Any] = (),
    *,
    profile: Any = None,
    published: Mapping[str, dt.date] | None = None,
) -> list[Problem]:
    """Claims and territory events :func:`zone_timeline` had to leave out, and why.

    >>> zone_problems([])
    []
    """
    _check_args(claims, events, published)
    _, problems = _collect(claims, events, published=published, profile=profile, point_radius_km=5.0)
    return problems


def zones_at(timeline: pd.DataFrame, date: dt.date | str) -> gpd.GeoDataFrame:
    """The zone rows valid on ``date``: ``start <= date`` and (``end`` is None or ``date < end``).

    >>> len(zones_at(zone_timeline([]), dt.date(2019, 4, 4)))
    0
    """
    if not isinstance(timeline, pd.DataFrame):
        raise TypeError(f"timeline must be a GeoDataFrame, got {type(timeline).__name__}")
    if isinstance(date, dt.datetime):
        date = date.date()
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date)
        except ValueError:
            raise ValueError(f"date must be an ISO date, got {date!r}") from None
    if not isinstance(date, dt.date):
        raise TypeError(f"date must be a date, got {type(date).__name__}")
    day = date.isoformat()
    start = timeline["start"].astype(object)
    end = timeline["end"].astype(object)
    keep = [
        (isinstance(s, str) and s <= day) and (e is None or (isinstance(e, float) and math.isnan(e))
                                               or day < e)
        for s, e in zip(start, end)
    ]
    return timeline.loc[keep].copy()
