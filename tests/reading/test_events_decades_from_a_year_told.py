""""Two decades earlier, ..." after a year told dates its events that many decades from it, as "Two years
earlier" does: history, not the publication day."""
from reading.corpus import read_text


def _years(nlp, text, published):
    doc = nlp(read_text(text, doc_id="t", published=published))
    return sorted(e.date.start.year for e in doc.events)


def test_decades_earlier_than_a_year_told(nlp):
    text = ("Opinion\n\nIn March 2012, rebels seized Gao. Two decades earlier, Tuareg fighters had attacked "
            "army posts near Menaka.")
    assert _years(nlp, text, "2025-11-03") == [1992, 2012]


def test_a_decade_later_than_a_year_told(nlp):
    text = ("Analysis\n\nIn 1994, militias massacred villagers near Gitarama. A decade later, gunmen killed "
            "refugees in Gatumba.")
    assert _years(nlp, text, "2024-06-01") == [1994, 2004]
