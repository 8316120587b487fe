"""A force that strikes from afar ("US forces", "the coalition", "the army", a country) "struck" a
site, killing people: an air/drone strike (Explosions/Remote violence), whoever the dead were, not
violence against civilians nor a battle. Gunmen who "struck" a village, and a force that struck
people themselves, keep their types. Sentences of several conflicts."""
from reading.corpus import read_text

REMOTE = ("Explosions/Remote violence", "Air/drone strike")


def read(nlp, text, published="2025-04-09"):
    return nlp(read_text(text, doc_id="t", published=published))


def types(doc):
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def test_forces_struck_a_port_killing_people(nlp):
    doc = read(nlp, "American forces struck a fuel terminal in Ras Isa on Friday, killing 41 people, rebel media said.")
    assert types(doc) == [REMOTE], doc.events
    assert doc.events[0].fatalities == 41


def test_a_coalition_hit_a_prison(nlp):
    doc = read(nlp, "The Saudi-led coalition hit a detention centre in Dhamar, killing more than 100 inmates.")
    assert types(doc) == [REMOTE], doc.events


def test_a_country_bombed_a_house(nlp):
    doc = read(nlp, "Israel bombed a house in Deir al-Balah on Tuesday, killing nine members of one family.")
    assert types(doc) == [REMOTE], doc.events
    assert doc.events[0].fatalities == 9


def test_an_army_struck_a_camp_killing_fighters(nlp):
    doc = read(nlp, "The Nigerian army struck a militant camp near Lake Chad on Sunday, killing 25 fighters.")
    assert types(doc) == [REMOTE], doc.events


def test_gunmen_who_struck_a_village_attacked_civilians(nlp):
    doc = read(nlp, "Bandits struck a village in Katsina State on Monday, killing 18 people.")
    assert types(doc) == [("Violence against civilians", "Attack")], doc.events


def test_a_force_that_struck_people_is_no_air_strike(nlp):
    doc = read(nlp, "Security forces struck mourners with batons in Kisumu, killing two.")
    assert REMOTE not in types(doc), doc.events
