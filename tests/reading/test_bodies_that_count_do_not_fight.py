"""A body that counts the dead, cares for them or judges the killing (a UN agency, a rights group, a medical charity)
is the teller of a killing, never who did it. Sentences of our own."""
from tests.reading.mapped_events import read_article


def test_an_agency_telling_a_toll_is_not_the_killer(nlp):
    for teller in ("The World Health Organization", "UNICEF", "Human Rights Watch", "The United Nations"):
        doc = read_article(nlp, f"{teller} said 37 people were killed at a market in Kadugli on Friday.", "2025-11-02")
        assert [(e.actor1, e.fatalities) for e in doc.events] == [("", 37)], (teller, [
            (e.sub_event_type, e.actor1, e.fatalities) for e in doc.events])


def test_a_side_telling_its_own_fights_toll_is_still_the_side(nlp):
    doc = read_article(nlp, "The army said 14 insurgents were killed in clashes near Kadugli on Friday.", "2025-11-02")
    assert [e.actor1 for e in doc.events] and doc.events[0].actor1 != ""


def test_peacekeepers_who_fight_are_a_side(nlp):
    doc = read_article(nlp, "UN peacekeepers killed nine militiamen near Bunia on Friday.", "2025-11-02")
    assert [e.actor1 for e in doc.events] == ["UN"]
