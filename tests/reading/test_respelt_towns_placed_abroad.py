"""A village of Russia's border regions the gazetteer lacks, written the Russian way ("Podol", "Olgovka"),
is not the Ukrainian town GeoNames lists under that spelling (Podil in Kyiv, Olhivka in Kherson) when its
sentence places it in a Russian region ("in the Kursk region") or calls it Russian ("the Russian village
of"): left unplaced, listed. A town of the region's country, a big city, a town under its own name, or a
sentence naming a region of the town's own country too keeps its reading."""
from __future__ import annotations

import pytest

from tests.reading.places import points_of


@pytest.mark.parametrize("text, name", [
    ("Air defences downed two drones over Podol in the Kursk region, the regional governor said.", "Podol"),
    ("Across the Kursk region, sirens sounded as drones flew over Tetkino and Podol.", "Podol"),
    ("In the Belgorod region, a woman was wounded when shells hit Olgovka on Tuesday.", "Olgovka"),
    ("Two houses burned in the Russian village of Olgovka after a drone attack.", "Olgovka"),
])
def test_a_russian_spelling_in_a_russian_region_is_no_ukrainian_town(gaz, text, name):
    assert points_of(text, gaz, name) == [(None, None)]


@pytest.mark.parametrize("text, name, lat, lon", [
    # the region named is of the town's own country too: the sentence spans the border
    ("Columns crossed from the Sumy region into the Kursk region, passing Podol.", "Podol", 50.47, 30.52),
    # a big city under another of its names stays that city
    ("Guns in Russia's Belgorod region fired at Kharkov through the night.", "Kharkov", 49.98, 36.25),
    # no region of another country named: Kyiv's Podil
    ("Cafes reopened in Podol, Kyiv's riverside quarter, as the curfew was lifted.", "Podol", 50.47, 30.52),
])
def test_other_readings_are_kept(gaz, text, name, lat, lon):
    ((got_lat, got_lon),) = points_of(text, gaz, name)
    assert got_lat is not None and abs(got_lat - lat) < 0.3 and abs(got_lon - lon) < 0.3
