"""A dateline naming a capital or a city of a million ("BEIRUT (AP) -") votes for its country even
when small namesakes exist abroad, so "the country's south" is Lebanon's, not that of the
country whose demonym names the weapons ("Israeli airstrikes"): a known weak spot (brief of gold 3)."""
from __future__ import annotations

import pytest

from reading.toponyms import PlaceMentions


@pytest.fixture(scope="module")
def reader():
    gaz = pytest.importorskip("geo.gazetteer").load_gazetteer()
    return PlaceMentions(gaz)


@pytest.mark.parametrize("text, iso", [
    ("BEIRUT (AP) — Israeli airstrikes hit several villages in the country's south overnight.", "LB"),
    ("BEIRUT, March 3 (Reuters) - Israeli drones struck two cars in the south of the country, killing four.", "LB"),
    ("DAMASCUS (Reuters) - Israeli jets bombed positions in the country's south on Tuesday.", "SY"),
    ("KHARTOUM (AP) - Drone strikes hit fuel depots in the country's east, the army said.", "SD"),
])
def test_the_country_is_the_datelines(reader, text, iso):
    found, focus = reader.read(text)
    parts = [f for f in found if f.relation == "part"]
    assert focus == iso and parts and parts[0].place_id == f"country:{iso}", [(f.text, f.place_id) for f in found]
