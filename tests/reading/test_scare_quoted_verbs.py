"""A verb set in scare quotes ('the army said it had "neutralised" 12 militants') is still the act reported, with
its object after the quote: not someone's speech, which stays unread as an event. Sentences of our own."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def events(nlp, text):
    return mapped(nlp(read_text(text, doc_id="t", published="2025-05-13")))


@pytest.mark.parametrize("text, actor", [
    ('The army said it had "eliminated" 20 militants near Gao on Monday.', "Malian forces"),
    ("Nigeria's air force said it had \u201cneutralised\u201d dozens of bandits near Gusau on Monday.", "Nigerian forces"),
    ('In Mali, the army said it had "neutralised" 12 terrorists in an air strike near Gao on Monday.', "Malian forces"),
])
def test_a_scare_quoted_killing_is_reported(nlp, text, actor):
    evs = events(nlp, text)
    assert [e.actor1 for e in evs] == [actor], [(e.sub_event_type, e.actor1) for e in evs]


def test_a_quoted_sentence_is_still_someones_words(nlp):
    assert events(nlp, 'The commander told reporters in Gao: "We killed 20 terrorists near the border."') == []
