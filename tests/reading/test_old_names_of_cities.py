"""A former or foreign name that a big city and a small town abroad both bear only as another name is the
city's, even in a story of the town's country naming towns near it; a region after "the capital of" keeps
its regions (a crown land, not a Spanish province)."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _lat(text: str, name: str) -> float | None:
    return next(r["lat"] for r in geoparse(text) if text[r["start"]:r["end"]] == name)


@pytest.mark.parametrize("text, name, lat_range", [
    # Chojna, Poland (7,000) was Königsberg in der Neumark, 50 km from Szczecin; Kaliningrad has 475,000
    ("Families in Gryfino and Szczecin recall that their parents came from Königsberg in 1946.",
     "Königsberg", (54.5, 54.9)),
    # Černovice lies beside Brno; Chernivtsi, Bukovina's old capital, has 260,000
    ("The Brno archive holds letters posted in Czernowitz and Olmütz before the First World War.",
     "Czernowitz", (48.1, 48.5)),
    # Heřmanův Městec, Czechia, beside Pardubice; Sibiu in Transylvania
    ("A choir from Pardubice and Hradec Králové sang in Hermannstadt last summer.", "Hermannstadt", (45.6, 46.0)),
])
def test_an_old_name_of_a_city_and_of_a_small_town_is_the_city(text, name, lat_range):
    lat = _lat(text, name)
    assert lat is not None and lat_range[0] <= lat <= lat_range[1]


def test_the_text_saying_where_keeps_the_small_town():
    text = "The church in Königsberg, Poland, near the border town of Gryfino, was rebuilt after the war."
    lat = _lat(text, "Königsberg")
    assert lat is None or 52.5 <= lat <= 53.5


@pytest.mark.parametrize("text, lat_range", [
    ("In 1900 Lwów was the capital of Galicia, and Kraków its second city.", (48.5, 50.5)),
    ("Santiago de Compostela, the capital of Galicia, drew pilgrims from Porto and Madrid.", (42.0, 43.8)),
])
def test_a_region_after_the_capital_of(text, lat_range):
    lat = _lat(text, "Galicia")
    assert lat is not None and lat_range[0] <= lat <= lat_range[1]


def test_a_shortened_own_name_is_no_old_name():
    """"New York" is New York City's own name shortened, and the official name of a town near Toretsk: in a
    story of the Donbas front it stays the Ukrainian town."""
    text = ("Russian troops attacked near Toretsk and New York, a town north of Horlivka, while shelling hit "
            "Kostiantynivka, Ukrainian officials said.")
    lat = _lat(text, "New York")
    assert lat is None or 47.5 <= lat <= 49.0
