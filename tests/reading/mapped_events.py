"""Helpers for tests that read events with the real pipeline: what the map draws of a document."""
from __future__ import annotations


def mapped(doc) -> list:
    """The document's events the map draws at their day: not planned, not background history."""
    return [e for e in doc.events if not e.planned and not e.background]


def kinds(evs) -> list[tuple[str, str]]:
    """(event type, sub-event type) of each event, in order."""
    return [(e.event_type, e.sub_event_type) for e in evs]
