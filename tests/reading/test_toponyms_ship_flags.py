"""A country named as a ship's registry ("under the flag of Liberia", "flagged in Malta") is said beside
the story: it casts no vote for the article's country, as "a Liberian-flagged tanker" does not (an
audit-6 Black Sea story gave Panama, the flag of the ship hit in Odesa, 2 votes, nearly Ukraine's)."""
from __future__ import annotations

import pytest

from reading.corpus import read_text


@pytest.mark.parametrize("text, focus", [
    ("A tanker sailing under the flag of Liberia caught fire after a drone strike off Hodeidah, the Houthis said.", "YE"),
    ("A cargo ship flagged in Malta was hit by a missile near Izmail, local officials said.", "UA"),
])
def test_a_ships_flag_is_beside_the_story(nlp, text, focus):
    doc = nlp(read_text(text, doc_id="t", published="2024-05-02"))
    assert doc.focus_country == focus
