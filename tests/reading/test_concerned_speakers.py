"""ev16: a speaker alarmed or concerned by fighting ("The UN said it was alarmed by the fighting in X") tells
the fight and is no side in it: the fight keeps its own sides, or none. Sentences of our own."""
import pytest

from reading.corpus import read_text


def sides(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return [(e.actor1, e.actor2) for e in doc.events if e.event_type == "Battles"]


@pytest.mark.parametrize("text, speaker", [
    ("The UN said on Friday it was alarmed by the fighting in Goma.", "UN"),
    ("The European Union said on Tuesday it was deeply concerned about the clashes in Tripoli.", "European Union"),
    ("UNICEF said on Monday it was worried by the fighting near Kadugli.", "UNICEF"),
    ("The African Union expressed deep concern over the renewed clashes in Bentiu on Sunday.", "African Union"),
])
def test_who_is_alarmed_by_a_fight_is_no_side_in_it(nlp, text, speaker):
    got = sides(nlp, text)
    assert all(speaker not in pair for pair in got), got


def test_the_fights_own_sides_stay(nlp):
    got = sides(nlp, "The African Union said on Sunday it was alarmed by renewed fighting between the army and "
                     "rebels in Bunia.")
    assert got and "African Union" not in got[0] and "rebels" in got[0], got


def test_a_speaker_that_fought_is_still_a_side(nlp):
    got = sides(nlp, "The Congolese army said on Friday it clashed with M23 rebels near Sake.")
    assert got and "Congolese forces" in got[0], got
