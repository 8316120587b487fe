"""ev23: ACLED codes one event per place and day. A strike or attack told on two places in one sentence is an
event at each, and a place the list gives dead of its own ("... and six in Harasta") keeps its own toll, a
killing of civilians included. A place that only qualifies the first ("Kherson and the surrounding villages")
adds none. Sentences of our own."""
import pytest

from reading.corpus import read_text


def placed(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return sorted((getattr(e.location, "name", ""), e.fatalities) for e in doc.events if not e.planned)


def test_a_strike_on_two_towns_is_two_events(nlp):
    got = placed(nlp, "Warplanes pounded Binnish and Taftanaz on Wednesday, a monitor said.")
    assert len(got) == 2, got


@pytest.mark.parametrize("text, tolls", [
    ("Artillery fire killed two people in Avdiivka and five in Marinka on Thursday, officials said.", [2, 5]),
    ("Bandits killed nine farmers in Maradun and another four in Bakura on Tuesday.", [4, 9]),
])
def test_each_place_keeps_the_toll_the_list_gives_it(nlp, text, tolls):
    got = placed(nlp, text)
    assert len(got) == 2 and sorted(f for _, f in got) == tolls, got


def test_a_killing_told_of_two_places_without_their_own_dead_stays_one(nlp):
    got = placed(nlp, "Gunmen killed 17 villagers in Maradun and Bakura on Tuesday.")
    assert len(got) == 1, got


def test_a_place_that_qualifies_the_first_adds_no_event(nlp):
    got = placed(nlp, "Drones struck Kharkiv and the surrounding villages overnight, wounding six.")
    assert len(got) == 1, got
