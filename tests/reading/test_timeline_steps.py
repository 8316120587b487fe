"""A timeline's dated steps ("Key dates: / 2 August 2023 - Rebels take the town") are what it reports, however long
before publication: events and zones, not background; the same old days told in prose stay history."""
from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, title, body, published):
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


TIMELINE = ("Key dates:\n\n"
            "3 June 2022 - M23 rebels take control of Rutshuru after a night of fighting.\n\n"
            "20 October 2022 - Rebels attack army positions in Butembo; 12 soldiers are killed.\n\n"
            "17 November 2022 - A drone strike hits a rebel camp near Goma.\n\n"
            "What next: talks are due in Nairobi next month.")


def test_a_timelines_old_steps_are_events(nlp):
    doc = read(nlp, "Timeline: a year of war in North Kivu", TIMELINE, "2023-08-01")
    days = sorted(e.date.start.isoformat() for e in mapped(doc))
    assert days == ["2022-06-03", "2022-10-20", "2022-11-17"], doc.events


def test_a_timelines_old_capture_is_a_current_claim(nlp):
    doc = read(nlp, "Timeline: a year of war in North Kivu", TIMELINE, "2023-08-01")
    assert [(c.location.name, c.background) for c in doc.claims if c.relation == "took"] == [("Rutshuru", False)]


def test_the_same_days_told_in_prose_stay_history(nlp):
    body = ("GOMA - On 3 June 2022, rebels of the March 23 Movement took control of Rutshuru after a night of fighting. "
            "On 20 October 2022, rebels attacked army positions in Butembo, killing 12 soldiers. Residents say the "
            "roads are calmer now.")
    doc = read(nlp, "North Kivu a year on", body, "2023-08-01")
    assert mapped(doc) == [], doc.events


def test_two_dated_lines_make_no_timeline(nlp):
    body = ("Recent incidents:\n\n"
            "3 June 2022 - M23 rebels take control of Rutshuru after a night of fighting.\n\n"
            "20 October 2022 - Rebels attack army positions in Butembo; 12 soldiers are killed.\n\n"
            "Residents say the roads are calmer now.")
    doc = read(nlp, "North Kivu a year on", body, "2023-08-01")
    assert mapped(doc) == [], doc.events
