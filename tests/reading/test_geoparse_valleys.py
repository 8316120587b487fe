""""X Valley" is one toponym: placed at the district or region it is named after ("Panjshir
Valley"), unplaced otherwise; never the country or a namesake town inside it ("Jordan Valley" was
Jordan; gold 3: "Esk Valley" was missed)."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, valley", [
    ("Israeli forces demolished homes in the Jordan Valley on Monday.", "Jordan Valley"),
    ("Georgian troops patrolled the Kodori Valley for years.", "Kodori Valley"),
    ("Vineyards across the Barossa Valley were damaged by hail.", "Barossa Valley"),
])
def test_valley_is_one_unplaced_toponym(gaz, text, valley):
    r = toponyms_by_name(text, gaz)
    assert valley in r and r[valley]["lat"] is None, r
    assert not [k for k in r if k != valley and k in valley], r


def test_valley_of_a_unit_is_placed_there(gaz):
    r = toponyms_by_name("Resistance fighters regrouped in the Panjshir Valley, north of Kabul.", gaz)
    assert r["Panjshir Valley"]["lat"] == pytest.approx(35.4, abs=0.6)


def test_known_valley_names_stay(gaz):
    r = toponyms_by_name("Strikes hit the Bekaa Valley and the Kashmir Valley.", gaz)
    assert r["Bekaa Valley"]["kind"] == "region" and r["Kashmir Valley"]["kind"] == "region"
