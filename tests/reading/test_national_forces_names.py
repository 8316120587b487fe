"""ev16: a force's own capitalised name that opens with its country or nationality ("the Kenya Defence Forces",
"the Uganda People's Defence Force", "the Zimbabwe National Army") is that state's forces, named "<Demonym>
forces" as "Kenyan troops" are (one side, one name on the map and legend, as "the IDF" is "Israeli forces");
a known group named after a land ("the Syrian National Army", "the Arakan Army") keeps its own name.
Sentences of our own."""
import pytest

from reading.corpus import read_text


def actors(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return [(e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize("text, side", [
    ("The Kenya Defence Forces killed ten al-Shabaab fighters near Lamu on Monday.", "Kenyan forces"),
    ("The Uganda People's Defence Force clashed with ADF rebels near Beni on Saturday.", "Ugandan forces"),
    ("The Rwanda Defence Force clashed with FDLR rebels near Gisenyi on Friday.", "Rwandan forces"),
    ("The Zimbabwe National Army clashed with gunmen near Kariba on Friday.", "Zimbabwean forces"),
])
def test_a_force_named_after_its_country_is_the_states_forces(nlp, text, side):
    got = actors(nlp, text)
    assert got and got[0][0] == side, got


def test_the_named_force_and_the_demonym_are_one_side(nlp):
    doc = nlp(read_text("Kenyan troops killed five militants near Mandera on Sunday. On Monday the Kenya Defence "
                        "Forces clashed with al-Shabaab fighters near Kiunga.", doc_id="t", published="2025-06-11"))
    assert {e.actor1 for e in doc.events} == {"Kenyan forces"}, doc.events


@pytest.mark.parametrize("text, group", [
    ("The Syrian National Army clashed with the SDF near Manbij on Friday.", "Syrian National Army"),
    ("The Arakan Army clashed with junta troops near Paletwa on Friday.", "Arakan Army"),
])
def test_groups_named_after_a_land_keep_their_names(nlp, text, group):
    got = actors(nlp, text)
    assert got and group in got[0], got
