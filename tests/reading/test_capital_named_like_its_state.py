"""ev16: a capital named like a first-level unit of its own country ("Washington", first read as the state)
still speaks and strikes for its government: "Washington launched air strikes on X" is American forces
striking X, not an event at Washington. Sentences of our own."""
from reading.corpus import read_text


def strikes(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return [(e.actor1, getattr(e.location, "name", "")) for e in doc.events
            if e.event_type == "Explosions/Remote violence"]


def test_washington_striking_is_american_forces_not_a_place(nlp):
    got = strikes(nlp, "Washington launched air strikes on militia depots in Iraq on Thursday.")
    assert got and got[0][0] == "American forces" and got[0][1] != "Washington", got


def test_washington_struck_abroad(nlp):
    got = strikes(nlp, "Washington struck Houthi missile sites in Yemen on Tuesday.")
    assert got and got[0] == ("American forces", "Yemen"), got


def test_washington_as_a_place_stays_a_place(nlp):
    doc = nlp(read_text("Protesters gathered in Washington on Saturday.", doc_id="t", published="2025-06-11"))
    assert [getattr(e.location, "name", "") for e in doc.events] == ["Washington"]
