"""A place said to be an area, village or town of a district or province lies in that unit's country.

"the Jani Khel area of Bannu district" was read as the Afghan village of that name, 200 km away
across the border: the gazetteer lacks the Pakistani one. The unit named after "area of" says
which country the place is in: its namesakes there are kept, and with none the place is left
unplaced rather than read abroad.
"""
from __future__ import annotations

import pytest

from tests.reading.places import points_of


@pytest.mark.parametrize("text, name", [
    ("Two soldiers died when a roadside bomb exploded in the Jani Khel area of Bannu district.", "Jani Khel"),
    ("Residents of the Jani Khel town of Bannu district staged a sit-in on the highway.", "Jani Khel"),
])
def test_no_namesake_in_the_unit_s_country_leaves_it_unplaced(gaz, text, name):
    (lat, lon), = points_of(text, gaz, name)
    assert lat is None, (lat, lon)  # not Jani Khel, Afghanistan


@pytest.mark.parametrize("text, name, lat0, lon0", [
    # Al Mansurah in Aden, Yemen, not the Egyptian city of 600,000
    ("Separatist fighters took positions in the Mansura area of Aden governorate overnight.", "Mansura", 12.86, 44.98),
    ("Aid convoys reached the Sinjar area of Nineveh province after the floods.", "Sinjar", 36.32, 41.88),
])
def test_the_namesake_in_the_unit_s_country_is_kept(gaz, text, name, lat0, lon0):
    (lat, lon), = points_of(text, gaz, name)
    assert lat is not None and abs(lat - lat0) < 0.3 and abs(lon - lon0) < 0.3, (lat, lon)


def test_a_city_of_another_country_is_not_a_part_word_phrase(gaz):
    text = "The minister flew from Paris to the Sinjar area of Nineveh province."
    (lat, lon), = points_of(text, gaz, "Paris")
    assert lat is not None and abs(lat - 48.85) < 0.3, (lat, lon)
