"""Numbered British, Irish and South African roads ("the A9", "the N6", "the M20") are toponyms
(listed unplaced, like other roads), never the rebel group M23 (gold 3: A9, N6, N2 missed;
gold 2: M20)."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, road", [
    ("Two cars collided on the A1 near Grantham on Friday night.", "A1"),
    ("Police closed the M6 southbound after a lorry fire.", "M6"),
    ("A bus overturned on the N7 between Nenagh and Limerick.", "N7"),
    ("Protesters burned tyres along the N1 outside Polokwane.", "N1"),
    ("Traffic was diverted off the A470 at Builth Wells.", "A470"),
])
def test_road_code_is_a_toponym(gaz, text, road):
    r = toponyms_by_name(text, gaz)
    assert road in r and r[road]["lat"] is None, r


@pytest.mark.parametrize("text", [
    "Fighting between the army and the M23 rebels resumed near Sake.",
    "The UN blamed attacks on the M23, a rebel group backed by Rwanda.",
    "Troops fired on the M23 positions overnight.",
    "He bought an A4 notebook and a B2 visa.",
])
def test_not_a_road(gaz, text):
    assert not [k for k in toponyms_by_name(text, gaz) if k[:1] in "ABMNR" and k[1:2].isdigit()]
