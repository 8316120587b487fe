"""Audit 8: tallies of many events, "N days later", the killed told as "martyred". Sentences unlike
the audit corpus's (other places and names)."""
from reading.corpus import read_text


def read(nlp, text, published="2024-11-06"):
    return nlp(read_text(text, doc_id="t", published=published))


def test_a_toll_across_several_provinces_is_a_tally(nlp):
    doc = read(nlp, "At least 60 people were killed in attacks across four regions of Mali this week, officials said.",
               published="2024-11-08")
    assert all(e.background for e in doc.events if e.fatalities == 60), doc.events


def test_a_toll_in_one_town_is_an_event(nlp):
    doc = read(nlp, "At least 60 people were killed in attacks on the town of Djenne this week, officials said.",
               published="2024-11-08")
    assert [e for e in doc.events if e.fatalities == 60 and not e.background], doc.events


def test_an_attack_counted_among_many_is_no_second_event(nlp):
    text = ("Gunmen attacked a police post in Tumaco on Monday, killing three officers.\n"
            "The attack was one of at least 15 assaults on security forces in Narino province that day.")
    doc = read(nlp, text, published="2024-11-05")
    assert len([e for e in doc.events if e.event_type == "Battles"]) == 1, doc.events


def test_n_days_later_moves_the_day_told_before(nlp):
    text = ("Bandits raided the village of Maru on Monday, killing 9 people.\n"
            "Three days later, gunmen attacked a bus near Gusau, killing 4 passengers.")
    doc = read(nlp, text, published="2024-11-09")
    assert sorted(str(e.date.start) for e in doc.events) == ["2024-11-04", "2024-11-07"], doc.events


def test_soldiers_martyred_are_no_actor(nlp):
    doc = read(nlp, "Three soldiers were martyred in the clash near Tank on Tuesday, the military said.")
    assert all(e.actor1 != "soldiers" for e in doc.events), doc.events


def test_exchanged_small_arms_fire_is_a_clash(nlp):
    doc = read(nlp, "Thai and Cambodian troops exchanged small-arms fire near the Ta Moan Thom temple on Wednesday.")
    assert [e for e in doc.events if e.event_type == "Battles"], doc.events


def test_a_killing_after_the_fighting_is_an_event(nlp):
    doc = read(nlp, "Wagner fighters killed at least 15 civilians in villages near Tessalit after the clashes.",
               published="2024-11-06")
    assert [e for e in doc.events if e.fatalities == 15 and e.event_type == "Violence against civilians"], doc.events


def test_not_saying_who_fired_is_no_event(nlp):
    text = ("Shelling hit a clinic in Kharkiv on Monday, killing a doctor, officials said.\n"
            "Officials did not say who fired the shells.")
    doc = read(nlp, text, published="2024-11-06")
    assert len(doc.events) == 1, doc.events


def test_the_attacks_told_again_are_the_raids_before(nlp):
    text = ("Militants killed six villagers in raids on villages in Mocimboa da Praia district on Sunday.\n"
            "The attacks forced hundreds of families to flee towards Palma, officials said.")
    doc = read(nlp, text, published="2024-11-06")
    assert len([e for e in doc.events if e.event_type in ("Battles", "Violence against civilians")]) == 1, doc.events


def test_an_attack_named_as_what_is_avenged_is_no_event(nlp):
    doc = read(nlp, "Thai artillery shelled Cambodian positions near Preah Vihear on Friday in retaliation for "
                    "Cambodian rocket attacks, the army said.", published="2025-07-26")
    assert len([e for e in doc.events if e.event_type != "Strategic developments"]) == 1, doc.events


def test_a_capture_after_heavy_fighting_is_one_event(nlp):
    doc = read(nlp, "Fano fighters captured the town of Debre Tabor on Friday after heavy fighting with the army.")
    assert [e.sub_event_type for e in doc.events] == ["Non-state actor overtakes territory"], doc.events


def test_a_sides_account_of_the_strike_told_just_before(nlp):
    text = ("An Israeli drone struck a motorcycle near Bint Jbeil, killing one man, the health ministry said.\n"
            "The Israeli army said it had killed a Hezbollah fighter in the strike.")
    doc = read(nlp, text, published="2025-04-22")
    assert len([e for e in doc.events if e.event_type != "Strategic developments"]) == 1, doc.events


def test_ballistic_missiles_of_a_country_are_its_forces(nlp):
    doc = read(nlp, "Two Iranian ballistic missiles hit the port of Haifa on Sunday, killing three people.",
               published="2025-06-16")
    assert [e.actor1 for e in doc.events if e.fatalities == 3] == ["Iranian forces"], doc.events
