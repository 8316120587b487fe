"""evf: a side named after "held by", "manned by", "guarded by" holds the object attacked: it is the side attacked,
not the attacker; and a sentence naming the attack told just before ("The attacks on 9 May targeted positions held
by X") is that attack, not a second one by X. Sentences of our own."""
from tests.reading.mapped_events import read_report

VIOLENT = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def _sides(doc):
    return [(e.actor1, e.actor2) for e in doc.events if e.event_type in VIOLENT]


def test_positions_held_by_troops_are_the_troops_attacked(nlp):
    doc = read_report(nlp, "Drones targeted positions held by Ukrainian troops near Siversk on Monday.", "2025-05-20")
    assert _sides(doc) == [("", "Ukrainian forces")], _sides(doc)


def test_a_convoy_guarded_by_soldiers_is_theirs(nlp):
    doc = read_report(nlp, "Gunmen ambushed a convoy guarded by Nigerien soldiers near Tahoua on Sunday.", "2025-05-20")
    sides = _sides(doc)
    assert len(sides) == 1 and sides[0][1] == "Nigerien forces" and sides[0][0] != "Nigerien forces", sides


def test_the_attacks_named_again_by_their_target_are_one(nlp):
    doc = read_report(nlp, "Houthi fighters attacked Saudi border posts near Najran on 9 May. The attacks on 9 May "
                           "targeted positions held by Saudi troops along the frontier.", "2025-05-12")
    sides = _sides(doc)
    assert len(sides) == 1 and sides[0][0] == "Houthis", sides
