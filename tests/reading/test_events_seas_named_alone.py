"""ev24: a strike on a vessel in a sea or ocean named alone ("in the southern Caribbean", "in the eastern
Pacific", "across the Mediterranean") is at sea like one "in the Red Sea": unplaced, the sea noted, never
in the attacker's country nor in a place the article names elsewhere; "the Pacific Fleet", "the Baltic
states" name no sea. Sentences of our own."""
import pytest

from reading.corpus import read_text


def strikes(nlp, body):
    doc = nlp(read_text(f"t\n\n{body}", doc_id="t", published="2026-05-02", title="t"))
    return [e for e in doc.events if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("body, sea", [
    ("WASHINGTON, May 2 - American forces sank a speedboat in the southern Caribbean on Thursday, killing four.",
     "southern Caribbean"),
    ("US Navy helicopters struck two boats in the eastern Pacific on Friday. The operation was run from "
     "Tampa, Florida, officials said.", "eastern Pacific"),
    ("Greek warships fired on a smuggling vessel in the Aegean on Monday. The vessel had left Piraeus a day "
     "earlier.", "Aegean"),
    ("French forces struck a cargo ship in the western Mediterranean on Sunday.", "western Mediterranean"),
])
def test_a_strike_in_a_sea_named_alone_is_at_sea(nlp, body, sea):
    got = strikes(nlp, body)
    assert got and all(e.location is None for e in got), [(e.location, e.location_note) for e in got]
    assert sea in got[0].location_note


def test_a_port_named_in_the_clause_still_places_it(nlp):
    got = strikes(nlp, "American forces struck a speedboat off Cartagena in the Caribbean on Thursday.")
    assert got and got[0].location is not None and got[0].location.country == "CO", got


@pytest.mark.parametrize("text, sea", [
    ("U.S. forces sank two drug boats in the eastern Pacific,", "eastern Pacific"),
    ("struck a tanker in the south-western Atlantic on", "south-western Atlantic"),
    ("fired at a ship in the southern Red Sea.", "southern Red Sea"),
    ("a boat hit in the Caribbean Sea", "Caribbean Sea"),
])
def test_the_sea_named_alone_is_read(text, sea):
    from reading.events import _at_sea

    assert _at_sea(text, 0, len(text)) == sea


@pytest.mark.parametrize("text", [
    "a drill by ships in the Pacific Fleet",
    "troops deployed in the Baltic states",
    "a storm in the Caribbean islands",
    "leaders met in the Atlantic Council offices",
])
def test_no_sea_in_names_of_fleets_states_or_islands(text):
    from reading.events import _at_sea

    assert _at_sea(text, 0, len(text)) == ""


@pytest.mark.parametrize("body, sea", [
    ("A US helicopter sank a smuggling boat in the Atlantic on Sunday, officials in Norfolk said.", "Atlantic"),
    ("Turkish forces struck a vessel in the Black Sea on Monday, officials in Ankara said.", "Black Sea"),
])
def test_the_tellers_town_after_a_strike_at_sea_does_not_place_it(nlp, body, sea):
    got = strikes(nlp, body)
    assert got and got[0].location is None and sea in got[0].location_note, [(e.location, e.location_note) for e in got]


def test_a_port_in_the_clause_places_it_whoever_tells_it(nlp):
    got = strikes(nlp, "American forces struck a speedboat off Cartagena on Sunday, officials in Miami said.")
    assert got and got[0].location is not None and got[0].location.country == "CO", got
