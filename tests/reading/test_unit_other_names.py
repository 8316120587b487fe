"""A province read under its other English spellings (``geo/data/place_aliases.csv``)."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name", [
    ("Clashes erupted in Salahuddin province, north of Baghdad, near Tikrit.", "Salahuddin"),
    ("Gunmen attacked a police post in Samarra, in Salahuddin, on Sunday.", "Salahuddin"),
    ("Iraqi forces in Salah al-Din and Anbar provinces were on alert.", "Salah al-Din"),
    ("The army moved into Saladin governorate after the attack.", "Saladin"),
])
def test_iraqs_salahuddin_spellings_are_the_governorate(gaz, text, name):
    t = toponyms_by_name(text, gaz)[name]
    assert t["kind"] == "admin1" and abs(t["lat"] - 34.5) < 1.0 and abs(t["lon"] - 43.6) < 1.0, t


def test_the_sultans_bare_name_is_no_place(gaz):
    assert "Saladin" not in toponyms_by_name("Saladin's army took Jerusalem in 1187.", gaz)


def test_tripolis_district_of_the_name_stays_in_a_libyan_story(gaz):
    t = toponyms_by_name("Fighting spread to the Salahuddin area south of Tripoli, Libya.", gaz)["Salahuddin"]
    assert abs(t["lat"] - 32.8) < 0.5 and abs(t["lon"] - 13.2) < 0.5, t
