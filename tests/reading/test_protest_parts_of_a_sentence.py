"""Gold 6: "Protests were also held in A, B and C; in D, a crowd stormed the governor's office": the riot past the
semicolon, with a place of its own, is D's; the protests before it stay peaceful. A part past a semicolon that
names no place still tells of the same crowd. Sentences of our own."""
from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def kinds_at(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return sorted((e.location.name, e.event_type) for e in mapped(doc))


def test_a_riot_told_past_a_semicolon_with_its_own_town_is_not_the_protests(nlp):
    got = kinds_at(nlp, "Protests were also held in Lusaka, Ndola and Kitwe; in Kabwe, a crowd stormed the district "
                        "office and looted it.")
    assert got == [("Kabwe", "Riots"), ("Kitwe", "Protests"), ("Lusaka", "Protests"), ("Ndola", "Protests")], got


def test_a_riot_told_before_the_semicolon_is_not_the_protest_after_it(nlp):
    got = kinds_at(nlp, "In Kabwe, a crowd stormed the district office and looted it; protests were also held in "
                        "Lusaka.")
    assert got == [("Kabwe", "Riots"), ("Lusaka", "Protests")], got


def test_violence_past_a_semicolon_naming_no_place_is_the_same_crowd(nlp):
    got = kinds_at(nlp, "Hundreds of people protested in Lusaka on Monday; some of them threw stones at the police.")
    assert got == [("Lusaka", "Riots")], got
