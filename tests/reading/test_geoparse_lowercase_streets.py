"""Streets written with their word in lower case, as translated reports write them ("on Oktyabrskaya
street in Nalchik"): a street of the town the text names, not a namesake town of its first word
(Oktyabrsky, Bashkortostan); a town's name used as an adjective ("on a Baghdad street") stays the town."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def _near(row: dict, lat: float, lon: float) -> bool:
    return row["lat"] is not None and abs(row["lat"] - lat) < 0.3 and abs(row["lon"] - lon) < 0.3


def test_a_lowercase_street_lies_in_the_town_named(gaz):
    cases = (("A bomb exploded on Oktyabrskaya street in Nalchik on Monday.", "Oktyabrskaya street", 43.50, 43.62),
             ("Protesters marched along Rustaveli avenue in Tbilisi on Sunday.", "Rustaveli avenue", 41.69, 44.83),
             ("In Kharkiv, a missile hit a building on Sumska street.", "Sumska street", 49.98, 36.25))
    for text, street, lat, lon in cases:
        found = toponyms_by_name(text, gaz)
        assert found[street]["kind"] == "street" and _near(found[street], lat, lon), text


def test_a_town_as_an_adjective_before_street_stays_the_town(gaz):
    found = toponyms_by_name("A car bomb exploded on a Baghdad street on Monday.", gaz)
    assert list(found) == ["Baghdad"] and _near(found["Baghdad"], 33.34, 44.40)
