"""ev16: "arrested two men on Wednesday who were planning an attack" tells a past arrest: the plan is the men's,
in a relative clause after the day, and does not move the day a week ahead. Sentences of our own."""
from tests.reading.mapped_events import mapped, read_report


def test_a_plan_told_of_those_arrested_leaves_the_arrest_past(nlp):
    body = ("KANO, Oct 9 - Police said they had arrested three men on Tuesday who were planning to bomb a market "
            "in Kano, and seized explosives.")
    evs = [e for e in mapped(read_report(nlp, body, published="2025-10-09")) if e.sub_event_type == "Arrests"]
    assert [str(e.date.start) for e in evs] == ["2025-10-07"], evs


def test_a_plan_for_a_weekday_stays_ahead(nlp):
    body = "KANO, Oct 9 - Traders will march in Kano on Tuesday to protest against new taxes."
    doc = read_report(nlp, body, published="2025-10-09")
    assert mapped(doc) == [] and [str(e.date.start) for e in doc.events] == ["2025-10-14"], doc.events
