"""geoparse's own path (roles assigned only when they can change the focus) gives what
find_places + _resolve give."""
from __future__ import annotations

import pytest

from geo.gazetteer import load_gazetteer
from reading.geoparse import TOPONYM_KEYS, _fields, geoparse
from reading.toponyms import _get, _resolve, find_places

TEXTS = [
    # Lebanon acts twice (0.5 + 0.5): Libya (2 + the demonym) wins, Tripoli is Libya's.
    "Lebanon has backed the Libyan National Army. Lebanon said Tripoli was calm. Libya and Tripoli.",
    # Lebanon is no actor: it wins, Tripoli is Lebanon's.
    "Fighting in Lebanon. Lebanon and Tripoli. Libya.",
    "Egypt has backed the eastern forces. Tripoli was shelled. Lebanon said Tripoli is calm.",
    "Egypt, Egypt and Lebanon: Tripoli.",
    "Support from Egypt and the United Arab Emirates reached Benghazi; Libya denied it.",
]


def _reference(text, gaz):
    """geoparse as it was: every role assigned by find_places before resolving."""
    found = find_places(text, gaz, detail=False)
    _resolve(found, gaz, locate=False, names_only=True)
    rows = []
    for f in found:
        for a in f.anchors:
            if a.kind == "name":
                place = _get(gaz, a.place_id)
                if place is None:
                    row = dict.fromkeys(TOPONYM_KEYS)
                    row.update(start=a.start, end=a.end, name=a.surface)
                else:
                    row = {"start": a.start, "end": a.end, **_fields(place)}
                rows.append(row)
    return sorted(rows, key=lambda r: (r["start"], r["end"]))


@pytest.mark.parametrize("text", TEXTS)
def test_geoparse_matches_the_reading_path(text):
    gaz = load_gazetteer()
    assert geoparse(text, gazetteer=gaz) == _reference(text, gaz)


def test_roles_decide_the_focus():
    gaz = load_gazetteer()
    libya, lebanon = (_get(gaz, "country:LY"), _get(gaz, "country:LB"))
    for text, country in ((TEXTS[0], libya), (TEXTS[1], lebanon)):
        (tripoli,) = {(r["lat"], r["lon"]) for r in geoparse(text, gazetteer=gaz) if r["name"] == "Tripoli"}
        near = min((libya, lebanon), key=lambda c: (c.lat - tripoli[0]) ** 2 + (c.lon - tripoli[1]) ** 2)
        assert near is country  # the Tripoli of the focus country
