"""ev16: a country's initials before a strike noun ("US strikes killed ...", "UK air strikes hit ...") name the
striking state's forces, as a demonym does ("Israeli strikes"), and are not the event's place; a country's full
name there may be the target ("Syria strikes") and is not read as the striker. Sentences of our own."""
import pytest

from reading.corpus import read_text


def strikes(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return [(e.event_type, e.actor1, getattr(e.location, "name", "")) for e in doc.events]


@pytest.mark.parametrize("text, actor, town", [
    ("US strikes killed 12 people in Saada on Sunday.", "American forces", "Sa'dah"),
    ("U.S. strikes hit a weapons depot in Aden on Monday.", "American forces", "Aden"),
    ("UK air strikes hit a radar site near Saada on Friday.", "British forces", "Sa'dah"),
])
def test_initials_before_strikes_are_the_striking_side(nlp, text, actor, town):
    got = strikes(nlp, text)
    assert got and got[0][0] == "Explosions/Remote violence" and got[0][1] == actor and town in got[0][2], got


def test_a_full_country_name_before_strikes_is_not_made_the_striker(nlp):
    got = strikes(nlp, "Syria strikes killed 12 people in Idlib on Sunday.")
    assert got and got[0][1] != "Syrian forces" and "Idlib" in got[0][2], got
