"""isw: an assessment's summary line ("Russian forces recently advanced in the Kherson direction") sums up the
dated detail it goes on to tell: no event of its own beside the detail. Told alone, with no detail after it, it
stays the gain it reports. Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


def fights(doc):
    return [(e.location.name if e.location is not None else "", e.date.start.isoformat())
            for e in mapped(doc) if e.event_type == "Battles"]


@pytest.mark.parametrize("body, told", [
    ("Russian forces recently advanced in the Zaporizhzhia direction. Geolocated footage published on May 31 "
     "shows Russian forces advanced north of Polohy.", "Polohy"),
    ("Ukrainian forces recently advanced near Toretsk. Footage published on June 1 indicates that Ukrainian "
     "forces advanced in western Toretsk.", "Toretsk"),
    ("Sudanese army forces recently advanced in the El Obeid direction. On June 1 the army said its troops "
     "advanced near Bara.", "B"),
])
def test_summary_line_folds_into_its_dated_detail(nlp, body, told):
    evs = fights(read_report(nlp, body))
    assert len(evs) == 1 and told in evs[0][0] and evs[0][1] != "2025-06-03", evs  # not the publication day


def test_key_takeaway_is_no_event_beside_its_section(nlp):
    body = ("Key Takeaways: Russian forces recently advanced near Lyman. Ukrainian drones struck a depot.\n\n"
            "Russian forces attacked near Lyman on June 1. Geolocated footage published on June 1 shows "
            "Russian forces advanced east of Lyman.")
    evs = fights(read_report(nlp, body))
    assert evs and all(day == "2025-06-01" for _, day in evs), evs


def test_summary_told_alone_stays_an_event(nlp):
    body = "Myanmar resistance forces recently advanced near Lashio, the group said."
    assert fights(read_report(nlp, body))


def test_news_line_then_another_days_event_keeps_its_gain(nlp):
    body = ("Russian forces recently advanced near Huliaipole, Ukraine's southern command said. "
            "On June 1 a drone struck a bus in Nikopol, killing two people.")
    assert any(e.event_type == "Battles" for e in mapped(read_report(nlp, body)))
