"""evv: a resident who speaks ("..., said Ali Musa, a resident of Y", "..., Sani Bello, a resident of Y, told
reporters") is a witness: Y is the event's place when the sentence names no other; a casualty's home district
(evu) still is not, and a place the sentence names keeps the event. Sentences of our own (Burkina Faso, Nigeria)."""
import pytest

from tests.reading.mapped_events import mapped, place_names, read_report


@pytest.mark.parametrize("body, home", [
    ("Gunmen attacked a cattle market on Monday, killing seven traders, said Moussa Traore, a resident of Djibo.",
     "Djibo"),
    ("Bandits attacked worshippers at a mosque on Friday, killing nine, Sani Bello, a resident of Gusau, told "
     "reporters.", "Gusau"),
])
def test_a_speaking_residents_home_places_the_event(nlp, body, home):
    evs = mapped(read_report(nlp, body))
    assert place_names(evs) == [home], place_names(evs)


def test_a_witness_home_does_not_displace_the_named_place(nlp):
    evs = mapped(read_report(nlp, "Gunmen attacked a market in Kaya on Monday, killing five traders, Issa Sawadogo, "
                                  "a resident of Djibo, told AFP."))
    assert place_names(evs) == ["Kaya"], place_names(evs)


def test_a_casualty_home_is_still_no_event_place(nlp):
    evs = mapped(read_report(nlp, "Corporal Musa Bello, a resident of Gusau, was killed when bandits ambushed a "
                                  "patrol on Monday."))
    assert "Gusau" not in place_names(evs), place_names(evs)
