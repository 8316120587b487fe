"""gold 33: airlines name aircraft (and shipping lines ships, railways trains) after cities and states, and
reports quote the name ("an A350 the airline has named "Potsdam"", "the "Bremen" was towed"): a thing's name,
no mention of the place. The places the story happens in stay, and a quoted place after a verb of saying too."""
from __future__ import annotations

import pytest

from reading.document import Document
from tests.reading.places import surfaces

_STORY = ('KLM said its Boeing 787, which it has christened "Utrecht", hit a bird on approach to Oslo. The '
          'airline\'s oldest A330, called "Groningen", flew the passengers home, and the "Utrecht" was '
          'repaired in Stavanger.')


@pytest.mark.parametrize("text, names, places", [
    (_STORY, {"Utrecht", "Groningen"}, {"Oslo", "Stavanger"}),
    ('The ferry line\'s newest ship is called "Gdansk"; it sailed from Ystad to Swinoujscie on Friday.', {"Gdansk"},
     {"Ystad", "Swinoujscie"}),
])
def test_a_quoted_name_given_to_an_aircraft_is_no_place(gaz, text, names, places):
    found = set(surfaces(text, gaz))
    assert not names & found
    assert places <= found


def test_a_quoted_place_after_a_verb_of_saying_stays(gaz):
    text = 'A driver from Tartu said "Narva" was the only town still open, and the road to Pskov was shut.'
    assert {"Tartu", "Narva", "Pskov"} <= set(surfaces(text, gaz))


def test_the_pipeline_reads_quoted_names_alike(nlp):
    doc = nlp(Document(id="q", text=_STORY))
    said = {m.text for m in doc.mentions}
    assert not {"Utrecht", "Groningen"} & said
    assert {"Oslo", "Stavanger"} <= said


def test_an_airline_alone_before_a_flight_is_no_place(gaz):
    # "a Delta flight" is the airline's; "the Kabul flight" is the route's, a place; "a Lagos-bound plane" too
    text = ("A Delta flight from Atlanta to Albany diverted, and an Emirates flight from Dubai landed in Vienna. "
            "The Kabul flight was late; a Lagos-bound plane left Accra.")
    found = set(surfaces(text, gaz))
    assert not {"Delta", "Emirates"} & found
    assert {"Atlanta", "Albany", "Dubai", "Vienna", "Kabul", "Lagos", "Accra"} <= found


def test_a_countrys_pilot_jet_or_flight_in_capitals_stays_a_place(gaz):
    text = "Rebels took a New Zealand pilot hostage in Paro; a US jet and a UK flight later landed at Wamena."
    assert {"New Zealand", "US", "UK", "Paro", "Wamena"} <= set(surfaces(text, gaz))
