"""evs: a nationality before a repelled attack names its attacker ("repelled a Russian attack on
Pokrovsk"): that state's forces are the battle's other side, not a bare adjective (evd: the attack's own side,
actor1; who repelled it is actor2)."""
from __future__ import annotations

import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("text, attacker", [
    ("Ukrainian troops repelled a Russian assault on Kupiansk on Tuesday.", "Russian forces"),
    ("Indian soldiers repulsed a Pakistani attack near Uri on Monday.", "Pakistani forces"),
])
def test_the_nation_whose_attack_was_repelled_is_the_other_side(nlp, text, attacker):
    battles = [e for e in mapped(read_report(nlp, text)) if e.event_type == "Battles"]
    assert [e.actor1 for e in battles] == [attacker]


def test_a_nationality_before_an_attack_not_repelled_is_no_side(nlp):
    doc = read_report(nlp, "Ukrainian troops shelled positions near Bakhmut on Tuesday, ahead of a Russian attack.")
    assert all(e.actor2 != "Russian forces" for e in mapped(doc))
