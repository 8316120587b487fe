"""evf: a sentence opened by an uncounted shift ("Days earlier, ...", "Weeks later, ...") is some days away from the
event told before it, not on its day. Sentences of our own."""
import datetime as dt

from tests.reading.mapped_events import read_article


def _dates(doc):
    return [(e.location.name if e.location is not None else None, e.date.start, e.date.end, e.date.precision)
            for e in doc.events]


def test_days_earlier_is_the_week_before_the_day_told(nlp):
    doc = read_article(nlp, "Insurgents raided a police station in Marawi on 14 March, killing three officers. "
                            "Days earlier, gunmen ambushed an army truck near Iligan.", "2025-03-20")
    ambush = [e for e in doc.events if e.evidence is not None and "ambushed" in e.evidence.sentence]
    assert ambush, _dates(doc)
    assert (ambush[0].date.start, ambush[0].date.end) == (dt.date(2025, 3, 7), dt.date(2025, 3, 13)), _dates(doc)
    assert ambush[0].date.precision == "week"


def test_several_days_later_stops_at_publication(nlp):
    doc = read_article(nlp, "Rebels shelled Kalemie on Sunday, June 1. Several days later, militiamen attacked "
                            "a camp near Moba.", "2025-06-04")
    camp = [e for e in doc.events if e.evidence is not None and "Several" in e.evidence.sentence]
    assert camp, _dates(doc)
    assert camp[0].date.start == dt.date(2025, 6, 2) and camp[0].date.end == dt.date(2025, 6, 4), _dates(doc)


def test_a_counted_shift_stays_one_day(nlp):
    doc = read_article(nlp, "Insurgents raided a police station in Marawi on 14 March, killing three officers. "
                            "Two days earlier, gunmen ambushed an army truck near Iligan.", "2025-03-20")
    ambush = [e for e in doc.events if e.evidence is not None and "ambushed" in e.evidence.sentence]
    assert ambush and ambush[0].date.start == ambush[0].date.end == dt.date(2025, 3, 12), _dates(doc)
