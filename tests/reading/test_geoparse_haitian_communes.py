"""Haitian communes and districts of gang-war reports that GeoNames' towns of 500+ lack (``curated_places.csv``:
Cité Soleil, Ganthier, Belladère, Pont-Sondé, Martissant; gold 27 left Cité Soleil and Belladère unplaced). Sentences of our own."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_communes_of_the_capital_and_the_border(gaz):
    text = ("Police said armoured vehicles left Delmas for Cité Soleil at dawn, while in the east hundreds "
            "crossed into the Dominican Republic at Belladère after gangs burned houses in Ganthier.")
    got = toponyms_by_name(text, gaz)
    for name, (lat, lon) in {"Cité Soleil": (18.58, -72.33),
                             "Belladère": (18.86, -71.78), "Ganthier": (18.53, -72.07)}.items():
        assert abs(got[name]["lat"] - lat) < 0.1 and abs(got[name]["lon"] - lon) < 0.1, name
