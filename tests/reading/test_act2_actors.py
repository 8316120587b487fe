"""act2: actors as a careful analyst names them, in sentences of our own from several wars: a claim of
responsibility names the perpetrator; a known group's initials where a side stands are that group, even
initials other bodies bear ("The AA seized", "NPA said it ambushed"), which are read nowhere else."""
import pytest

from reading.actors import actors_of
from reading.corpus import read_text


def read(nlp, text, published="2025-05-14"):
    return nlp(read_text(text, doc_id="t", published=published))


def actors1(doc):
    return [e.actor1 for e in doc.events]


@pytest.mark.parametrize("text, side", [
    ("ISKP claimed the bombing of a mosque in Kunduz on Friday that killed 20 worshippers.", "ISKP"),
    ("Boko Haram claimed the suicide bombing at a market in Konduga on Saturday that killed nine people.", "Boko Haram"),
    ("ISIS-K claimed responsibility for the blast at a Shiite mosque in Kandahar on Friday.", "ISKP"),
])
def test_who_claims_the_attack_did_it(nlp, text, side):
    assert actors1(read(nlp, text)) == [side]


def test_a_claim_of_what_a_strike_did_is_only_told(nlp):
    # the claimant tells what the strike did; the strike's side is not named by its verb
    doc = read(nlp, "The army claimed the strike killed 20 militants near Kunduz on Monday.")
    assert doc.events and all(e.actor1 != "Afghan forces" for e in doc.events)


def test_a_claim_of_whose_shelling_it_was_is_no_perpetrator(nlp):
    doc = read(nlp, "Moscow claimed the shelling of Donetsk on Monday was carried out by Ukrainian forces.")
    assert doc.events and all(e.actor1 != "Russian forces" for e in doc.events)


def names(doc):
    return [a.name for a in actors_of(doc)]


@pytest.mark.parametrize("text, side", [
    ("The AA seized a police outpost near Maungdaw on Tuesday, residents said.", "Arakan Army"),
    ("The junta accused the AA of shelling a market in Sittwe on Monday.", "Arakan Army"),
    ("KIA fighters overran a junta outpost near Bhamo on Sunday.", "Kachin Independence Army"),
    ("NPA said it ambushed a military patrol in Masbate on Thursday.", "NPA"),
    ("The AA said it captured the town of Paletwa in Chin State on Sunday.", "Arakan Army"),
])
def test_known_initials_where_a_side_stands_are_the_group(nlp, text, side):
    doc = read(nlp, text)
    assert side in names(doc)
    assert actors1(doc) == [side]


@pytest.mark.parametrize("text", [
    "The AA warned drivers of long delays on the M25 near London on Friday.",
    "The Norwegian People's Aid (NPA) said it cleared mines near Kharkiv.",
    "Taliban spokesman Zabihullah Mujahid said they captured the district of Nahrin in Baghlan province.",
])
def test_initials_of_other_bodies_and_a_speaker_are_no_side(nlp, text):
    doc = read(nlp, text)
    assert not {"Arakan Army", "NPA", "Zabihullah Mujahid", "Taliban spokesman Zabihullah Mujahid"} & set(names(doc))


@pytest.mark.parametrize("text, words, name", [
    ("Jaish al-Adl gunmen killed four border guards near Saravan on Thursday.", "Jaish", "Jaish al-Adl"),
    ("Liwa al-Quds fighters attacked a checkpoint near Palmyra on Monday.", "Liwa", "Liwa al-Quds"),
    ("Ansar al-Sharia militants stormed a police station in Derna on Friday.", "Ansar", "Ansar al-Sharia"),
])
def test_a_group_named_with_an_article_particle_keeps_its_name(nlp, text, words, name):
    doc = read(nlp, text)
    assert [a.name for a in actors_of(doc) if words in a.text] == [name]
    assert actors1(doc) == [name]


@pytest.mark.parametrize("text, words, name", [
    ("The Myanmar army shelled villages near Hpakant on Sunday.", "army", "Myanmar forces"),
    ("Rebels overran a Myanmar military base near Lashio on Friday.", "military", "Myanmar forces"),
    ("Coalition warplanes struck Houthi positions in Hodeidah on Friday, killing six fighters.", "warplanes",
     "coalition forces"),
    ("US-led coalition aircraft struck an Islamic State hideout near Raqqa.", "aircraft", "coalition forces"),
])
def test_a_state_or_coalition_by_its_army_or_aircraft_is_its_forces(nlp, text, words, name):
    assert [a.name for a in actors_of(read(nlp, text)) if words in a.text] == [name]


@pytest.mark.parametrize("text, name, sub", [
    ("The Russian defence ministry said its forces had captured the village of Robotyne in Zaporizhzhia region.",
     "Russian forces", "Non-state actor overtakes territory"),  # (a foreign state's forces: ACLED's sub-type)
    ("The Myanmar defence ministry said its troops recaptured Lashio on Tuesday.", "Myanmar forces",
     "Government regains territory"),
    ("Pakistan's defence ministry said its troops had retaken the town of Wana in South Waziristan.", "Pakistani forces",
     "Government regains territory"),
])
def test_a_defence_ministry_speaks_for_its_forces(nlp, text, name, sub):
    doc = read(nlp, text)
    assert [(e.actor1, e.sub_event_type) for e in doc.events] == [(name, sub)]


@pytest.mark.parametrize("text, name", [
    ("The Islamic Resistance in Iraq launched drones at Eilat on Wednesday, the group said.", "Islamic Resistance in Iraq"),
    ("The Islamic Resistance in Iraq, an umbrella of Iran-backed militias, said it attacked a base near Erbil.",
     "Islamic Resistance in Iraq"),
    ("The Islamic Resistance in Lebanon said it fired rockets at Kiryat Shmona on Sunday.", "Hezbollah"),
    ("The Islamic Resistance Movement fired rockets at Ashkelon on Friday.", "Hamas"),
])
def test_a_resistance_named_in_full_is_one_side(nlp, text, name):
    assert actors1(read(nlp, text)) == [name]


def test_a_long_name_of_mujahideen_is_kept_whole(nlp):
    doc = read(nlp, "The Mujahideen of the Islamic Resistance claimed a drone attack on a US base in eastern Syria.")
    assert "Mujahideen of the Islamic Resistance" in names(doc)


def test_resistance_to_a_plan_is_no_side(nlp):
    assert not actors_of(read(nlp, "Resistance to the deal grew in Baghdad on Monday."))


@pytest.mark.parametrize("text, name", [
    ("Mai-Mai Yakutumba fighters seized the town of Fizi on Saturday.", "Mai-Mai Yakutumba"),
    ("The Mayi-Mayi Kifuafua militia attacked an army position near Walikale in North Kivu.", "Mai-Mai Kifuafua"),
    ("Mayi-Mayi militiamen attacked a gold mine near Walikale on Monday, killing nine miners.", "Mai-Mai"),
    ("The Mai-Mai on Monday attacked Baraka.", "Mai-Mai"),
])
def test_a_faction_keeps_its_own_name_after_its_movement(nlp, text, name):
    assert actors1(read(nlp, text)) == [name]


@pytest.fixture(scope="module")
def sudan_nlp(gaz):
    from reading.pipeline import default_pipeline

    return default_pipeline(gaz, profile="sudan")


@pytest.mark.parametrize("text", [
    "BOGOTA - Paramilitaries killed three farmers in Cauca province on Tuesday, local officials said. Government "
    "forces clashed with ELN rebels near Tame in Arauca.",
    "Paramilitaries loyal to a local clan shot dead two police officers in Michoacan on Friday. The army sent troops "
    "to Apatzingan.",
])
def test_a_profile_chosen_for_the_corpus_does_not_name_another_wars_sides(sudan_nlp, text):
    # a common noun among a faction's aliases ("paramilitaries") tells nothing of which war an article is about
    doc = read(sudan_nlp, text)
    assert doc.user_data["profile"] is None
    assert {"RSF", "SAF"}.isdisjoint(names(doc))


def test_the_profiles_own_article_still_names_its_sides(sudan_nlp):
    doc = read(sudan_nlp, "The paramilitaries shelled El Obeid on Monday. The army said it repelled the attack.")
    assert doc.user_data["profile"] == "sudan"
    assert {"RSF", "SAF"} <= set(names(doc))


@pytest.mark.parametrize("text, forces", [
    ("DAKAR (AFP) - Soldiers killed 12 civilians near Djibo in northern Burkina Faso on Sunday, witnesses said. "
     "Government forces said they were pursuing jihadists near Arbinda.", "Burkinabe forces"),
    ("NAIROBI (Reuters) - Government troops retook the town of Beledweyne from militants on Friday. Soldiers "
     "then pushed on towards Bulo Burto and Jalalaqsi in Hiran region.", "Somali forces"),
])
def test_a_wire_bureaus_dateline_does_not_hide_whose_army_it_is(nlp, text, forces):
    doc = read(nlp, text)
    assert {a.name for a in actors_of(doc) if a.text.lower().startswith(("soldiers", "government"))} == {forces}


@pytest.mark.parametrize("text, pair", [
    ("ARSA fighters clashed with the AA near Maungdaw on Friday.", ("ARSA", "Arakan Army")),
    ("Heavy fighting between the army and the KIA was reported near Bhamo on Monday.",
     ("Myanmar forces", "Kachin Independence Army")),
    ("Soldiers fought the BIFF near Datu Piang on Sunday.", ("Filipino forces", "BIFF")),
])
def test_initials_on_the_other_side_of_a_fight_are_a_side(nlp, text, pair):
    assert [(e.actor1, e.actor2) for e in read(nlp, text).events] == [pair]
