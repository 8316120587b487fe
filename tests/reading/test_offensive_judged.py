"""An offensive named as what something judges or is part of ("a blow to the government's offensive against
al-Shabaab", "the next phase of Russia's offensive") is the campaign, not a fight told: no event; an offensive
pressed, launched or killing people still is one. Sentences of our own (Somalia, Ukraine, Yemen)."""
import pytest

from tests.reading.mapped_events import read_kinds


@pytest.mark.parametrize("text", [
    "The losses are a setback for the government's offensive against al-Shabaab in Hiraan.",
    "Analysts called the strikes the next phase of Russia's offensive on Pokrovsk.",
    "The defections dealt a blow to the junta's much-touted offensive in Sagaing.",
])
def test_an_offensive_judged_is_no_fight(nlp, text):
    assert read_kinds(nlp, text, "2025-06-03") == []


@pytest.mark.parametrize("text", [
    "Russian forces pressed their offensive on Pokrovsk on Monday.",
    "It was a setback for the army, whose offensive on Marib killed 20 people on Monday.",
])
def test_an_offensive_fought_stays(nlp, text):
    assert read_kinds(nlp, text, "2025-06-03") == [("Battles", "Armed clash")]
