"""A dateline abroad ("NAIROBI (Reuters) -" over a Somalia story) is where the report was filed: an event
whose sentence names no place but an armed group that fights in one other country is in that country
(precision 3, with a note), and an event told with no place at all is in the article's country, not near
that town; a dateline in the story's own country still places it. Sentences of our own."""
from reading.corpus import read_text


def placed(nlp, text, published="2025-06-11"):
    doc = nlp(read_text(text, doc_id="t", published=published))
    return doc.focus_country, [(getattr(e.location, "name", ""), getattr(e.location, "precision", None),
                                e.location_note) for e in doc.events]


def test_a_dateline_in_a_neighbouring_country_is_not_the_place(nlp):
    focus, rows = placed(nlp, "NAIROBI, March 2 (Reuters) - Al-Shabaab fighters overran an army outpost before dawn "
                              "on Sunday, killing six Somali soldiers, a Somali military officer said. Somalia's "
                              "army has fought the group for nearly two decades.")
    assert focus == "SO", focus
    assert rows and rows[0][0] == "Somalia" and rows[0][1] == 3 and "Nairobi" in rows[0][2], rows
    assert all(r[0] != "Nairobi" for r in rows), rows  # (nor "near Nairobi" for the war told in passing)


def test_a_dateline_at_home_still_places_the_event(nlp):
    focus, rows = placed(nlp, "NAIROBI, March 2 (Reuters) - Kenyan police fired tear gas at protesters in Nairobi "
                              "on Tuesday.")
    assert rows and rows[0][0] == "Nairobi" and rows[0][1] == 1, rows


def test_a_group_of_one_country_reported_from_a_neighbours_capital(nlp):
    _, rows = placed(nlp, "KIGALI, June 10 (Reuters) - M23 rebels shelled a camp for displaced people on Monday, "
                          "killing four, aid workers said.")
    assert rows and rows[0][0] == "Dem. Rep. Congo" and rows[0][1] == 3 and "Kigali" in rows[0][2], rows
