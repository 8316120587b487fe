"""A compass word after a distance ("40 km to the east") is a bearing from the place just told, not
the country's eastern region; "in the east" alone still is."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.document import Document


def _mentions(nlp, text: str) -> list[str]:
    doc = nlp(Document(id="t", text=text, title="", published=dt.date(2026, 10, 1)))
    return [m.text for m in doc.mentions]


@pytest.mark.parametrize("text, bearing", [
    ("Russian troops shelled Kramatorsk on Monday and struck a village 40 km to the east.", "the east"),
    ("Refugees fled to a camp 20 kilometres to the north, near Maiduguri, after Boko Haram attacked.", "the north"),
    ("Sudanese army jets bombed a market in El Fasher and a well 12 miles to the west.", "the west"),
])
def test_a_direction_after_a_distance_is_no_region(nlp, text, bearing):
    assert bearing not in _mentions(nlp, text)


def test_a_region_of_the_country_is_still_read(nlp):
    assert "the east" in _mentions(nlp, "Ukrainian forces held their lines in the east, Kyiv said on Monday.")
