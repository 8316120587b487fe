"""An event dated only by the day someone told it ("the army said on Tuesday it had retaken X") is bounded
by that day, not known to be on it: its date ends on the told day, starts the day before, at precision
"week" (ACLED's 2); an event with a day of its own in the reported speech keeps that day. Sentences of our
own (published on Wednesday 11 June 2025)."""
import datetime as dt

from reading.corpus import read_text

WED = "2025-06-11"


def dated(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published=WED))
    return [(e.event_type, e.date.start, e.date.end, e.date.precision, e.date.basis) for e in doc.events
            if not e.planned]


def test_a_retaking_told_on_a_day_is_at_most_that_day(nlp):
    rows = dated(nlp, "The army said on Monday that its soldiers had recaptured the town of Kidal from the rebels.")
    assert len(rows) == 1, rows
    _, start, end, precision, basis = rows[0]
    assert (start, end) == (dt.date(2025, 6, 8), dt.date(2025, 6, 9)), rows
    assert precision == "week" and basis == "told", rows


def test_a_killing_with_the_speakers_day_after_it(nlp):
    rows = dated(nlp, "Armed men shot dead nine farmers in Zamfara state, a police spokesman said Tuesday.")
    assert rows and rows[0][0] == "Violence against civilians", rows
    assert rows[0][2] == dt.date(2025, 6, 10) and rows[0][1] < rows[0][2] and rows[0][3] == "week", rows


def test_the_events_own_day_in_reported_speech_is_kept(nlp):
    for text in ("Local officials said on Tuesday that bandits had killed eleven villagers in Katsina on Sunday.",
                 "Residents said on Monday gunmen abducted twenty pupils from a school in Kaduna on Friday night."):
        rows = dated(nlp, text)
        assert rows, text
        _, start, end, precision, basis = rows[0]
        assert start == end and precision == "day" and basis != "told", (text, rows)
        assert start.weekday() in (4, 6), (text, rows)  # Friday or Sunday, not the speaker's day


def test_an_event_told_with_its_day_and_a_later_statement(nlp):
    rows = dated(nlp, "Jihadists attacked an army post near Menaka on Saturday, killing four soldiers, the army said on Monday.")
    assert rows and rows[0][1] == rows[0][2] == dt.date(2025, 6, 7) and rows[0][3] == "day", rows
