"""Helpers for tests that read events with the real pipeline: what the map draws of a document."""
from __future__ import annotations


def mapped(doc) -> list:
    """The document's events the map draws at their day: not planned, not background history."""
    return [e for e in doc.events if not e.planned and not e.background]


def kinds(evs) -> list[tuple[str, str]]:
    """(event type, sub-event type) of each event, in order."""
    return [(e.event_type, e.sub_event_type) for e in evs]


def read_kinds(nlp, text: str, published: str) -> list[tuple[str, str]]:
    """(event type, sub-event type) of what the map draws of ``text`` read as one article."""
    from reading.corpus import read_text
    return kinds(mapped(nlp(read_text(text, doc_id="t", published=published))))
