"""The fight as the object of ending it ("talks aimed at ending the fighting", "a plan to resolve the
clashes", "halting the fighting"): peace-making told, no clash in the place named. Sentences of our own."""
import pytest

from reading.corpus import read_text


def battles(nlp, text, published="2025-06-11"):
    doc = nlp(read_text(text, doc_id="t", published=published))
    return [e for e in doc.events if e.event_type == "Battles"]


@pytest.mark.parametrize("text", [
    "Talks hosted by Kenya are aimed at ending fighting in South Sudan's Upper Nile state.",
    "The African Union unveiled a roadmap for resolving the clashes in Amhara on Thursday.",
    "Envoys gathered in Geneva on Monday to discuss halting the fighting around Tripoli.",
    "Qatar has led efforts aimed at stopping the fighting in North Kivu, its envoy said.",
    "The new plan seeks to resolve the fighting near Gao, officials said on Friday.",
])
def test_ending_a_fight_is_no_clash(nlp, text):
    assert battles(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Heavy fighting ended in Kidal on Sunday after the rebels withdrew.",
    "Fighting raged around Tripoli for a third day on Monday.",
])
def test_a_fight_told_is_still_a_clash(nlp, text):
    assert len(battles(nlp, text)) == 1
