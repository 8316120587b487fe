"""The cue words of geoparse's passes, found in one pass per text (reading.prefilter.Literals), give the
same answers as testing each word alone, and the gates built on them never skip a text a pass would read."""
from __future__ import annotations

import random

import pytest

from reading.geoparse import _CUES, _FEATURE_CUES, _FEATURE_HINT, _WORLD_NAME, _WORLD_WORDS, geoparse
from reading.prefilter import Literals
from reading.toponyms import (_ANY_COMPASS_WORDS, _COMPASS_CUES, _GOLD6_CUES, _GOLD6_HINT, _LOCAL_HEAD_CUES, _LOCAL_HEAD_HINT,
                              _NUMBERED_CUES, _NUMBERED_HINT, CUE_WORDS)

_PIECES = ("district", "Districts", "ounty", "counties", "County", "LGA", "LG", "Mount", "Mountains", "Mt.", "Mt",
           "River", "river", "rivers", "Rivers", "Sea", "Seattle", "Nile", "Niles", "Asia", "Eurasia", "Middle East",
           "Islamic State", "Islamic", "State", "camp", "neighbourhood", "suburb", "Strait", "shoal", "Reef", "I-5",
           "Bay of", "Autoroute 7", "the", "of", " ", "\n", "-", "(", "\u2019s", "'s", "Caf\u00e9", "\u00c9cole",
           "\u0130stanbul", "\u017fea", "Hospital", "Township", "National", "wored", "upazila", "cercle", "North", "north",
           "South", "Southern", "East 24", "West 1", "Upper", "Lower", "Central", "provinces", "states", "de", "del",
           "da", "di", "Sao", "Vila", "Complexo", "Cit\u00e9", "Bairro", "Barrio", "Jardim", "Colonia", "Col\u00f4nia", "Do",
           "Parganas", "24", "7")


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) + rng.choice(("", " ", "  ", "\t", ",", ".")) for _ in range(rng.randint(0, 12)))


def test_literals_find_what_each_test_finds() -> None:
    words = ["ounty", "ounties", "istrict", "districts", "Mount", "Mountain", "s ", "\u2019s ", "Asia", "Eurasia", "LGA"]
    cues = Literals(words)
    for text in _texts(5, 3000):
        assert cues.of(text) == {w for w in words if w in text}, text


def test_literals_reject_empty_words() -> None:
    with pytest.raises(ValueError):
        Literals(["district", ""])


def test_the_gates_skip_no_text_a_pass_reads() -> None:
    for text in _texts(11, 4000):
        cues = _CUES.of(text)
        if _FEATURE_HINT.search(text) is not None:
            assert not cues.isdisjoint(_FEATURE_CUES), text
        if _WORLD_NAME.search(text) is not None:
            assert not cues.isdisjoint(_WORLD_WORDS), text


def test_the_place_finders_gates_skip_no_text_a_pass_reads() -> None:
    for text in _texts(13, 6000):
        cues = CUE_WORDS.of(text)
        assert (not cues.isdisjoint(_COMPASS_CUES)) == any(w in text for w in ("North", "South", "East", "West", "Central",
                                                                              "Upper", "Lower")), text
        assert (not cues.isdisjoint(_ANY_COMPASS_WORDS)) == any(w in text for w in _ANY_COMPASS_WORDS), text
        for hint, words in ((_GOLD6_HINT, _GOLD6_CUES), (_LOCAL_HEAD_HINT, _LOCAL_HEAD_CUES), (_NUMBERED_HINT, _NUMBERED_CUES)):
            if hint.search(text) is not None:
                assert not cues.isdisjoint(words), (hint.pattern, text)


def test_places_behind_the_gates_are_still_read() -> None:
    rows = geoparse("Herders crossed the Chenab near Jhang as floods rose in the Mekong delta, and a clinic in "
                    "the Kamwenge district of Uganda reported cases; traffic stopped on Interstate 35.")
    names = [r["name"] for r in rows]
    assert any("Chenab" in n for n in names) and any("Mekong" in n for n in names), names
    assert any("Kamwenge" in n for n in names), names
    rows = geoparse("Police raided the Complexo do Alem\u00e3o in Rio de Janeiro; floods hit North 24 Parganas, and "
                    "aid reached the Sao Paulo and Minas Gerais states.")
    names = [r["name"] for r in rows]
    assert any("Complexo" in n for n in names) and any("24 Parganas" in n for n in names), names
