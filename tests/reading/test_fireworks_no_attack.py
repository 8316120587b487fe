"""ev16: explosions a statement puts down to fireworks, and a blast at a fireworks market, are no attack; an
explosion at a police station still is. Sentences of our own."""
import pytest

from tests.reading.mapped_events import kinds, mapped, read_report


@pytest.mark.parametrize("body", [
    "GUADALAJARA, Aug 4 - Police said on Sunday that the loud explosions that woke residents of Tonalá late on "
    "Saturday were fireworks set off at a party, and that no attack had taken place.",
    "GUADALAJARA, Aug 4 - A blast at a fireworks workshop in Tlaquepaque killed four people on Sunday, officials said.",
])
def test_fireworks_are_no_attack(nlp, body):
    assert mapped(read_report(nlp, body, published="2025-08-04")) == []


def test_an_explosion_at_a_police_station_is_an_attack(nlp):
    body = "GUADALAJARA, Aug 4 - An explosion at a police station in Tonalá killed three officers on Sunday."
    evs = mapped(read_report(nlp, body, published="2025-08-04"))
    assert kinds(evs) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")], evs
