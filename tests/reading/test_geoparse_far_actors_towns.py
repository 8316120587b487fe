"""A small town abroad that nothing in the article backs, on the other side of the world from the one
country of its actors ("Kenyan soldiers ... near Kiunga": the gazetteer knows only Kiunga, Papua New
Guinea), is a place the gazetteer lacks: listed unplaced, not put in Papua New Guinea. A namesake in
the actors' country, a town near it, or a town whose country the text names keeps its place."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text", [
    "Kenyan soldiers patrolled near Kiunga after a roadside bomb went off.",
    "Kenyan troops searched houses in Kiunga and near Kiunga on Tuesday.",
])
def test_a_small_town_a_world_away_from_the_actors_is_unplaced(gaz, text):
    row = toponyms_by_name(text, gaz)["Kiunga"]
    assert row["lat"] is None or (-2.5 < row["lat"] < -1 and 40 < row["lon"] < 42), row  # pl6: or Kenya's Kiunga unit (Lamu), never Papua New Guinea's


@pytest.mark.parametrize("text, name, lat", [
    ("Kenyan troops set up a camp near Magadi.", "Magadi", -1.9),
    ("Russian mercenaries were seen near Bambari.", "Bambari", 5.77),
    ("Kenyan soldiers flew to Papua New Guinea and landed near Kiunga.", "Kiunga", -6.12),
])
def test_towns_near_or_backed_keep_their_place(gaz, text, name, lat):
    row = toponyms_by_name(text, gaz)[name]
    assert row["lat"] is not None and abs(row["lat"] - lat) < 0.3, row
