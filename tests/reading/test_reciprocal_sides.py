"""Two sides named together that act on each other ("the army and the RSF shelled each other's
positions", "traded fire", "fired at one another"): both are sides of one fight, actor1 and actor2,
not allies striking a third. Sentences of our own."""
import pytest

from reading.corpus import read_text


def violent(nlp, text, published="2025-06-11"):
    doc = nlp(read_text(text, doc_id="t", published=published))
    return [(e.event_type, e.actor1, e.actor2) for e in doc.events
            if e.event_type in ("Explosions/Remote violence", "Violence against civilians", "Battles")]


@pytest.mark.parametrize("text, sides", [
    ("Sudan's army and the RSF pounded one another's lines with artillery in Bahri on Saturday.", {"SAF", "RSF"}),
    ("Hamas and Fatah fighters fired at one another outside a mosque in Khan Younis on Sunday.", {"Hamas", "Fatah fighters"}),
    ("M23 rebels and Congolese troops traded fire near Rutshuru on Wednesday.", {"M23", "Congolese forces"}),
    ("The Malian army and JNIM accused each other of shelling Boni on Tuesday.", {"Malian forces", "JNIM"}),
])
def test_both_sides_of_a_reciprocal_fight(nlp, text, sides):
    rows = violent(nlp, text)
    assert rows and {rows[0][1], rows[0][2]} == sides, rows


def test_allies_striking_a_third_stay_one_side(nlp):
    rows = violent(nlp, "French and Malian jets struck a JNIM camp near Boni on Tuesday.")
    assert rows and rows[0][2] in ("", "JNIM"), rows
    assert "Malian" not in rows[0][2], rows
