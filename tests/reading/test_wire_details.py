"""Details of wire copy an analyst would fix: a side claiming "the attack" just told is its actor; the dead
found in a mass grave are not the toll of the act told before; soldiers clearing mines or bombs are no
explosion. Sentences of our own."""
from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2019-03-16"))


def test_the_side_claiming_the_attack_just_told_is_its_actor(nlp):
    doc = read(nlp, "A suicide bomber struck a checkpoint in Kabul on Friday, killing nine people. "
                    "The Taliban claimed responsibility for the bombing.")
    assert [e.actor1 for e in doc.events] == ["Taliban"], doc.events


def test_no_side_is_named_when_nobody_claims_it(nlp):
    doc = read(nlp, "A roadside bomb killed four police officers near Kandahar on Friday. "
                    "No group has claimed responsibility for the attack.")
    assert [e.actor1 for e in doc.events] == [""], doc.events


def test_the_dead_of_a_mass_grave_are_not_the_toll_of_the_capture_before(nlp):
    doc = read(nlp, "Syrian Democratic Forces captured Baghouz on Saturday. "
                    "Fighters found the bodies of 50 people in a mass grave near the village, a commander said.")
    caps = [e for e in doc.events if "territory" in e.sub_event_type]
    assert caps and all(not e.fatalities for e in caps), doc.events


def test_troops_clearing_bombs_set_off_no_explosion(nlp):
    doc = read(nlp, "Engineers were clearing landmines and roadside bombs around Raqqa on Saturday, officials said.")
    assert not [e for e in doc.events if e.event_type == "Explosions/Remote violence"], doc.events
