"""Helpers for tests that read place names with the real gazetteer."""
from __future__ import annotations

from reading.geoparse import geoparse


def toponyms_by_name(text: str, gaz) -> dict:
    """geoparse's toponyms of ``text``, by the name as written."""
    return {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}
