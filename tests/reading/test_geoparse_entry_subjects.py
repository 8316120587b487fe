"""Encyclopedic entries about a place that shares its name (gold 5's first run), as classes, on
sentences with other places than the gold's.

- "X is a city in and the county seat of Y County, State", "X is a city in Y County, State",
  "X is a town in south-western Y", "X is a city on the Z River in central Y": the opening
  places its subject in the state, province or country named after the county, the compass
  word or the river (before, only "X is a city in [the province of] Y" did).
- The subject named again bare is that place, even in the sentence that names a namesake
  ("X should not be confused with X, Mississippi"), which keeps its own qualifier.
- A subject whose name is also an ordinary word ("Hope", "Mobile") is a place when the entry
  opens with "X is a town/city ..." and when named again later; "Hope is a town councillor"
  is no such opening.
"""
from __future__ import annotations

import math

import pytest

from tests.reading.places import points_of


def _near(pt, lat: float, lon: float, km: float = 40.0) -> bool:
    if pt is None or pt[0] is None:
        return False
    dlat, dlon = math.radians(pt[0] - lat), math.radians(pt[1] - lon)
    a = math.sin(dlat / 2) ** 2 + math.cos(math.radians(lat)) * math.cos(math.radians(pt[0])) * math.sin(dlon / 2) ** 2
    return 12742 * math.asin(math.sqrt(a)) <= km


@pytest.mark.parametrize("text, name, subject, namesake", [
    ("Jackson is a city in and the county seat of Madison County, Tennessee. It lies east of Memphis. "
     "Jackson should not be confused with Jackson, Mississippi.", "Jackson", (35.61, -88.81), (32.30, -90.18)),
    ("Kingston is a city in Ulster County, New York, on the Hudson River. Kingston was the first capital "
     "of the state. Namesakes include Kingston, Jamaica.", "Kingston", (41.93, -74.00), (18.00, -76.79)),
    ("Sudbury is a market town in south-western Suffolk, England, on the River Stour. Sudbury should not "
     "be confused with Sudbury, Ontario.", "Sudbury", (52.04, 0.73), (46.49, -80.99)),
])
def test_the_subject_and_its_namesake(gaz, text, name, subject, namesake):
    pts = points_of(text, gaz, name)
    assert len(pts) == 4 or len(pts) == 3, pts
    assert all(_near(p, *subject) for p in pts[:-1]), pts
    assert _near(pts[-1], *namesake), pts


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Hope is a district municipality in British Columbia, Canada. Hope lies where two rivers meet.",
     "Hope", 49.38, -121.44),
    ("Mobile is a city in south-western Alabama. Mobile is the state's only seaport.", "Mobile", 30.69, -88.04),
])
def test_a_common_word_subject_and_its_later_mentions(gaz, text, name, lat, lon):
    pts = points_of(text, gaz, name)
    assert len(pts) == 2 and all(_near(p, lat, lon) for p in pts), pts


def test_a_person_described_is_no_entry(gaz):
    text = "Hope is a town councillor in Ohio. Hope said the budget was fine."
    assert points_of(text, gaz, "Hope") == []
