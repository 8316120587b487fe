"""An event noun with no verb tells an event when it reports a new one ("The UN condemned the deadly bombing
of a mosque in Quetta on Friday": a bombing that day), with its weapon's type even after an adjective ("the
twin bombings at a bus station"); not when the event is remembered or a work retells it ("the anniversary
of the shelling of", "a documentary about the bombing of"). Sentences of our own."""
import pytest

from reading.corpus import read_text


def events(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return [(e.event_type, e.sub_event_type, getattr(e.location, "name", "")) for e in doc.events
            if not e.background]


@pytest.mark.parametrize("text, place", [
    ("The UN condemned the deadly bombing of a mosque in Quetta on Friday.", "Quetta"),
    ("Police cordoned off the area after the twin bombings at a bus station in Kano on Sunday.", "Kano"),
    ("Weekend bombings in Mogadishu left at least seven dead, officials said.", "Mogadishu"),
])
def test_a_bombing_noun_reports_an_explosion(nlp, text, place):
    got = events(nlp, text)
    assert got and got[0][0] == "Explosions/Remote violence" and place in got[0][2], got


@pytest.mark.parametrize("text", [
    "Hundreds gathered in Peshawar on Monday to mark the tenth anniversary of the bombing of the army school.",
    "A documentary about the shelling of Mariupol was screened in Kyiv on Saturday.",
    "Residents commemorated the massacre of villagers in Solhan on Sunday.",
    "The city opened a memorial to the victims of the bombing of its main market on Friday.",
])
def test_a_remembered_event_is_no_new_event(nlp, text):
    got = events(nlp, text)
    assert not [g for g in got if g[0] != "Protests"], got
