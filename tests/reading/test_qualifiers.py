"""Admin-1 units (states, provinces, counties) against namesake towns, and as qualifiers of towns.

Real gazetteer: the rules depend on where towns lie (their admin-1 field, unit outlines).
"""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


@pytest.fixture(scope="module")
def gaz():
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


def _parse(text, gaz):
    return {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}


def _near(t, lat, lon, tol=0.6):
    return t["lat"] is not None and abs(t["lat"] - lat) < tol and abs(t["lon"] - lon) < tol


# --------------------------------------------------------------------------- a unit written in full


@pytest.mark.parametrize("text, name", [
    ("Snow closed schools across Nevada and Wyoming.", "Wyoming"),
    ("Snow closed schools across Nevada and Wyoming.", "Nevada"),
    ("Drought hit farms across Kansas and Louisiana.", "Louisiana"),
    ("The senator toured Delaware on Friday.", "Delaware"),
    ("Voters in Indiana went to the polls.", "Indiana"),
    ("Wildfires spread across Oregon and California.", "Oregon"),
    ("Police in New Jersey arrested two men.", "New Jersey"),
    ("Cartel violence spread in Tamaulipas.", "Tamaulipas"),
    ("Floods hit Hunan and Jiangxi.", "Jiangxi"),
    ("The governor of Ibaraki spoke.", "Ibaraki"),
])
def test_unit_written_in_full_is_the_unit(gaz, text, name):
    assert _parse(text, gaz)[name]["kind"] == "admin1"


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Fighting resumed in Marib on Sunday.", "Marib", 15.46, 45.33),  # town inside its governorate
    ("Protesters gathered in Sanaa.", "Sanaa", 15.35, 44.21),  # town in the capital district next to it
    ("Shelling hit Kherson overnight.", "Kherson", 46.64, 32.61),  # a coastal town outside every outline
    ("Officials in Washington said.", "Washington", 38.9, -77.04),  # the capital, not the state
    ("Flights to Buenos Aires resumed.", "Buenos Aires", -34.61, -58.38),
    ("Residents of Stepanakert sheltered.", "Stepanakert", 39.82, 46.75),  # an alias of the town inside
])
def test_bare_name_of_a_town_inside_its_unit_is_the_town(gaz, text, name, lat, lon):
    t = _parse(text, gaz)[name]
    assert _near(t, lat, lon, 0.1), t


def test_state_name_shared_with_a_town_elsewhere_in_the_country_stays_the_state(gaz):
    # not Oregon, Ohio; not Riverside, Missouri (an alternate name)
    t = _parse("Hospitals across Illinois and Oregon face cuts.", gaz)
    assert t["Illinois"]["kind"] == t["Oregon"]["kind"] == "admin1"
    assert _near(t["Oregon"], 43.9, -120.6, 1.5)
