"""Golds 3 and 7: "strike(s)" told with no weapon, on a place or hitting a site, with dead, hurt or damage in the
sentence ("a strike on Kremenchuk killed two people") is remote violence, not an attack on civilians by nobody;
a labour, general or hunger strike, or one "on Monday", is none. Sentences of our own."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import kinds, mapped


def read(nlp, text):
    return mapped(nlp(read_text(text, doc_id="t", published="2025-06-11")))


@pytest.mark.parametrize("text", [
    "A strike on Sumy killed three people on Monday.",
    "Officials said the strikes hit a village near Zahedan at dawn, killing four women.",
    "A strike on Sumy on Monday damaged a school.",
])
def test_a_bare_strike_with_its_harm_is_remote_violence(nlp, text):
    assert [t for t, _ in kinds(read(nlp, text))] == ["Explosions/Remote violence"]


@pytest.mark.parametrize("text", [
    "The strike on Durban's port entered its third week.",
    "Dock workers' strike on Monday shut the port of Mombasa.",
    "A general strike on Tuesday paralysed Lagos.",
    "The strike hit schools across Kenya, and no pupils were hurt.",
    "Teachers went on strike in Nairobi on Monday.",
])
def test_a_labour_strike_is_no_event(nlp, text):
    assert read(nlp, text) == []
