"""evv: an ambush "killing its driver" (one civilian victim, also in a digest's shorthand "ambushed truck, killing
driver") is an attack on civilians, as "killing three traders" is; an army truck's driver still died in a fight.
Sentences of our own (Central African Republic, Somalia)."""
import pytest

from tests.reading.mapped_events import kinds, mapped, read_report


@pytest.mark.parametrize("body", [
    "BANGUI, June 3 - Gunmen ambushed a minibus near Bambari on Tuesday, killing its driver, local officials said.",
    "BANGUI, June 3 - Unidentified gunmen 2 June ambushed truck near Bambari, killing driver.",
])
def test_an_ambush_killing_one_civilian_is_violence_against_civilians(nlp, body):
    assert [t for t, _ in kinds(mapped(read_report(nlp, body)))] == ["Violence against civilians"]


def test_an_ambushed_army_trucks_driver_died_in_a_fight(nlp):
    evs = mapped(read_report(nlp, "MOGADISHU, June 3 - Al-Shabaab fighters ambushed an army truck near Afgoye on "
                                  "Tuesday, killing its driver."))
    assert [t for t, _ in kinds(evs)] == ["Battles"], kinds(evs)
