"""A place told as falling to a side ("X fell to Y", "fell into the hands of Y") is that side's capture: a
territory-change event, typed by who took it, dated and placed as the zone claim it also gives. Nothing
falls to no one ("prices fell to", "the toll fell to 12"). Sentences of our own."""
import datetime as dt

import pytest

from reading.corpus import read_text

MONDAY, TUESDAY = dt.date(2025, 9, 1), dt.date(2025, 9, 2)


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-09-04"))


def captures(doc):
    return [e for e in doc.events if "territory" in e.sub_event_type]


@pytest.mark.parametrize("text, place, actor", [
    ("Jowhar fell to al-Shabaab fighters on Monday after a night of fighting.", "Jawhar", "al-Shabaab"),
    ("The town of Kutum fell into the hands of the RSF on Monday.", "Kutum", "RSF"),
    ("Residents said Paletwa had fallen to the Arakan Army on Monday.", "Paletwa", "Arakan Army"),
])
def test_a_place_falling_to_an_armed_group_is_its_capture(nlp, text, place, actor):
    doc = read(nlp, text)
    caps = captures(doc)
    assert [e.sub_event_type for e in caps] == ["Non-state actor overtakes territory"], doc.events
    ev = caps[0]
    assert ev.location.name == place and ev.date.start == MONDAY and actor in ev.actor1, ev
    took = [c for c in doc.claims if c.relation == "took"]
    assert took and {c.location.name for c in took} == {place} and {c.date.start for c in took} == {MONDAY}


def test_a_place_falling_to_the_army_is_regained_by_the_government(nlp):
    doc = read(nlp, "In northern Mali, Kidal fell to the army on Tuesday.")
    assert [e.sub_event_type for e in captures(doc)] == ["Government regains territory"], doc.events
    assert captures(doc)[0].date.start == TUESDAY


@pytest.mark.parametrize("text", [
    "Fuel prices in Juba fell to their lowest level in a year on Monday.",
    "The number of displaced people in Goma fell to 12,000 on Monday.",
    "A stray shell fell to the ground near Kharkiv on Monday without exploding.",
])
def test_nothing_falls_to_no_side(nlp, text):
    assert not captures(read(nlp, text))
