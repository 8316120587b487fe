"""A sentence's opening "In" is never swallowed by a guessed spelling: "In Sanaa," is Sanaa (exact),
not a misspelt Una-Sana, and "In Mali," is Mali; a name written whole with "In" stays whole."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def gaz():
    return pytest.importorskip("geo.gazetteer").load_gazetteer()


@pytest.mark.parametrize("text, name", [
    ("In Sanaa, officials met on Monday.", "Sanaa"),
    ("In Mali, on 10 June, troops clashed with rebels.", "Mali"),
    ("In Salah, officials met on Monday.", "In Salah"),        # the Algerian town's own name
    ("In Chin State, the army shelled villages.", "Chin State"),
])
def test_opening_in_and_the_name_after_it(gaz, text, name):
    assert [m.surface for m in gaz.find_names(text)][:1] == [name]
