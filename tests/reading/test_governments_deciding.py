"""A state named by its government, authorities, junta, regime or capital is named as its government
("Kenyan government") where it decides, declares, signs, meets, arrests or frees - ACLED keeps a
country's government apart from its military forces - and as its forces ("Kenyan forces") where it
strikes or fights; forces named as forces stay forces everywhere. Where a conflict profile defines the
state, both read as the profile's faction, one side on the map. Sentences of our own."""
import pytest

from reading.corpus import read_text


def events(nlp, text, published="2025-06-11"):
    return nlp(read_text(text, doc_id="t", published=published)).events


@pytest.mark.parametrize("text, sub, actor", [
    ("The Kenyan government imposed a curfew in Garissa on Tuesday.", "Change to group/activity", "Kenyan government"),
    ("The Somali authorities arrested 15 journalists in Mogadishu on Thursday.", "Arrests", "Somali government"),
    ("Ankara signed a ceasefire agreement with Kurdish fighters in Erbil on Friday.", "Agreement",
     "Turkish government"),
    ("Chad's government released 40 detainees in Abeche on Saturday.", "Other", "Chadian government"),
    ("The Guinean regime met with rebel envoys in Conakry on Monday.", "Other", "Guinean government"),
    ("Bamako declared a state of emergency in Mopti on Wednesday.", "Change to group/activity", "Malian government"),
])
def test_a_government_deciding_is_named_as_its_government(nlp, text, sub, actor):
    got = [(e.sub_event_type, e.actor1) for e in events(nlp, text)]
    assert got[:1] == [(sub, actor)], got


def test_a_government_sending_its_troops_is_the_government(nlp):
    # its troops, named after the verb, are what it sends, not who decides
    got = [e.actor1 for e in events(nlp, "The Kenyan government deployed troops to Mandera on Sunday.")]
    assert got == ["Kenyan government"], got


@pytest.mark.parametrize("text, actor", [
    ("The Kenyan government launched air strikes on al-Shabaab camps near Mandera on Tuesday.", "Kenyan forces"),
    ("Ankara shelled Kurdish positions near Qamishli on Sunday.", "Turkish forces"),
    ("Somali soldiers arrested 15 men in Kismayo on Thursday.", "Somali forces"),
])
def test_a_state_fighting_or_named_by_its_forces_stays_its_forces(nlp, text, actor):
    got = [e.actor1 for e in events(nlp, text)]
    assert got[:1] == [actor], got


def test_a_government_s_accusation_is_the_government_s(nlp):
    evs = [e for e in events(nlp, "The Malian government accused JNIM of killing 30 villagers near Mopti on Sunday.")
           if e.alleged]
    assert evs and evs[0].actor1 == "JNIM" and evs[0].alleged == "accusation by Malian government", evs


@pytest.mark.parametrize("text", [
    "Khartoum announced a curfew in Port Sudan on Monday.",
    "Khartoum launched air strikes on Nyala on Monday.",
    "The Sudanese government signed a deal with rebel groups in Juba on Monday.",
])
def test_where_a_profile_defines_the_state_its_government_is_the_profile_s_side(nlp, text):
    # one side for the Sudanese state in the Sudan war, whether it decides or strikes, not two unnamed ones
    got = [e.actor1 for e in events(nlp, text)]
    assert got[:1] == ["SAF"], got
