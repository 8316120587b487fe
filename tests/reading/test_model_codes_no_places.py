"""The letters of an aircraft's or weapon's model code ("Tu-160", "Mi-8", "Su-25") name no place
(not Tsu, Japan, nor a Chinese town called "A Mi"), while a closed town's code name ("Arzamas-16")
is still read."""
from __future__ import annotations

import pytest

from tests.reading.places import surfaces


@pytest.mark.parametrize("text", [
    "Commanders said a Tu-160 launched the missiles.",
    "A Mi-8 transport helicopter went down in bad weather.",
    "Witnesses said a Tu-95 flew low before dawn.",
    "A Mi-17 carrying aid workers made an emergency landing.",
])
def test_a_model_code_is_no_place(gaz, text):
    assert surfaces(text, gaz) == []


def test_the_places_beside_a_model_code_are_still_read(gaz):
    assert surfaces("A Tu-22M3 bomber fired missiles at Odesa and Izmail.", gaz) == ["Odesa", "Izmail"]


def test_a_closed_towns_code_name_is_still_a_place(gaz):
    assert "Arzamas" in surfaces("Engineers from Arzamas-16 built the first bombs.", gaz)
