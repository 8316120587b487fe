"""A day or a month the place reader turns down ("near an airbase on Thursday", the gazetteer knowing a hamlet named
Thursday far away) is no unplaced place in the problems list: nothing is missing, and a list of unplaced names led by
"Thursday" hides the real ones. A real unknown place beside it is still reported. Sentences of our own."""
import pytest

from reading.corpus import read_text


@pytest.mark.parametrize("text", [
    "In Lahore, drones were shot down near the Walton airbase on Thursday, Pakistan's military said.",
    "Gunmen shot down a police helicopter in Colombia's Antioquia province on Thursday, and a truck bomb hit Cali.",
])
def test_a_day_turned_down_as_a_place_is_not_reported(nlp, text):
    doc = nlp(read_text(text + " Troops later moved into Xyzzyville.", doc_id="t", published="2025-05-09"))
    unplaced = [p.text for p in doc.problems if p.kind == "unplaced"]
    assert "Thursday" not in unplaced and "Xyzzyville" in unplaced, unplaced
