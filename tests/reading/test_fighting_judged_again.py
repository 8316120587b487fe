"""lead: "The fighting in X, one of ..., is the worst since 2019": a fight told before, named again to be judged,
however many paragraphs back it was told, is no new fight on the day of publication. A fight named so with no
fight told before stays. Sentences of our own."""
from tests.reading.mapped_events import mapped, read_report


def test_the_fighting_judged_paragraphs_later_is_the_fight_told_before(nlp):
    body = ("JUBA, March 9 - Fighters of the White Army clashed with government troops in Nasir county on Friday, "
            "killing at least 20 soldiers, local officials said on Sunday.\n\n"
            "The army said it had sent reinforcements by air and accused the opposition of arming the fighters.\n\n"
            "Aid agencies said thousands of people had fled across the river towards the town of Ulang, and a "
            "clinic run by a charity had been looted.\n\n"
            "The fighting in Upper Nile state, where the two sides fought for years during the civil war, is the "
            "worst since a peace deal was signed in 2018.")
    doc = read_report(nlp, body, published="2025-03-09")
    clashes = [e for e in mapped(doc) if e.sub_event_type == "Armed clash"]
    assert [str(e.date.start) for e in clashes] == ["2025-03-07"], doc.events


def test_the_fighting_judged_with_no_fight_before_stays(nlp):
    body = "JUBA, March 9 - The fighting in Nasir county on Sunday was the worst in years, residents said."
    doc = read_report(nlp, body, published="2025-03-09")
    assert [e.sub_event_type for e in mapped(doc)] == ["Armed clash"], doc.events
