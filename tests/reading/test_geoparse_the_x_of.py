"""After "the", a small town's name (or a name a town bears only as another name) before "of" and a
capitalised word is the head of a longer name, no place: "near the Line of Control" was Lin'e, a
Chinese village that GeoNames also calls Line, and it pulled "Uri, near the Line ..." 150 km around
China (unplaced). Whole names the gazetteer holds ("the Isle of Man", "the City of London") stay."""
from __future__ import annotations

import pytest

from tests.reading.places import surfaces, toponyms_by_name


@pytest.mark.parametrize("text", [
    "Shelling near the Line of Control killed two villagers in Poonch.",
    "Troops massed near the Line of Contact in Zaporizhzhia region.",
    "Patrols along the Line of Actual Control were stepped up, officials said.",
])
def test_the_head_of_a_longer_name_is_no_place(gaz, text):
    assert not any(s.startswith("Line") for s in surfaces(text, gaz))


def test_a_town_beside_such_a_name_keeps_its_place(gaz):
    got = toponyms_by_name("Two soldiers were killed in Uri, near the Line of Control in Indian-administered Kashmir.", gaz)
    assert abs(got["Uri"]["lat"] - 34.09) < 0.2 and abs(got["Uri"]["lon"] - 74.03) < 0.2


@pytest.mark.parametrize("text, name", [
    ("Fishermen were stranded near the Isle of Man.", "Isle of Man"),
    ("Police in the City of London closed roads.", "City of London"),
])
def test_whole_names_with_of_stay(gaz, text, name):
    assert toponyms_by_name(text, gaz)[name]["lat"] is not None


def test_a_firth_is_a_water_body_not_a_town(gaz):
    got = toponyms_by_name("Seals were seen in the Firth of Clyde near Greenock.", gaz)
    assert "Firth of Clyde" in got and got["Firth of Clyde"]["lat"] is None  # listed, unplaced: no Firth, Nebraska
    assert "Firth" not in got
