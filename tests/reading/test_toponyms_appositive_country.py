"""A town placed in a country by an appositive ("Victoria, the Seychelles capital", "X, a town in
Chad") is that country's town, not a bigger namesake elsewhere (gold 3: Victoria, Seychelles was
placed in Hong Kong)."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, town, lat, lon", [
    ("Divers in Victoria, the Seychelles capital, found the wreck.", "Victoria", -4.62, 55.45),
    ("The ferry reached Victoria, the capital of the Seychelles, at dawn.", "Victoria", -4.62, 55.45),
    ("Rebels shelled Bol, a lakeside town in Chad, overnight.", "Bol", 13.46, 14.71),
    ("Hotels in Granada, the old colonial city of Nicaragua, stood empty.", "Granada", 11.93, -85.96),
    ("Dockers in Valencia, the Venezuelan port, went on strike.", "Valencia", 10.16, -68.0),
])
def test_appositive_places_the_town(gaz, text, town, lat, lon):
    r = toponyms_by_name(text, gaz)[town]
    assert r["lat"] == pytest.approx(lat, abs=1.0) and r["lon"] == pytest.approx(lon, abs=1.0), r


def test_a_plain_list_is_no_appositive(gaz):
    rows = toponyms_by_name("Flights linked Paris, the French capital, with Nairobi, Kenya and Uganda.", gaz)
    assert rows["Paris"]["lat"] == pytest.approx(48.86, abs=0.5)
    assert rows["Nairobi"]["lat"] == pytest.approx(-1.28, abs=0.5)
