"""A named natural feature the gazetteer lacks ("in the Kamuku forest", "in the Mandara mountains") is
where an event was, not the town of the dateline it was reported from: the event goes to the province
around that town (precision 3), or its country when filed from the capital, with a note that says so.
Sentences of our own."""
from reading.corpus import read_text


def placed(nlp, text, published="2025-06-11"):
    doc = nlp(read_text(text, doc_id="t", published=published))
    return [(getattr(e.location, "name", ""), getattr(e.location, "precision", None), e.location_note)
            for e in doc.events]


def test_a_forest_not_found_is_not_the_dateline_town(nlp):
    rows = placed(nlp, "KADUNA, Nigeria, June 3 (Reuters) - Soldiers raided bandit camps in the Kamuku forest on "
                       "Tuesday, killing seven gunmen, the army said.")
    assert rows and rows[0][1] == 3, rows  # (Kaduna state, not the town)
    assert "Kamuku forest" in rows[0][2], rows


def test_mountains_not_found_go_to_the_province_of_the_dateline(nlp):
    rows = placed(nlp, "MAIDUGURI, Nigeria, June 3 (Reuters) - Jihadists ambushed a patrol in the Mandara mountains "
                       "on Sunday, killing four soldiers, officials said.")
    assert rows and rows[0][0] == "Borno" and rows[0][1] == 3, rows


def test_filed_from_the_capital_it_is_the_country(nlp):
    rows = placed(nlp, "ABUJA, Nigeria, June 3 (Reuters) - Soldiers raided bandit camps in the Kamuku forest on "
                       "Tuesday, killing seven gunmen, the army said.")
    assert rows and rows[0][0] == "Nigeria" and rows[0][1] == 3, rows


def test_a_town_named_keeps_its_place(nlp):
    rows = placed(nlp, "MAIDUGURI, Nigeria, June 3 (Reuters) - Jihadists attacked Konduga on Sunday, "
                       "killing four farmers, officials said.")
    assert rows and rows[0][0] == "Konduga" and rows[0][1] == 1, rows
