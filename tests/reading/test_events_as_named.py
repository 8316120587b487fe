"""ev23: an event noun as what someone names it ("the president called the clashes a 'massacre'", "described the
demonstrations as foreign-funded") is the event told before, no event of its
own; a verb phrase that only starts the same way ("called in air strikes") still tells one. Sentences of our own."""
import pytest

from reading.corpus import read_text


def kinds(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return [e.event_type for e in doc.events]


@pytest.mark.parametrize("text", [
    "Colombian President Gustavo Petro called the clashes a \"massacre\" in Catatumbo.",
    "Pakistani Prime Minister Shehbaz Sharif called the attacks an act of war in Islamabad on Friday.",
    "Nepal's prime minister described the protests as a conspiracy in Kathmandu on Tuesday.",
    "Serbia's interior minister described the demonstrations as foreign-funded and praised the police.",
])
def test_an_event_named_by_someone_is_no_new_event(nlp, text):
    assert kinds(nlp, text) == [], text


def test_a_verb_that_only_starts_alike_still_tells_the_event(nlp):
    assert "Explosions/Remote violence" in kinds(
        nlp, "The army called in air strikes on rebel positions near Kidal on Monday.")
