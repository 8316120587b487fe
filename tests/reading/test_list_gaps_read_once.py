"""The list passes read each gap between two names once per text (``reading.toponyms._joined_runs`` keeps
its answers while one text is read): a text's lists read the same whatever text was read before it,
even one with its names at the same offsets joined otherwise."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse

#: The same names at the same offsets: a list ("and") in one, none ("for") in the other.
LISTED = "Snow closed roads in Ontario and Michigan on Friday."
NOT_LISTED = "Snow closed roads in Ontario for Michigan on Friday."
OTHER = "Militants shelled villages near Goma while talks went on in Nairobi."


def _read(text: str, gaz) -> list[tuple]:
    return [(r["start"], r["end"], r["name"], r["kind"]) for r in geoparse(text, gazetteer=gaz)]


def test_the_lists_read_what_the_gaps_say(gaz):
    listed = dict((name, kind) for _, _, name, kind in _read(LISTED, gaz))
    assert listed == {"Ontario": "admin1", "Michigan": "admin1"}  # two states across a border
    assert dict((name, kind) for _, _, name, kind in _read(NOT_LISTED, gaz))["Ontario"] == "city"


@pytest.mark.parametrize("first, second", [(LISTED, NOT_LISTED), (NOT_LISTED, LISTED), (LISTED, LISTED)])
def test_a_texts_lists_do_not_depend_on_the_text_before(gaz, first, second):
    _read(OTHER, gaz)
    alone = _read(second, gaz)
    _read(first, gaz)
    assert _read("".join(list(second)), gaz) == alone  # (another str object with the same words)
    _read(first, gaz)
    assert _read(second, gaz) == alone
    assert _read(second, gaz) == alone  # (read again at once: the kept gaps)
