"""evf: "In 1998 rebels seized X", "In 1904 colonial troops massacred ...": a year opening its sentence after "In"
dates it, though a plural follows it (which after a verb is a count: "killed 1998 rebels"). Sentences of our own."""
import datetime as dt

from tests.reading.mapped_events import read_report


def test_in_a_year_before_a_plural_is_that_year_and_history(nlp):
    doc = read_report(nlp, "Fighting killed ten people in Bunia on Monday.\n\nIn 1999 militiamen massacred villagers "
                           "near Bunia.", "2025-05-20")
    old = [e for e in doc.events if e.evidence is not None and "1999" in e.evidence.sentence]
    assert old and old[0].date.start == dt.date(1999, 1, 1) and old[0].background, [
        (e.sub_event_type, e.date, e.background) for e in doc.events]


def test_a_count_after_a_verb_is_no_year(nlp):
    doc = read_report(nlp, "Soldiers killed 1998 rebels in Kisangani in 2024.", "2025-05-20")
    assert [e.fatalities for e in doc.events] == [1998]
