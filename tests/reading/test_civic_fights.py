"""Fights and battles against laws, deals and rulings, or fought in a parliament or a court, are
politics, not armed clashes; fighting between armed men stays a battle."""
import pytest

from geo.gazetteer import load_gazetteer
from reading.corpus import read_text
from reading.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline(gazetteer=load_gazetteer(), profile=None)


def kinds(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-02"))
    return [(e.event_type, getattr(e.location, "name", None)) for e in doc.events]


@pytest.mark.parametrize("text", [
    "Dairy farmers, who fought the milk quota plan for a decade, blocked the ring road around Cork on Monday in protest.",
    "Unions in Santiago have fought the pension reform since March and vowed to keep up the battle in Congress.",
    "Residents of Mombasa fought the eviction orders for years; their lawyers will battle in the High Court next month.",
])
def test_a_political_or_legal_fight_is_no_battle(nlp, text):
    assert all(kind != "Battles" for kind, _ in kinds(nlp, text))


@pytest.mark.parametrize("text, place", [
    ("Militants fought government troops for hours in Mocimboa da Praia on Monday.", "Mocímboa da Praia"),
    ("Gang members fought the police in Port-au-Prince on Monday.", "Port-au-Prince"),
    ("Fighters battled in the streets of Sennar on Monday.", "Sennar"),
])
def test_armed_men_fighting_are_still_a_battle(nlp, text, place):
    assert ("Battles", place) in kinds(nlp, text)
