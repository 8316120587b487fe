"""A list's later place may come with a description between the "and" and its name ("Hodeidah and the capital
Sanaa", "and the capital, Sanaa", "Goma and the nearby town of Sake", "Marib and the provincial capital Ataq"): each
place of the list is held, taken or struck."""
from reading.corpus import read_text


def read(nlp, text, published="2025-05-10"):
    return nlp(read_text(text, doc_id="t", published=published))


def held(doc):
    return sorted((c.relation, c.location.name) for c in doc.claims)


def test_a_capital_told_with_its_title_is_held_too(nlp):
    doc = read(nlp, "The Houthis, who have controlled Hodeidah and the capital Sanaa since 2014, said they repelled "
                    "the attack.")
    assert [n for _, n in held(doc)] == ["Al Ḩudaydah", "Sanaa"], doc.claims
    doc = read(nlp, "The Houthis control Hodeidah and the capital, Sanaa.")
    assert [n for _, n in held(doc)] == ["Al Ḩudaydah", "Sanaa"], doc.claims


def test_a_nearby_town_of_a_list_is_held_too(nlp):
    doc = read(nlp, "M23 holds Goma and the nearby town of Sake.")
    assert [n for _, n in held(doc)] == ["Goma", "Sake"], doc.claims


def test_a_provincial_capital_struck_in_a_list_is_an_event_of_its_own(nlp):
    doc = read(nlp, "Houthi missiles struck Marib and the provincial capital Ataq on Monday.")
    assert sorted(e.location.name for e in doc.events) == ["Ataq", "Ma'rib"], doc.events


def test_a_preposition_after_the_and_ends_the_list(nlp):
    doc = read(nlp, "M23 holds Goma and fighting went on outside the town of Sake.")
    assert [n for _, n in held(doc)] == ["Goma"], doc.claims
