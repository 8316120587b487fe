"""evf: a sentence telling more of a fight (no place, no day of its own) after one sentence that tells nothing of its
own ("Residents heard heavy gunfire.") is still that fight, not a second one; not after a paragraph break or a
sentence told apart ("Elsewhere, ..."). Sentences of our own."""
from tests.reading.mapped_events import read_report


def _fights(doc):
    return [(e.location.name if e.location is not None else None, e.fatalities) for e in doc.events
            if e.event_type == "Battles"]


def test_a_toll_two_sentences_after_the_fight_is_its_toll(nlp):
    doc = read_report(nlp, "Rebels clashed with soldiers near Beni on Thursday. Residents heard heavy gunfire. "
                           "Three soldiers were killed in a firefight.", "2025-04-21")
    assert _fights(doc) == [("near Beni", 3)], _fights(doc)


def test_a_sentence_told_apart_keeps_its_own_event(nlp):
    doc = read_report(nlp, "Rebels clashed with soldiers near Beni on Thursday. Elsewhere, residents heard heavy "
                           "gunfire. Three soldiers were killed in a firefight.", "2025-04-21")
    assert len(_fights(doc)) == 2, _fights(doc)
