"""A sentence opening on one of the strikes told before ("One strike hit a school", "Another strike killed six") tells
that side's strike, of its kind: not a strike of nobody typed by its toll. Sentences of our own."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def events(nlp, text):
    return mapped(nlp(read_text(text, doc_id="t", published="2025-05-28")))


@pytest.mark.parametrize("text, actor, place", [
    ("Saudi-led coalition strikes pounded Sanaa on Tuesday.\n\nOne strike hit a wedding hall "
     "in Saada, killing 11 guests.", "Saudi-led coalition", None),
    ("US strikes hit Houthi targets in Yemen on Tuesday. One strike hit a port in Hodeidah, killing three.",
     "American forces", "Al Ḩudaydah"),
    ("Russian drones attacked Kharkiv on Tuesday. Another strike hit Sumy, killing two.", "Russian forces", "Sumy"),
])
def test_one_of_the_strikes_is_that_sides(nlp, text, actor, place):
    evs = events(nlp, text)
    assert len(evs) == 2, [(e.sub_event_type, e.actor1) for e in evs]
    first, one = evs
    assert (one.event_type, one.sub_event_type) == (first.event_type, first.sub_event_type)
    assert one.actor1 == first.actor1
    if place is not None:
        assert one.location.name == place


def test_no_side_is_guessed_without_a_strike_told_before(nlp):
    evs = events(nlp, "Gunmen attacked a market in Kano on Tuesday. One strike hit a house in Kaduna, killing three.")
    assert not evs[-1].actor1 or evs[-1].actor1 != evs[0].actor1, [(e.sub_event_type, e.actor1) for e in evs]
