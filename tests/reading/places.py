"""Helpers for tests that read place names with the real gazetteer."""
from __future__ import annotations

from reading.geoparse import geoparse


def toponyms_by_name(text: str, gaz) -> dict:
    """geoparse's toponyms of ``text``, by the name as written."""
    return {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}


def surfaces(text: str, gaz) -> list[str]:
    """geoparse's toponyms of ``text`` as written, in text order."""
    return [text[t["start"] : t["end"]] for t in geoparse(text, gazetteer=gaz)]


def points_of(text: str, gaz, name: str) -> list[tuple]:
    """(lat, lon) of each toponym of ``text`` written ``name`` (None, None when unplaced)."""
    return [(t["lat"], t["lon"]) for t in geoparse(text, gazetteer=gaz) if text[t["start"] : t["end"]] == name]


def mention(doc, text: str):
    """The first place mention of a read document written ``text``."""
    return next(m for m in doc.mentions if m.text == text)


def drawn_at(doc) -> set:
    """The names of the places of a read document's events and control claims."""
    return ({getattr(e.location, "name", None) for e in doc.events}
            | {getattr(c.location, "name", None) for c in doc.claims})


def unplaced_or_feature(row: dict) -> bool:
    """A geoparse row no town, unit or country stands for: unplaced, or at the point of a physical feature of
    ``geo/data/physical_features.csv`` (kind "physical": a river's mouth, a sea's or range's centre)."""
    return row.get("lat") is None or row.get("kind") == "physical"
