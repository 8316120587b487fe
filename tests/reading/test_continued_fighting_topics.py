"""A fight told as going on ("Russian forces continued offensive operations near X") is an assessment's
topic sentence: with no day told it sums up ongoing fighting, no one event; with a day it is that day's
fighting, an armed clash there. Sentences of our own."""
import datetime as dt

import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-09-04"))


def fights(doc):
    return [e for e in doc.events if e.event_type == "Battles"]


@pytest.mark.parametrize("text", [
    "Russian forces continued offensive operations near Kupiansk.",
    "Russian troops continued limited ground attacks near Siversk and Lyman.",
    "Ukrainian forces continue their counterattacks near Toretsk.",
])
def test_ongoing_fighting_with_no_day_is_no_event(nlp, text):
    assert not fights(read(nlp, text))


@pytest.mark.parametrize("text, day", [
    ("Russian forces continued offensive operations near Kupiansk on September 2.", dt.date(2025, 9, 2)),
    ("Ukrainian forces conducted offensive operations near Kreminna on September 1.", dt.date(2025, 9, 1)),
    ("Russian forces continued ground attacks near Lyman on September 1 but did not advance.", dt.date(2025, 9, 1)),
])
def test_ongoing_fighting_on_a_day_is_that_days_clash(nlp, text, day):
    evs = fights(read(nlp, text))
    assert [e.sub_event_type for e in evs] == ["Armed clash"] and evs[0].date.start == day, evs
