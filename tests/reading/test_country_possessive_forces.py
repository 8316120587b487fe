"""A country's possessive before a force or ruling noun ("Kenya's police", "Niger's junta", "Ethiopia's
federal forces", "Chad's soldiers") is that state's actor, named as its forces are ("Kenyan police",
"Ethiopian forces"; its government where it decides or arrests), not the bare phrase, a junta of no
country, or a place. Sentences of our own."""
import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-06-11"))


@pytest.mark.parametrize("text, name", [
    ("Uganda's police fired live rounds at opposition supporters in Kampala on Tuesday, killing two.", "Ugandan police"),
    ("Ethiopia's federal forces clashed with Fano fighters outside Gondar on Sunday.", "Ethiopian forces"),
    ("Chad's soldiers repelled an attack by Boko Haram fighters near Bol on Friday.", "Chadian forces"),
])
def test_a_possessive_country_and_a_force_noun_is_the_states_actor(nlp, text, name):
    doc = read(nlp, text)
    sides = [x for e in doc.events for x in (e.actor1, e.actor2)]
    assert name in sides, [(e.event_type, e.actor1, e.actor2) for e in doc.events]


def test_a_juntas_arrests_are_its_governments(nlp):
    doc = read(nlp, "Burkina Faso's junta detained three journalists in Ouagadougou on Monday.")
    assert [e.actor1 for e in doc.events if e.sub_event_type == "Arrests"] == ["Burkinabe government"], \
        [(e.sub_event_type, e.actor1) for e in doc.events]


def test_the_country_is_no_place_of_the_event(nlp):
    doc = read(nlp, "Niger's junta ordered troops to retake the town of Tassia after a raid on Sunday.")
    niger = [m for m in doc.mentions if m.text == "Niger"]
    assert niger and niger[0].role == "actor", [(m.text, m.role) for m in doc.mentions]
