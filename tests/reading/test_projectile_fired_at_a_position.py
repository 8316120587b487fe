"""evv: "wounded by an anti-tank missile fired at a post near X" tells one remote attack, the missile's, not a
gunfight besides it; men who "fired at a post" still fought. Sentences of our own (Lebanon, Ukraine, Pakistan)."""
import pytest

from tests.reading.mapped_events import kinds, mapped, read_report


@pytest.mark.parametrize("body", [
    "JERUSALEM, June 3 - A soldier was seriously wounded by an anti-tank missile fired at an army post near Metula on "
    "Monday, the military said.",
    "KYIV, June 3 - Two soldiers were killed when a guided rocket fired at their positions near Kupiansk on Monday "
    "hit a dugout, the brigade said.",
])
def test_a_projectile_fired_at_a_position_is_one_remote_attack(nlp, body):
    evs = mapped(read_report(nlp, body))
    assert [t for t, _ in kinds(evs)] == ["Explosions/Remote violence"], kinds(evs)


def test_men_firing_at_a_position_still_fight(nlp):
    evs = mapped(read_report(nlp, "PESHAWAR, June 3 - Militants fired at a police post near Kohat on Monday, "
                                  "wounding two constables."))
    assert [t for t, _ in kinds(evs)] == ["Battles"], kinds(evs)
