"""A diary's or log's entry opened by its day alone ("27 November. Shelling all night."): the heading is the
entry's date, so it stays in the entry's first sentence and dates what that sentence tells; a sentence ending
with a day in running text still ends there."""
import datetime as dt

import pytest

from reading.sentences import split_sentences
from tests.reading.mapped_events import mapped, read_article


def pieces(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


@pytest.mark.parametrize("text, first", [
    ("Notes.\n\n12 March. Rain all day. We stayed in.", "12 March. Rain all day."),
    ("Notes.\n\nTuesday, May 4. Sirens at dawn. Nobody slept.", "Tuesday, May 4. Sirens at dawn."),
    ("Notes.\n\n3 Sept 1944. Guns to the south. Orders to move.", "3 Sept 1944. Guns to the south."),
])
def test_a_day_heading_opens_its_entry(text, first):
    assert first in pieces(text)


@pytest.mark.parametrize("text", [
    "The convoy left on 4 May. Then the road closed.",
    "Talks resumed in Geneva on March 12. Nothing came of them.",
])
def test_a_day_ending_a_sentence_in_running_text_still_ends_it(text):
    assert len(pieces(text)) == 2


def test_an_entry_heading_dates_its_attack(nlp):
    text = ("Extracts from the notebook of a teacher in Bentiu, sent to us on Friday.\n\n"
            "2 June. Quiet morning, then rain.\n\n"
            "4 June. Gunmen attacked the market in Bentiu and killed three traders.\n\n"
            "6 June. We reopened the school.")
    evs = [e for e in mapped(read_article(nlp, text, "2014-06-13")) if e.event_type == "Violence against civilians"]
    assert [(e.date.start, e.date.end) for e in evs] == [(dt.date(2014, 6, 4), dt.date(2014, 6, 4))]
