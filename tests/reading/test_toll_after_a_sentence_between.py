"""A toll told two sentences after its attack, with one sentence between that tells no event ("Gangs stormed X on
Monday. The attackers came in pickup trucks. At least 15 people were killed"), is that attack's toll; not across a
paragraph break, and not when the sentence between tells an event of its own. Sentences of our own."""
from tests.reading.mapped_events import read_report

VIOLENT = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def _violent(doc):
    return [e for e in doc.events if e.event_type in VIOLENT]


def test_a_toll_after_a_sentence_of_detail_is_the_attacks(nlp):
    evs = _violent(read_report(nlp, "Gunmen raided the village of Kauru on Monday, officials said. The attackers "
                                    "arrived on motorcycles and set homes on fire. At least 17 people were killed, "
                                    "a local councillor said.", "2025-05-22"))
    assert len(evs) == 1 and evs[0].fatalities == 17


def test_no_toll_across_a_paragraph_break(nlp):
    evs = _violent(read_report(nlp, "Gunmen raided the village of Kauru on Monday, officials said. The attackers "
                                    "arrived on motorcycles.\n\nAt least 17 people were killed in a bus crash on the "
                                    "highway.", "2025-05-22"))
    assert all(e.fatalities is None for e in evs if "Kauru" in e.evidence.sentence)


def test_no_toll_over_two_sentences_between(nlp):
    evs = _violent(read_report(nlp, "Gunmen raided the village of Kauru on Monday, officials said. The attackers "
                                    "arrived on motorcycles. Residents fled into the bush. At least 17 people were "
                                    "killed, a councillor said.", "2025-05-22"))
    assert all(e.fatalities is None for e in evs if "Kauru" in e.evidence.sentence)
