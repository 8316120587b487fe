"""A state's service branch named with its country ("the Ghana Armed Forces", "the US Navy", "the Indian Air
Force") or by a name of its own ("the Royal Navy", "RAF", "the IRGC") is that state's forces: one side, one legend entry,
with "Ghanaian troops"; a newspaper named after a country ("the Sudan Tribune") is no force."""
import pytest

from reading.actors import actors_of
from reading.corpus import read_text


def read(nlp, body, title="t", published="2026-05-02"):
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


@pytest.mark.parametrize("body, phrase, side", [
    ("ACCRA, May 2 - The Ghana Armed Forces said troops were sent to Bawku on Thursday.", "Ghana Armed Forces",
     "Ghanaian forces"),
    ("MANAMA, May 2 - The US Navy shot down two drones over the Red Sea on Thursday.", "US Navy", "American forces"),
    ("LONDON, May 2 - The Royal Navy escorted a tanker through the Channel on Thursday.", "Royal Navy",
     "British forces"),
    ("LONDON, May 2 - RAF jets struck a radar site in Yemen on Thursday.", "RAF", "British forces"),
    ("NEW DELHI, May 2 - The Indian Air Force struck camps near Muzaffarabad on Thursday.", "Indian Air Force",
     "Indian forces"),
    ("JERUSALEM, May 2 - The Israeli Navy shelled Gaza City on Thursday.", "Israeli Navy", "Israeli forces"),
    ("KYIV, May 2 - The Ukraine Air Force said it shot down 40 drones over Kharkiv on Thursday.", "Ukraine Air Force",
     "Ukrainian forces"),
    ("BAGHDAD, May 2 - The Islamic Revolutionary Guard Corps fired missiles at Erbil on Thursday.",
     "Revolutionary Guard Corps", "Iranian forces"),
    ("DUBAI, May 2 - IRGC forces fired missiles at Erbil on Thursday.", "IRGC", "Iranian forces"),
])
def test_a_service_branch_is_its_states_forces(nlp, body, phrase, side):
    doc = read(nlp, body)
    got = [(a.name, a.country) for a in actors_of(doc) if phrase in a.text]
    assert got and all(name == side for name, _ in got), actors_of(doc)


def test_the_branch_and_the_troops_are_one_side(nlp):
    doc = read(nlp, "ACCRA, May 2 - The Ghana Armed Forces shelled Bawku on Thursday, and Ghanaian troops later "
                    "clashed with gunmen near Bawku.")
    assert {e.actor1 for e in doc.events if e.actor1} == {"Ghanaian forces"}


def test_a_paper_named_after_a_country_is_no_force(nlp):
    doc = read(nlp, "KHARTOUM, May 2 - The Sudan Tribune reported clashes in El Fasher on Thursday.")
    assert not [a for a in actors_of(doc) if "forces" in a.name]
