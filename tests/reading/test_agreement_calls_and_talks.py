"""ACLED's "Agreement" sub-event covers peace talks and ceasefires: a call for a ceasefire or truce, a call
to resume peace talks, and talks on peace are typed so; a call for calm and other talks of a conflict's sides stay "Other".
Sentences of our own."""
import pytest

from reading.corpus import read_text


def strategic(nlp, text, published="2025-06-11"):
    doc = nlp(read_text(text, doc_id="t", published=published))
    return [e.sub_event_type for e in doc.events if e.event_type == "Strategic developments"]


@pytest.mark.parametrize("text", [
    "The Arab League called for an immediate ceasefire in Libya on Monday.",
    "The bishops appealed for a truce in Cabo Delgado on Sunday.",
    "The European Union urged both warring parties to return to peace talks in Addis Ababa on Tuesday.",
    "Envoys of the junta and the resistance held ceasefire talks in Kunming on Monday.",
])
def test_calls_and_talks_on_a_ceasefire_or_peace_are_agreements(nlp, text):
    assert strategic(nlp, text) == ["Agreement"]


@pytest.mark.parametrize("text", [
    "The governor called for calm in Jos on Monday.",
    "Rebel commanders met army officers in Bossangoa on Monday to discuss the return of displaced families.",
])
def test_calls_for_calm_and_other_meetings_stay_other(nlp, text):
    assert strategic(nlp, text) == ["Other"]


@pytest.mark.parametrize("text", [
    "Its fall would give the rebels, who have held the capital since 2014, a strong hand in any peace talks.",
    "The envoy said any talks between the two sides would have to include the Fano militias.",
    "Diplomats in Nairobi say possible ceasefire talks could open in Jeddah next year.",
])
def test_talks_that_may_come_are_no_event(nlp, text):
    assert strategic(nlp, text) == []
