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
* **Fighting.** A battle (Battles/Armed clash; Explosions/Remote violence only at a
  front line: where the attacker holds ground within ``near_km`` of the target and
  the zone hit is another faction's, since a strike, a missile or a shell can land
  far behind the lines, or inside the attacker's own zone, without anyone's ground
  changing) placed at a town or near/part of one (geo_precision 1 or 2; fighting known
  only at province or country level is ignored here; a territory event or a "took"
  claim placed only at the whole country is reported by :func:`zone_problems`, not drawn)
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
import io
import json
import math
import pickle
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely import affinity
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from layers.collector import gc_paused
from layers.events import faction_of
from reading.document import Problem
from reading.messages import Messages

if TYPE_CHECKING:  # only for an annotation: pyarrow is imported where a table is built
    import pyarrow as pa

__all__ = [
    "ZONE_COLUMNS",
    "RELATIONS",
    "TERRITORY_EVENTS",
    "BATTLE_EVENTS",
    "zone_timeline",
    "zone_problems",
    "zone_layers",
    "zone_layers_of",
    "zone_inputs",
    "ZoneOps",
    "zones_at",
    "OPEN_HOLD_DAYS",
    "MAX_HOLD_DAYS",
    "hold_days_value",
    "with_drawn_until",
    "last_told",
    "shown_until",
    "area_told",
]

ZONE_COLUMNS = ("zone_id", "faction", "start", "end", "status", "sources", "geometry")

#: Control claim relations understood here.
RELATIONS = ("holds", "took", "withdrew", "expanding", "contested")
#: The relations that tell a state at a time, not a change that lasts until undone (a conquest, a withdrawal).
_STATES = ("holds", "expanding", "contested")

#: (event_type, sub_event_type) that change hands, and the claim each stands for
#: (actor1 is the faction gaining the area). Not "non-violent transfer of
#: territory": its actor1 may be the side that hands over or withdraws ("the army
#: withdrew from X"), so it says nothing about who gains; the control claims read
#: from the same sentence ("withdrew", "took") carry that.
TERRITORY_EVENTS = {
    ("battles", "government regains territory"): "took",
    ("battles", "non-state actor overtakes territory"): "took",
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
_RANK = {"withdrew": 0, "holds": 1, "expanding": 2, "took": 3, "contested": 4, "battle": 5, "remote": 5}


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
    slot: int = -1  # in its group's members
    index: int = -1  # in the replay's index of all pieces
    gone: bool = False  # carved away or expired
    version: int = 0  # bumped on every carve: (order, version) names the shape
    box: tuple = ()  # geom.bounds, kept with geom (shapes are immutable: it changes when carved)


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


def _areal(geom: BaseGeometry) -> BaseGeometry:
    """The polygons of an overlay result: snapping to the grid may collapse a
    sliver into a line, and a line next to polygons breaks later overlays."""
    if type(geom) is Polygon or type(geom) is MultiPolygon:  # what geom_type names, without asking GEOS
        return geom
    polys = [q for part in shapely.get_parts(geom) for q in shapely.get_parts(part) if type(q) is Polygon]
    return polys[0] if len(polys) == 1 else MultiPolygon(polys) if polys else Polygon()


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


def _source(evidence: Any, doc_id: str, location: Any = None, told: dt.date | None = None) -> dict:
    """Where a piece of zone comes from: its article and sentence, (``place``) what its area stands for, and
    (``told``, ISO) the day the article tells it: its publication date, or the claim's date when later (what
    :func:`shown_until` counts from)."""
    told_text = told.isoformat() if told is not None else ""
    if evidence is None:
        return {"doc_id": doc_id or "", "place": area_told(location), "sentence": "", "title": "", "told": told_text,
                "url": ""}
    return {  # (keys in sorted order, as a cached part's JSON gives them back)
        "doc_id": evidence.doc_id or doc_id or "",
        "place": area_told(location),
        "sentence": evidence.sentence or "",
        "title": evidence.title or "",
        "told": told_text,
        "url": evidence.url or "",
    }


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def _told(date: dt.date, doc_id: str, published: Mapping[str, Any]) -> dt.date:
    """The day an article tells of a change of hands dated ``date``: its publication date when later ("Russian
    forces, which took Avdiivka in 2024, took Pokrovsk today" tells of Avdiivka on its day). Not the latest
    date the article reports: an op's source then depends on its article alone, as a rebuild's cache needs."""
    day = _day(published.get(doc_id))
    date = _day(date) or date
    return max(date, day) if day is not None else date


def area_told(location: Any) -> str:
    """zon3: what a zone's area stands for, in words a map reader can weigh: the text names a town, a spot near or
    in a place, or a region, and the shape drawn is only as precise as that (a town's circle is no front line).

    >>> from types import SimpleNamespace as L
    >>> area_told(L(name="Kharkiv", precision=1)), area_told(None)
    ('Kharkiv: a town named; drawn as a circle around it (its real limits are not told)', '')
    """
    name = str(getattr(location, "name", "") or "")
    precision = getattr(location, "precision", None)
    if not name or precision not in (1, 2, 3):
        return name
    if precision == 1:
        return f"{name}: a town named; drawn as a circle around it (its real limits are not told)"
    if precision == 2:
        return f"{name}: near or part of a place; drawn approximately"
    return f"{name}: a region named; drawn as the whole region"


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


#: Zone areas by (location shape, point radius): a pure function, and a corpus
#: (or the app's next build) names the same few thousand places again and again.
_AREAS: dict[tuple[bytes, float], BaseGeometry] = {}
_AREAS_MAX = 50_000


def _check_numbers(contested_window_days: Any, point_radius_km: Any, near_km: Any) -> None:
    if isinstance(contested_window_days, bool) or not isinstance(contested_window_days, int):
        raise TypeError(f"contested_window_days must be int, got {type(contested_window_days).__name__}")
    if contested_window_days < 1:
        raise ValueError(f"contested_window_days must be at least 1, got {contested_window_days}")
    for name, value in (("point_radius_km", point_radius_km), ("near_km", near_km)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{name} must be a number, got {type(value).__name__}")
        if value < 0 or (name == "point_radius_km" and value == 0):
            raise ValueError(f"{name} must be positive, got {value}")


#: How a territory event whose town was not found begins its location note (W409): its place
#: (the province) only says where the town lies and did not change hands.
_AREA_ONLY = Messages.W409.split("{", 1)[0]


def _collect(
    claims: Iterable[Any],
    events: Iterable[Any],
    *,
    published: Mapping[str, dt.date] | None,
    profile: Any,
    point_radius_km: float,
    shapes: bool = True,
    by_object: dict | None = None,
    active: Mapping[str, set] | None = None,
) -> tuple[list[_Op], list[Problem]]:
    """Turn claims and events into dated operations; report what cannot be used.

    ``shapes=False`` (problems only) skips the events' areas, which no problem
    depends on. Areas are computed once per distinct location shape
    (``by_object``: that memo, to share over several calls). ``active``: the factions
    each article names in what it reports as current (:func:`_active_factions`; by
    default from these claims and events).
    """
    ops: list[_Op] = []
    problems: list[Problem] = []
    published = published or {}
    claims, events = list(claims), list(events)
    if active is None:
        active = _active_factions(claims, events, profile)
    if by_object is None:
        by_object = {}  # events of one article share their place's shape
    kinds: dict = {}  # see _event_kind

    def area_of(location: Any) -> tuple[BaseGeometry, bool]:
        """The zone area of a location, and whether it is empty (both remembered per shape object)."""
        geom = getattr(location, "geometry", None)
        if geom is None:
            area = _area_of(location, point_radius_km)
            return area, area.is_empty
        seen = by_object.get(id(geom))
        if seen is not None and seen[0] is geom:
            return seen[1], seen[2]
        key = (_wkb(geom), point_radius_km)
        area = _AREAS.get(key)
        if area is None:
            if len(_AREAS) >= _AREAS_MAX:
                _AREAS.clear()
            area = _AREAS[key] = _area_of(location, point_radius_km)
        empty = area.is_empty
        by_object[id(geom)] = (geom, area, empty)
        return area, empty

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
        if getattr(claim, "background", False) and (
                str(claim.faction) not in active.get(claim.doc_id, ()) or relation in _STATES):
            # "North Vietnamese forces captured Ban Me Thuot in March 1975", in a story of a parade 50 years on:
            # as for events (W556), nothing tells whether they hold it still (evf: nor does a state told in the past,
            # "In 1995 the Ugandan army controlled Bunia", of a side still told of: what it held then, not since)
            problems.append(_problem("W558", "zone", claim.doc_id, name, claim.evidence, claim=claim.id,
                                     faction=claim.faction))
            continue
        if relation == "took" and getattr(claim.location, "is_whole_country", False):
            # "took control of Myanmar's border with Bangladesh" read as Myanmar: a change of hands
            # known only to the country hands over none of it (as W555 for events)
            problems.append(_problem("W557", "zone", claim.doc_id, name, claim.evidence, claim=claim.id))
            continue
        geom, empty = area_of(claim.location)
        if empty:
            problems.append(_problem("W551", "zone", claim.doc_id, name, claim.evidence, claim=claim.id))
            continue
        ops.append(_Op(date, relation, str(claim.faction), geom,
                       _source(claim.evidence, claim.doc_id, claim.location, _told(date, claim.doc_id, published)),
                       f"c:{claim.id}"))
    for ev in events:
        if not hasattr(ev, "event_type"):
            raise TypeError(f"events must contain Event, got {type(ev).__name__}")
        relation, battle, explosion = _event_kind(ev.event_type, ev.sub_event_type, kinds)
        if relation is None and not battle:
            continue
        if ev.planned or ev.location is None:
            continue  # planned: not (yet) happened; unlocated: reported with the events
        if relation is None and getattr(ev.location, "precision", 3) > _BATTLE_MAX_PRECISION:
            continue  # fighting "in Libya" or "in the east" says nothing about where the front is
        if relation is not None and (ev.location_note or "").startswith(_AREA_ONLY):
            continue  # the town taken was not found; its province is only where it lies (reported, W409)
        if relation is not None and getattr(ev.location, "is_whole_country", False):
            # "territory changed hands in Syria" does not hand over all of Syria
            problems.append(_problem("W555", "zone", ev.doc_id, ev.location.name, ev.evidence, event=ev.id))
            continue
        if ev.date is None:
            if relation is not None:
                problems.append(_problem("W553", "undated", ev.doc_id, ev.location.name, ev.evidence, event=ev.id))
            continue
        faction = ""
        remote = relation is None and explosion
        if relation is not None or remote:
            faction = faction_of(ev.actor1 or "", profile) or (ev.actor1 or "").strip()
            if not faction:
                if remote:
                    continue  # no attacker: no front line to tell (the event stays on the map)
                problems.append(_problem("W554", "zone", ev.doc_id, ev.location.name, ev.evidence, event=ev.id))
                continue
        if relation is not None and ev.background and faction not in active.get(ev.doc_id, ()):
            # "Canadian forces entered Caen in July 1944", in a story 80 years on: nothing tells whether
            # they hold it still, and nobody will report that they left
            problems.append(_problem("W556", "zone", ev.doc_id, ev.location.name, ev.evidence, event=ev.id,
                                     faction=faction))
            continue
        if not shapes:
            continue
        geom, empty = area_of(ev.location)
        if empty:
            continue
        ops.append(_Op(ev.date.start, relation or ("remote" if remote else "battle"), faction, geom,
                       _source(ev.evidence, ev.doc_id, ev.location, _told(ev.date.start, ev.doc_id, published)),
                       f"e:{ev.id}"))
    ops.sort(key=_Op.order)
    return ops, problems


def _event_kind(event_type: Any, sub_event_type: Any, seen: dict) -> tuple[str | None, bool, bool]:
    """What an event's type does to zones: (the claim it stands for or None, is it fighting, is it an
    explosion/remote violence). ``seen``: the answers by type as written (a corpus writes a few
    dozen types over thousands of events)."""
    key = (event_type, sub_event_type)
    hit = seen.get(key) if type(event_type) is str and type(sub_event_type) is str else None
    if hit is None:
        kind = (_norm(event_type), _norm(sub_event_type))
        hit = (TERRITORY_EVENTS.get(kind), any(kind[0] == t and s in ("*", kind[1]) for t, s in BATTLE_EVENTS),
               kind[0] == "explosions/remote violence")
        if type(event_type) is str and type(sub_event_type) is str:
            seen[key] = hit
    return hit


def _active_factions(claims: list, events: list, profile: Any) -> dict[str, set]:
    """The factions each article names in what it reports as current (claims and the actors of
    events that are not history recalled): a side's old conquest draws a zone only while the
    article still tells of that side."""
    active: dict[str, set] = {}
    for c in claims:  # (what is not a claim or an event is reported where they are read)
        if hasattr(c, "faction") and not getattr(c, "background", False):
            active.setdefault(getattr(c, "doc_id", ""), set()).add(str(c.faction))
    for ev in events:
        if getattr(ev, "background", False):
            continue
        for actor in (getattr(ev, "actor1", ""), getattr(ev, "actor2", "")):
            if isinstance(actor, str) and actor:
                active.setdefault(getattr(ev, "doc_id", ""), set()).add(faction_of(actor, profile) or actor.strip())
    return active


def _meets(a: tuple, b: tuple, pad: float = 0.0) -> bool:
    """Do two boxes (x0, y0, x1, y1) meet, once widened by ``pad``?"""
    return a[0] <= b[2] + pad and b[0] <= a[2] + pad and a[1] <= b[3] + pad and b[1] <= a[3] + pad


class _Memo:
    """Results of overlays by the identity of their operands (shapes are immutable).

    The replay asks for the same overlay of the same shape objects again (a
    cluster's union next to new fighting, a town's disc carved out of pieces
    again): the same operands give the same result, so it is computed once.
    An entry keeps its operands alive, so their ids cannot be reused while it
    is kept. Never pickled (ids mean nothing in another process): a loaded
    state starts with an empty memo, which changes no result.
    """

    SIZE = 1024
    CLIPS = 4096

    def __init__(self) -> None:
        self.known: dict[tuple, tuple[tuple, Any]] = {}
        self.clips: dict[tuple[int, int], tuple] = {}  # (piece, fighting) -> (piece, fighting, clip)
        self.overlaps: dict[tuple[int, int], tuple] = {}  # (piece, fighting) -> (piece, fighting, (area, length))
        self.same: dict[tuple[bytes, bytes], bool] = {}  # (WKB, WKB) -> same area?
        self.boxes: dict[int, tuple] = {}  # shape -> (shape, its bounds)
        self.areas: dict[int, tuple] = {}  # shape -> (shape, its area)
        self.united: dict[tuple, BaseGeometry] = {}  # WKBs of distinct shapes -> their union

    def __reduce__(self) -> tuple:
        return (_Memo, ())

    def get(self, kind: str, args: tuple, make: Callable[[], Any]) -> Any:
        key = (kind, *map(id, args))
        hit = self.known.get(key)
        if hit is not None:  # same ids, and the entry keeps its operands alive: the same objects
            return hit[1]
        value = make()
        if len(self.known) >= self.SIZE:
            del self.known[next(iter(self.known))]
        self.known[key] = (args, value)
        return value

    def unite(self, geoms) -> BaseGeometry:
        """:func:`_unite` of ``geoms``, and one object per union of the same shapes by value: a union
        of shapes written as before is that union (the same bytes in give the same bytes out), so
        the overlays with it that follow are remembered too."""
        if len(geoms) == 1:
            return geoms[0]
        return self.get("unite", tuple(geoms), lambda: _unite(geoms, self.united))

    def difference(self, a: BaseGeometry, b: BaseGeometry) -> BaseGeometry:
        """``a`` less ``b`` on the grid, its polygons: empty, without the overlay, when ``b`` covers ``a``
        (a town taken again by another side: its disc carved out of a piece that is that disc; fighting over
        a whole held area). Both are on the grid, so snapping moves no vertex, and snap rounding bends an
        edge only towards a vertex it passes within a grid step of, never across it: what ``b`` covers
        stays covered, and the overlay gives the empty polygon (644 of 5,000 differences on the 2,000 bench
        articles; the box test first, from the remembered bounds: a fifth of them are inside the other's box)."""
        def make() -> BaseGeometry:
            x0, y0, x1, y1 = self.bounds(a)
            u0, v0, u1, v1 = self.bounds(b)  # (an empty shape's bounds are NaN: no test passes)
            if u0 <= x0 and v0 <= y0 and x1 <= u1 and y1 <= v1 and shapely.covers(b, a):
                return _EMPTY
            return _areal(shapely.difference(a, b, grid_size=_GRID))
        return self.get("difference", (a, b), make)

    def intersection(self, a: BaseGeometry, b: BaseGeometry) -> BaseGeometry:
        """``a`` and ``b`` on the grid, its polygons."""
        return self.get("intersection", (a, b), lambda: _areal(shapely.intersection(a, b, grid_size=_GRID)))

    def union_all(self, geoms: list) -> BaseGeometry:
        """``shapely.union_all`` of ``geoms`` on the grid (one shape included: no short cut)."""
        return self.get("union_all", tuple(geoms), lambda: shapely.union_all(geoms, grid_size=_GRID))

    def bounds(self, geom: BaseGeometry) -> tuple:
        """``geom.bounds``, remembered per shape object (the replay asks again and again for those of
        a town's area and of the unions and carves it remembers)."""
        hit = self.boxes.get(id(geom))
        if hit is not None and hit[0] is geom:
            return hit[1]
        if len(self.boxes) >= self.CLIPS:
            self.boxes.clear()
        box = geom.bounds
        self.boxes[id(geom)] = (geom, box)
        return box

    def area(self, geom: BaseGeometry) -> float:
        """``shapely.area(geom)``, remembered per shape object (a town's area is added as a piece, and
        carves of its pieces give the remembered differences, again and again)."""
        hit = self.areas.get(id(geom))
        if hit is not None and hit[0] is geom:
            return hit[1]
        if len(self.areas) >= self.CLIPS:
            self.areas.clear()
        value = shapely.area(geom)
        self.areas[id(geom)] = (geom, value)
        return value

    def same_area(self, a: tuple, b: tuple) -> bool:
        """:func:`_same_area` of two ``(shape, its WKB)``, remembered by their WKBs (a pure function
        of the shapes, which their WKBs give exactly)."""
        key = (a[1], b[1])
        value = self.same.get(key)
        if value is None:
            if len(self.same) >= self.SIZE:
                del self.same[next(iter(self.same))]
            a, b = a[0], b[0]
            # the bounds test first, with the boxes remembered per shape (a row meets several components)
            if _close_boxes(self.bounds(a), self.bounds(b)):
                value = _same_area(a, b)
            else:
                value = False
            self.same[key] = value
        return value

    def clip(self, geoms: list, cut: BaseGeometry) -> list[BaseGeometry]:
        """Each of ``geoms`` and ``cut`` on the grid: what one vectorised ``shapely.intersection(geoms,
        cut, grid_size=_GRID)`` gives element by element, each shape object clipped once (a town's
        pieces often share one shape)."""
        return [hit[2] for hit in self._per_shape(self.clips, geoms, cut,
                                                  lambda made: shapely.intersection(made, cut, grid_size=_GRID))]

    def overlap(self, geoms: list, cut: BaseGeometry) -> list[tuple[float, float]]:
        """``(area, length)`` of each of ``geoms`` and ``cut`` in floating point (not on the grid: a
        fraction of the cost, and within ``_GRID`` times the outline of the clip on the grid)."""
        def make(made: np.ndarray) -> list:
            clips = shapely.intersection(made, cut)
            return list(zip(shapely.area(clips).tolist(), shapely.length(clips).tolist()))
        return [hit[2] for hit in self._per_shape(self.overlaps, geoms, cut, make)]

    def _per_shape(self, cache: dict, geoms: list, cut: BaseGeometry, make: Callable) -> list[tuple]:
        """``(shape, cut, make(shapes)[k])`` per shape of ``geoms``, made once per shape object
        (``make`` takes the array of those not yet in ``cache``)."""
        todo = {}
        for g in geoms:
            hit = cache.get((id(g), id(cut)))
            if hit is None or hit[0] is not g or hit[1] is not cut:
                todo.setdefault(id(g), g)
        if todo:
            made = np.array(list(todo.values()), dtype=object)
            if len(cache) + len(todo) > self.CLIPS:
                cache.clear()
            for g, c in zip(made, make(made)):
                cache[(id(g), id(cut))] = (g, cut, c)
        return [cache[(id(g), id(cut))] for g in geoms]


def _by_shape(fn: Callable, geoms: list, other: BaseGeometry) -> np.ndarray:
    """``fn(geoms, other)`` (a vectorised shapely function) for a list of shapes, evaluated once
    per distinct shape object: the pieces of a town claimed again and again share its area
    object, so a tenth of the pieces near a place may be all the distinct shapes there."""
    column: dict[int, int] = {}
    which = [column.setdefault(id(g), len(column)) for g in geoms]
    if len(column) == len(geoms):
        return fn(np.array(geoms, dtype=object), other)
    distinct = np.empty(len(column), dtype=object)
    for g, k in zip(geoms, which):
        distinct[k] = g
    return fn(distinct, other)[which]


#: The empty operand (one object, so that overlays with it are remembered too).
_EMPTY = Polygon()


def _wkb_args() -> tuple | None:
    """The arguments ``shapely.to_wkb(geom)`` hands GEOS's writer (its defaults), when passing them
    straight to ``shapely.lib.to_wkb`` gives the same bytes on a few shapes (checked once at import);
    None otherwise (another shapely: the public call)."""
    try:
        from shapely.io import WKBFlavorOptions

        args = (np.bool_(False), np.intc(3 if shapely.geos_version < (3, 12, 0) else 4), np.intc(-1),
                np.bool_(False), np.intc(WKBFlavorOptions.get_value("extended")))
        probes = (Point(1.5, -2.25), _EMPTY, Polygon([(0, 0), (0, 4), (4, 4), (4, 0)], [[(1, 1), (1, 2), (2, 2), (2, 1)]]),
                  MultiPolygon([Polygon([(0, 0), (0, 1), (1, 1)]), Polygon([(5, 5), (5, 6), (6, 6)])]), Point(1, 2, 3))
        return args if all(shapely.lib.to_wkb(g, *args) == shapely.to_wkb(g) for g in probes) else None
    except Exception:  # pragma: no cover - another shapely's internals: the public call
        return None


_WKB_ARGS = _wkb_args()


def _wkb(geom: BaseGeometry) -> bytes:
    """``shapely.to_wkb(geom)`` of one shape, without the wrapper's five scalar checks (about 40% of
    a drawn component's WKB: the replay writes one for each component it draws)."""
    if _WKB_ARGS is not None:
        return shapely.lib.to_wkb(geom, *_WKB_ARGS)
    return shapely.to_wkb(geom)


class _Boxes:
    """Items with their bounding boxes in one array.

    "Which items may meet this box" is then one vectorised test, so each claim
    and each redraw only touches what is near it: the cost of a day follows
    what changed that day, not the size of the map. Slots are handed out in
    insertion order and never reused (a removed item's box becomes NaN, which
    meets nothing). The array holds ``(x0, y0, -x1, -y1)``: "meets" is then one
    comparison with one row of four numbers (negating a float is exact).
    """

    #: Up to this many slots, "which items meet" loops over the tuples: a few microseconds less
    #: than the array test, whose cost is mostly numpy's per-call overhead.
    FEW = 96

    def __init__(self) -> None:
        self.items: list = []
        self.live: dict[int, tuple] = {}  # slot -> box of the items not gone, in slot order, for small loops
        self.bounds = np.full((16, 4), np.nan)

    def add(self, item: Any, box: tuple) -> int:
        if len(self.items) == len(self.bounds):
            self.bounds = np.vstack([self.bounds, np.full(self.bounds.shape, np.nan)])
        self.items.append(item)
        slot = len(self.items) - 1
        self.live[slot] = box
        self.bounds[slot] = (box[0], box[1], -box[2], -box[3])
        return slot

    def move(self, slot: int, box: tuple | None) -> None:
        """The item in ``slot`` now has this box (None: it is gone, for good)."""
        if box is None:
            self.live.pop(slot, None)
            self.items[slot] = None
            self.bounds[slot] = np.nan
        else:
            self.live[slot] = box  # a live slot: its place in the slot order stays
            self.bounds[slot] = (box[0], box[1], -box[2], -box[3])

    def near(self, box: tuple, pad: float = 0.0) -> list:
        """Items whose box meets ``box`` widened by ``pad``, in insertion order."""
        if len(self.items) <= self.FEW:
            # the same tests on the boxes kept as tuples (b[2] >= x0 is -b[2] <= -x0: negating is exact)
            x0, y0, x1, y1 = box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad
            items = self.items
            return [items[i] for i, b in self.live.items()
                    if b[0] <= x1 and b[1] <= y1 and b[2] >= x0 and b[3] >= y0]
        meets = self.bounds[:len(self.items)] <= (box[2] + pad, box[3] + pad, -(box[0] - pad), -(box[1] - pad))
        # a row meets when its four tests hold: its four bytes read as one int32
        idx = np.flatnonzero(meets.view(np.int32)[:, 0] == 0x01010101)
        return [self.items[i] for i in idx.tolist()]


class _Group:
    """The pieces of one (faction, status) and how the group was last drawn."""

    def __init__(self, memo: _Memo) -> None:
        self.members = _Boxes()
        self.env = (math.inf, math.inf, -math.inf, -math.inf)  # grows, never shrinks
        self.comps: list[tuple[BaseGeometry, bytes, list[dict]]] = []
        self.comp_boxes: list[tuple] = []  # the components' boxes
        self.boxes: list[tuple] = []  # areas changed since the group was last drawn
        self.unions = _Unions(memo)
        self.drawn: dict[tuple, list] = {}  # components by (pieces, fighting subtracted)

    def add(self, piece: _Piece) -> None:
        box = piece.box
        piece.slot = self.members.add(piece, box)
        e = self.env
        self.env = (min(e[0], box[0]), min(e[1], box[1]), max(e[2], box[2]), max(e[3], box[3]))
        self.boxes.append(box)

    def changed(self, piece: _Piece, old_box: tuple) -> None:
        self.boxes.append(old_box)
        self.members.move(piece.slot, None if piece.gone else piece.box)


class _Replay:
    """The state of the map while claims are replayed in date order.

    Pieces live in groups keyed by (faction, status); fighting overlays (pieces
    with an expiry) belong to their holder's contested group. Each change
    records the box it touched; a redraw recomputes only the components of a
    group that lie in (or are chained by overlapping boxes to) those boxes, and
    a held group is drawn without only the fighting that meets it.
    """

    def __init__(self, window: int, near_deg: float):
        self.window = window
        self.near_deg = near_deg
        self.groups: dict[tuple[str, str], _Group] = {}
        self.pieces = _Boxes()  # every live piece and overlay, in creation order
        self.expiring: list[tuple[dt.date, int, _Piece]] = []
        self.fight_boxes: list[tuple] = []  # fighting changed here: held groups redraw there
        self.memo = _Memo()  # shared by the groups' unions
        self.fought = _Unions(self.memo)
        self.count = 0

    def next_expiry(self) -> dt.date | None:
        return self.expiring[0][0] if self.expiring else None

    def _near(self, box: tuple, pad: float = 0.0) -> list[_Piece]:
        """Pieces (and overlays) whose box meets ``box`` widened by ``pad``, in creation order."""
        return self.pieces.near(box, pad)

    def _add(self, faction: str, status: str, geom: BaseGeometry, op: _Op,
             expires: dt.date | None = None) -> None:
        if self.memo.area(geom) < _MIN_AREA:  # an empty shape included (area 0)
            return
        self.count += 1
        piece = _Piece(faction, status, geom, op.source, op.date, self.count, expires, box=self.memo.bounds(geom))
        group = self.groups.get((faction, status))
        if group is None:  # (not setdefault: a group's arrays and memos are made once, not for every piece)
            group = self.groups[(faction, status)] = _Group(self.memo)
        group.add(piece)
        piece.index = self.pieces.add(piece, piece.box)
        if expires is not None:
            heapq.heappush(self.expiring, (expires, piece.order, piece))
            self.fight_boxes.append(piece.box)

    def _carve(self, geom: BaseGeometry, keep) -> None:
        """Cut ``geom`` out of every piece (and overlay) not kept."""
        # (an empty shape's bounds are NaN, which meet no box: no candidate)
        cands = [p for p in self._near(self.memo.bounds(geom)) if not keep(p)]
        if not cands:
            return
        hits = _by_shape(shapely.intersects, [p.geom for p in cands], geom)
        held: dict[tuple[str, str], dict] = {}
        for p, hit in zip(cands, hits):
            if not hit:
                continue
            old_box, old_id = p.box, (p.order, p.version)
            p.geom = self.memo.difference(p.geom, geom)
            p.box = self.memo.bounds(p.geom)
            p.version += 1
            p.gone = self.memo.area(p.geom) < _MIN_AREA  # an empty shape included (area 0)
            self._changed(p, old_box)
            if p.status == "held":
                held.setdefault((p.faction, p.status), {})[old_id] = None if p.gone else (p.order, p.version)
        for key, changes in held.items():
            self.groups[key].unions.carved(changes, geom)

    def _changed(self, p: _Piece, old_box: tuple) -> None:
        """Piece ``p`` was carved (or is gone): its group and the index learn it."""
        self.groups[(p.faction, p.status)].changed(p, old_box)
        self.pieces.move(p.index, None if p.gone else p.box)
        if p.expires is not None:
            self.fight_boxes.append(old_box)

    def _held_near(self, geom: BaseGeometry, keep) -> BaseGeometry:
        geoms = [p.geom for p in self._near(geom.bounds) if p.expires is None and keep(p)]
        return self.memo.union_all(geoms) if geoms else _EMPTY

    def expire(self, date: dt.date) -> None:
        while self.expiring and self.expiring[0][0] <= date:
            _, _, p = heapq.heappop(self.expiring)
            if not p.gone:
                p.gone = True
                self._changed(p, p.box)

    def apply(self, op: _Op) -> None:
        f, g = op.faction, op.geom
        if op.relation == "withdrew":
            self._carve(g, keep=lambda p: p.expires is not None or p.faction != f)
        elif op.relation in ("holds", "took"):
            conflict = _EMPTY
            if op.relation == "holds":
                since = op.date - dt.timedelta(days=self.window)
                recent = self._held_near(g, lambda p: p.status == "held" and p.faction != f and p.date >= since)
                conflict = self.memo.intersection(g, recent)
            self._carve(g, keep=lambda p: p.expires is None and p.faction == f and p.status == "held")
            self._add(f, "contested", conflict, op)
            self._add(f, "held", self.memo.difference(g, conflict), op)
        elif op.relation == "expanding":
            others = self._held_near(g, lambda p: p.status == "held" and p.faction != f)
            contested = self.memo.intersection(g, others)
            others_contested = [p.geom for p in self._near(g.bounds)
                                if p.expires is None and p.faction != f and p.status == "contested"]
            rest = self.memo.difference(g, others)
            if others_contested:
                rest = self.memo.difference(rest, self.memo.union_all(others_contested))
            self._carve(contested, keep=lambda p: p.status != "held")
            self._add(f, "contested", contested, op)
            self._add(f, "held", rest, op)
        elif op.relation == "contested":
            self._carve(g, keep=lambda p: False)
            self._add(f, "contested", g, op)
        elif op.relation in ("battle", "remote"):
            holder = self._holder(g)
            if holder and op.relation == "remote" and (holder == f or not self._holds_near(f, g)):
                holder = ""  # a strike behind the lines, or inside the attacker's own zone: no front here
            if holder:
                self._add(holder, "contested", g, op,
                          expires=op.date + dt.timedelta(days=self.window))

    def _holds_near(self, faction: str, geom: BaseGeometry) -> bool:
        """Does ``faction`` hold ground within ``near_deg`` of ``geom``?"""
        held = [p.geom for p in self._near(self.memo.bounds(geom), self.near_deg)
                if p.expires is None and p.status == "held" and p.faction == faction]
        return bool(held) and bool((_by_shape(shapely.distance, held, geom) <= self.near_deg).any())

    def _holder(self, geom: BaseGeometry) -> str:
        """The faction whose held zone the fighting hits: most overlap, else nearest.

        A zone's overlap is the area of the union of its pieces clipped to the
        fighting, and its distance the nearest piece's: the same numbers as for
        the whole zone, without uniting the zone. The union is needed only when
        the clips' areas leave the winner open: a zone's overlap is at least its
        largest clip's area and at most the sum of its distinct clips' areas, or
        the fighting's area (give or take what snapping to the grid may move along
        their outlines, so these clips are made in floating point, at a fraction
        of the cost), and held zones of different factions hardly ever overlap,
        so one faction's largest clip usually outweighs all the others' clips.
        """
        best = None
        held = [p for p in self._near(self.memo.bounds(geom), self.near_deg)
                if p.expires is None and p.status == "held"]
        if not held:
            return ""
        dist = _by_shape(shapely.distance, [p.geom for p in held], geom)
        near = (dist <= self.near_deg).tolist()
        factions = sorted({p.faction for p, hit in zip(held, near) if hit})
        if len(factions) == 1:
            return factions[0]
        idx = [k for k, hit in enumerate(near) if hit]
        try:
            sizes = dict(zip(idx, self.memo.overlap([held[k].geom for k in idx], geom)))
        except shapely.errors.GEOSException:  # never seen; the unions below tell then
            sizes = {}
        mine = {f: [k for k in idx if held[k].faction == f] for f in factions}
        low, high = {}, {}
        whole = float(shapely.area(geom))
        for faction, ks in mine.items():
            seen: set = set()
            top = total = outline = 0.0
            for k in ks:
                if id(held[k].geom) not in seen and k in sizes:
                    seen.add(id(held[k].geom))
                    area, length = sizes[k]
                    top, total, outline = max(top, area), total + area, outline + length
            # clipping on the grid, then uniting on it, moves outlines by under a grid step each time
            slack = 8 * _GRID * outline + 1e-12
            low[faction], high[faction] = top - slack, min(total, whole) + slack
        if sizes:
            for faction in factions:
                if all(low[faction] > high[other] for other in factions if other != faction):
                    return faction
        clips = dict(zip(idx, self.memo.clip([held[k].geom for k in idx], geom)))
        for faction in factions:
            clipped = [clips[k] for k in mine[faction]]
            clipped = [c for c in clipped if not c.is_empty]
            overlap = float(shapely.area(self.memo.unite(clipped))) if clipped else 0.0
            score = (-overlap, float(min(dist[k] for k in mine[faction])), faction)
            if best is None or score < best:
                best = score
        return best[2] if best else ""

    def snapshot(self) -> dict[tuple[str, str], tuple[list, list]]:
        """Redraw what changed since the last snapshot: (components gone, components new) by group.

        A held group is redrawn where its pieces changed or where fighting
        changed (it is drawn without the fighting); a contested group where its
        pieces or its own fighting overlays changed.
        """
        fight = self.fight_boxes
        self.fight_boxes = []
        changes = {}
        for key in sorted(self.groups):
            group = self.groups[key]
            boxes, group.boxes = group.boxes, []
            if key[1] == "held" and fight:
                boxes = boxes + [b for b in fight if _meets(group.env, b)]
            if boxes:
                gone, new = self._redraw(key, group, boxes)
                if gone or new:
                    changes[key] = (gone, new)
        return changes

    def _redraw(self, key: tuple[str, str], group: _Group, boxes: list[tuple]) -> tuple[list, list]:
        """Recompute the components of ``group`` that meet ``boxes``; the others stay as drawn.

        The affected components and the pieces to re-union are found by chaining
        boxes: any component or piece whose box meets the region joins it, until
        nothing more does. What is left out then meets neither, so it is drawn
        exactly as before. (Groups hold tens of items: plain loops over box
        tuples beat building arrays for them.)
        """
        comps, members = group.comps, group.members
        nc = len(comps)
        rest = list(enumerate(group.comp_boxes))  # components, then live pieces (nc + slot)
        rest += [(nc + j, b) for j, b in members.live.items()]
        taken = []
        frontier = boxes
        while frontier and rest:
            left, joined = [], []
            for item in rest:
                b = item[1]
                for q in frontier:
                    if b[0] <= q[2] and b[2] >= q[0] and b[1] <= q[3] and b[3] >= q[1]:
                        taken.append(item[0])
                        joined.append(b)
                        break
                else:
                    left.append(item)
            rest, frontier = left, joined
        taken.sort()
        comp_in = [i for i in taken if i < nc]
        pool = [members.items[i - nc] for i in taken if i >= nc]  # creation order
        gone = [comps[i] for i in comp_in]
        new: list = []
        if pool:
            union = group.unions.unite(pool)
            fought = []
            if key[1] == "held":
                fought = [p for p in self._near(self.memo.bounds(union)) if p.expires is not None]
                if fought:
                    hit = _by_shape(shapely.intersects, [p.geom for p in fought], union)
                    fought = [p for p, h in zip(fought, hit) if h]
            new = _remember(group.drawn, (_ids(pool), _ids(fought)), lambda: self._draw(pool, union, fought))
        gone.sort(key=lambda c: c[1])
        if [c[1:] for c in gone] == [c[1:] for c in new]:
            return [], []  # redrawn exactly as before
        if comp_in:
            hit = set(comp_in)
            group.comps = [c for i, c in enumerate(comps) if i not in hit] + new
            group.comp_boxes = [b for i, b in enumerate(group.comp_boxes) if i not in hit]
        else:
            group.comps = comps + new
        group.comp_boxes = group.comp_boxes + [self.memo.bounds(c[0]) for c in new]
        return gone, new

    def _draw(self, pool: list[_Piece], union: BaseGeometry, fought: list[_Piece]) -> list:
        """Components of ``union`` (of ``pool``) less the fighting that meets it."""
        if not fought:
            return _components(pool, union)
        fighting = self.fought.unite(fought)
        return _components(pool, self.memo.difference(union, fighting), fighting)


def _unite(geoms, known: dict | None = None) -> BaseGeometry:
    """Union on the grid; one piece is already on it (it came out of a gridded operation).

    Pieces are often one town's area claimed again and again (a held town in
    every report): each distinct shape enters the union once. ``known``: unions
    by the WKBs of their distinct shapes, to take a union made before from (its
    latest 1,024).
    """
    if len(geoms) > 1:
        geoms, wkbs = _distinct(geoms)
        if len(geoms) > 1 and known is not None:
            key = tuple(wkbs)
            union = known.get(key)
            if union is None:
                if len(known) >= _Memo.SIZE:
                    del known[next(iter(known))]
                union = known[key] = _areal(shapely.union_all(geoms, grid_size=_GRID))
            return union
    return geoms[0] if len(geoms) == 1 else _areal(shapely.union_all(geoms, grid_size=_GRID))


def _distinct(geoms) -> tuple[list, list]:
    """``geoms`` less exact repeats (same object or same WKB), first occurrences in order, and their
    WKBs (none when they are one object)."""
    seen: dict = {}
    for g in geoms:
        seen.setdefault(id(g), g)
    if len(seen) == 1:
        return list(seen.values()), []
    wkbs = shapely.to_wkb(list(seen.values()))
    seen = dict(zip(wkbs.tolist(), seen.values()))
    return list(seen.values()), list(seen)


def _ids(pieces: list[_Piece]) -> tuple:
    """What a set of pieces looks like now: their (order, version)."""
    return tuple([(p.order, p.version) for p in pieces])


class _Unions:
    """Unions of sets of pieces, remembered by the (order, version) of their pieces.

    A set seen before costs nothing (fighting next to an unchanged cluster);
    a set that grew re-uses the unions of the largest disjoint sets it contains
    (a cluster plus today's new piece is one union of two shapes, not of all);
    a set whose pieces were all cut by the same shape is its old union less
    that shape (see :meth:`carved`).
    """

    SIZE = 256

    def __init__(self, memo: _Memo) -> None:
        self.memo = memo
        self.known: dict[tuple, BaseGeometry] = {}
        self.pending: dict[tuple, tuple[tuple, BaseGeometry]] = {}  # set -> (set before, cut)
        self.last: dict[tuple, tuple] = {}  # piece id -> the latest set holding it

    def _keep(self, ids: tuple, union: BaseGeometry) -> BaseGeometry:
        for cache in (self.known, self.pending):
            if len(cache) >= self.SIZE:
                del cache[next(iter(cache))]
        self.known[ids] = union
        for i in ids:
            self.last[i] = ids
        return union

    def _get(self, ids: tuple) -> BaseGeometry | None:
        if ids in self.known:
            return self.known[ids]
        if ids in self.pending:
            before, cut = self.pending.pop(ids)
            union = self._get(before)
            if union is not None:
                return self._keep(ids, _areal(shapely.difference(union, cut, grid_size=_GRID)))
        return None

    def carved(self, changes: dict[tuple, tuple | None], cut: BaseGeometry) -> None:
        """Pieces were cut by ``cut`` (old id -> new id, None when gone).

        Only for sets in which every piece meeting ``cut`` was cut by it (a held
        group: claims carve all of its pieces or none), so the union of the
        set now is the old union less ``cut``.
        """
        # (in the order of ``changes``, not a set's: which sets the bounded ``pending`` keeps, and which of two
        # sets carved into one is kept, must not hang on the process's hash seed)
        for before in dict.fromkeys(self.last[i] for i in changes if i in self.last):
            if before in self.known or before in self.pending:
                after = tuple(j for j in (changes.get(i, i) for i in before) if j is not None)
                if len(self.pending) >= self.SIZE:
                    del self.pending[next(iter(self.pending))]
                self.pending[after] = (before, cut)
                for j in after:
                    self.last[j] = after

    def unite(self, pieces: list[_Piece]) -> BaseGeometry:
        ids = _ids(pieces)
        union = self._get(ids)
        if union is not None:
            return union
        want = set(ids)
        found = {self.last[i] for i in ids if i in self.last}
        covered: set = set()
        parts = []
        for key in sorted(found, key=lambda k: (-len(k), k)):
            if want.issuperset(key) and covered.isdisjoint(key):
                known = self._get(key)
                if known is not None:
                    covered.update(key)
                    parts.append(known)
        parts += [p.geom for p, i in zip(pieces, ids) if i not in covered]
        return self._keep(ids, self.memo.unite(parts))


def _remember(cache: dict, key: tuple, make) -> Any:
    """``cache[key]``, made by ``make()`` when missing; the cache keeps its latest 256 entries."""
    if key in cache:
        return cache[key]
    if len(cache) >= 256:
        del cache[next(iter(cache))]
    value = cache[key] = make()
    return value


def _components(members: list[_Piece], union: BaseGeometry, fought: BaseGeometry | None = None) -> list:
    """Polygons of ``union`` (normalised), each with its WKB and the sources of the pieces behind it.

    ``union`` is the union of ``members``, less ``fought`` when given. A piece
    backs a polygon when their interiors meet. A one-polygon piece clear of the
    fighting lies whole inside the drawing, so it backs exactly the polygon
    holding one of its inner points (a cheap point test); only the other
    pieces are compared shape to shape.
    """
    if union.is_empty:
        return []
    if (type(union) is Polygon and (fought is None or fought.is_empty)
            and all(type(p.geom) is Polygon for p in members)):
        # the usual case, and what the general path gives for it: one polygon, backed by every piece
        if shapely.area(union) < _MIN_AREA:
            return []
        part = shapely.normalize(union)
        sources = []
        for p in members:
            if p.source not in sources:
                sources.append(p.source)
        return [(part, _wkb(part), sources)]
    if type(union) is Polygon:  # what the arrays below give for one polygon, in a few scalar calls
        if shapely.area(union) < _MIN_AREA:
            return []
        part = shapely.normalize(union)
        parts = [(part, _wkb(part))]
    else:
        parts = shapely.get_parts(union)
        parts = shapely.normalize(parts[(shapely.get_type_id(parts) == 3) & (shapely.area(parts) >= _MIN_AREA)])
        if not len(parts):
            return []
        parts = list(zip(parts.tolist(), shapely.to_wkb(parts).tolist()))
    # The tests below are pure functions of the shapes: made once per distinct shape object (the
    # pieces of a town claimed again and again share its area).
    column: dict[int, int] = {}
    cols = [column.setdefault(id(p.geom), len(column)) for p in members]
    shapes = np.empty(len(column), dtype=object)
    for p, k in zip(members, cols):
        shapes[k] = p.geom
    backs = np.zeros((len(parts), len(shapes)), dtype=bool)
    whole = np.array([type(g) is Polygon for g in shapes.tolist()], dtype=bool)
    if fought is not None and not fought.is_empty and whole.any():
        whole[whole] = ~shapely.intersects(shapes[whole], fought)
    inner = np.flatnonzero(whole)
    if len(parts) == 1:
        backs[0, inner] = True
    elif len(inner):
        points = shapely.point_on_surface(shapes[inner])
        for j, (part, _) in enumerate(parts):
            backs[j, inner] = shapely.intersects(part, points)
    other = np.flatnonzero(~whole)
    if len(other):
        bounds = shapely.bounds(shapes[other])
        # a point inside a piece (not on its outline), to tell cheaply that it backs the polygon
        # holding that point inside too
        marks = shapely.point_on_surface(shapes[other])
        marks[~shapely.contains_properly(shapes[other], marks)] = None
        at = dict(zip(other.tolist(), marks))
        for j, (part, _) in enumerate(parts):
            x0, y0, x1, y1 = part.bounds
            idx = other[(bounds[:, 0] <= x1) & (bounds[:, 2] >= x0)
                        & (bounds[:, 1] <= y1) & (bounds[:, 3] >= y0)]
            if len(idx):
                # interiors meet = they intersect and do not only touch (a point inside both: they do)
                shapely.prepare(part)
                idx = idx[shapely.intersects(part, shapes[idx])]
                inside = shapely.contains_properly(part, np.array([at[k] for k in idx.tolist()], dtype=object))
                backs[j, idx[inside]] = True
                idx = idx[~inside]
                if len(idx):
                    backs[j, idx] = ~shapely.touches(part, shapes[idx])
                shapely.destroy_prepared(part)
    comps = []
    for j, (part, wkb) in enumerate(parts):
        backed = backs[j].tolist()
        sources: list[dict] = []
        for p, k in zip(members, cols):
            if backed[k] and p.source not in sources:
                sources.append(p.source)
        comps.append((part, wkb, sources))
    comps.sort(key=lambda c: c[1])
    return comps


def _close_bounds(a: BaseGeometry, b: BaseGeometry) -> bool:
    return _close_boxes(a.bounds, b.bounds)


def _close_boxes(a: tuple, b: tuple) -> bool:
    return (abs(a[0] - b[0]) <= 1e-6 and abs(a[1] - b[1]) <= 1e-6
            and abs(a[2] - b[2]) <= 1e-6 and abs(a[3] - b[3]) <= 1e-6)


def _same_area(a: BaseGeometry, b: BaseGeometry) -> bool:
    """Are ``a`` and ``b`` the same area, give or take a sliver (see :func:`_match`)?"""
    # a cheap first test: the areas differ by no more than the symmetric difference,
    # give or take what snapping it to the grid may lose along the outlines. Then the sliver
    # test before topological equality: shapes that pass the first test are nearly always a
    # redrawn area with a sliver less or more (equal ones have the same WKB, matched before)
    return (_close_bounds(a, b)
            and abs(shapely.area(b) - shapely.area(a))
            <= _MIN_AREA + 2 * _GRID * (shapely.length(a) + shapely.length(b)) and (
                shapely.area(shapely.symmetric_difference(a, b, grid_size=_GRID)) < _MIN_AREA
                or shapely.equals(a, b)))


def _match(rows: list[_Row], comps: list, memo: "_Memo | None" = None) -> tuple[list[tuple[_Row, Any]], list[_Row], list]:
    """Pair open rows with today's components of the same area.

    Identical WKB first (the usual case: an untouched area), then near
    topological equality for areas redrawn without change (remembered in
    ``memo`` by the two shapes' WKBs: a row kept through a redrawn area keeps
    its first shape, and the area is often drawn again the same).
    """
    same = (lambda a, b: _same_area(a[0], b[0])) if memo is None else memo.same_area
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
        comp = next((c for c in comps_left if same((row.geom, row.wkb), c)), None)
        if comp is None:
            unmatched.append(row)
        else:
            comps_left.remove(comp)
            pairs.append((row, comp))
    return pairs, unmatched, comps_left


def _zone_id(row: _Row, wkb: bytes) -> str:
    """``wkb``: the row's shape normalised, 2D, little-endian."""
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
    cache: Any = None,
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
    cache : object with ``get(key) -> bytes | None`` and ``set(key, bytes)`` (and optionally
        ``keep(key)``, ``has(key) -> bool``), optional
        The timeline is replayed per independent part (ops whose areas, grown
        by ``near_km``, never meet: see :func:`_parts`); each part's rows are
        kept under a SHA-256 of its ops, the parameters and this code, so a
        rebuild replays only the parts its new articles touch.

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
    return zone_layers(claims, events, contested_window_days=contested_window_days, profile=profile,
                       published=published, point_radius_km=point_radius_km, near_km=near_km, cache=cache)[0]


def zone_layers(
    claims: Iterable[Any],
    events: Iterable[Any] = (),
    *,
    contested_window_days: int = 14,
    profile: Any = None,
    published: Mapping[str, dt.date] | None = None,
    point_radius_km: float = 5.0,
    near_km: float = 10.0,
    cache: Any = None,
    map_parts: Callable[[Callable, list], list] | None = None,
) -> tuple[gpd.GeoDataFrame, list[Problem]]:
    """:func:`zone_timeline` and :func:`zone_problems` from one pass over the claims and events.

    A build needs both; reading every claim and event once instead of twice
    matters when a rebuild's own work is small. Parameters as :func:`zone_timeline`, and:

    map_parts : callable, optional
        ``map_parts(fn, jobs) -> [fn(job) for job in jobs]``, in order, run
        anywhere (e.g. on Dask workers): the independent parts left to replay
        go through it when they hold enough ops to be worth it. Each job is a
        pure function of its part, so the rows are the same wherever it runs.
    """
    _check_args(claims, events, published)
    _check_numbers(contested_window_days, point_radius_km, near_km)
    ops, problems = _collect(claims, events, published=published, profile=profile,
                             point_radius_km=float(point_radius_km))
    table = ZoneOps.of(ops, keyed=cache is not None)
    return zone_layers_of(table, contested_window_days=contested_window_days, near_km=near_km, cache=cache,
                          map_parts=map_parts), problems


def zone_inputs(
    claims: Iterable[Any],
    events: Iterable[Any] = (),
    *,
    profile: Any = None,
    published: Mapping[str, dt.date] | None = None,
    point_radius_km: float = 5.0,
    by_object: dict | None = None,
) -> tuple["ZoneOps", list[Problem], "ZoneOps", list[Problem]]:
    """What one article gives the zone timeline: ``(claim ops, claim problems, event ops, event
    problems)``, ops keyed (see :class:`ZoneOps`). :func:`zone_layers` of a corpus is
    :func:`zone_layers_of` these merged with :meth:`ZoneOps.merge` (its problems: every article's
    claim problems, then every article's event problems), so a build can keep them per article
    and a rebuild compute them for its new articles only. ``by_object``: a dict shared over
    the calls of one build (areas computed once per shape object)."""
    _check_args(claims, events, published)
    _check_numbers(14, point_radius_km, 10.0)
    memo = {} if by_object is None else by_object
    claims, events = list(claims), list(events)
    active = _active_factions(claims, events, profile)
    c_ops, c_problems = _collect(claims, [], published=published, profile=profile, active=active,
                                 point_radius_km=float(point_radius_km), by_object=memo)
    e_ops, e_problems = _collect([], events, published=published, profile=profile, active=active,
                                 point_radius_km=float(point_radius_km), by_object=memo)
    return ZoneOps.of(c_ops), c_problems, ZoneOps.of(e_ops), e_problems


class ZoneOps:
    """Dated zone operations in columns: what splitting into parts, keying and planning them need
    (boxes, digests, dates) without a shape object per op, so a rebuild can keep the ops of the
    articles it did not read again and make :class:`_Op` s (:meth:`ops`) only for the parts it replays.

    ``order[i]``: the op's sort key ``(date, rank, faction, key)``; ``relation[i]``; ``source[i]``
    (JSON text); ``wkb[i]`` (its area, little-endian WKB); ``bounds`` (n x 4); ``digest[i]``
    (SHA-256 of all of these: what part and state keys hash); without ``keyed`` (no cache),
    only ``order``, ``relation`` and ``bounds``, the rest None; ``live[i]``: the :class:`_Op`
    itself when this process made it, else None.
    """

    __slots__ = ("order", "relation", "source", "wkb", "bounds", "digest", "live")

    def __init__(self, order: list, relation: list, source: list, wkb: list, bounds: np.ndarray,
                 digest: list | None, live: list) -> None:
        self.order, self.relation, self.source, self.wkb = order, relation, source, wkb
        self.bounds, self.digest, self.live = bounds, digest, live

    def __len__(self) -> int:
        return len(self.order)

    @classmethod
    def of(cls, ops: list[_Op], keyed: bool = True) -> "ZoneOps":
        geoms = np.array([op.geom for op in ops], dtype=object)
        bounds = shapely.bounds(geoms) if ops else np.empty((0, 4))
        if not keyed:  # used here only, from the live ops
            none = [None] * len(ops)
            return cls([op.order() for op in ops], [op.relation for op in ops], none, none, bounds, None, list(ops))
        # One WKB per shape object (ops on one place share its area): written once, kept once.
        first: dict[int, int] = {}
        which = [first.setdefault(id(g), len(first)) for g in geoms]
        distinct = np.empty(len(first), dtype=object)
        for g, k in zip(geoms, which):
            distinct[k] = g
        written = shapely.to_wkb(distinct, byte_order=1).tolist() if ops else []
        wkbs = [written[k] for k in which]
        sources = [json.dumps(op.source, ensure_ascii=False) for op in ops]
        digest = None
        if keyed:
            digest = []
            for op, wkb in zip(ops, wkbs):
                h = hashlib.sha256(json.dumps([op.date.isoformat(), op.relation, op.faction, op.key,
                                               sorted(op.source.items())], ensure_ascii=False,
                                              default=str).encode("utf-8"))
                h.update(len(wkb).to_bytes(8, "little"))
                h.update(wkb)
                digest.append(h.digest())
        return cls([op.order() for op in ops], [op.relation for op in ops], sources, wkbs, bounds, digest, list(ops))

    def take(self, idx: Iterable[int]) -> "ZoneOps":
        idx = list(idx)
        return ZoneOps([self.order[i] for i in idx], [self.relation[i] for i in idx], [self.source[i] for i in idx],
                       [self.wkb[i] for i in idx], self.bounds[idx] if idx else np.empty((0, 4)),
                       None if self.digest is None else [self.digest[i] for i in idx], [self.live[i] for i in idx])

    @staticmethod
    def concat(tables: list["ZoneOps"]) -> "ZoneOps":
        """The ops of ``tables`` one after the other (not sorted)."""
        tables = [t for t in tables if len(t)]
        if not tables:
            return ZoneOps([], [], [], [], np.empty((0, 4)), [], [])
        keyed = all(t.digest is not None for t in tables)
        return ZoneOps([x for t in tables for x in t.order], [x for t in tables for x in t.relation],
                       [x for t in tables for x in t.source], [x for t in tables for x in t.wkb],
                       np.vstack([t.bounds for t in tables]),
                       [x for t in tables for x in t.digest] if keyed else None, [x for t in tables for x in t.live])

    @staticmethod
    def merge(tables: list["ZoneOps"]) -> "ZoneOps":
        """The ops of ``tables`` in one table, in the order :func:`zone_layers` sorts the ops of the
        claims and events they came from: by op order, ties in the order of ``tables`` (list the
        claim ops of every article, then their event ops, articles in corpus order)."""
        tables = [t for t in tables if len(t)]
        if not tables:
            return ZoneOps([], [], [], [], np.empty((0, 4)), [], [])
        keyed = all(t.digest is not None for t in tables)
        where = [(k, i) for k, t in enumerate(tables) for i in range(len(t))]
        orders = [t.order[i] for k, t in enumerate(tables) for i in range(len(t))]
        idx = sorted(range(len(where)), key=orders.__getitem__)  # stable: ties stay in table order
        pick = [where[j] for j in idx]
        return ZoneOps([tables[k].order[i] for k, i in pick], [tables[k].relation[i] for k, i in pick],
                       [tables[k].source[i] for k, i in pick], [tables[k].wkb[i] for k, i in pick],
                       np.vstack([t.bounds for t in tables])[idx],
                       [tables[k].digest[i] for k, i in pick] if keyed else None,
                       [tables[k].live[i] for k, i in pick])

    def ops(self, idx: list[int], shapes: dict[bytes, BaseGeometry], skip: int = 0) -> list:
        """The :class:`_Op` s at ``idx`` (made from their columns when not live; one shape per
        distinct WKB, shared through ``shapes``); the first ``skip`` are None (a replay that goes
        on from a saved state never looks at them)."""
        out: list = [None] * skip
        for i in idx[skip:]:
            op = self.live[i]
            if op is None:
                wkb = self.wkb[i]
                geom = shapes.get(wkb)
                if geom is None:
                    geom = shapes[wkb] = shapely.from_wkb(wkb)
                date, _, faction, key = self.order[i]
                op = _Op(date, self.relation[i], faction, geom, json.loads(self.source[i]), key)
            out.append(op)
        return out

    def __getstate__(self) -> dict:
        """Live ops stay in this process; equal WKBs (ops on one place) are pickled once."""
        one: dict = {}
        wkb = [w if w is None else one.setdefault(w, w) for w in self.wkb]
        return {"order": self.order, "relation": self.relation, "source": self.source, "wkb": wkb,
                "bounds": self.bounds, "digest": self.digest}

    def __setstate__(self, state: dict) -> None:
        for k, v in state.items():
            setattr(self, k, v)
        self.live = [None] * len(self.order)


def zone_layers_of(
    table: ZoneOps,
    *,
    contested_window_days: int = 14,
    near_km: float = 10.0,
    cache: Any = None,
    map_parts: Callable[[Callable, list], list] | None = None,
) -> gpd.GeoDataFrame:
    """The zone timeline of ops already collected (:func:`zone_inputs`, merged): see :func:`zone_layers`."""
    _check_numbers(contested_window_days, 5.0, near_km)
    near_deg = near_km / _KM_PER_DEG
    window = contested_window_days
    if cache is not None and table.digest is None:
        raise ValueError("a cache needs keyed ops (ZoneOps.of(ops, keyed=True))")
    parts = _parts_of(table.bounds, near_deg)
    found: list[list[dict] | None] = [None] * len(parts)
    jobs: list[tuple[int, str, tuple]] = []  # (part index, part key, replay job)
    shapes: dict[bytes, BaseGeometry] = {}
    # A cache that keeps the last timeline's rows as one table (:func:`_timeline_table`): the rows
    # of the parts it still holds are taken from there, not read and decoded part by part.
    last = None
    if cache is not None and callable(getattr(cache, "rows", None)):
        last = cache.rows() or ([], None)
    last_at = {k: j for j, (k, _) in enumerate(last[0])} if last is not None else {}
    keys: list[str] = [""] * len(parts)
    states: list[list[str]] = [[] for _ in parts]
    kept: dict[int, int] = {}  # part -> its index in the last timeline's table
    resumed: dict[int, tuple[str, list[int]]] = {}  # part -> (the saved state it goes on from, its rows closed there)
    for n, idx in enumerate(parts):
        if cache is None:
            jobs.append((n, "", (table.ops(idx, shapes), window, near_deg, None, {})))
            continue
        digests = [table.digest[i] for i in idx]
        key = keys[n] = _part_key(digests, window, near_deg)
        if key in last_at:
            kept[n] = last_at[key]
            states[n] = last[0][kept[n]][1]
            cache.keep(key)
            for k in states[n]:
                cache.keep(k)  # the part's saved states serve the next rebuild that adds to it
            continue
        found[n] = _load_part(cache.get(key))
        if found[n] is None:
            start, todo, at, start_key = _plan([table.order[i][0] for i in idx], digests, window, near_deg, cache)
            jobs.append((n, key, (table.ops(idx, shapes, skip=at), window, near_deg, start, todo)))
            if start_key is not None:
                resumed[n] = (start_key, [])
        elif len(idx) >= _STATE_MIN_OPS and callable(getattr(cache, "keep", None)):
            states[n] = (cache.get(_states_key(key)) or b"").decode("ascii", "replace").split()
            for k in states[n]:
                cache.keep(k)  # the part's saved states serve the next rebuild that adds to it
    # The biggest parts first, so that parallel workers end together; results come back in job order.
    jobs.sort(key=lambda j: (-len(j[2][0]), j[0]))
    use = map_parts if map_parts is not None and sum(len(j[2][0]) for j in jobs) >= _PARALLEL_MIN_OPS else None
    if use is not None:
        results = use(_replay_job, [j[2] for j in jobs])
    else:
        with gc_paused():
            results = [_replay_job(j[2]) for j in jobs]
    for k, ((n, key, job), (got, saved, closed)) in enumerate(zip(jobs, results)):
        if got is None:  # its saved state could not be read: replayed from its first op
            job = (table.ops(parts[n], shapes), window, near_deg, None, job[4])
            jobs[k] = (n, key, job)
            got, saved, closed = _replay_job(job)
            resumed.pop(n, None)
        elif n in resumed:
            resumed[n] = (resumed[n][0], closed)
        found[n] = got
        if cache is not None:
            for k, blob in saved.items():
                cache.set(k, blob)
            if len(job[0]) >= _STATE_MIN_OPS:
                states[n] = sorted(set(job[4].values()) | set(saved))
            if last is None:  # a cache that keeps the timeline's table keeps these there
                cache.set(key, _dump_part(got))
                if len(job[0]) >= _STATE_MIN_OPS:
                    cache.set(_states_key(key), "\n".join(states[n]).encode("ascii"))
    if last is not None:
        return _timeline_of(cache, last, kept, found, keys, states, resumed)
    records = [r for got in found for r in got or ()]
    if not records:
        return _empty_zones()
    records.sort(key=lambda r: (r["start"], r["faction"], r["zone_id"]))
    frame = pd.DataFrame({c: pd.Series([rec[c] for rec in records], dtype=object)
                          for c in ZONE_COLUMNS if c != "geometry"})
    geoms = shapely.from_wkb([rec["wkb"] for rec in records])
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"), crs="EPSG:4326")


#: The columns of :func:`_timeline_table`: a zone row (``sources`` as JSON text, the shape as
#: WKB, its bounds), and where it came from (its part's position in the table's list of parts,
#: and its position among that part's rows).
_TABLE_COLUMNS = ("part", "row", "zone_id", "faction", "start", "end", "status", "sources", "wkb",
                  "xmin", "ymin", "xmax", "ymax")


_SOURCE_KEYS = ["doc_id", "place", "sentence", "title", "told", "url"]
_SOURCE_FORMAT = '{"doc_id": %s, "place": %s, "sentence": %s, "title": %s, "told": %s, "url": %s}'


def _sources_text(sources: list) -> str:
    """``json.dumps(sources, ensure_ascii=False)``, the same text, at a third of the cost for the
    usual sources (dicts of five strings, in :func:`_source`'s order)."""
    from json.encoder import encode_basestring

    try:  # encode_basestring takes strings only (TypeError otherwise)
        parts = []
        for d in sources:
            if type(d) is not dict or list(d) != _SOURCE_KEYS:
                raise TypeError
            parts.append(_SOURCE_FORMAT % (encode_basestring(d["doc_id"]), encode_basestring(d["place"]),
                                           encode_basestring(d["sentence"]), encode_basestring(d["title"]),
                                           encode_basestring(d["told"]), encode_basestring(d["url"])))
    except TypeError:
        return json.dumps(sources, ensure_ascii=False)
    return "[" + ", ".join(parts) + "]"


def _json_rows(texts: list) -> list:
    """``[json.loads(t) for t in texts]``, in one parse of them joined as a JSON array (a third of
    the cost for a timeline's 20,000 rows); row by row when that does not give one value per text."""
    try:
        values = json.loads("[" + ",".join(texts) + "]")
        if len(values) == len(texts):
            return values
    except (TypeError, ValueError):
        pass
    return [json.loads(x) for x in texts]


def _timeline_table(part: list[int], row: list[int], records: list[dict]) -> "pa.Table":
    """Zone records as a table of :data:`_TABLE_COLUMNS` (``part``/``row`` given per record)."""
    import pyarrow as pa

    wkbs = [r["wkb"] for r in records]
    b = shapely.bounds(shapely.from_wkb(np.array(wkbs, dtype=object))) if records else np.empty((0, 4))
    text = pa.string()
    cols = {
        "part": pa.array(part, type=pa.int32()), "row": pa.array(row, type=pa.int32()),
        **{c: pa.array([r[c] for r in records], type=text) for c in ("zone_id", "faction", "start", "end", "status")},
        "sources": pa.array([_sources_text(r["sources"]) for r in records], type=text),
        "wkb": pa.array(wkbs, type=pa.binary()),
        **{c: pa.array(b[:, k], type=pa.float64()) for k, c in enumerate(("xmin", "ymin", "xmax", "ymax"))},
    }
    return pa.table(cols)


def _timeline_of(cache: Any, last: tuple, kept: dict[int, int], found: list, keys: list[str],
                 states: list[list[str]], resumed: dict[int, tuple[str, list[int]]] | None = None) -> gpd.GeoDataFrame:
    """The timeline from the last one's rows of the parts it still holds (``kept``: part -> its
    index there) and the records of the others (``found``), sorted as :func:`zone_layers_of` sorts
    records (by start, faction and id; ties by part, then row: its stable sort of the parts'
    records one part after the other). The table of its rows is handed to the cache
    (``cache.set_rows``), which keeps it for the next build and for the store's writer.

    ``resumed``: parts that went on from a saved state (part -> (its key, the positions of the
    records that had ended there)). An ended row is final, and a state is listed by the parts whose
    first ops it holds, whose replays made the same rows at the same positions: those rows are taken
    from such a part's rows in the last table (checked: same ids and ends), not encoded again."""
    import pyarrow as pa
    import pyarrow.compute as pc

    last_parts, last = last
    pieces = []
    reused: dict[int, np.ndarray] = {}  # part -> positions of its records taken from the last table
    if (kept or resumed) and last is not None and last.num_rows:
        old_part = last.column("part").to_numpy()
        sels, nows = [], []
        if kept:
            remap = np.full(int(old_part.max()) + 1, -1, dtype=np.int32)
            for n, j in kept.items():
                if j < len(remap):
                    remap[j] = n
            now = remap[old_part]
            sel = np.flatnonzero(now >= 0)
            sels.append(sel)
            nows.append(now[sel])
        if resumed:
            owner: dict[str, int] = {}
            for j, (_, listed) in enumerate(last_parts):
                for k in listed:
                    owner.setdefault(k, j)
            old_row = last.column("row").to_numpy()
            by_part = np.argsort(old_part, kind="stable")
            bounds = np.searchsorted(old_part[by_part], np.arange(len(last_parts) + 1))
            for n, (state_key, closed) in sorted(resumed.items()):
                j = owner.get(state_key)
                if j is None or not closed or found[n] is None:
                    continue
                mine = by_part[bounds[j]:bounds[j + 1]]
                want = np.zeros(len(found[n]), dtype=bool)
                want[closed] = True
                rows_j = old_row[mine]
                sel = mine[rows_j < len(want)]
                sel = sel[want[old_row[sel]]]
                if len(sel) != len(closed):
                    continue
                at = old_row[sel]
                got = [(found[n][k]["zone_id"], found[n][k]["end"]) for k in at.tolist()]
                if got != list(zip(last.column("zone_id").take(sel).to_pylist(),
                                   last.column("end").take(sel).to_pylist())):
                    continue
                reused[n] = want
                sels.append(sel)
                nows.append(np.full(len(sel), n, dtype=np.int32))
        if sels:
            sel = np.concatenate(sels)
            if len(sel):
                t = last.take(pa.array(sel, type=pa.int64()))
                pieces.append(t.set_column(0, "part", pa.array(np.concatenate(nows), type=pa.int32())))
    part, row, records = [], [], []
    for n, got in enumerate(found):
        skip = reused.get(n)
        for k, r in enumerate(got or ()):
            if skip is not None and skip[k]:
                continue
            part.append(n)
            row.append(k)
            records.append(r)
    if records or not pieces:
        pieces.append(_timeline_table(part, row, records))
    rows = pa.concat_tables(pieces) if len(pieces) > 1 else pieces[0]
    order = pc.sort_indices(rows, sort_keys=[("start", "ascending"), ("faction", "ascending"),
                                             ("zone_id", "ascending"), ("part", "ascending"), ("row", "ascending")])
    rows = rows.take(order)
    cache.set_rows(list(zip(keys, states)), rows)
    if not rows.num_rows:
        return _empty_zones()
    frame = pd.DataFrame({c: pd.Series(rows.column(c).to_pylist(), dtype=object)
                          for c in ZONE_COLUMNS if c not in ("geometry", "sources")})
    frame.insert(ZONE_COLUMNS.index("sources"), "sources",
                 pd.Series(_json_rows(rows.column("sources").to_pylist()), dtype=object))
    geoms = shapely.from_wkb(rows.column("wkb").to_numpy(zero_copy_only=False))
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"), crs="EPSG:4326")


def _replay(ops: list[_Op], window: int, near_deg: float, *, start: tuple | None = None,
            save: Callable[[int, tuple], None] | None = None) -> list[_Row]:
    """Replay ``ops`` (in date order) and cut the rows of the timeline.

    ``start``: a state ``save`` was given, to go on from (its first ops must be
    these ``ops``' first ones). ``save(i, state)`` is called after each day
    that applied ops, ``i`` ops in: the state then depends on ``ops[:i]`` alone.
    """
    if start is None:
        replay, rows, open_rows, i = _Replay(window, near_deg), [], {}, 0
    else:
        replay, rows, open_rows, i = start
    while i < len(ops) or replay.next_expiry() is not None:
        before = i
        day = min(d for d in (ops[i].date if i < len(ops) else None, replay.next_expiry()) if d is not None)
        replay.expire(day)
        while i < len(ops) and ops[i].date == day:
            replay.apply(ops[i])
            i += 1
        for key, (gone, new) in sorted(replay.snapshot().items()):
            by_comp = open_rows.setdefault(key, {})
            pairs, ended, fresh = _match([by_comp.pop(c[1]) for c in gone], new, replay.memo)
            for row in ended:
                row.end = day
            for row, comp in pairs:
                for src in comp[2]:
                    if src not in row.sources:
                        row.sources.append(src)
                by_comp[comp[1]] = row
            for geom, wkb, sources in fresh:
                row = _Row(key[0], key[1], geom, wkb, day, list(sources))
                rows.append(row)
                by_comp[wkb] = row
        if save is not None and i > before:
            save(i, (replay, rows, open_rows, i))
    return rows


#: Parts with fewer ops are replayed whole; bigger ones keep one saved state, after
#: their last op, and parts of ``_CHECKPOINT_MIN_OPS`` or more keep ``_CHECKPOINTS``
#: to twice as many (the last one after their last op), so ops added after a
#: saved state replay from there, not from the part's first op.
_STATE_MIN_OPS = 8
#: A part that went on from a saved state saves its last state again only when it
#: replayed at least ``1/_RESAVE_SHARE`` of its ops (or ``_STATE_MIN_OPS``) past it.
_RESAVE_SHARE = 32
_CHECKPOINT_MIN_OPS = 96
_CHECKPOINTS = 12
#: Parts of ``_CHECKPOINT_MIN_OPS`` or more also keep the state at the last day's end at least
#: ``_TAIL_OPS`` (or ``1/_TAIL_SHARE`` of their ops) before their last op.
_TAIL_OPS = 16
_TAIL_SHARE = 64
#: ... and the states at the last days' ends at least this many ops before their last op.
_NEAR_BACK = (1,)
#: Below this many ops to replay, ``map_parts`` is not worth its start-up.
_PARALLEL_MIN_OPS = 2_000


def _plan(dates: list[dt.date], digests: list[bytes], window: int, near_deg: float,
          cache: Any) -> tuple[bytes | None, dict[int, str], int, str | None]:
    """Where a part's replay can start, and which states it should save: ``(start, {ops in: key},
    ops in at the start, the start's key)``.

    News arrives in date order: a rebuild's new claims and fighting mostly
    come after everything a big part already holds. A state saved ``i`` ops in
    serves any part whose first ``i`` ops are the same (its key hashes the
    parameters, this code and those ops) and whose op ``i`` comes on a later day
    (an op on the same day belongs in that day's snapshot). States are pickled
    whole (shapes as exact WKB), so going on from one gives the same rows as a
    replay from the first op (tested). Parts under ``_STATE_MIN_OPS`` are
    replayed whole, parts under ``_CHECKPOINT_MIN_OPS`` save only the state after
    their last op (news arrives in date order). The saves asked for include the states kept from before
    (their keys only: ``_replay_job`` saves the missing ones). A part that goes on from a state
    and replays only a few ops past it does not save its last state (see ``_RESAVE_SHARE``).
    """
    n = len(dates)
    if n < _STATE_MIN_OPS:
        return None, {}, 0, None
    ends = [i for i in range(1, n + 1) if i == n or dates[i] > dates[i - 1]]
    prefix = _prefix_keys(digests, window, near_deg, at=ends)  # states are saved at days' ends only
    steps: set[int] = set()
    tail, near = 0, set()
    if n >= _CHECKPOINT_MIN_OPS:
        # A power of two: a part that grew (a rebuild's new ops) keeps the same step, or doubles it
        # and keeps every other mark, so the states it saved before sit on marks it looks up now.
        step = 1 << max(64, n // _CHECKPOINTS).bit_length() - 1
        steps = {next(e for e in ends if e >= m) for m in range(step, n + 1, step)}
        # And one a few ops before the end: a rebuild's new ops are often dated a little before
        # the last ones the part holds (a report on the fighting of the week before), so the
        # state after the last op no longer serves, and the last mark may be a step back.
        back = n - max(_TAIL_OPS, n // _TAIL_SHARE)
        tail = max((e for e in ends if e <= back), default=0)
        # And the ends of the days just before the last ops: a report of the last day's fighting (or
        # of the days before) adds ops there, and the state after the last op serves none of them.
        near = {max((e for e in ends if e <= n - b), default=0) for b in _NEAR_BACK} - {0}
    marks = sorted(steps | {n} | ({tail} if tail else set()) | near)
    keep = getattr(cache, "keep", None)
    has = getattr(cache, "has", None)  # optional: whether a key is stored, without reading it
    start, found = None, 0
    # The latest saved state of any day's end: the part's earlier marks, or the last op of the
    # part it grew from (not a mark of this longer part, and the state that serves most).
    for at in reversed(ends):
        if has is not None and not has(prefix[at]):
            continue
        state = cache.get(prefix[at])
        if state is not None:  # checked where it is unpacked: a damaged one is replayed from the start
            start, found = state, at
            if keep is not None:  # earlier states still serve ops added before this one
                for m in marks:
                    if m < at:
                        keep(prefix[m])
            break
    saves = {m: prefix[m] for m in marks}
    if start is not None and n not in steps and n - at < max(_STATE_MIN_OPS, n // _RESAVE_SHARE):
        # A few ops past the state it went on from: saving the state again costs more than the next
        # rebuild replaying these ops once more. That state stays listed (kept) instead.
        for m in [m for m in saves if m > at and m not in steps]:  # the last op's, the tail's, the near ones
            del saves[m]
        saves[at] = prefix[at]
    return start, saves, found, (prefix[found] if start is not None else None)


def _replay_job(job: tuple) -> tuple[list[dict] | None, dict[str, bytes], list[int]]:
    """Replay one part: ``(records, {key: saved state}, closed)``. A pure function of ``job``, run
    anywhere. ``closed``: the records (by position) that had already ended in the state it went on
    from: final, and the same rows as those of the part that saved that state (see :func:`_timeline_of`).

    ``job`` is ``(ops, window, near_deg, start, saves)``: ``start`` a saved
    state's bytes to go on from (or None), ``saves`` the positions (ops in) at
    which to save the state and under which key (see :func:`_plan`). The ops before
    ``start`` may be None (never looked at); when that state cannot be read, the result is
    ``(None, {})``: the caller replays the part again with all its ops.
    """
    ops, window, near_deg, start, saves = job
    state = _load_state(start) if start is not None else None
    done = state[3] if state is not None else 0
    skipped = next((k for k, op in enumerate(ops) if op is not None), len(ops))
    if skipped > done:  # ops left out for a state that cannot be read: the caller sends them all
        return None, {}, []
    closed = [k for k, r in enumerate(state[1]) if type(r) is dict] if state is not None else []
    saved: dict[str, bytes] = {}

    def save(i: int, st: tuple) -> None:
        if i > done and i in saves:
            _close_rows(st[1])
            saved[saves[i]] = _dump_state(st)  # the cache compresses what it stores

    rows = _replay(ops, window, near_deg, start=state, save=save if saves else None)
    return _records(rows), saved, closed


def _states_key(part_key: str) -> str:
    """Where a part lists its saved states' keys (kept alive while the part is)."""
    return hashlib.sha256(f"states|{part_key}".encode()).hexdigest()


def _prefix_keys(digests: list[bytes], window: int, near_deg: float,
                 at: Iterable[int] | None = None) -> list[str] | dict[int, str]:
    """``keys[i]``: SHA-256 of the parameters, this code and the first ``i`` ops (their
    :class:`ZoneOps` digests): a saved state's key. With ``at``, only those ``i`` (a dict)."""
    h = hashlib.sha256(f"state|{_code_version()}|{window}|{near_deg!r}".encode())
    if at is not None:
        want, out = set(at), {}
        if 0 in want:
            out[0] = h.hexdigest()
        for i, d in enumerate(digests, 1):
            h.update(d)
            if i in want:
                out[i] = h.hexdigest()
        return out
    keys = [h.hexdigest()]
    for d in digests:
        h.update(d)
        keys.append(h.hexdigest())
    return keys


#: A saved state starts with this, then the size of its shapes' pickle (8 bytes, little-endian),
#: that pickle (a list of WKBs), then the state's pickle (shapes as indexes into that list).
_STATE_TAG = b"ZST2"
#: Every concrete shapely geometry type (``type(obj) in``: one hash lookup per object).
_SHAPE_TYPES = frozenset({shapely.Point, shapely.LineString, shapely.LinearRing, shapely.Polygon,
                          shapely.MultiPoint, shapely.MultiLineString, shapely.MultiPolygon,
                          shapely.GeometryCollection})


def _state_shape(k: int) -> BaseGeometry:
    """A shape of a saved state (:class:`_StateUnpickler` looks it up instead)."""
    raise pickle.UnpicklingError("a zone state's shapes are read by _load_state")


class _StatePickler(pickle.Pickler):
    """Pickles a replay state with its shapes as indexes into ``shapes`` (one per distinct object,
    so shared shapes stay shared): their WKBs are then written in one vectorised call, not one
    ``__reduce__`` (a WKB each) per shape; the same bytes, a fraction of the calls."""

    def __init__(self, file: Any) -> None:
        super().__init__(file, protocol=5)
        self.shapes: list[BaseGeometry] = []
        self.index: dict[int, int] = {}

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) in _SHAPE_TYPES:
            k = self.index.get(id(obj))
            if k is None:
                k = self.index[id(obj)] = len(self.shapes)
                self.shapes.append(obj)
            return _state_shape, (k,)
        return NotImplemented


class _StateUnpickler(pickle.Unpickler):
    def __init__(self, data: memoryview, shapes: list) -> None:
        super().__init__(io.BytesIO(data))
        self.shapes = shapes

    def find_class(self, module: str, name: str) -> Any:
        if name == "_state_shape" and module == __name__:
            return self.shapes.__getitem__
        return super().find_class(module, name)


def _dump_state(state: tuple) -> bytes:
    """A replay state as bytes (see :data:`_STATE_TAG`): :func:`_load_state` gives it back with every
    shape as ``pickle`` would (``from_wkb`` of its WKB with SRID), shared objects still shared."""
    buf = io.BytesIO()
    pickler = _StatePickler(buf)
    pickler.dump(state)
    wkbs = shapely.to_wkb(np.array(pickler.shapes, dtype=object), include_srid=True).tolist() if pickler.shapes else []
    head = pickle.dumps(wkbs, protocol=5)
    return _STATE_TAG + len(head).to_bytes(8, "little") + head + buf.getvalue()


def _load_state(data: bytes | None) -> tuple | None:
    """A state of :func:`_dump_state`, or None when missing or unreadable (then replayed)."""
    if data is None:
        return None
    try:
        if data[:4] != _STATE_TAG:
            return None
        view = memoryview(data)
        size = int.from_bytes(view[4:12], "little")
        wkbs = pickle.loads(view[12:12 + size])
        if not isinstance(wkbs, list) or not all(type(w) is bytes for w in wkbs):
            return None
        shapes = shapely.from_wkb(np.array(wkbs, dtype=object)).tolist() if wkbs else []
        state = _StateUnpickler(view[12 + size:], shapes).load()
    except Exception:  # a damaged file is replayed, never trusted
        return None
    ok = (isinstance(state, tuple) and len(state) == 4 and isinstance(state[0], _Replay)
          and isinstance(state[1], list) and isinstance(state[2], dict) and isinstance(state[3], int))
    return state if ok else None


#: WKB written in native byte order (a row's own) is little-endian WKB here.
_LITTLE_ENDIAN = sys.byteorder == "little"


def _records(rows: list[_Row | dict]) -> list[dict]:
    """The rows as records, their shapes written in one call per kind (rows already
    closed into records by :func:`_close_rows` are taken as they are)."""
    live = [r for r in rows if type(r) is _Row]
    if not live:
        return [dict(r) for r in rows]
    geoms = np.array([r.geom for r in live], dtype=object)
    if _LITTLE_ENDIAN and not shapely.has_z(geoms).any():
        # a row's shape is a component as drawn: normalised, and its WKB (2D, native order) kept with it
        id_wkbs = wkbs = [r.wkb for r in live]
    else:
        id_wkbs = shapely.to_wkb(shapely.normalize(geoms), output_dimension=2, byte_order=1).tolist()
        wkbs = shapely.to_wkb(geoms, byte_order=1).tolist()
    made = iter([{
        "zone_id": _zone_id(r, id_wkb),
        "faction": r.faction,
        "start": r.start.isoformat(),
        "end": r.end.isoformat() if r.end is not None else None,
        "status": r.status,
        "sources": [dict(s) for s in r.sources],
        "wkb": wkb,
    } for r, id_wkb, wkb in zip(live, id_wkbs, wkbs)])
    return [next(made) if type(r) is _Row else dict(r) for r in rows]


def _close_rows(rows: list[_Row | dict]) -> None:
    """Turn the rows that have ended into their records, in place.

    An ended row never changes again (only open rows gain sources or an end),
    so its record is final. A saved state then pickles a record (a few strings
    and the shape's WKB) instead of a shape object, and a replay that goes on
    from it does not write that shape's WKB again: saving and loading the state
    of a big part costs a fraction of what it did.
    """
    idx = [k for k, r in enumerate(rows) if type(r) is _Row and r.end is not None]
    if idx:
        for k, rec in zip(idx, _records([rows[k] for k in idx])):
            rows[k] = rec


def _parts(ops: list[_Op], near_deg: float) -> list[list[_Op]]:
    """``ops`` split into parts that cannot interact (see :func:`_parts_of`)."""
    if not ops:
        return []
    b = shapely.bounds(np.array([op.geom for op in ops], dtype=object))
    return [[ops[i] for i in idx] for idx in _parts_of(b, near_deg)]


def _parts_of(b: np.ndarray, near_deg: float) -> list[list[int]]:
    """Ops (by their boxes ``b``, n x 4, in date order) split into parts that cannot interact: lists
    of their indexes, each in date order, parts in order of their first op.

    Every rule acts through geometry: carving, conflicts and "expanding" need
    areas that meet, fighting a held zone within ``near_deg``, and a redraw only
    touches components whose boxes meet what changed. Pieces only shrink from
    their op's area, so two ops whose boxes, each grown by half of ``near_deg``
    (plus a margin well above the snapping grid), do not meet can never touch
    the same piece, row or union: the connected parts of that "boxes meet" graph
    replay independently (the module's own bench and tests check the outputs
    are the same as one replay of all).
    """
    if len(b) <= 1:
        return [[0]] if len(b) else []
    pad = near_deg / 2 + 1e-6
    # Ops on one place share one box: the graph is built on the distinct boxes (a town named in
    # 500 ops would otherwise give 250,000 pairs), and each op takes its box's component.
    uniq, which = np.unique(b, axis=0, return_inverse=True)
    boxes = shapely.box(uniq[:, 0] - pad, uniq[:, 1] - pad, uniq[:, 2] + pad, uniq[:, 3] + pad)
    left, right = shapely.STRtree(boxes).query(boxes, predicate="intersects")
    label = _components_of(len(uniq), left, right)[which.reshape(-1)]
    parts: dict[int, list[int]] = {}  # first seen, first listed: parts in order of their first op
    for k, i in enumerate(label.tolist()):
        parts.setdefault(i, []).append(k)
    return list(parts.values())


def _components_of(n: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Connected components of a graph of ``n`` nodes and edges ``left[k] - right[k]``.

    Each node gets the smallest node index of its component, by min-label
    propagation with pointer jumping (whole arrays per round: a Python
    union-find over a corpus's hundreds of thousands of box pairs took seconds).
    """
    label = np.arange(n)
    while True:
        low = np.minimum(label[left], label[right])
        new = label.copy()
        np.minimum.at(new, left, low)
        np.minimum.at(new, right, low)
        while True:  # point every node at its label's label until nothing moves
            jumped = new[new]
            if np.array_equal(jumped, new):
                break
            new = jumped
        if np.array_equal(new, label):
            return label
        label = new


def _code_version() -> str:
    """What shapes a part's rows besides its ops: this module and the geometry engine."""
    global _CODE
    if _CODE is None:
        from pathlib import Path

        h = hashlib.sha256(Path(__file__).read_bytes())
        h.update(f"|shapely={shapely.__version__}|geos={shapely.geos_version_string}".encode())
        _CODE = h.hexdigest()
    return _CODE


_CODE: str | None = None


def _part_key(digests: list[bytes], window: int, near_deg: float) -> str:
    """SHA-256 of everything a part's replay depends on: its ops (their :class:`ZoneOps` digests),
    the parameters, the code."""
    h = hashlib.sha256(f"{_code_version()}|{window}|{near_deg!r}".encode())
    h.update(b"".join(digests))
    return h.hexdigest()


def _dump_part(records: list[dict]) -> bytes:
    """A part's rows as bytes: one JSON line of the rows (WKB lengths in place of the shapes), then the WKBs."""
    head = [{**{k: v for k, v in r.items() if k != "wkb"}, "wkb": len(r["wkb"])} for r in records]
    text = json.dumps(head, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return text + b"\n" + b"".join(r["wkb"] for r in records)


def _load_part(data: bytes | None) -> list[dict] | None:
    """The records of :func:`_dump_part`, or None when missing or unreadable (then replayed)."""
    if data is None:
        return None
    try:
        text, _, blob = data.partition(b"\n")
        rows = json.loads(text.decode("utf-8"))
        if not isinstance(rows, list):
            return None
        at = 0
        for r in rows:
            if (set(r) != {"zone_id", "faction", "start", "end", "status", "sources", "wkb"}
                    or not all(isinstance(r[k], str) for k in ("zone_id", "faction", "start", "status"))
                    or not isinstance(r["end"], (str, type(None))) or not isinstance(r["sources"], list)
                    or not isinstance(r["wkb"], int) or r["wkb"] < 0):
                return None
            r["wkb"], at = blob[at:at + r["wkb"]], at + r["wkb"]
        shapely.from_wkb([r["wkb"] for r in rows])  # every shape readable (one call for the part)
        return rows if at == len(blob) else None
    except (ValueError, TypeError, AttributeError, KeyError, shapely.errors.GEOSException):
        return None


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
    _, problems = _collect(claims, events, published=published, profile=profile, point_radius_km=5.0,
                           shapes=False)
    return problems


#: uxf: how long after the last report telling it a hold with no end is still drawn. Nothing in the corpus says
#: it ended, nor that it lasts: a zone told in 1982 ("British forces retook Port Stanley"), or a town held in 1995,
#: was drawn on every date up to the corpus's 2025 news. A year of no report is where the map stops asserting it;
#: the popup says when it was last reported and until when it is drawn. uxg: a setting of the build
#: (``conflict-map build --hold-days N``, the app's "Draw a hold ... for N days"; :func:`with_drawn_until`), this
#: its default.
OPEN_HOLD_DAYS = 365
#: The longest a hold can be drawn past its last report (a century: "forever" for any corpus of news).
MAX_HOLD_DAYS = 36_500


def hold_days_value(hold_days: Any) -> int:
    """``hold_days`` checked: a whole number of days from 1 to :data:`MAX_HOLD_DAYS`.

    >>> hold_days_value(90), hold_days_value("730")
    (90, 730)
    >>> hold_days_value(0)
    Traceback (most recent call last):
    ...
    ValueError: hold_days must be a whole number of days from 1 to 36500, got 0
    """
    if isinstance(hold_days, bool) or not (isinstance(hold_days, str) or hasattr(hold_days, "__index__")):
        raise TypeError(f"hold_days must be a whole number of days, got {type(hold_days).__name__}")
    try:
        days = int(hold_days.strip()) if isinstance(hold_days, str) else hold_days.__index__()
    except ValueError:
        days = None
    if days is None or not 1 <= days <= MAX_HOLD_DAYS:
        raise ValueError(f"hold_days must be a whole number of days from 1 to {MAX_HOLD_DAYS}, got {hold_days!r}")
    return days


def with_drawn_until(zones: pd.DataFrame, hold_days: int = OPEN_HOLD_DAYS) -> pd.DataFrame:
    """``zones`` with a ``drawn_until`` column: the day each row stops being drawn when a hold with no later report
    is drawn ``hold_days`` after its last report (:func:`shown_until`). Every map, filter and export of the frame
    then goes by that column (the build's setting), so the app, the snapshot, the timeline and ``zones.geojson``
    draw the same rows; the timeline itself (``end`` as reported) is not changed.

    >>> z = pd.DataFrame({"start": ["1982-06-14"], "end": [None], "sources": [[{"told": "1982-06-15"}]]})
    >>> with_drawn_until(z, 30)["drawn_until"].tolist(), shown_until(with_drawn_until(z, 30))
    (['1982-07-15'], ['1982-07-15'])
    """
    days = hold_days_value(hold_days)
    if not isinstance(zones, pd.DataFrame):
        raise TypeError(f"zones must be a GeoDataFrame, got {type(zones).__name__}")
    until = shown_until(zones.drop(columns=["drawn_until"], errors="ignore"), days) if len(zones) else []
    return zones.assign(drawn_until=pd.Series(until, index=zones.index, dtype=object))


def last_told(timeline: pd.DataFrame) -> list[str | None]:
    """Per zone row, the last day (ISO) the corpus tells of it: its start, or the latest day a source of it is
    told (``told``, its article's publication date), whichever is later; None for a row with no start.

    >>> last_told(pd.DataFrame({"start": ["1995-07-12"], "sources": [[{"told": "1995-07-20"}, {"told": ""}]]}))
    ['1995-07-20']
    """
    starts = timeline["start"].astype(object).tolist() if "start" in timeline.columns else [None] * len(timeline)
    sources = timeline["sources"].tolist() if "sources" in timeline.columns else [[]] * len(timeline)
    out: list[str | None] = []
    for start, src in zip(starts, sources):
        days = [start] if isinstance(start, str) and start else []
        if isinstance(src, str):  # (a store's zones keep their sources as JSON text)
            try:
                src = json.loads(src)
            except ValueError:
                src = []
        for item in src if isinstance(src, (list, tuple)) else ():
            told = item.get("told") if isinstance(item, dict) else None
            if isinstance(told, str) and len(told) == 10:
                days.append(told)
        out.append(max(days) if days else None)
    return out


def shown_until(timeline: pd.DataFrame, hold_days: int | None = None) -> list[str | None]:
    """Per zone row, the day (ISO) a map stops drawing it: ``hold_days`` (by default the frame's own
    ``drawn_until``, set by :func:`with_drawn_until`, else :data:`OPEN_HOLD_DAYS`) after :func:`last_told`, or
    its ``end`` when sooner (a hold is not drawn decades past what the corpus tells of it: neither one no report
    ends, nor Seoul "held" by Chinese troops from a 1951 report until a 2015 report's fighting there ended the row).

    >>> z = pd.DataFrame({"start": ["1982-06-14", "2025-01-27", "1951-01-04"], "end": [None, "2025-03-01", "2015-08-20"],
    ...                   "sources": [[{"told": "1982-06-15"}], [], [{"told": "1951-01-05"}]]})
    >>> shown_until(z)
    ['1983-06-15', '2025-03-01', '1952-01-05']
    """
    if hold_days is None and "drawn_until" in timeline.columns:
        return [d if isinstance(d, str) and d else None for d in timeline["drawn_until"].astype(object).tolist()]
    hold_days = OPEN_HOLD_DAYS if hold_days is None else hold_days
    ends = timeline["end"].astype(object).tolist() if "end" in timeline.columns else [None] * len(timeline)
    out: list[str | None] = []
    for end, told in zip(ends, last_told(timeline)):
        end = end if isinstance(end, str) and end and end != "None" else None
        if told is None:
            out.append(end)
            continue
        day = (dt.date.fromisoformat(told) + dt.timedelta(days=hold_days)).isoformat()
        out.append(day if end is None or day < end else end)
    return out


def zones_at(timeline: pd.DataFrame, date: dt.date | str) -> gpd.GeoDataFrame:
    """The zone rows drawn on ``date``: ``start <= date`` and ``date`` before :func:`shown_until` (their end, or
    a year after the last report telling them when sooner).

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
    keep = [(isinstance(s, str) and s <= day) and (e is None or day < e)
            for s, e in zip(start, shown_until(timeline) if len(timeline) else [])]
    return timeline.loc[keep].copy()
