"""In a conflict profile's own country, its forces named by nationality ("Sudanese troops", "Sudan's
soldiers", "Sudanese warplanes") are the profile's government faction (SAF in the Sudan war, as its alias
"Sudanese army" is), so both sides of the war carry the profile's names; the police, another country's
forces and a profile with two governments (Libya) keep the demonym's name. Sentences of our own."""
import pytest

from reading.corpus import read_text
from reading.profiles import load_profile


def first_actor(nlp, text, published="2025-06-11"):
    doc = nlp(read_text(text, doc_id="t", published=published))
    return doc.user_data.get("profile"), [(e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize("text", [
    "Sudanese troops fought RSF fighters on the outskirts of El Obeid on Thursday.",
    "Sudanese soldiers pushed the RSF out of the village of Um Sumeima on Friday after heavy fighting.",
    "Sudanese warplanes bombed RSF positions around Nyala on Monday, killing nine fighters.",
])
def test_the_countrys_forces_by_nationality_are_the_profiles_army(nlp, text):
    profile, rows = first_actor(nlp, text)
    assert profile == "sudan", profile
    assert rows and rows[0][0] == "SAF", rows


def test_another_countrys_forces_keep_their_name(nlp):
    profile, rows = first_actor(nlp, "Chadian soldiers clashed with RSF fighters near the border town of Adre "
                                     "in Sudan on Monday, Sudanese officials said.")
    assert rows and rows[0][0] == "Chadian forces", rows


def test_a_profile_with_two_governments_names_no_side():
    assert load_profile("libya").state_faction() is None
    assert load_profile("sudan").state_faction() == "SAF"
