"""Two attacks told in one sentence as a coordinate pair, each with a subject and a place of its own
("Rockets hit Sderot, and mortar fire killed three soldiers in Rafah") are two events, each where its own part
says and with its own toll; a verb joined to the first subject ("..., and killed three") stays one act.
Sentences of our own."""
import pytest

from reading.corpus import read_text


def events(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2023-05-20"))
    return [(e.sub_event_type, e.location.name if e.location else None, e.fatalities) for e in doc.events]


@pytest.mark.parametrize("text, first, second", [
    ("Drones struck Zaporizhzhia, and shelling killed three people in Nikopol.", "Zapor", "Nikop"),
    ("Artillery hit Avdiivka, and shelling killed three civilians in Toretsk.", "Avdi", "Toretsk"),
    ("An air strike hit Saraqib, and shelling killed three people in Daraa.", "Saraq", "Dar"),
])
def test_each_act_of_a_coordinate_pair_is_its_own_event_at_its_own_place(nlp, text, first, second):
    got = events(nlp, text)
    assert any((p or "").startswith(second) and f == 3 for _, p, f in got), got
    assert any((p or "").startswith(first) and not f for _, p, f in got), got


def test_a_verb_joined_to_the_first_subject_is_the_same_act(nlp):
    got = events(nlp, "Russian artillery shelled Kherson, and killed three people in the city centre.")
    assert len(got) == 1 and got[0][2] == 3, got


def test_a_part_whose_first_act_is_told_is_not_told_twice(nlp):
    got = events(nlp, "Two people were killed in clashes in Lahore, police said, and one died in Karachi, where "
                      "protesters and party workers fought with sticks near the press club.")
    assert len([p for _, p, _ in got if p and "Karachi" in p]) == 1, got
