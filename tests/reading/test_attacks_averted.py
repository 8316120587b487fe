"""An attack someone works to avert ("talks aimed at averting a full assault on the port", "a bid to prevent an
Israeli attack on Beirut", "to head off a new offensive") is a purpose, not an attack told: no event. An attack that
happened and that someone failed to prevent or was sent to stop stays an event."""
from reading.corpus import read_text


def read(nlp, text, published="2025-05-10"):
    return nlp(read_text(text, doc_id="t", published=published))


def violent(doc):
    return [e for e in doc.events if e.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")]


def test_an_assault_talks_aim_to_avert_is_no_battle(nlp):
    doc = read(nlp, "KHARTOUM, May 10 (Reuters) - The U.N. envoy travelled to Port Sudan on Thursday for talks aimed "
                    "at averting a full assault on El Fasher.")
    assert violent(doc) == [], doc.events


def test_an_attack_a_bid_is_made_to_prevent_is_no_event(nlp):
    doc = read(nlp, "BEIRUT (AP) - Diplomats met in Paris on Friday in a bid to prevent an Israeli attack on Beirut.")
    assert violent(doc) == [], doc.events


def test_an_offensive_mediators_try_to_head_off_is_no_event(nlp):
    doc = read(nlp, "Mediators worked on Thursday to head off a new offensive on Tripoli, officials said.")
    assert violent(doc) == [], doc.events


def test_an_attack_the_army_failed_to_prevent_and_one_troops_were_sent_to_stop_are_events(nlp):
    doc = read(nlp, "Rebels attacked Kadugli on Friday, and the army failed to prevent the assault.")
    assert [e.location.name for e in violent(doc)] == ["Kadugli"], doc.events
    doc = read(nlp, "Troops were sent on Friday to stop the rebel attack on Kadugli, killing 10 fighters.")
    assert [e.location.name for e in violent(doc)] == ["Kadugli"], doc.events
