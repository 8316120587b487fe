"""An attack someone means to make, or to stop ("used the camp to plan attacks on X", "plotting attacks in
Y", "aimed at launching strikes on Z", "to prevent raids on W"), is no attack told: no event, as "planned to
attack" is no attack done. An attack told as done next to it still is one. Sentences of our own."""
import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-09-04"))


def violent(doc):
    return [e for e in doc.events if e.event_type != "Strategic developments" and not e.planned]


@pytest.mark.parametrize("text", [
    "Police said the cell used a farmhouse near Garissa to plan attacks on Nairobi and Mombasa.",
    "Prosecutors said the three men had been plotting attacks in Lagos and Abuja.",
    "The operation was aimed at preventing raids on villages around Kismayo.",
    "Investigators say the network rented flats in Peshawar to mount suicide attacks on the city.",
])
def test_an_attack_meant_or_prevented_is_no_event(nlp, text):
    assert not violent(read(nlp, text))


@pytest.mark.parametrize("text", [
    "Gunmen launched attacks on two villages near Bunia on Monday, killing 12 people.",
    "Militants attacked a police post in Bannu on Monday, the army said.",
])
def test_an_attack_told_as_done_stays(nlp, text):
    assert violent(read(nlp, text))
