"""Helpers for tests that read violent events (ACLED's political violence, riots aside)."""
from __future__ import annotations

#: The event types of political violence the tests look at.
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def violent(doc) -> list:
    """The events of a read document of one of the :data:`VIOLENT` types, in their order."""
    return [e for e in doc.events if e.event_type in VIOLENT]
