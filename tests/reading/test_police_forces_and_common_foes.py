"""ev21: a police force by its own name ("the Uganda Police Force", "the Kenya Police Service", "Mali's
Gendarmerie Nationale") is its state's police, the same actor as "Ugandan police"; with no country in its name,
"police". Pirates and kidnappers act as a generic actor (as gunmen and bandits do), and "Unknown gunmen" at a
sentence's start are "gunmen". Sentences of our own."""
import pytest

from reading.corpus import read_text


def read(nlp, body):
    return nlp(read_text(f"t\n\n{body}", doc_id="t", published="2026-05-02", title="t"))


@pytest.mark.parametrize("body, name, iso", [
    ("The Uganda Police Force detained 14 opposition supporters in Gulu on Friday.", "Ugandan police", "UG"),
    ("The Kenya Police Service shot dead two suspects in Garissa on Friday.", "Kenyan police", "KE"),
    ("Mali's Gendarmerie Nationale detained four traders in Sikasso on Friday.", "Malian police", "ML"),
])
def test_a_police_force_by_its_own_name_is_its_states_police(nlp, body, name, iso):
    doc = read(nlp, body)
    assert [(a.name, a.kind, a.country) for a in doc.user_data["actors"] if "olice" in a.name] == [(name, "state", iso)]
    assert [e.actor1 for e in doc.events] == [name]


def test_a_police_force_of_no_country_named_is_the_police(nlp):
    doc = read(nlp, "The National Gendarmerie detained four traders in Sikasso on Friday.")
    assert [e.actor1 for e in doc.events] == ["police"]


@pytest.mark.parametrize("body, actor", [
    ("Suspected pirates hijacked a dhow off Hobyo on Friday.", "pirates"),
    ("Unknown gunmen shot dead three farmers in Bokkos on Friday.", "gunmen"),
])
def test_common_foes_act(nlp, body, actor):
    assert [e.actor1 for e in read(nlp, body).events] == [actor]
