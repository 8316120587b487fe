"""A place the sentence names but the gazetteer lacks ("a village in Kyunhla Township") stays the event's
named place when no area is named in the sentences around it (a summary's bullets push the title's
region away): the note reports the name not found, never "No place named in the sentence", and the
event is placed in the fallback area only to say where it is."""
from __future__ import annotations

import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-03-08"))


REPORT = ("{country}: {region} - Flash Update No. 2\n\nHIGHLIGHTS\n"
          "- Schools in the area remain closed.\n- Aid convoys are delayed by checkpoints.\n"
          "- Prices of fuel have doubled.\n\nSITUATION OVERVIEW\nOn 4 March, {what}, killing three people, "
          "according to local sources.")


@pytest.mark.parametrize("country,region,what,name", [
    ("Myanmar", "Sagaing", "an air strike hit a village in Kyunhla Township", "Kyunhla Township"),
    ("Myanmar", "Sagaing", "shells landed on a market in Kyunhla Township", "Kyunhla Township"),
    ("Somalia", "Lower Shabelle", "mortar rounds fell on a village in Qoryooley-Dhexe district", "Qoryooley-Dhexe"),
])
def test_a_named_place_not_found_is_reported_not_called_unnamed(nlp, country, region, what, name):
    doc = read(nlp, REPORT.format(country=country, region=region, what=what))
    events = [e for e in doc.events if e.fatalities == 3]
    assert len(events) == 1, doc.events
    note = events[0].location_note
    assert name in note and "was not found" in note and not note.startswith("No place named"), note
    assert events[0].location is not None  # placed in the area or country, only to say where it is


def test_a_sentence_naming_no_place_still_says_so(nlp):
    doc = read(nlp, REPORT.format(country="Myanmar", region="Sagaing", what="an air strike hit a crowded market"))
    events = [e for e in doc.events if e.fatalities == 3]
    assert len(events) == 1 and events[0].location_note.startswith("No place named in the sentence"), doc.events
