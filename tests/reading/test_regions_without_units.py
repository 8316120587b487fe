"""Regions the press names that are no Natural Earth unit of their name: historical lands of central Europe
(Transylvania, the Székely Land, Bukovina, Pomerania), Serbia's province Vojvodina (Natural Earth has its
districts), Uganda's sub-regions, Ethiopia's former provinces, Oromia's zones and the Sidama region, and
Hong Kong's islands; each placed inside its area."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _point(text: str, name: str) -> tuple[float, float] | None:
    r = next(r for r in geoparse(text) if text[r["start"]:r["end"]] == name)
    return None if r["lat"] is None else (r["lat"], r["lon"])


@pytest.mark.parametrize("text, name, box", [
    ("Students from Transylvania marched in Bucharest on Sunday.", "Transylvania", (45.5, 22.5, 47.5, 26.0)),
    ("Hungarian parties won most votes in Vojvodina, around Subotica and Senta.", "Vojvodina",
     (44.7, 18.8, 46.2, 21.6)),
    ("Mayors from the Székely Land met in Odorheiu Secuiesc.", "Székely Land", (45.5, 24.0, 47.3, 26.5)),
    ("Monasteries of Bukovina draw visitors from Iasi and Chernivtsi.", "Bukovina", (47.0, 24.5, 48.8, 27.5)),
    ("Beaches across Pomerania were closed, officials in Koszalin said.", "Pomerania", (53.0, 14.0, 55.0, 19.5)),
    ("The drought has hit Karamoja hardest, aid agencies in Kampala said.", "Karamoja", (1.5, 33.5, 4.3, 35.0)),
    ("Families returning to Acholi after the war replanted their fields near Kitgum.", "Acholi",
     (2.3, 31.5, 4.3, 34.0)),
    ("Refugees from South Sudan keep arriving in West Nile, officials in Kampala said.", "West Nile",
     (1.9, 30.5, 4.3, 32.0)),
    ("Locusts reached Wollo and then Gojjam, farmers near Woldia said.", "Wollo", (10.2, 38.2, 12.7, 40.3)),
    ("Locusts reached Wollo and then Gojjam, farmers near Woldia said.", "Gojjam", (9.8, 36.5, 11.8, 38.7)),
    ("Gold miners in Guji clashed with police, residents of Adola said.", "Guji", (4.5, 38.2, 6.6, 40.5)),
    ("Herders in Borana have lost most of their cattle, officials in Yabelo said.", "Borana",
     (3.3, 37.3, 5.7, 40.1)),
    ("Coffee farmers in Sidama say prices have doubled, traders in Hawassa said.", "Sidama",
     (6.1, 37.9, 7.4, 39.3)),
    ("Ferries to Lantau and Cheung Chau were cancelled as the typhoon neared Hong Kong.", "Lantau",
     (22.1, 113.8, 22.4, 114.1)),
    ("The Pescadores lie in the strait west of Taiwan.", "Pescadores", (23.2, 119.3, 23.9, 119.8)),
    ("Fishermen on Simeulue felt the quake before the wave reached Meulaboh.", "Simeulue", (2.2, 95.6, 3.0, 96.8)),
])
def test_the_region_is_placed_inside_its_area(text, name, box):
    point = _point(text, name)
    assert point is not None
    lat, lon = point
    assert box[0] <= lat <= box[2] and box[1] <= lon <= box[3]
