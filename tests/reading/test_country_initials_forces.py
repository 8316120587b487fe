"""A country's name or initials right before a forces or weapon noun ("US troops", "UK warplanes", "the Mali
military") is that state's forces, named by its demonym as "Ethiopian troops" is ("American forces",
"British forces", "Malian forces"), never the bare phrase or "United States"; a force's own capitalised
name ("the Kenya Defence Forces") is not re-read as its bare country. Sentences of our own."""
import pytest

from reading.corpus import read_text


def actors(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return [e.actor1 for e in doc.events if e.event_type != "Protests"]


@pytest.mark.parametrize("text, name", [
    ("US troops shot dead two gunmen at a checkpoint near Kirkuk on Tuesday.", "American forces"),
    ("US warplanes bombed militia depots near Al-Qaim on Sunday.", "American forces"),
    ("U.S. troops clashed with militants near Deir ez-Zor on Monday.", "American forces"),
    ("UK jets struck a weapons store near Sanaa overnight.", "British forces"),
    ("The Mali army clashed with jihadists near Menaka on Monday.", "Malian forces"),
])
def test_initials_or_country_before_a_forces_noun_is_the_states_forces(nlp, text, name):
    got = actors(nlp, text)
    assert got and got[0] == name, got


@pytest.mark.parametrize("text, name", [
    ("Dutch soldiers shot dead two gunmen near Kandahar on Monday.", "Dutch forces"),
    ("Ivorian soldiers repelled an attack on a border post near Kafolo on Monday.", "Ivorian forces"),
    ("British troops clashed with gunmen near Basra on Monday.", "British forces"),
])
def test_the_demonyms_that_differ_from_the_countrys_name(nlp, text, name):
    got = actors(nlp, text)
    assert got and got[0] == name, got
