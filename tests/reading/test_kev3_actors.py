"""Whose forces an unnamed "army" is, and bodies named after the land they serve in.

Sentences written for these rules (other places and conflicts than the reports that revealed them)."""
import pytest

from reading.actors import actors_of
from reading.corpus import read_text


def read(nlp, text, published="2026-05-12"):
    return nlp(read_text(text, doc_id="t", published=published))


def names(doc, word):
    return [a.name for a in actors_of(doc) if a.text.lower().endswith(word)]


# A lower-case "the army", "troops", "soldiers" in an article about one country: that country's forces.
@pytest.mark.parametrize("text, word, name", [
    ("NIAMEY, Niger - Gunmen attacked a market in Tillabéri on Sunday. The army said it killed 11 of the attackers.",
     "army", "Nigerien forces"),
    ("Troops recaptured Kalehe in South Kivu on Friday after two days of fighting, local officials said.",
     "troops", "Congolese forces"),
    ("OUAGADOUGOU - Jihadists ambushed a convoy near Djibo on Monday, killing 14 soldiers, security sources said.",
     "soldiers", "Burkinabe forces"),
    ("The military shelled rebel positions around Kutkai in northern Shan State on Thursday, residents said.",
     "military", "Myanmar forces"),  # (act: the name "Tatmadaw" and "Myanmar's army" have: one side)
])
def test_unnamed_forces_are_the_one_countrys(nlp, text, word, name):
    assert names(read(nlp, text), word) == [name]


def test_the_event_names_the_countrys_forces(nlp):
    doc = read(nlp, "BAMAKO - Soldiers killed nine suspected jihadists near Ténenkou on Saturday, the army said.")
    assert [e.actor1 for e in doc.events if e.event_type == "Battles"] == ["Malian forces"], doc.events


# ... but not when another state acts in the article, nor somebody else's soldiers, nor with no country at all.
@pytest.mark.parametrize("text, word", [
    ("KYIV - Russian drones struck Sumy overnight. The army said its air defences downed 31 of them.", "army"),
    ("Ethiopian troops crossed into Somalia near Dolow on Monday. Soldiers set up checkpoints along the road.",
     "soldiers"),
    ("Troops clashed with gunmen near the border on Sunday, killing six.", "troops"),
    ("JUBA - The SPLA-IO said it killed 40 enemy soldiers near Nasir on Monday.", "soldiers"),
])
def test_unnamed_forces_left_as_written_when_unclear(nlp, text, word):
    got = names(read(nlp, text), word)
    assert got and all(not n.endswith(" forces") for n in got), got


def test_a_groups_own_troops_stay_the_groups(nlp):
    doc = read(nlp, "MAIDUGURI, Nigeria - The Multinational Joint Task Force said its troops killed 22 ISWAP "
                    "fighters near Monguno on Sunday.")
    assert names(doc, "troops") == ["Multinational Joint Task Force"]


# A body named after the land it serves in ("... Mission in <country>") is one actor, not the country.
@pytest.mark.parametrize("text, body", [
    ("The United Nations Interim Force in Lebanon said its positions near Naqoura came under fire on Monday.",
     "United Nations Interim Force in Lebanon"),
    ("The United Nations Mission in South Sudan (UNMISS) condemned the attack on Bentiu on Tuesday.",
     "United Nations Mission in South Sudan"),
    ("The European Union Training Mission in Mali suspended its courses in Koulikoro on Friday.",
     "European Union Training Mission in Mali"),
    ("The UN Stabilization Mission in the Democratic Republic of the Congo said its peacekeepers repelled an attack "
     "near Beni on Sunday.", "UN Stabilization Mission in the Democratic Republic of the Congo"),
])
def test_a_mission_in_a_country_is_one_actor(nlp, text, body):
    doc = read(nlp, text)
    got = [a.name for a in actors_of(doc)]
    assert body in got, got
    assert not [a for a in actors_of(doc) if a.kind == "country"], actors_of(doc)


def test_the_mission_acts_in_the_event(nlp):
    doc = read(nlp, "The African Union Mission in Somalia clashed with al-Shabaab fighters near Baidoa on Monday.")
    assert [(e.actor1, e.actor2) for e in doc.events] == [("African Union Mission in Somalia", "al-Shabaab")]
