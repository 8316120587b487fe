"""The event table: located :class:`reading.document.Event` s as one GeoDataFrame.

Every map marker, timeline slider and export reads the same frame, so its
columns follow ACLED's names where ACLED has one. Events with no location are
not rows (a marker needs a place); :func:`unlocated_events` hands them back so
the caller can report them instead of losing them silently.

Filtering is by date *span*: an event that ran from the 3rd to the 9th shows in
a "last 3 days" view on the 10th. Undated rows stay in the frame but are kept
out of every date-filtered view; planned events stay hidden until their date.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import MultiPolygon, Polygon

from layers.collector import gc_paused
from layers.happenings import happening_ids

__all__ = [
    "EVENT_COLUMNS",
    "PALETTE",
    "events_frame",
    "filter_events",
    "undated_count",
    "date_span",
    "events_per_year",
    "YEAR_PICK_DAYS",
    "unlocated_events",
    "unlocated_problems",
    "faction_of",
    "faction_color",
    "is_crowd",
]

#: Columns of the events frame, in order (``geometry`` last).
EVENT_COLUMNS = (
    "event_id",
    "happening",
    "event_date",
    "date_end",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "side",
    "fatalities",
    "planned",
    "background",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "area",
    "source",
    "url",
    "doc_id",
    "quote",
    "notes",
    "geometry",
)

#: Colour-blind-friendly palette for actors without a profile colour: Okabe-Ito's seven colours,
#: then Paul Tol's muted ones that stand apart from them, grey last. Sixteen, so that the dozen
#: left when a profile takes its factions' colours seldom give two sides of one map the same
#: colour (ten gave several sides grey on a 35-article map).
PALETTE = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#332288",
    "#117733",
    "#44AA99",
    "#999933",
    "#CC6677",
    "#882255",
    "#AA4499",
    "#661100",
    "#999999",
)

#: Time precision given to undated events (the coarsest code).
_UNDATED_PRECISION = 4


def _norm(text: str) -> str:
    return " ".join(str(text).casefold().split())


def faction_of(actor: str, profile: Any = None) -> str:
    """Return the profile faction id an actor belongs to, or "" when unknown.

    Uses the profile's own ``faction(name)`` lookup when it has one; else an
    actor matches a faction by its id, its name, one of its ``aliases`` or
    ``leaders`` (compared case- and space-insensitively). Without a profile nothing is known.

    >>> faction_of("Libyan National Army")
    ''
    """
    if not isinstance(actor, str):
        raise TypeError(f"actor must be str, got {type(actor).__name__}")
    if profile is None or not actor.strip():
        return ""
    lookup = getattr(profile, "faction", None)
    if callable(lookup):
        found = lookup(actor)
        if found is not None and getattr(found, "id", ""):
            return str(found.id)
    return _names_of(profile).get(_norm(actor), "")


#: evd: a crowd or a community named by a common noun ("protesters", "residents", "angry villagers"): nobody in
#: particular, so no side of the legend (their events keep the neutral colour).
_CROWD = re.compile(r"(?:(?:the|some|local|angry|hundreds\s+of|thousands\s+of|dozens\s+of)\s+)*(?:protesters|protestors|"
                    r"demonstrators|marchers|rioters|residents|villagers|locals|civilians|people|students|youths|crowds?|"
                    r"mobs?|supporters|workers|traders|farmers|women|citizens|inhabitants|worshippers|mourners)", re.I)


def is_crowd(actor: str) -> bool:
    """Whether ``actor`` is only a crowd's common noun, no side a legend can colour.

    >>> is_crowd("protesters"), is_crowd("angry residents"), is_crowd("M23"), is_crowd("")
    (True, True, False, False)
    """
    return bool(actor) and _CROWD.fullmatch(actor) is not None


_NAMES: dict[int, tuple[Any, dict[str, str]]] = {}


def _names_of(profile: Any) -> dict[str, str]:
    """Every normalised id, name, alias and leader of a profile's factions -> the first faction's id; not an
    alias that is a common noun ("paramilitaries"): in the profile's own articles the actor reader has
    named its faction already, and an actor so named in another war's article is that war's (act2).

    Built once per profile object (profiles are not changed once loaded): a
    corpus asks for the faction of thousands of actors.
    """
    got = _NAMES.get(id(profile))
    if got is not None and got[0] is profile:
        return got[1]
    names: dict[str, str] = {}
    for faction in getattr(profile, "factions", None) or ():
        found = [getattr(faction, "id", ""), getattr(faction, "name", "")]
        found += [a for a in getattr(faction, "aliases", None) or () if a != a.lower()]
        found += list(getattr(faction, "leaders", None) or ())
        for n in found:
            if n:
                names.setdefault(_norm(n), str(faction.id))
    if len(_NAMES) > 64:
        _NAMES.clear()
    _NAMES[id(profile)] = (profile, names)
    return names


def faction_color(name: str, profile: Any = None) -> str:
    """Hex colour for a faction or actor: the profile's, else a stable palette pick.

    The palette pick hashes the name (SHA-1, not Python's salted ``hash``), so
    an actor keeps its colour across runs and machines; colours the profile
    gives its factions are not reused for other actors.

    >>> faction_color("LNA") == faction_color("LNA")
    True
    """
    if not isinstance(name, str):
        raise TypeError(f"name must be str, got {type(name).__name__}")
    if profile is not None:
        fid = faction_of(name, profile)
        for faction in getattr(profile, "factions", None) or ():
            if fid and str(faction.id) == fid and getattr(faction, "color", ""):
                return str(faction.color)
    taken = {str(getattr(f, "color", "")).upper() for f in getattr(profile, "factions", None) or ()}
    palette = [c for c in PALETTE if c.upper() not in taken] or list(PALETTE)
    digest = hashlib.sha1(_norm(name).encode("utf-8")).digest()
    return palette[int.from_bytes(digest[:4], "big") % len(palette)]


#: The frame's columns before its geometry, in order: what :func:`_event_row` gives.
_ROW_COLUMNS = tuple(c for c in EVENT_COLUMNS if c not in ("geometry", "happening"))


def _event_row(ev: Any, profile: Any, sides: dict[str, str] | None = None, days: dict | None = None) -> tuple:
    """One row of the frame, its values in :data:`_ROW_COLUMNS` order; ``area`` holds the polygon
    itself (written as GeoJSON in one call later). ``days``: ISO texts of dates, kept for one frame
    (its events fall on a few hundred days)."""
    loc = ev.location
    date = ev.date
    evidence = ev.evidence
    area = ""
    geom = getattr(loc, "geometry", None)
    whole_country = bool(getattr(loc, "is_whole_country", False))
    if geom is not None and not whole_country and isinstance(geom, (Polygon, MultiPolygon)):
        area = geom
    notes = [f"alleged ({ev.alleged}), not confirmed"] if getattr(ev, "alleged", "") else []
    if ev.location_note:
        notes.append(ev.location_note.rstrip(". "))  # (a note is a sentence; joined by "; ", not ".; ")
    if whole_country:
        # Drawn as a hollow marker: painting a whole country would hide the map.
        notes.append("known only to the country")
    if date is not None and getattr(date, "basis", "") == "publication":
        notes.append("date is the article's publication date")
    if date is not None and getattr(date, "basis", "") == "told":
        notes.append("date bounded by the day it was told")
    if date is not None and getattr(date, "text", ""):
        notes.append(f"date as written: {date.text}")
    actor1 = ev.actor1 or ""
    return (
        str(ev.id),
        _iso(_best_estimate(date), days) if date is not None else "",
        _iso(date.end, days) if date is not None else "",
        int(date.time_precision) if date is not None else _UNDATED_PRECISION,
        ev.event_type or "",
        ev.sub_event_type or "",
        actor1,
        ev.actor2 or "",
        _side(actor1, profile, sides),
        ev.fatalities,
        bool(ev.planned),
        bool(ev.background),
        loc.name,
        float(loc.lat),
        float(loc.lon),
        int(loc.precision),
        area,
        (evidence.title if evidence is not None and evidence.title else "") or "",
        (evidence.url if evidence is not None and evidence.url else "") or "",
        ev.doc_id or "",
        evidence.sentence if evidence is not None else "",
        "; ".join(notes),
    )


def _iso(day: dt.date, days: dict | None) -> str:
    """``day.isoformat()``, remembered in ``days`` (a date's ISO text is a function of its value)."""
    if days is None or type(day) is not dt.date:
        return day.isoformat()
    text = days.get(day)
    if text is None:
        text = days[day] = day.isoformat()
    return text


def _side(actor: str, profile: Any, sides: dict[str, str] | None) -> str:
    """:func:`faction_of`, remembered per actor for one frame (a corpus names the same actors thousands of times)."""
    if sides is None:
        return faction_of(actor, profile)
    side = sides.get(actor)
    if side is None:
        side = sides[actor] = faction_of(actor, profile)
    return side


def events_frame(events: Iterable[Any], *, profile: Any = None) -> gpd.GeoDataFrame:
    """Build the events frame: one row per located event, sorted by (event_date, event_id).

    Parameters
    ----------
    events : iterable of Event
        Events without a location are skipped (see :func:`unlocated_events`).
    profile : Profile, optional
        Used to fill ``side`` with the faction id of ``actor1``.

    Returns
    -------
    GeoDataFrame
        EPSG:4326, columns :data:`EVENT_COLUMNS`, point geometry at the location centre;
        ``happening`` groups the reports of several articles on one event
        (:func:`layers.happenings.happening_ids`, over the events given).

    Examples
    --------
    >>> len(events_frame([]))
    0
    """
    return events_frame_rows(events, profile=profile)[0]


def events_frame_rows(events: Iterable[Any], *, profile: Any = None) -> tuple[gpd.GeoDataFrame, np.ndarray]:
    """:func:`events_frame`, and for each of its rows the position of its event in ``events``
    (a build that keeps rows per article knows where each row came from)."""
    if isinstance(events, (str, bytes)) or not isinstance(events, Iterable):
        raise TypeError(f"events must be a list of Event, got {type(events).__name__}")
    with gc_paused():
        return _events_frame_rows(events, profile)


def _events_frame_rows(events: Iterable[Any], profile: Any) -> tuple[gpd.GeoDataFrame, np.ndarray]:
    rows = []
    where = []
    sides: dict[str, str] = {}
    days: dict = {}
    for k, ev in enumerate(events):
        if not hasattr(ev, "event_type") or not hasattr(ev, "location"):
            raise TypeError(f"events must contain Event objects, got {type(ev).__name__}")
        if ev.location is not None:
            rows.append(_event_row(ev, profile, sides, days))
            where.append(k)
    # Sorted here, as a stable sort of the frame by (event_date, event_id) would order them (strings
    # compare by code point in Python as in the frame's string columns): no sort and take of the
    # frame's columns.
    by = sorted(range(len(rows)), key=lambda k: (rows[k][1], rows[k][0]))
    order = np.asarray(where, dtype=np.int64)[np.asarray(by, dtype=np.int64)]
    columns = list(zip(*[rows[k] for k in by])) if rows else [()] * len(_ROW_COLUMNS)
    # Shapes in one call each: a Point object and a GeoJSON text per event cost more than the rest of the row.
    at = _ROW_COLUMNS.index("area")
    areas = np.array(columns[at], dtype=object)
    polygons = np.fromiter((not isinstance(a, str) for a in areas), dtype=bool, count=len(areas))
    if polygons.any():
        # Events at one place share its shape object: each object written once, and each distinct
        # shape (by its WKB) once.
        shapes = areas[polygons]
        objects: dict[int, int] = {}
        per_object = np.fromiter((objects.setdefault(id(g), len(objects)) for g in shapes), dtype=np.int64,
                                 count=len(shapes))
        _, object_first = np.unique(per_object, return_index=True)
        firsts: dict[bytes, int] = {}
        per_shape = np.fromiter((firsts.setdefault(w, len(firsts)) for w in shapely.to_wkb(shapes[object_first])),
                                dtype=np.int64, count=len(object_first))
        _, shape_first = np.unique(per_shape, return_index=True)
        texts = shapely.to_geojson(shapes[object_first][shape_first])
        areas[polygons] = texts[per_shape][per_object]
    if rows:
        table = pd.DataFrame({c: list(v) for c, v in zip(_ROW_COLUMNS, columns) if c != "area"})
        table.insert(at, "area", pd.Series(areas, index=table.index, dtype=table["source"].dtype))
    else:
        table = pd.DataFrame([], columns=list(_ROW_COLUMNS))
    table["geometry"] = shapely.points(table["longitude"].to_numpy(dtype="float64"),
                                       table["latitude"].to_numpy(dtype="float64"))
    frame = gpd.GeoDataFrame(table, geometry="geometry", crs="EPSG:4326")
    frame["fatalities"] = pd.array(
        [None if pd.isna(v) else int(v) for v in table["fatalities"]], dtype="Int64"
    )
    for col in ("time_precision", "geo_precision"):
        frame[col] = frame[col].astype("int64")
    for col in ("planned", "background"):
        frame[col] = frame[col].astype(bool)
    for col in ("latitude", "longitude"):
        frame[col] = frame[col].astype("float64")
    frame.insert(1, "happening", pd.Series(happening_ids(frame), index=frame.index, dtype=frame["event_id"].dtype))
    return frame, order


def _as_date(value: Any, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError(f"{name} must be an ISO date (YYYY-MM-DD), got {value!r}") from None
    raise TypeError(f"{name} must be a date, got {type(value).__name__}")


def _as_names(values: Any, name: str) -> set[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, Iterable):
        raise TypeError(f"{name} must be a list of str, got {type(values).__name__}")
    out = set()
    for v in values:
        if not isinstance(v, str):
            raise TypeError(f"{name} must contain str, got {type(v).__name__}")
        out.add(_norm(v))
    return out


def undated_count(frame: pd.DataFrame) -> int:
    """Rows with no event date: a map with dates (the app's, a timeline, a snapshot) never shows them,
    so every count of what it shows says how many they are.

    Examples
    --------
    >>> undated_count(pd.DataFrame({"event_date": ["2024-05-01", "", None]}))
    2
    >>> undated_count(pd.DataFrame())
    0
    """
    if "event_date" not in frame.columns:
        return 0
    return int((frame["event_date"].fillna("").astype(str) == "").sum())


def filter_events(
    frame: gpd.GeoDataFrame,
    *,
    at: dt.date | None = None,
    window_days: int | None = None,
    event_types: Iterable[str] | None = None,
    actors: Iterable[str] | None = None,
    include_background: bool = True,
    include_planned: bool = True,
) -> gpd.GeoDataFrame:
    """Rows of the events frame to show for a date and a set of choices.

    Parameters
    ----------
    at : date, optional
        The slider's date. None shows everything, undated rows included.
        With a date, undated rows are left out and an event shows once its
        span has started (so planned events stay hidden until their date).
    window_days : int, optional
        None: everything up to ``at``. N: events whose span overlaps the last
        N days, ``[at - N + 1, at]``. Needs ``at``.
    event_types : list of str, optional
        Keep rows whose ``event_type`` or ``sub_event_type`` is listed.
    actors : list of str, optional
        Keep rows whose ``actor1``, ``actor2`` or ``side`` is listed.
    include_background, include_planned : bool
        False leaves out history recalled by articles / announced events.

    Returns
    -------
    GeoDataFrame
        A filtered copy, in the frame's order.
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"frame must be a GeoDataFrame, got {type(frame).__name__}")
    if window_days is not None:
        if isinstance(window_days, bool) or not isinstance(window_days, int):
            raise TypeError(f"window_days must be int, got {type(window_days).__name__}")
        if window_days < 1:
            raise ValueError(f"window_days must be at least 1, got {window_days}")
        if at is None:
            raise ValueError("window_days needs at: the last N days before which date?")
    keep = pd.Series(True, index=frame.index)
    if at is not None:
        at = _as_date(at, "at")
        start = frame["event_date"].fillna("").astype(str)
        end = frame["date_end"].fillna("").astype(str)
        end = end.where(end != "", start)
        dated = start != ""
        keep &= dated & (start <= at.isoformat())
        if window_days is not None:
            first = (at - dt.timedelta(days=window_days - 1)).isoformat()
            keep &= end >= first
    types = _as_names(event_types, "event_types")
    if types is not None:
        keep &= frame["event_type"].map(_norm).isin(types) | frame["sub_event_type"].map(
            _norm
        ).isin(types)
    names = _as_names(actors, "actors")
    if names is not None:
        hit = pd.Series(False, index=frame.index)
        for col in ("actor1", "actor2", "side"):
            hit |= frame[col].map(_norm).isin(names - {""})
        keep &= hit
    if not include_background:
        keep &= ~frame["background"].astype(bool)
    if not include_planned:
        keep &= ~frame["planned"].astype(bool)
    return frame.loc[keep.to_numpy()].copy()


def _best_estimate(date: Any) -> dt.date:
    """The day an event is filed under: its start, or the middle of a span of a few days.

    A date known only to within a few days (time precision 2, e.g. an article
    whose own date is inferred) is filed under the middle of its span, as
    ACLED files such events under their best estimate, not under the span's start.
    """
    if getattr(date, "precision", "day") == "week" and date.end > date.start:
        return date.start + (date.end - date.start) // 2
    return date.start


def date_span(
    frame: pd.DataFrame, zones: pd.DataFrame | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """Earliest and latest dates in the events and reported zone starts, for the app's slider.

    Undated rows and background history are ignored; ``(None, None)`` when nothing is dated.

    >>> date_span(events_frame([]))
    (None, None)
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"frame must be a GeoDataFrame, got {type(frame).__name__}")
    # Background history (a 1969 coup) and computed zone ends do not stretch the
    # slider: it covers what the articles report as current or planned.
    current = frame[~frame["background"].astype(bool)] if "background" in frame else frame
    values: list[str] = []
    for col in ("event_date", "date_end"):
        if col in current:
            values += [v for v in current[col].tolist() if isinstance(v, str) and v]
    if zones is not None:
        if not isinstance(zones, pd.DataFrame):
            raise TypeError(f"zones must be a GeoDataFrame, got {type(zones).__name__}")
        if "start" in zones:
            # A zone that starts when a contested window closes is computed, not
            # reported: it does not stretch the span past the last report.
            closed = set()
            if "status" in zones and "end" in zones:
                closed = {e for e, st in zip(zones["end"].tolist(), zones["status"].tolist())
                          if st == "contested" and isinstance(e, str)}
            values += [v for v in zones["start"].tolist() if isinstance(v, str) and v and v not in closed]
    if not values:
        return (None, None)
    return (dt.date.fromisoformat(min(values)), dt.date.fromisoformat(max(values)))


#: Over a longer span (days) the app's slider and a timeline's cover one year at a time, picked first (why: one
#: report of 1904 and the rest of 2025 made a slider of 44,480 days, years per pixel).
YEAR_PICK_DAYS = 3 * 366


def events_per_year(frame: pd.DataFrame) -> dict[int, tuple[int, dt.date]]:
    """Year -> (dated events starting in it, the last day one starts): where a corpus of decades is busy, for the
    year pickers of the app and the timeline (a store counts them from its index, ``Store.events_per_year``).

    >>> events_per_year(pd.DataFrame({"event_date": ["2025-03-02", "", "1904-02-10", "2025-01-09"]}))
    {1904: (1, datetime.date(1904, 2, 10)), 2025: (2, datetime.date(2025, 3, 2))}
    """
    if "event_date" not in frame:
        return {}
    out: dict[int, tuple[int, str]] = {}
    # (counted per distinct day first: 100,000 events fall on a few thousand days; 0.4 s grouped by row)
    for day, n in frame["event_date"].value_counts(sort=False).items():
        if isinstance(day, str) and len(day) >= 10 and day[:4].isdigit():
            year = int(day[:4])
            had, last = out.get(year, (0, ""))
            out[year] = (had + int(n), max(last, day[:10]))
    return {y: (n, dt.date.fromisoformat(last)) for y, (n, last) in sorted(out.items())}


def unlocated_events(events: Sequence[Any]) -> list[Any]:
    """Events with no location, in input order, so the caller can report them.

    >>> unlocated_events([])
    []
    """
    if isinstance(events, (str, bytes)) or not isinstance(events, Iterable):
        raise TypeError(f"events must be a list of Event, got {type(events).__name__}")
    return [ev for ev in events if getattr(ev, "location", None) is None]


def unlocated_problems(events: Sequence[Any]) -> list[Any]:
    """Events with no location as problems (W490, "event not placed": the sentence and why), for every list
    of what could not be placed: the app's panel, the command line and a store's problems (why: a store
    kept only the build's problems, so the app on a store lost the events that had no place).

    >>> unlocated_problems([])
    []
    """
    from reading.document import Problem

    return [Problem("W490", "event not placed", ev.doc_id, ev.evidence.sentence if ev.evidence else "",
                    ev.location_note or "no place in the article") for ev in events]
