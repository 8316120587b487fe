"""A list of places closed by a plural unit word ("in Hasakah and Raqqa provinces", "in Kayes and Koulikoro regions")
tells an event in each of its places, as a plain list does; a name written after an Arabic article
("ad-Dali", "al-Jawf") is a place of the list like a capitalised one. Sentences of our own."""
import pytest

from reading.corpus import read_text


def places(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2022-04-07"))
    return sorted(e.location.name for e in doc.events if e.location is not None)


@pytest.mark.parametrize("text, expected", [
    ("Turkish drones struck Kurdish fighters in Hasakah and Raqqa provinces on Tuesday.", ("Hasaka", "Ar Raq")),
    ("Jihadists attacked army posts in Kayes and Koulikoro regions on Monday, the army said.", ("Kayes", "Koulikoro")),
    ("Houthi fighters shelled government positions in Taiz and ad-Dali on Sunday.", ("A", "Taiz")),
])
def test_each_place_of_the_list_has_its_event(nlp, text, expected):
    got = places(nlp, text)
    assert len(got) == 2 and all(any(p.startswith(x) for p in got) for x in expected), got


def test_a_list_of_regions_without_a_unit_word_after_is_not_split_by_it(nlp):
    # "the Sahel region" qualifies one place: no second event appears for the region word
    got = places(nlp, "Jihadists attacked an army post near Gao in the Sahel region on Monday.")
    assert len(got) == 1, got
