"""An attack laid at someone's door ("X accused Y of shelling ...", "Y was blamed for ...", "... was
blamed on Y"): ACLED codes the accused as who attacked; whoever accuses is no side in it.
Sentences of our own."""
import pytest

from reading.corpus import read_text


def violent(nlp, text, published="2025-06-11"):
    doc = nlp(read_text(text, doc_id="t", published=published))
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events
            if e.event_type in ("Explosions/Remote violence", "Violence against civilians", "Battles")]


@pytest.mark.parametrize("text, accused", [
    ("Tuesday's mortar fire on the camp near Beni was blamed on the ADF.", "ADF"),
    ("The car bomb outside a hotel in Beledweyne on Friday, which killed six people, was blamed on al-Shabaab.",
     "al-Shabaab"),
    ("Police in Maiduguri blamed the blast at the fish market on Saturday on Boko Haram.", "Boko Haram"),
    ("Kyiv blamed the missile attack on Zaporizhzhia on Thursday on Russian forces.", "Russian forces"),
])
def test_an_attack_blamed_on_a_side_is_that_sides(nlp, text, accused):
    rows = violent(nlp, text)
    assert rows and rows[0][1] == accused, rows
    assert all(accused not in (r[2],) for r in rows), rows


@pytest.mark.parametrize("text, accused, accuser", [
    ("The Malian army accused JNIM of shelling its base in Boulkessi on Monday.", "JNIM", "Malian army"),
    ("Al-Shabaab was blamed for a roadside bomb that killed four soldiers near Afgoye on Sunday.", "al-Shabaab", ""),
])
def test_the_accused_acts_not_the_accuser(nlp, text, accused, accuser):
    rows = violent(nlp, text)
    assert rows and rows[0][1].lower() == accused.lower(), rows
    assert not accuser or all(accuser not in r[1] for r in rows), rows


@pytest.mark.parametrize("text, accused, sub", [
    ("Nigerian police blamed Boko Haram for the bombing of a mosque in Konduga on Friday.", "Boko Haram",
     "Remote explosive/landmine/IED"),
    ("The Malian junta accused JNIM of the bombings at two checkpoints near Sevare on Tuesday.", "JNIM",
     "Remote explosive/landmine/IED"),
    ("Local leaders accused the ADF of the kidnapping of 14 farmers near Oicha on Wednesday.", "ADF",
     "Abduction/forced disappearance"),
])
def test_an_attack_noun_after_blamed_for_is_the_accused_sides(nlp, text, accused, sub):
    rows = violent(nlp, text)
    assert rows and rows[0][0] == sub and rows[0][1] == accused, rows


@pytest.mark.parametrize("text", [
    "Officials said the bombing campaign against the rebels would go on.",
    "Two of the kidnapped students escaped near Kaduna on Monday.",
])
def test_no_bombing_or_kidnapping_told(nlp, text):
    assert violent(nlp, text) == []


@pytest.mark.parametrize("text, accused", [
    # lead: a country accused by name (not its forces) is who attacked, not the accuser
    ("Armenia accused Azerbaijan of shelling Jermuk on Tuesday.", "Azerbaijani forces"),
    ("Ethiopia blamed Eritrea for the shelling of Zalambessa on Monday.", "Eritrean forces"),
])
def test_a_country_accused_by_name_acts(nlp, text, accused):
    rows = violent(nlp, text)
    assert rows and rows[0][1] == accused, rows


@pytest.mark.parametrize("text, accused", [
    # lead: "accused X of carrying out strikes" is the deed alleged, not a purpose ("to carry out strikes")
    ("Kabul accused Pakistan of carrying out air strikes in Khost on Wednesday.", "Pakistani forces"),
    ("Damascus accused Israel of launching air strikes on Homs on Sunday.", "Israeli forces"),
    # lead: the gerund of a bare strike verb after the accused ("of bombing a market in X")
    ("Sudan accused the UAE of bombing Port Sudan on Monday.", "Emirati forces"),
])
def test_an_accusation_of_strikes_is_an_alleged_strike(nlp, text, accused):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    rows = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert rows and rows[0].actor1 == accused and rows[0].alleged, [(e.sub_event_type, e.actor1, e.alleged)
                                                                    for e in doc.events]


def test_men_suspected_of_launching_attacks_tell_no_attack(nlp):
    rows = violent(nlp, "Police arrested four men suspected of launching attacks on checkpoints in Bannu.")
    assert rows == [], rows


@pytest.mark.parametrize("text, accused", [
    # lead: the sentence after an attack with no side named blames one for it: the side blamed is its actor
    ("A drone hit a funeral near Kadugli on Monday, killing 12 people. A local medical group blamed the SPLM-N "
     "for the attack.", "SPLM-N"),
    ("A car bomb exploded near a checkpoint in Baidoa on Monday, killing four people. Officials blamed the blast "
     "on al-Shabaab.", "al-Shabaab"),
])
def test_a_side_blamed_in_the_next_sentence_is_the_attacker(nlp, text, accused):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    rows = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(rows) == 1 and rows[0].actor1.lower() == accused.lower(), [
        (e.sub_event_type, e.actor1, e.alleged) for e in doc.events]


def test_a_charge_of_something_else_names_no_attacker(nlp):
    doc = nlp(read_text("A drone hit a market in Sumy on Monday, killing three people. Ukraine's foreign minister "
                        "accused Russia of war crimes.", doc_id="t", published="2025-06-11"))
    rows = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert rows and not rows[0].actor1, [(e.sub_event_type, e.actor1) for e in doc.events]
