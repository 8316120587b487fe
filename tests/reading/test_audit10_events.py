"""Audit 10 (the events gold, ``bench/data/events_gold.jsonl``): storms told with attack verbs, assaults on
detachments, military bulletins' "engaged" and shots "fired on" a force's vehicle, ... .
Sentences unlike the gold's (other conflicts, places and names)."""
from reading.corpus import read_text


def read(nlp, text, published="2025-09-20"):
    return nlp(read_text(text, doc_id="t", published=published))


# (a) a storm as the subject of an attack verb, and its toll told by a participle
def test_a_typhoon_that_pounded_a_coast_is_no_attack(nlp):
    doc = read(nlp, "Typhoon Mawar pounded the northern coast of Luzon on Friday, tearing roofs off homes in "
                    "Aparri and killing two fishermen, officials said.")
    assert not doc.events, doc.events


def test_a_storm_that_bombarded_an_island_is_no_shelling(nlp):
    doc = read(nlp, "The storm bombarded Guam with rain and winds for 12 hours on Wednesday.")
    assert not doc.events, doc.events


def test_a_cyclone_that_struck_a_port_killing_people_is_no_attack(nlp):
    doc = read(nlp, "A cyclone struck Beira on Friday, flattening houses and killing nine people.")
    assert not doc.events, doc.events


def test_forces_that_bombarded_a_city_still_shelled_it(nlp):
    doc = read(nlp, "Russian forces bombarded Kherson on Friday, killing two people.")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Explosions/Remote violence", 2)], doc.events


def test_gunmen_killing_people_after_a_storm_word_elsewhere_is_an_attack(nlp):
    doc = read(nlp, "Gunmen stormed a market in Beira on Friday, killing nine people.")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Violence against civilians", 9)], doc.events


# (b) an assault on a military detachment or installation is a fight there, not the town taken
def test_stormed_an_army_detachment_is_a_fight(nlp):
    doc = read(nlp, "Fighters stormed an army detachment in Kaya on Sunday.", published="2025-09-16")
    assert [(e.event_type, e.sub_event_type, e.location.name) for e in doc.events] == [
        ("Battles", "Armed clash", "Kaya")], doc.events
    assert not doc.claims, doc.claims


def test_overran_a_military_installation_with_a_toll(nlp):
    doc = read(nlp, "Six soldiers were killed when insurgents overran a military installation in Mopti on Friday.")
    got = [(e.event_type, e.sub_event_type, e.fatalities) for e in doc.events]
    assert got == [("Battles", "Armed clash", 6)], doc.events
    assert not doc.claims, doc.claims


# (c) "troops engaged the bandits": a fight; not "engaged militants in dialogue"
def test_troops_engaged_bandits_is_a_battle(nlp):
    doc = read(nlp, "Soldiers engaged the bandits in a gun duel near Gusau, Zamfara State, on Sunday, killing four.")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Battles", 4)], doc.events


def test_engaged_terrorists_with_a_name_between(nlp):
    doc = read(nlp, "Troops engaged ISWAP terrorists at Gwoza in Borno State on Tuesday.")
    assert [e.event_type for e in doc.events] == ["Battles"], doc.events


def test_engaging_militants_in_talks_is_no_fight(nlp):
    doc = read(nlp, "The minister engaged militants in dialogue in Quetta last year.")
    assert not doc.events, doc.events


# (d) shots fired on a force's vehicle: a fight with that force; not on a truck of traders
def test_gunmen_fired_on_a_police_vehicle(nlp):
    doc = read(nlp, "Gunmen fired on a police vehicle in Tank district on Monday.")
    assert [(e.event_type, e.location.name) for e in doc.events] == [("Battles", "Tank")], doc.events


def test_shots_on_a_named_forces_truck(nlp):
    doc = read(nlp, "Militants fired on a Frontier Corps truck near Turbat on Monday, wounding three.")
    assert [e.event_type for e in doc.events] == ["Battles"], doc.events


def test_shots_on_a_brand_of_truck_are_no_fight_with_a_force(nlp):
    doc = read(nlp, "Villagers said gunmen fired at a Toyota truck carrying traders near Maiduguri.")
    assert all(e.event_type != "Battles" for e in doc.events), doc.events
