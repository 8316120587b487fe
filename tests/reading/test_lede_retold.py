"""evx: wire copy tells its event in the lede with no day of its own ("..., security sources said on Wednesday"), then
retells it: "The assault on Monday, claimed by JNIM, began at dawn ...". A definite retelling in the next sentence
(or the one after a quote), naming no other place, is the lede's happening: one event, at the lede's place, on the
retelling's day, with the side and the count the retelling names. "Another attack", "In a separate assault",
"Separately, ..." and a retelling at another place stay happenings of their own. Sentences of our own (Niger,
Cameroon, Pakistan, Mali, DR Congo), published on Thursday 15 May 2025."""
import datetime as dt

from tests.reading.mapped_events import VIOLENT_TYPES, mapped, read_article

PUBLISHED = "2025-05-15"
MONDAY, TUESDAY = dt.date(2025, 5, 12), dt.date(2025, 5, 13)


def violent(nlp, text):
    return [e for e in mapped(read_article(nlp, text, PUBLISHED)) if e.event_type in VIOLENT_TYPES]


def test_the_assault_on_a_day_is_the_ledes_happening_on_that_day(nlp):
    evs = violent(nlp, "Soldiers killed in Niger\n\nJihadists killed at least 34 soldiers in an attack on an army post in "
                       "Ouallam in western Niger, security sources said on Wednesday.\nThe assault on Monday, claimed by "
                       "the Islamic State, began at dawn when fighters on motorbikes overran the post, an official said.")
    assert [(e.location.name, e.date.start, e.fatalities) for e in evs] == [("Ouallam", MONDAY, 34)]


def test_a_retelling_after_a_quote_gives_the_lede_its_day(nlp):
    evs = violent(nlp, "Soldiers killed in Cameroon\n\nYAOUNDE, May 15 (AFP) - Boko Haram fighters killed nine soldiers "
                       "in a raid on a military camp in Mora in Cameroon's Far North region, the army said on Thursday.\n"
                       "\"The enemy came in large numbers,\" a local official said.\nThe raid, which took place on "
                       "Tuesday, lasted for several hours, the official said.")
    assert [(e.location.name, e.date.start) for e in evs] == [("Mora", TUESDAY)]


def test_a_days_possessive_retelling_dates_a_lede_told_with_no_day(nlp):
    evs = violent(nlp, "Police killed in Pakistan\n\nMilitants killed seven policemen in an assault on a police station "
                       "in Bannu in Khyber Pakhtunkhwa province, officials said.\nMonday's assault, claimed by the "
                       "Pakistani Taliban, began shortly after midnight when the attackers stormed the building.")
    assert [(e.location.name, e.date.start) for e in evs] == [("Bannu", MONDAY)]


def test_the_retelling_names_the_side_and_the_larger_count(nlp):
    evs = violent(nlp, "Soldiers killed in Mali\n\nSuspected militants killed at least 20 soldiers in an attack on a "
                       "military base in Tessit in eastern Mali, security sources said on Wednesday.\nThe Monday assault, "
                       "claimed by JNIM, began at dawn when fighters stormed the base and killed 27 soldiers, a local "
                       "official said.")
    assert [(e.location.name, e.date.start, e.actor1, e.fatalities) for e in evs] == [("Tessit", MONDAY, "JNIM", 27)]


LEDE = ("Villagers killed in Congo\n\nRebels killed 12 villagers in an attack on Bunia in Ituri province, the army said "
        "on Wednesday.\n")


def test_another_attack_on_a_day_is_one_more_happening(nlp):
    evs = violent(nlp, LEDE + "Another attack on Monday killed five civilians, a local official said.")
    assert len(evs) == 2 and evs[0].location.name == "Bunia" and evs[0].date.start != MONDAY, evs


def test_a_separate_assault_is_one_more_happening(nlp):
    evs = violent(nlp, LEDE + "In a separate assault on Monday, gunmen killed five villagers, a local official said.")
    assert len(evs) == 2 and evs[0].date.start != MONDAY, evs


def test_a_retelling_told_apart_is_one_more_happening(nlp):
    evs = violent(nlp, LEDE + "Separately, the raid on Monday killed five villagers, a local official said.")
    assert len(evs) == 2 and evs[0].date.start != MONDAY, evs


def test_the_attack_on_a_day_at_another_place_is_its_own(nlp):
    evs = violent(nlp, LEDE + "The attack on Monday in Beni killed five civilians, a local official said.")
    assert [e.location.name for e in evs] == ["Bunia", "Beni"] and evs[0].date.start != MONDAY, evs
