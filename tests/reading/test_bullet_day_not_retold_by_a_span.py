"""A summary's bullet line with a day of its own ("- On 12 May, shells hit the hospital in X") is retold only by
what the body tells on that day, not by fighting told over a span that holds it ("Fighting around X has
intensified since early May"). Sentences of our own."""
from tests.reading.mapped_events import mapped, read_article

TEXT = ("Flash Update - Attacks in Ituri\n\nHIGHLIGHTS\n- On 12 May, mortar shells hit the general hospital in Bunia, "
        "damaging the surgical ward.\n- About 2,000 families fled to camps near Bunia.\n\nSITUATION OVERVIEW\n"
        "Fighting between the army and CODECO militiamen around Bunia has intensified since early May, partners said.")


def test_a_bullets_day_is_not_retold_by_a_months_fighting(nlp):
    evs = mapped(read_article(nlp, TEXT, "2025-05-14"))
    shelled = [e for e in evs if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelled and str(shelled[0].date.start) == "2025-05-12", [(e.sub_event_type, e.date) for e in evs]
