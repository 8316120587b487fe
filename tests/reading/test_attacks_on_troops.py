"""An armed group attacking troops, soldiers or security forces is a fight (Battles, armed clash),
even when the sentence names no place: the article's country places it, as for any event."""
from __future__ import annotations

import pytest

from reading.document import Document


@pytest.mark.parametrize("text, actor, country", [
    ("The Popular Liberation Army attacked government soldiers on Sunday, Colombia's defence ministry said.",
     "Popular Liberation Army", "CO"),
    ("Kenya's police said al-Shabaab militants attacked security forces on Monday.", "al-Shabaab", "KE"),
])
def test_attack_on_troops_is_a_battle(nlp, text, actor, country):
    doc = nlp(Document(id="t", text=text))
    battles = [e for e in doc.events if e.event_type == "Battles"]
    assert battles, doc.events
    assert battles[0].location is not None and battles[0].location.country == country
    assert actor.lower() in battles[0].actor1.lower()


def test_attack_on_a_policy_is_no_battle(nlp):
    doc = nlp(Document(id="t", text="Opposition leaders attacked the army's budget plan on Monday, Colombian media said."))
    assert not [e for e in doc.events if e.event_type == "Battles"]
