"""The press's initials of a few first-level units (``geo/data/short_forms.csv``: "KP" for Khyber
Pakhtunkhwa, Natural Earth's own "K.P."; "UP", "NSW", "BC" as ISO 3166-2 writes them) are those units
in a text that names their country, as "FCT" is Nigeria's; not in a headline's run of capitals, after a
number ("500 BC"), nor in a text about another country."""
from __future__ import annotations

import pytest

from tests.reading.places import points_of, surfaces


@pytest.mark.parametrize("text, short, lat, lon", [
    ("UP police arrested three men in Kanpur after the riot, Indian officials said.", "UP", 26.9, 80.9),
    ("Militants attacked a checkpoint in KP overnight, Pakistan's army said.", "KP", 34.5, 72.0),
    ("Bushfires burned across NSW as smoke reached Canberra.", "NSW", -32.2, 147.0),
    ("Crews from BC were sent to fight fires near Kamloops and Kelowna.", "BC", 54.0, -124.5),
])
def test_initials_of_a_unit(gaz, text, short, lat, lon):
    ((la, lo),) = points_of(text, gaz, short)
    assert la is not None and abs(la - lat) < 3 and abs(lo - lon) < 4, (la, lo)


@pytest.mark.parametrize("text, short", [
    ("HEAVY RAIN IN UP. Rivers rose near Lucknow, India's weather office said.", "UP"),
    ("The pottery found near Victoria dates from 500 BC, Canadian researchers said.", "BC"),
    ("Fans in Madrid cheered as NSW won the rugby final.", "NSW"),
])
def test_no_unit(gaz, text, short):
    assert short not in surfaces(text, gaz), surfaces(text, gaz)
