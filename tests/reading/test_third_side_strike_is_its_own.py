"""A third side striking the attackers is an act of its own, not an account of the attack: "The coalition said its
warplanes struck Houthi positions in X" after the Houthis' missile on an army camp in X is two events (two sides,
two weapons), while the side the attack fell on telling how it answered stays one. Sentences of our own (Yemen,
Syria, Somalia)."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body", [
    "The Houthis fired a ballistic missile at a military camp in Marib on Sunday, killing 12 soldiers. The Saudi-led "
    "coalition said its warplanes carried out 27 air strikes on Houthi positions in Marib on Sunday.",
    "Hayat Tahrir al-Sham fighters shelled an army post in Saraqib on Monday, killing four soldiers. Russia said its "
    "aircraft struck Hayat Tahrir al-Sham positions in Saraqib on Monday.",
])
def test_a_third_side_striking_the_attackers_there_is_a_second_event(nlp, body):
    evs = mapped(read_report(nlp, body))
    assert len({e.actor1 for e in evs}) == 2 and len(evs) == 2, [(e.sub_event_type, e.actor1) for e in evs]


def test_the_attacked_side_telling_its_answer_stays_one_event(nlp):
    evs = mapped(read_report(nlp, "Al-Shabaab fighters attacked a Somali army base in Kismayo on Sunday. The army said "
                                  "its troops repelled the al-Shabaab attackers in Kismayo on Sunday."))
    assert len(evs) == 1, [(e.sub_event_type, e.actor1) for e in evs]
