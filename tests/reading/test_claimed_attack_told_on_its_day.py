"""A group claiming an attack told just before, on the day of its statement ("JNIM claimed responsibility for the
attack in a statement on Sunday, saying it had killed 100 soldiers"): the statement's day bounds the killing it
claims, which is the attack told, not a second attack on Sunday. Sentences of our own."""
from tests.reading.mapped_events import read_article


def test_a_claimed_toll_is_the_attack_told_not_another(nlp):
    doc = read_article(nlp, "Gunmen attacked a police station in Tillabéri on Thursday. ISSP claimed responsibility for "
                            "the attack in a statement on Friday, saying it had killed 30 policemen.", "2025-03-08")
    fights = [e for e in doc.events if e.event_type == "Battles"]
    assert len(fights) == 1 and str(fights[0].date.start) == "2025-03-06", [
        (e.sub_event_type, str(e.date.start), e.fatalities) for e in doc.events]
