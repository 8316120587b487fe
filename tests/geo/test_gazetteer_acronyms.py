"""The index keeps which keys a place bears only as an acronym ("CAR", "DRC", "US"): the name finder
offers those places only for the name written in capitals (gold 6: "Car bombs killed ..." was the
Central African Republic)."""
from __future__ import annotations

from geo.gazetteer import load_gazetteer


def _countries(gaz, text):
    return [gaz.get(pid).country for m in gaz.find_names(text) for pid in m.candidates
            if gaz.get(pid).kind == "country"]


def test_acronym_keys_in_the_index():
    gaz = load_gazetteer()
    assert {"car", "drc", "uae", "us"} <= set(gaz._acronyms)
    assert "car" in gaz._acronym_words  # "car" is an English word too


def test_acronym_only_in_capitals():
    gaz = load_gazetteer()
    assert "CF" in _countries(gaz, "Peacekeepers in the CAR said.")
    assert "CF" not in _countries(gaz, "Car dealers said.")
    assert "CD" not in _countries(gaz, "Drc said.")


def test_a_country_by_its_own_name_in_any_case():
    gaz = load_gazetteer()
    assert "CF" in _countries(gaz, "The Central African Republic said.")
