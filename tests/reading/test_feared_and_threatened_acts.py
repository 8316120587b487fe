"""An act feared, threatened, warned of or told as a possibility is no event the map draws at its day
(it is kept as planned); an act told as done beside a fear stays one. Sentences of our own."""
import pytest

from tests.reading.mapped_events import read_kinds


def read(nlp, text):
    return read_kinds(nlp, text, "2025-03-04")


@pytest.mark.parametrize("text", [
    "Shipping firms fear the pirates seize more tankers off Eyl.",
    "Residents fear that bandits attack Gusau again.",
    "Farmers feared the herders raid Riyom before the harvest.",
    "The Wagner group threatened to storm the town of Aguelhok.",
    "Officials said insurgents could seize the airport in Mocimboa da Praia within days.",
    "The governor warned that jihadists may attack Dori.",
    # what a weapon is able to reach is a threat, not a strike
    "Russian artillery can still reach Kherson from the far bank.",
    "Officials warned that Houthi missiles could hit Eilat.",
])
def test_a_feared_or_possible_act_is_not_drawn(nlp, text):
    assert read(nlp, text) == []


@pytest.mark.parametrize("text, kind", [
    ("Four people are feared dead after gunmen attacked a bus near Gusau on Monday.",
     ("Violence against civilians", "Attack")),
    ("Villagers fled in fear as soldiers shelled Aguelhok on Monday.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("The much-feared militia attacked Djugu on Monday.", ("Battles", "Armed clash")),
])
def test_an_act_told_beside_a_fear_stays(nlp, text, kind):
    assert read(nlp, text) == [kind]
