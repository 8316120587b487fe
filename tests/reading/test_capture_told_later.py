"""A capture told by someone days later ("The army said on Wednesday that rebels had taken X on Monday") is
dated by its own day, the event and the zone change alike; the day it was told dates it only when the
sentence gives it no day of its own. Sentences of our own."""
import datetime as dt

import pytest

from reading.corpus import read_text

MONDAY, WEDNESDAY = dt.date(2025, 9, 1), dt.date(2025, 9, 3)


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-09-04"))


@pytest.mark.parametrize("text", [
    "Al-Shabaab fighters captured Jowhar on Monday, the army said on Wednesday.",
    "The army said on Wednesday that al-Shabaab fighters had captured Jowhar on Monday.",
    "Al-Shabaab said on Wednesday it had seized Jowhar on Monday.",
    "The ministry said in a statement on Wednesday that al-Shabaab fighters took Jowhar on Monday.",
])
def test_the_capture_and_its_zone_change_are_dated_by_the_capture(nlp, text):
    doc = read(nlp, text)
    took = [c for c in doc.claims if c.relation == "took"]
    assert took and all(c.date.start == c.date.end == MONDAY for c in took), doc.claims
    caps = [e for e in doc.events if "territory" in e.sub_event_type]
    assert caps and all(e.date.start == MONDAY for e in caps), doc.events


def test_with_no_day_of_its_own_the_day_it_was_told_bounds_it(nlp):
    doc = read(nlp, "Al-Shabaab fighters captured Jowhar, the army said on Wednesday.")
    took = [c for c in doc.claims if c.relation == "took"]
    assert took and all(c.date.start == WEDNESDAY for c in took), doc.claims
