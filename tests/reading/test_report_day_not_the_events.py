"""evf: the day a report was put out ("according to a report released on 12 March", "a UN report published on
April 30 said") is the day the event was told, not its day: the event ends by then (basis "told"), as with "said
on". Sentences of our own."""
import datetime as dt

from tests.reading.mapped_events import read_article


def _one(doc):
    assert len(doc.events) == 1, [(e.sub_event_type, e.date) for e in doc.events]
    return doc.events[0]


def test_a_reports_release_day_only_bounds_the_attacks(nlp):
    ev = _one(read_article(nlp, "Militias have attacked clinics in Bunia, according to a report released on "
                                "9 February.", "2025-02-20"))
    assert ev.date.basis == "told" and ev.date.precision != "day" and ev.date.end == dt.date(2025, 2, 9)


def test_a_day_of_its_own_stays_the_events(nlp):
    ev = _one(read_article(nlp, "Militias attacked a clinic in Bunia on 3 February, a UN report published on "
                                "9 February said.", "2025-02-20"))
    assert ev.date.start == ev.date.end == dt.date(2025, 2, 3)
