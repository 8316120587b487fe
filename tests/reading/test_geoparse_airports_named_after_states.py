"""An airport named after its state or a country does not take that name alone (gold 23's first run:
"through Arkansas" in a story about Tennessee and Memphis read as "Arkansas International Airport"
in Blytheville, so "Hot Springs" then went to North Carolina), on other sentences."""
from __future__ import annotations

from geo.gazetteer import _airport_names
from reading.geoparse import geoparse


def test_the_stem_of_an_airport_named_after_an_area_is_not_its_name():
    names = _airport_names("Arkansas International Airport", "Blytheville", areas=frozenset({"arkansas"}))
    assert "Arkansas" not in names and "Arkansas International Airport" in names
    assert "Mali" not in _airport_names("Mali Airport", "Alor Island", areas=frozenset({"mali"}))
    assert "Mitiga" in _airport_names("Mitiga International Airport", "Tripoli", areas=frozenset({"libya"}))


def test_a_state_beside_a_neighbouring_state_stays_the_state(gaz):
    text = ("Volunteers from Memphis, Tennessee, drove west into Arkansas on Sunday, handing out water in "
            "Hot Springs and Pine Bluff before returning to Jackson.")
    rows = {text[r["start"]:r["end"]]: r for r in geoparse(text, gazetteer=gaz)}
    assert rows["Arkansas"]["kind"] == "admin1"
    assert abs(rows["Hot Springs"]["lat"] - 34.50) < 0.2 and abs(rows["Hot Springs"]["lon"] + 93.06) < 0.2
