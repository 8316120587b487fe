"""An act told only as alleged - one side's accusation ("X accused Y of shelling Z", "blamed the bombing on
Y"), or hearsay ("allegedly", "reportedly", "are suspected of") - is kept, with its alleged actor, but
marked ``alleged`` (how it is alleged), which the JSON record and the map's notes show; told as fact
once in the article, it is no longer only alleged. Sentences of our own."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import violent_events
from reading.records import event_record


def violent(nlp, text, published="2025-06-11"):
    return violent_events(nlp, text, published)


@pytest.mark.parametrize("text, actor, how", [
    ("The Chadian army accused Boko Haram of attacking a fishing camp near Bol on Sunday, killing 11 people.",
     "Boko Haram", "accusation by Chadian forces"),
    ("Police blamed the bombing of a bus station in Maiduguri on Friday on ISWAP.", "ISWAP", "accusation"),
    ("Fano fighters allegedly killed 14 civilians in Debre Tabor on Monday.", "Fano", "'allegedly'"),
    ("Houthi forces reportedly shelled a school in Taiz on Wednesday, killing four children.", "Houthis",
     "'reportedly'"),
    ("M23 rebels are suspected of abducting 20 farmers near Rutshuru on Tuesday.", "M23", "'are suspected of'"),
])
def test_an_alleged_act_is_kept_and_marked(nlp, text, actor, how):
    rows = violent(nlp, text)
    assert rows and rows[0].actor1 == actor and how in rows[0].alleged, rows
    assert event_record(rows[0], geometry=False)["alleged"] == rows[0].alleged


@pytest.mark.parametrize("text", [
    "Witnesses accused police of gunning down three protesters in Nairobi on Tuesday.",
    "Rights groups accused security forces of killing 12 protesters in Mandalay on Sunday.",
])
def test_force_against_protesters_told_as_an_accusation_is_alleged(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    rows = [e for e in doc.events if e.sub_event_type == "Excessive force against protesters"]
    assert rows and "accusation" in rows[0].alleged, doc.events


def test_force_against_protesters_told_as_fact_is_not_alleged(nlp):
    doc = nlp(read_text("Police shot dead four protesters in Lagos on Saturday.", doc_id="t", published="2025-06-11"))
    rows = [e for e in doc.events if e.sub_event_type == "Excessive force against protesters"]
    assert rows and rows[0].alleged == "", doc.events


def test_mutual_accusations_name_both_sides(nlp):
    rows = violent(nlp, "The Somali army and al-Shabaab accused each other of shelling Jilib on Friday.")
    assert rows and rows[0].alleged == "mutual accusations", rows


@pytest.mark.parametrize("text", [
    "Fano fighters killed 14 civilians in Debre Tabor on Monday.",
    "The Chadian army said Boko Haram attacked a fishing camp near Bol on Sunday, killing 11 people.",
])
def test_an_act_told_as_fact_is_not_alleged(nlp, text):
    rows = violent(nlp, text)
    assert rows and rows[0].alleged == "", rows


def test_told_as_fact_after_an_allegation_it_is_no_longer_alleged(nlp):
    rows = violent(nlp, "Fano fighters reportedly attacked Debre Tabor on Monday. A hospital official said Fano "
                        "fighters attacked Debre Tabor on Monday.")
    assert len(rows) == 1 and rows[0].alleged == "", rows
