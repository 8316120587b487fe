"""A city's part written after the city's possessive, with no part word ("Homs's Waer", "Damascus's Jobar"):
at the city (its part), not at a namesake town abroad nor left out; a place read near the city, or a big
city under its own name ("Moscow's Kharkiv offensive"), keeps its reading; a person after a possessive
("Moscow's Vladimir Putin") is no part."""
from __future__ import annotations

import pytest

from reading.document import Document
from tests.reading.places import points_of, toponyms_by_name


def _near(p, lat, lon, km=30.0):
    from geo.distance import great_circle_km

    return p[0] is not None and great_circle_km(p[0], p[1], lat, lon) <= km


@pytest.mark.parametrize("text, part, city", [
    ("Mortar rounds landed in Homs's Waer on Thursday, a monitoring group said.", "Waer", (34.72, 36.72)),
    ("Troops stormed Damascus's Jobar after weeks of siege.", "Jobar", (33.51, 36.29)),
    ("Drones struck Khartoum's Kalakla on Sunday, killing four people.", "Kalakla", (15.55, 32.53)),
    # a namesake town far away (Al Khalidiyah, Jordan) is not the quarter of Homs
    ("Government artillery pounded Homs's Khalidiya for a third day.", "Khalidiya", (34.72, 36.72)),
])
def test_a_possessive_citys_part_is_at_the_city(nlp, gaz, text, part, city):
    [p] = points_of(text, gaz, part)
    assert _near(p, *city)
    doc = nlp(Document(id="p", text=text))
    m = next(m for m in doc.mentions if m.text.endswith(part))
    assert m.location is not None and _near((m.location.lat, m.location.lon), *city)


def test_what_follows_a_possessive_keeps_its_own_reading(gaz):
    assert _near(points_of("Moscow's Kharkiv offensive stalled in the spring.", gaz, "Kharkiv")[0], 49.98, 36.25)
    assert _near(points_of("Airstrikes hit Idlib's Saraqib on Friday.", gaz, "Saraqib")[0], 35.86, 36.81)
    assert "Vladimir Putin" not in toponyms_by_name("Moscow's Vladimir Putin met envoys on Friday.", gaz)


def test_a_small_capital_s_possessive_names_its_own_part(gaz):
    # Honiara (about 60,000 people) is a national capital: its Chinatown is Mataniko, not San Francisco's
    text = "Rioters looted shops in Honiara's Chinatown on Wednesday, police in the Solomon Islands said."
    assert _near(points_of(text, gaz, "Chinatown")[0], -9.43, 159.95)
