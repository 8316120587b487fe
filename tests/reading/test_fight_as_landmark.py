"""A fight named as a landmark of distance or time ("200 km from the fighting", "quiet since last month's attack", "on
the massacre's fifth anniversary") tells no fight; a fight told in the same words as an act still is one."""
from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, body, published="2025-03-04"):
    return nlp(read_text(f"Refugees wait\n\n{body}", doc_id="t", published=published, title="Refugees wait"))


def test_a_distance_from_the_fighting_is_no_battle(nlp):
    doc = read(nlp, "The camp at Gambella is 200 km from the fighting, and aid workers said on Sunday it was calm. "
                    "Kakuma lies miles away from the clashes in Juba.")
    assert mapped(doc) == [], doc.events


def test_a_time_counted_from_a_fight_is_no_fight(nlp):
    doc = read(nlp, "Residents of Kaya say the town has been quiet since last month's attack. Markets reopened in "
                    "Dori since Tuesday's clashes.")
    assert mapped(doc) == [], doc.events


def test_an_anniversary_of_a_fight_is_no_fight(nlp):
    doc = read(nlp, "On Sunday, on the massacre's tenth anniversary, families gathered in Beni. Hundreds marched in "
                    "Goma on Monday to mark the anniversary of the Kishishe massacre.")
    assert [e.event_type for e in mapped(doc)] == ["Protests"], doc.events


def test_the_fighting_told_as_an_act_stays_a_battle(nlp):
    doc = read(nlp, "Fighting near Malakal on Sunday killed 12 soldiers, officials said.")
    assert [(e.event_type, e.fatalities) for e in mapped(doc)] == [("Battles", 12)], doc.events
