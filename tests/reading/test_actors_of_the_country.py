"""act: generic actors in a story about one country are that country's (ACLED's "Military Forces of X",
"Police Forces of X", "Unidentified Armed Group (X)"), named as its forces are named elsewhere ("Nigerian
forces"), so a force's own name and the bare words are one side; in a story of two states they stay as written."""

import pytest

from reading.control import is_generic_actor
from reading.corpus import read_text


def names(nlp, text, published="2024-05-14"):
    doc = nlp(read_text(text, doc_id="t", published=published))
    return {a.text: a.name for a in doc.user_data["actors"]}


@pytest.mark.parametrize("text, words, forces", [
    ("MAIDUGURI, Nigeria - Boko Haram fighters attacked Konduga in Borno State on Monday. Troops repelled them, "
     "and security forces later raided a camp near Bama.", ("Troops", "security forces"), "Nigerian forces"),
    ("MOGADISHU, Somalia - Al-Shabaab militants stormed a base in Jowhar on Tuesday. Security forces said "
     "soldiers killed nine of the attackers near Balcad.", ("Security forces", "soldiers"), "Somali forces"),
    ("OUAGADOUGOU, Burkina Faso - Jihadists ambushed a convoy near Djibo on Sunday. The army said troops "
     "killed 30 of them near Dori.", ("army", "troops"), "Burkinabe forces"),
])
def test_generic_state_forces_are_the_countrys(nlp, text, words, forces):
    got = names(nlp, text)
    assert [got[w] for w in words] == [forces] * len(words), got


def test_a_forces_own_name_and_the_bare_words_are_one_side(nlp):
    got = names(nlp, "BUKAVU, Democratic Republic of Congo - The FARDC shelled positions near Kamanyola in South "
                     "Kivu on Friday. Security forces then searched Uvira, where soldiers arrested two men.")
    assert got["The FARDC"] == got["Security forces"] == got["soldiers"] == "Congolese forces"


def test_bare_police_are_the_countrys_police(nlp):
    got = names(nlp, "NAIROBI, Kenya - Protesters blocked roads in Kisumu on Tuesday and police fired tear gas "
                     "at them in Nakuru.")
    assert got["police"] == "Kenyan police"


@pytest.mark.parametrize("text, word, group", [
    ("KADUNA, Nigeria - Gunmen abducted 20 villagers near Birnin Gwari on Thursday.", "Gunmen",
     "Unidentified Armed Group (Nigeria)"),
    ("PESHAWAR, Pakistan - Unknown gunmen shot dead a police officer in Bannu on Saturday.", "gunmen",
     "Unidentified Armed Group (Pakistan)"),
])
def test_unnamed_gunmen_carry_the_country_and_stay_nobody(nlp, text, word, group):
    got = names(nlp, text)
    assert got[word] == group
    assert is_generic_actor(group)  # nobody in particular: no zone, no side of its own


@pytest.mark.parametrize("text, word, kept", [
    ("Indian and Pakistani forces exchanged fire across the Line of Control near Poonch on Monday. "
     "Troops also clashed near Kupwara.", "Troops", "troops"),
    ("Russian forces shelled Sumy on Monday. Ukrainian forces struck Belgorod, and the army said "
     "troops held Vovchansk.", "troops", "troops"),
])
def test_two_states_leave_the_bare_words_as_written(nlp, text, word, kept):
    assert names(nlp, text)[word] == kept


def test_someone_elses_soldiers_are_not_the_countrys(nlp):
    got = names(nlp, "GAO, Mali - JNIM said its soldiers seized a post near Ansongo on Monday.")
    assert got.get("soldiers") != "Malian forces"


def test_in_a_profiles_country_the_bare_troops_are_its_government_faction(nlp):
    doc = nlp(read_text("PORT SUDAN, Sudan - The Sudanese army shelled Rapid Support Forces positions in Bahri on "
                        "Monday. Troops also pushed toward Omdurman.", doc_id="t", published="2024-05-14"))
    got = {a.text: a.faction for a in doc.user_data["actors"]}
    assert doc.user_data["profile"] == "sudan"
    assert got["Troops"] == got["Sudanese army"] == "SAF"


def test_a_patron_denying_its_part_fields_no_troops(nlp):
    got = names(nlp, "JUBA, South Sudan - SPLA-IO fighters attacked Nasir in Upper Nile on Monday. Uganda denied "
                     "arming either side. Troops later retook Ulang.")
    assert got["Troops"] == "South Sudanese forces"


def test_a_foreign_state_striking_keeps_the_bare_army_as_written(nlp):
    got = names(nlp, "BEIRUT, Lebanon - Israel struck Nabatieh and Tyre on Monday, killing four people. The army "
                     "said it had closed roads near Marjayoun.")
    assert got["army"] == "army"
