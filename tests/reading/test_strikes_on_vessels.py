"""ev21: a force's strike on boats or ships ("US forces struck Houthi boats in the Red Sea") is an event,
struck from afar like a site; with no town named it is at sea (unplaced, the sea noted), with a port named
it is placed there. A typhoon, a rock, a mine or sanctions "striking" ships are no attack, nor a running
count ("have struck more than 100 ships"). Sentences of our own."""
import pytest

from reading.corpus import read_text


def strikes(nlp, body):
    doc = nlp(read_text(f"t\n\n{body}", doc_id="t", published="2026-05-02", title="t"))
    return [e for e in doc.events if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("body, actor, sea", [
    ("DJIBOUTI, May 2 - American forces struck three Houthi speedboats in the Gulf of Aden on Thursday.",
     "American forces", "Gulf of Aden"),
    ("MUSCAT, May 2 - US Navy helicopters sank two small boats in the Arabian Sea on Sunday.",
     "American forces", "Arabian Sea"),
    ("SANAA, May 2 - The US military said it sank four Houthi drone boats in the Red Sea on Friday.",
     "American forces", "Red Sea"),
])
def test_a_strike_on_boats_at_sea_is_an_event_at_sea(nlp, body, actor, sea):
    got = strikes(nlp, body)
    assert [(e.actor1, e.location) for e in got] == [(actor, None)], got
    assert sea in got[0].location_note


def test_a_strike_on_boats_off_a_port_is_placed_at_the_port(nlp):
    got = strikes(nlp, "SANAA, May 2 - British forces struck Houthi vessels off Hodeidah on Wednesday.")
    assert [(e.actor1, e.location.country) for e in got] == [("British forces", "YE")], got


@pytest.mark.parametrize("body", [
    "MANILA, May 2 - A typhoon struck fishing boats moored in Manila Bay on Thursday.",
    "ATHENS, May 2 - The ferry struck a rock near Piraeus on Thursday.",
    "WASHINGTON, May 2 - New US sanctions targeted tankers carrying Iranian oil.",
    "SANAA, May 2 - The Houthis say they have struck more than 100 ships since November.",
])
def test_no_attack_on_ships(nlp, body):
    assert strikes(nlp, body) == []
