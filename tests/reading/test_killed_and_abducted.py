"""A side that "killed 32 people and kidnapped more than 50" in raids killed as its own act: the killing is no toll
of the abduction told after it. One attack that killed and abducted is coded once, as the attack with its dead (the
rule of the fold of abductions, audit 11), never an abduction with the killing's dead."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, dead", [
    ("Armed bandits killed at least 32 people and kidnapped more than 50 in a series of raids on villages in "
     "Katsina state, police said on Sunday.", 32),
    ("Gunmen killed 14 villagers and abducted dozens of women in raids on hamlets near Kajuru on Monday.", 14),
])
def test_the_killing_is_the_attack(nlp, body, dead):
    doc = read_report(nlp, body, published="2025-03-10", title="Raids")
    assert [(e.sub_event_type, e.fatalities) for e in mapped(doc)] == [("Attack", dead)], doc.events
