"""A city's part that the gazetteer does not know, said with its part word ("Homs's Baba Amr district", "the
Hay Babil district of Baghdad"), lies in the city: the last word of its name read with the part word
("Amr district": Amur oblast, Russia; "Babil district": Babil province) is no reading of it."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, part, lat, lon", [
    ("Government artillery pounded Homs's Baba Amr district for a third week.", "Baba Amr", 34.72, 36.73),
    ("Regime tanks rolled into the Bab Amr district of Homs at dawn, activists said.", "Bab Amr", 34.72, 36.73),
    ("A car bomb exploded in Baghdad's Hay Babil district, killing four.", "Hay Babil", 33.34, 44.4),
    ("Militias cleared the Hay Babil district of Baghdad after the blast.", "Hay Babil", 33.34, 44.4),
    ("Residents of Aden's Tawahi Amur district queued for water.", "Tawahi Amur", 12.78, 45.04),
])
def test_an_unknown_part_of_a_city_is_read_at_the_city_not_by_a_fragment(gaz, text, part, lat, lon):
    rows = toponyms_by_name(text, gaz)
    row = rows[part]
    assert row["kind"] == "district" and abs(row["lat"] - lat) < 0.2 and abs(row["lon"] - lon) < 0.2
    assert all(r["kind"] != "admin1" for r in rows.values())  # no province read inside the part


def test_a_known_part_near_its_city_keeps_its_own_place(gaz):
    rows = toponyms_by_name("Drones struck Kyiv's Obolon district before dawn.", gaz)
    assert rows["Obolon"]["lat"] is not None and abs(rows["Obolon"]["lat"] - 50.51) < 0.1
