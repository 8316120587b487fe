"""A lede that sums up a region's killings and the sentences after it that tell each where it happened ("Troops
killed three people during raids in the West Bank. Two men were shot dead in a camp near Tulkarm. A third was
killed in Qabatiya."): the details are the happenings, at their towns; the region's marker is dropped when their
tolls make up the lede's exactly, kept when they do not. Sentences of our own."""
from tests.reading.mapped_events import mapped, read_article

BODY = ("Soldiers killed {n} people during raids in Borno state on Tuesday, officials said. Two farmers were shot dead "
        "in Konduga, the local council said. A third man was killed in Bama, residents said.")


def test_the_details_that_make_up_the_summary_replace_it(nlp):
    evs = mapped(read_article(nlp, BODY.format(n="three"), "2025-03-05"))
    violent = [(e.location.name if e.location else None, e.fatalities) for e in evs
               if e.event_type == "Violence against civilians"]
    assert sorted(violent) == [("Bama", 1), ("Konduga", 2)], violent


def test_a_summary_the_details_do_not_make_up_stays(nlp):
    evs = mapped(read_article(nlp, BODY.format(n="seven"), "2025-03-05"))
    tolls = sorted(e.fatalities or 0 for e in evs if e.event_type == "Violence against civilians")
    assert 7 in tolls, [(e.location, e.fatalities) for e in evs]
