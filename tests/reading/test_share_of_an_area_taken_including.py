"""A side that took a share of an area, told with the towns it includes ("the army has regained much of central Sudan
in recent months, including Wad Madani and Sennar"), took those towns, as a hold of such a share already reads
("holds much of central Sudan, including Wad Madani")."""
from reading.corpus import read_text


def claims(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-03-03"))
    return sorted((c.relation, c.location.name) for c in doc.claims)


def test_towns_included_in_a_share_regained_are_taken(nlp):
    assert claims(nlp, "The army has regained much of central Sudan in recent months, including Wad Madani and "
                       "Sennar.") == [("took", "Sennar"), ("took", "Wad Medani")]


def test_a_town_included_in_a_share_seized_is_taken(nlp):
    assert claims(nlp, "Islamic State fighters seized large parts of Anbar province last year, including Ramadi.") == \
        [("took", "Ramadi")]


def test_a_share_held_including_a_town_is_still_a_hold(nlp):
    assert claims(nlp, "The army holds much of central Sudan, including Wad Madani.") == [("holds", "Wad Medani")]
