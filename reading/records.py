"""Facts as plain, JSON-ready dicts: the one place that decides how a fact is written out.

The CLI's JSON Lines, ``report.json`` and the app's tables all use these, so a
fact reads the same everywhere. Output is deterministic: keys in a fixed order,
geometry as GeoJSON with coordinates rounded to 6 decimals.
"""
from __future__ import annotations

from typing import Any

from shapely.geometry import mapping

from .document import ControlClaim, DateMention, Event, Evidence, FactDate, Mention, Problem

__all__ = [
    "date_record",
    "evidence_record",
    "location_record",
    "event_record",
    "claim_record",
    "mention_record",
    "date_mention_record",
    "problem_record",
]


def _round(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, 6)
    if isinstance(obj, (list, tuple)):
        return [_round(o) for o in obj]
    if isinstance(obj, dict):
        return {k: _round(v) for k, v in obj.items()}
    return obj


def date_record(d: FactDate | None) -> dict | None:
    """A :class:`FactDate` as a dict, or None."""
    if d is None:
        return None
    return {
        "start": d.start.isoformat(),
        "end": d.end.isoformat(),
        "precision": d.precision,
        "time_precision": d.time_precision,
        "text": d.text,
        "basis": d.basis,
    }


def evidence_record(e: Evidence | None) -> dict | None:
    if e is None:
        return None
    return {
        "doc_id": e.doc_id,
        "sentence": e.sentence,
        "start": e.start,
        "end": e.end,
        "title": e.title,
        "url": e.url,
    }


def location_record(loc: Any, *, geometry: bool = True) -> dict | None:
    """A :class:`geo.location.Location` as a dict (geometry as GeoJSON), or None."""
    if loc is None:
        return None
    rec = {
        "name": loc.name,
        "lat": round(float(loc.lat), 6),
        "lon": round(float(loc.lon), 6),
        "precision": int(loc.precision),
        "relation": loc.relation,
        "place_id": loc.place_id,
        "country": loc.country,
    }
    if geometry:
        rec["geometry"] = _round(mapping(loc.geometry)) if loc.geometry is not None else None
    return rec


def event_record(ev: Event, *, geometry: bool = True) -> dict:
    """An :class:`Event` as a dict."""
    return {
        "type": "event",
        "id": ev.id,
        "doc_id": ev.doc_id,
        "date": date_record(ev.date),
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1,
        "actor2": ev.actor2,
        "fatalities": ev.fatalities,
        "planned": ev.planned,
        "background": ev.background,
        "alleged": ev.alleged,
        "location": location_record(ev.location, geometry=geometry),
        "location_note": ev.location_note,
        "evidence": evidence_record(ev.evidence),
    }


def claim_record(c: ControlClaim, *, geometry: bool = True) -> dict:
    """A :class:`ControlClaim` as a dict."""
    return {
        "type": "control",
        "id": c.id,
        "doc_id": c.doc_id,
        "faction": c.faction,
        "relation": c.relation,
        "date": date_record(c.date),
        "background": c.background,
        "location": location_record(c.location, geometry=geometry),
        "evidence": evidence_record(c.evidence),
    }


def mention_record(m: Mention) -> dict:
    """A place :class:`Mention` and its fate (placed, or why not)."""
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "name": m.name,
        "role": m.role,
        "place_id": m.place_id,
        "candidates": list(m.candidates),
        "location": location_record(m.location, geometry=False),
        # An actor ("Egypt backs ...") keeps its country's location, but it is not where anything happened.
        "fate": "actor" if m.role == "actor" else ("placed" if m.location is not None else "unplaced"),
        "reason": m.reason,
    }


def date_mention_record(d: DateMention) -> dict:
    return {
        "start": d.start,
        "end": d.end,
        "text": d.text,
        "date": date_record(d.date),
        "future": d.future,
        "fate": "resolved" if d.date is not None else "unresolved",
        "reason": d.reason,
    }


def problem_record(p: Problem) -> dict:
    return {
        "code": p.code,
        "kind": p.kind,
        "doc_id": p.doc_id,
        "text": p.text,
        "reason": p.reason,
        "start": p.start,
        "end": p.end,
    }
