"""An island group named without "Islands" ("Shetland", "the Faroes", "the Falklands") is its
unit or country; the short form is only added when no other place bears it, so "Campbell" and
"Midway" stay the towns and "Auckland" the city."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, box", [
    ("Gales closed the airports of Shetland for a second day.", "Shetland", (59, 61.5, -3, 0)),
    ("Salmon farms off the Shetlands lost their nets.", "Shetlands", (59, 61.5, -3, 0)),
    ("Trawlers from the Faroes fished the disputed waters.", "Faroes", (61, 63, -8, -6)),
    ("Veterans flew back to the Falklands for the anniversary.", "Falklands", (-53, -51, -62, -57)),
    ("Chinese survey ships sailed near the Paracels again.", "Paracels", (15, 17.5, 110, 113)),
])
def test_island_group_without_islands(gaz, text, name, box):
    t = toponyms_by_name(text, gaz)[name]
    s, n, w, e = box
    assert t["lat"] is not None and s < t["lat"] < n and w < t["lon"] < e, t


@pytest.mark.parametrize("name", ["Campbell", "Midway", "Auckland"])
def test_short_forms_other_places_bear_stay_theirs(gaz, name):
    # Campbell, Midway and Auckland Islands do not take the names of the towns
    assert not any(p.name.endswith(" Islands") for p in gaz.candidates(name))
    assert gaz.candidates(name)[0].kind == "city"
