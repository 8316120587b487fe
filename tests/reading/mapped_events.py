"""Helpers for tests that read events with the real pipeline: what the map draws of a document."""
from __future__ import annotations


def mapped(doc) -> list:
    """The document's events the map draws at their day: not planned, not background history."""
    return [e for e in doc.events if not e.planned and not e.background]


def kinds(evs) -> list[tuple[str, str]]:
    """(event type, sub-event type) of each event, in order."""
    return [(e.event_type, e.sub_event_type) for e in evs]


def place_names(evs) -> list:
    """The place name of each event, in order (None where it has no place)."""
    return [e.location.name if e.location is not None else None for e in evs]


def read_article(nlp, text: str, published: str, title: str | None = None):
    """``text`` read as one article, published on ``published``."""
    from reading.corpus import read_text
    return nlp(read_text(text, doc_id="t", published=published, title=title))


#: The event types of violence (ACLED): what a test of who fought whom reads.
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def violent_events(nlp, text: str, published: str) -> list:
    """The violent events of ``text`` read as one article, in order (planned and background ones too)."""
    return [e for e in read_article(nlp, text, published).events if e.event_type in VIOLENT_TYPES]


def read_kinds(nlp, text: str, published: str) -> list[tuple[str, str]]:
    """(event type, sub-event type) of what the map draws of ``text`` read as one article."""
    return kinds(mapped(read_article(nlp, text, published)))


def read_report(nlp, body: str, published: str = "2025-06-03", title: str = "Report"):
    """``body`` read as one article under the headline ``title``."""
    from reading.corpus import read_text
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


def held_sides(doc) -> list[str]:
    """The sides of the held zone rows the zone timeline draws from ``doc``, sorted."""
    from layers.zones import zone_timeline
    frame = zone_timeline(doc.claims, doc.events, published={doc.id: doc.published})
    return sorted(row.faction for row in frame.itertuples() if row.status == "held")
