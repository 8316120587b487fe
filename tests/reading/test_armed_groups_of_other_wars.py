"""act: armed groups of many wars named as an analyst names them, one side (one legend entry, one zone colour)
whatever spelling or fighters noun the report uses: a longer name is not the shorter group inside it ("Kataib
Hezbollah" is not Hezbollah, the Pakistani Taliban are not the Afghan Taliban); a group the list lacks keeps its
own name without its fighters noun ("Ansar Dine gunmen" and "Ansar Dine militants" are one side) while a
nationality, an adjective or a people with its noun stays whole ("Maoist rebels", "Fulani gunmen"); the Kurdish
Peshmerga are a state's force by their own name, apart from the Iraqi army. Sentences of our own."""
import pytest

from reading.actors import actors_of
from reading.corpus import read_text


def read(nlp, text, published="2025-05-14"):
    return nlp(read_text(text, doc_id="t", published=published))


def name_of(doc, words):
    """The actor name of the mention that holds ``words``."""
    got = [a.name for a in actors_of(doc) if words in a.text]
    assert got, actors_of(doc)
    return got[0]


@pytest.mark.parametrize("text, words, name", [
    ("Kata'ib Hezbollah fighters launched drones at a US base in Anbar province on Sunday.", "Hezbollah", "Kataib Hezbollah"),
    ("The Pakistani Taliban ambushed a police convoy in Lakki Marwat on Tuesday, killing four officers.", "Taliban", "TTP"),
    ("Tehreek-e-Taliban Pakistan militants stormed a checkpoint in Khyber district on Friday.", "Taliban", "TTP"),
    ("ISIS-K gunmen attacked a Sufi shrine in Jalalabad on Thursday, killing six worshippers.", "ISIS-K", "ISKP"),
    ("Islamic State Khorasan Province claimed the suicide attack on a wedding hall in Kabul.", "Khorasan", "ISKP"),
    ("Balochistan Liberation Army insurgents attacked a paramilitary camp near Gwadar on Monday.", "Balochistan", "BLA"),
    ("Hashd al-Shaabi units deployed to Sinjar on Wednesday after a dispute with local fighters.", "Hashd", "Popular Mobilization Forces"),
    ("Abu Sayyaf Group militants beheaded a hostage on Jolo island, the army said on Saturday.", "Sayyaf", "Abu Sayyaf"),
    ("New People's Army guerrillas raided a police station in Negros Oriental on Tuesday.", "People's Army", "NPA"),
    ("Mayi-Mayi militiamen attacked a gold mine near Walikale on Monday, killing nine miners.", "Mayi", "Mai-Mai"),
    ("Jabhat al-Nusra fighters shelled government positions in Latakia on Friday.", "Nusra", "al-Nusra Front"),
    ("Jalisco New Generation Cartel gunmen ambushed state police in Michoacan on Sunday.", "Jalisco", "CJNG"),
    ("Ansaroul Islam fighters attacked an army detachment near Arbinda on Monday.", "Ansaroul", "Ansarul Islam"),
    ("Katiba Macina militants attacked a village near Mopti on Thursday, witnesses said.", "Macina", "JNIM"),
    ("Ex-Seleka rebels burned houses in Ndele on Sunday, a UN official said.", "Seleka", "Seleka"),
    ("Residents said the ex-Seleka rebels burned houses in Kaga-Bandoro on Sunday.", "Seleka", "Seleka"),
    ("Justice and Equality Movement fighters clashed with a rival faction near Kutum on Tuesday.", "Justice", "JEM"),
    ("Sudan People's Liberation Movement-North fighters shelled Kadugli on Saturday.", "North", "SPLM-N"),
    ("RED Tabara rebels attacked a village in Cibitoke province on Monday.", "Tabara", "RED-Tabara"),
    ("Democratic Forces for the Liberation of Rwanda fighters attacked Kibumba on Sunday.", "Rwanda", "FDLR"),
    ("ULFA-I militants attacked an army camp in Tinsukia on Saturday.", "ULFA", "ULFA"),
    ("Karen National Union troops overran a junta outpost near Hpapun on Friday.", "Karen", "KNLA"),
])
def test_a_known_group_by_any_spelling_is_one_side(nlp, text, words, name):
    assert name_of(read(nlp, text), words) == name


def test_the_longer_name_is_another_group_than_the_shorter_inside_it(nlp):
    doc = read(nlp, "Hezbollah fired rockets at Kiryat Shmona on Monday. In Iraq, Kataib Hezbollah claimed a drone "
                    "attack on a base near Erbil. The Afghan Taliban denied sheltering the Pakistani Taliban.")
    assert name_of(doc, "Kataib") == "Kataib Hezbollah"
    assert [a.name for a in actors_of(doc) if a.text == "Hezbollah"] == ["Hezbollah"]
    assert name_of(doc, "Pakistani") == "TTP"
    assert [a.name for a in actors_of(doc) if a.text == "Taliban"] == ["Taliban"]


@pytest.mark.parametrize("text", [
    "Reporters Without Borders (RSF) said on Monday that two journalists were killed in Gaza this year.",
    "Deminers from Norwegian People's Aid (NPA) cleared a field near Izium on Tuesday.",
])
def test_initials_other_bodies_bear_are_no_group_without_fighters(nlp, text):
    doc = read(nlp, text)
    assert not [a for a in actors_of(doc) if a.kind == "group"], actors_of(doc)


@pytest.mark.parametrize("text, words, name", [
    ("NPA rebels ambushed an army patrol in Samar on Wednesday.", "NPA", "NPA"),
    ("RSF fighters looted the market in Nyala on Sunday, residents said.", "RSF", "RSF"),
])
def test_those_initials_before_fighters_are_the_group(nlp, text, words, name):
    assert name_of(read(nlp, text), words) == name


@pytest.mark.parametrize("first, second, name", [
    ("Ansar Dine fighters attacked an army camp near Timbuktu on Monday.",
     "Ansar Dine militants later seized a village near Goundam.", "Ansar Dine"),
    ("Chin National Army fighters attacked a junta outpost near Falam on Friday.",
     "Chin National Army rebels later seized the town's police station.", "Chin National Army"),
    ("Zomi Revolutionary Army gunmen ambushed a patrol near Tedim on Sunday.",
     "Zomi Revolutionary Army insurgents later withdrew.", "Zomi Revolutionary Army"),
])
def test_an_unknown_groups_fighters_are_the_group(nlp, first, second, name):
    doc = read(nlp, f"{first} {second}")
    got = {a.name for a in actors_of(doc) if a.text.startswith(name)}
    assert got == {name}, actors_of(doc)


@pytest.mark.parametrize("text, words", [
    ("Maoist rebels blew up a railway track in Jharkhand on Sunday.", "Maoist rebels"),
    ("Ambazonian separatists attacked a school in Bamenda on Monday.", "Ambazonian separatists"),
    ("Kurdish fighters repelled an attack near Kobani on Friday.", "Kurdish fighters"),
    ("Fulani gunmen attacked a village in Plateau state on Sunday.", "Fulani gunmen"),
    ("Sunni Arab fighters clashed with a militia near Deir ez-Zor on Tuesday.", "Sunni Arab fighters"),
    ("Pro-Russian separatists shelled a village near Donetsk on Monday.", "Pro-Russian separatists"),
])
def test_a_nationality_adjective_or_people_keeps_its_noun(nlp, text, words):
    doc = read(nlp, text)
    assert name_of(doc, words.split()[0]) == words, actors_of(doc)


def test_the_peshmerga_are_a_states_force_apart_from_the_iraqi_army(nlp):
    doc = read(nlp, "Kurdish peshmerga forces clashed with Iraqi troops near Altun Kupri on Monday, and Peshmerga "
                    "fighters later pushed Islamic State militants out of a village near Makhmour.")
    pesh = [a for a in actors_of(doc) if "eshmerga" in a.text]
    assert [(a.name, a.kind, a.country) for a in pesh] == [("Peshmerga", "state", "IQ")] * 2, pesh
    assert name_of(doc, "Iraqi") == "Iraqi forces"
    clash = [e for e in doc.events if "Altun Kupri" in e.evidence.sentence and e.sub_event_type == "Armed clash"]
    assert clash and {clash[0].actor1, clash[0].actor2} == {"Peshmerga", "Iraqi forces"}, doc.events


def test_a_trigger_word_inside_a_known_groups_name_tells_no_event(nlp):
    # "Mobilisation Forces" is the group's name, not a mobilisation (a weapon after a name still is: "Hezbollah drones")
    doc = read(nlp, "TUZ KHURMATU, Iraq - Reinforcements from the police and the Popular Mobilisation Forces reached "
                    "the town after dark, by which time the gunmen had fled into the hills.")
    assert not [e for e in doc.events if e.sub_event_type == "Change to group/activity"], doc.events
