"""A town's name and a site word ("Mopti airport") is that town when the gazetteer lacks the site:
never a guessed spelling of another place with that word (audit gold2: "Kochi airport" was Kos
Airport, Greece, 5,755 km off; "Manado airport" was lost)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def gaz():
    return pytest.importorskip("geo.gazetteer").load_gazetteer()


@pytest.mark.parametrize("town, iso", [("Mopti", "ML"), ("Kidal", "ML"), ("Kumba", "CM"), ("Mekelle", "ET")])
def test_town_airport_is_the_town_not_a_guessed_airport(gaz, town, iso):
    ms = gaz.find_names(f"Flights to {town} airport resumed.")
    assert ms and ms[0].surface == town and not ms[0].fuzzy
    assert any(gaz.get(pid).country == iso for pid in ms[0].candidates)


def test_known_airport_is_still_found_whole(gaz):
    (m,) = [m for m in gaz.find_names("Shelling hit Goma airport.") if m.surface.startswith("Goma")]
    assert m.surface == "Goma airport" and gaz.get(m.candidates[0]).kind == "airport"


def test_unit_word_may_still_take_a_guessed_spelling(gaz):
    # "Kyiv region" is the "Kiev" oblast: a unit word, not a site word
    ms = gaz.find_names("Ukrainian officials pledged aid for the Kyiv region.")
    assert any(m.surface == "Kyiv region" for m in ms)


# --------------------------------------------------------------------------- unit names Natural Earth keeps old


@pytest.mark.parametrize("name, lat, lon", [("Odisha", 20.5, 84.4), ("Uttarakhand", 30.2, 79.2)])
def test_renamed_unit_is_found_by_its_new_name(gaz, name, lat, lon):
    (p,) = [p for p in gaz.candidates(name) if p.kind == "admin1"][:1]
    assert abs(p.lat - lat) < 0.5 and abs(p.lon - lon) < 0.5


def test_kashmir_is_a_region(gaz):
    p = gaz.candidates("Kashmir")[0]
    assert p.kind == "region" and 33.5 < p.lat < 35.5 and 74 < p.lon < 77
