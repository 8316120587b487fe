"""A compass word before a region's name that is not a unit the gazetteer holds ("West Kordofan").

Such a name was placed at the whole region (Kordofan) as if the text had named it. It is placed at
the region with a caveat and drawn as the region's part on that side.
"""
from __future__ import annotations

import datetime as dt

import pytest

from reading.document import Document


def _drawn(nlp, text: str, written: str):
    doc = nlp(Document(id="t", text=text, title="", published=dt.date(2026, 10, 1)))
    m = next(m for m in doc.mentions if m.text == written)
    return m, m.location.geometry


def _whole(nlp, name: str):
    return _drawn(nlp, f"Aid agencies warned of famine across {name} this year.", name)[1]


@pytest.mark.parametrize("text, written, region, side", [
    ("Paramilitary units shelled several villages in West Kordofan overnight.", "West Kordofan", "Kordofan", "west"),
    ("Herders clashed with farmers in North Benue on Sunday, police said.", "North Benue", "Benue", "north"),
    ("Displaced families arrived from East Kordofan after the raids.", "East Kordofan", "Kordofan", "east"),
])
def test_a_compass_named_district_is_the_region_s_part_on_that_side(nlp, text, written, region, side):
    m, part = _drawn(nlp, text, written)
    whole = _whole(nlp, region)
    assert m.name == region
    assert part.area < 0.8 * whole.area  # not the whole region
    assert whole.buffer(0.01).contains(part.centroid)
    dy, dx = part.centroid.y - whole.centroid.y, part.centroid.x - whole.centroid.x
    assert {"west": -dx, "east": dx, "north": dy, "south": -dy}[side] > 0.2

