""""Both sides" / "the two sides" acting in a sentence that names neither: the two opposed sides
named in the sentence or two before it, in the same paragraph, are actor1 and actor2 (a fight told
with both its sides, or "fighting between X and Y"); nobody is guessed from farther away.
Sentences of our own."""
import pytest

from reading.corpus import read_text


def sides(nlp, text, where, published="2025-06-11"):
    """(actor1, actor2) of the violent events told in the sentence holding ``where``."""
    doc = nlp(read_text(text, doc_id="t", published=published))
    return [(e.actor1, e.actor2) for e in doc.events
            if e.event_type in ("Battles", "Explosions/Remote violence") and where in e.evidence.sentence]


@pytest.mark.parametrize("text, where, pair", [
    ("Fighting between the Burkinabe army and JNIM flared near Djibo on Friday. On Saturday, both sides "
     "shelled each other's positions in Arbinda.", "Arbinda", {"Burkinabe forces", "JNIM"}),
    ("Al-Shabaab fighters attacked Somali troops near Afgooye on Monday. The two sides traded fire again "
     "in Wanlaweyn on Wednesday.", "Wanlaweyn", {"al-Shabaab", "Somali forces"}),
    ("ADF rebels ambushed Congolese troops near Eringeti on Friday. On Saturday the two sides fought again "
     "outside Oicha.", "Oicha", {"ADF", "Congolese forces"}),
    ("M23 rebels clashed with Congolese troops near Masisi on Monday, witnesses said. Civilians fled the "
     "area. On Tuesday the warring parties exchanged artillery fire around Kitshanga.", "Kitshanga",
     {"M23", "Congolese forces"}),
])
def test_both_sides_are_the_sides_named_just_before(nlp, text, where, pair):
    got = sides(nlp, text, where)
    assert got and set(got[0]) == pair, got


def test_sides_named_in_another_paragraph_are_not_taken(nlp):
    text = ("Fighting between the Burkinabe army and JNIM flared near Djibo on Friday.\n\n"
            "On Saturday, both sides shelled each other's positions in Arbinda.")
    got = sides(nlp, text, "Arbinda")
    assert got and got[0] == ("", ""), got


def test_sides_named_three_sentences_before_are_not_taken(nlp):
    text = ("Fighting between the Burkinabe army and JNIM flared near Djibo on Friday. Aid groups warned of "
            "hunger. Schools closed. Markets shut. On Saturday, both sides shelled each other's positions in "
            "Arbinda.")
    got = sides(nlp, text, "Arbinda")
    assert got and got[0] == ("", ""), got


def test_a_protest_and_its_police_are_no_two_sides_of_a_fight(nlp):
    text = "Kenyan police arrested 20 protesters in Nairobi on Monday. In Garissa on Tuesday, both sides traded fire."
    got = sides(nlp, text, "Garissa")
    assert got and got[0] == ("", ""), got


def test_whom_a_side_ambushes_is_the_other_side(nlp):
    got = sides(nlp, "ADF rebels ambushed Congolese troops near Eringeti on Friday, killing five.", "Eringeti")
    assert got and got[0] == ("ADF", "Congolese forces"), got
