"""A country told as having, keeping or contributing troops ("Kenya and Ethiopia also have troops in the
country") sends a side to the story; it is not where the story is: its name votes as an actor's, so the
article's country stays the one its places lie in. A country told as a place still votes as one.
Sentences of our own."""
import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-09-04"))


@pytest.mark.parametrize("text, iso", [
    ("Troops clashed with gunmen in Jowhar on Monday. Kenya, Ethiopia and Uganda have contributed troops "
     "to the African Union mission.", "SO"),
    ("Gunmen attacked a checkpoint in Bunia on Monday. Uganda has about 4,000 soldiers in the region.", "CD"),
    ("Jihadists ambushed a convoy near Menaka on Sunday. France and Chad have stationed troops in the area.", "ML"),
])
def test_troop_contributors_do_not_take_the_article(nlp, text, iso):
    doc = read(nlp, text)
    assert doc.focus_country == iso
    assert all(getattr(e.location, "country", None) == iso for e in doc.events), doc.events


def test_a_country_where_things_happen_still_votes(nlp):
    doc = read(nlp, "Floods hit Kenya on Monday. Kenya has had heavy rains in Garissa since March.")
    assert doc.focus_country == "KE"
