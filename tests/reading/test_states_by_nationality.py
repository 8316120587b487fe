"""A government named by its nationality ("the Ethiopian government", "the Sudanese authorities",
"the Burkinabe junta") is that country's state actor, named as its forces are ("Ethiopian forces"),
so its events and its army's fall to one side; a company or a spokesman named by the same word is
no actor, and a crowd's protest against a government is not the government intervening.
Sentences of our own."""
import pytest

from reading.actors import actors_of
from reading.corpus import read_text


def read(nlp, text, published="2025-06-11"):
    return nlp(read_text(text, doc_id="t", published=published))


@pytest.mark.parametrize("text, actor", [
    ("The Ethiopian government launched drone strikes on Debre Markos on Tuesday.", "Ethiopian forces"),
    ("The Malian junta bombed a market near Kidal on Sunday, killing 11 people.", "Malian forces"),
    ("The Chadian regime launched air strikes near Faya-Largeau on Saturday.", "Chadian forces"),
    ("The Burkinabe regime's soldiers attacked a village near Dori on Monday.", "Burkinabe forces"),
])
def test_a_government_named_by_nationality_acts_as_its_state(nlp, text, actor):
    doc = read(nlp, text)
    assert [e.actor1 for e in doc.events if e.event_type != "Protests"][:1] == [actor], doc.events


def test_the_authorities_arresting_protesters_are_the_intervening_side(nlp):
    doc = read(nlp, "The Togolese authorities detained 40 demonstrators in Lome on Thursday.")
    assert any(e.event_type == "Protests" and e.actor2 == "Togolese forces" for e in doc.events), doc.events


@pytest.mark.parametrize("text", [
    "Ethiopian Airlines cancelled flights to Gondar on Tuesday.",
    "A Somali government spokesman visited Baidoa on Monday.",
    "Kenyan government officials toured Garissa on Tuesday.",
])
def test_companies_and_spokesmen_named_by_nationality_are_no_state(nlp, text):
    doc = read(nlp, text)
    assert not [a for a in actors_of(doc) if a.kind == "state"], actors_of(doc)


def test_who_protesters_march_against_is_not_the_intervening_side(nlp):
    doc = read(nlp, "Thousands of students protested against the Ugandan government in Kampala on Monday.")
    protests = [e for e in doc.events if e.event_type == "Protests"]
    assert protests and protests[0].actor2 == "", protests


def test_the_government_accusing_a_group_is_not_the_attacker(nlp):
    doc = read(nlp, "The Cameroonian government accused separatist fighters of burning 20 homes in Bamenda on Sunday.")
    assert not any(e.actor1 == "Cameroonian forces" for e in doc.events), doc.events


@pytest.mark.parametrize("text, actor", [
    ("Nigeria's army bombed a camp in the Sambisa forest on Friday, killing 30 fighters.", "Nigerian forces"),
    ("Myanmar's military shelled a village in Magway on Tuesday, killing six people.", "Myanmar forces"),
    ("Chad's government launched air strikes near Tibesti on Sunday.", "Chadian forces"),
])
def test_a_country_s_army_or_government_is_its_state_actor(nlp, text, actor):
    doc = read(nlp, text)
    assert [e.actor1 for e in doc.events][:1] == [actor], doc.events
