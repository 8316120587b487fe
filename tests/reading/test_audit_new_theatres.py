"""An end-to-end audit on new theatres (eastern Congo, Syria 2024, Kursk, Myanmar, Sudan, the Sahel,
Lebanon, Somalia): events and claims. Sentences unlike the audit corpus's (other places and names)."""
import pytest

from reading.corpus import read_text


def read(nlp, text, published="2023-10-18", title=None):  # a Wednesday
    return nlp(read_text(text, doc_id="t", published=published, title=title))


def rows(doc):
    return [(e.sub_event_type, e.actor1, getattr(e.location, "name", None)) for e in doc.events]


# --- who tells of a capture by others did not make it ----------------------------------------------


@pytest.mark.parametrize("text, teller", [
    ('The Ethiopian army admitted on Monday that "extremist elements" had entered the town of Dessie.', "Ethiopian"),
    ("Mozambique's defence ministry acknowledged that insurgent groups had overrun the port of Palma.", "Mozambi"),
    ("The Nigerian army conceded on Tuesday that armed gangs had seized the town of Gwoza.", "Nigerian"),
])
def test_the_teller_of_a_capture_by_others_is_not_the_taker(nlp, text, teller):
    doc = read(nlp, text)
    assert doc.events, rows(doc)
    assert not [e for e in doc.events if teller in (e.actor1 or "")], rows(doc)
    assert not [c for c in doc.claims if teller in c.faction], [(c.faction, c.relation) for c in doc.claims]


@pytest.mark.parametrize("text", [
    "The Ethiopian army said on Monday that its troops had recaptured the town of Dessie.",
    "The Ethiopian army said on Monday that troops had recaptured the town of Dessie.",
    "The Ethiopian army said on Monday that it had recaptured the town of Dessie.",
])
def test_the_teller_of_its_own_capture_stays_the_taker(nlp, text):
    doc = read(nlp, text)
    assert [e for e in doc.events if "Ethiopian" in (e.actor1 or "")], rows(doc)
