"""The press's initials of a few units ("DPR", "LPR": the Russian-backed Donetsk and Luhansk People's
Republics; "FCT": Nigeria's Federal Capital Territory) are those units when the text names their
country (or Russia, for the two republics), and nothing elsewhere; the republics' full names are the
oblasts they claim."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


def _near(row, lat, lon, deg=1.0):
    return row["lat"] is not None and abs(row["lat"] - lat) < deg and abs(row["lon"] - lon) < deg


@pytest.mark.parametrize("text, short, lat, lon", [
    ("Separatist DPR units said they had pushed Ukrainian troops back from two villages.", "DPR", 48.0, 37.7),
    ("Moscow said LPR fighters were digging in west of the river after Russian shelling.", "LPR", 48.9, 39.0),
    ("Police in the FCT arrested four suspects after the attack, Nigerian officials said.", "FCT", 8.9, 7.2),
])
def test_unit_initials_are_the_unit_where_the_text_names_its_country(gaz, text, short, lat, lon):
    assert _near(toponyms_by_name(text, gaz)[short], lat, lon)


@pytest.mark.parametrize("text, short", [
    ("The central bank left its one-year LPR unchanged, officials in Beijing said.", "LPR"),
    ("Pyongyang's DPR Korea team arrived in Moscow for the talks.", "DPR"),
    ("Australian officials said the FCT rollout would begin in March.", "FCT"),
    ("Kenyan officials said the DPR scheme would be extended.", "DPR"),
])
def test_the_same_initials_elsewhere_are_no_place(gaz, text, short):
    assert short not in toponyms_by_name(text, gaz)


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Artillery duels went on along the front of the self-styled Donetsk People's Republic.",
     "Donetsk People's Republic", 48.0, 37.7),
    ("Officials of the Lugansk People's Republic accused Kyiv of shelling a school.",
     "Lugansk People's Republic", 48.9, 39.0),
])
def test_a_peoples_republic_is_the_oblast_it_claims_not_its_capital(gaz, text, name, lat, lon):
    row = toponyms_by_name(text, gaz)[name]
    assert row["kind"] == "admin1" and _near(row, lat, lon)
