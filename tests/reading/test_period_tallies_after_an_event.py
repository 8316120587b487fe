"""A toll in the sentence after an attack belongs to it only when it tells that attack's dead: a toll over a
month or a year ("had recorded at least 183 deaths in the region in July alone", "400 people had been killed in
the state this year") counts many events, and must not become the previous attack's toll. Sentences of our own."""
import pytest

from reading.corpus import read_text


def events(nlp, body, published="2026-03-12"):
    doc = nlp(read_text(f"t\n\n{body}", doc_id="t", published=published, title="t"))
    return [e for e in doc.events if e.event_type != "Strategic developments"]


@pytest.mark.parametrize("tally", [
    "The UN human rights office said it had recorded at least 183 deaths in the region in January alone.",
    "Amnesty International said at least 400 people had been killed in the state this year.",
    "Local monitors said 95 civilians were killed across the province last month.",
    "A rights group said at least 1,200 people were killed in the region in 2025.",
])
def test_a_periods_toll_is_not_the_attacks(nlp, tally):
    evs = events(nlp, f"On Tuesday, gunmen abducted 14 farmers near Zaria, police said. {tally}")
    abduction = [e for e in evs if "abduct" in e.evidence.sentence]
    assert abduction and abduction[0].fatalities is None


@pytest.mark.parametrize("toll, dead", [
    ("At least nine people were killed, police said.", 9),
    ("Police said 11 passengers died in the attack on Tuesday.", 11),
])
def test_the_attacks_own_toll_told_after_it_stays(nlp, toll, dead):
    evs = events(nlp, f"On Tuesday, gunmen attacked a bus near Zaria. {toll}")
    attack = [e for e in evs if "attacked a bus" in e.evidence.sentence]
    assert attack and attack[0].fatalities == dead


def test_a_death_on_another_day_told_after_a_dated_strike_is_not_its_toll(nlp):
    evs = events(nlp, "Israeli drones struck a command centre in Tubas on Monday, the army said. A soldier was killed "
                      "on Wednesday as troops withdrew, the army said.", published="2026-03-12")
    strike = [e for e in evs if "drones struck" in e.evidence.sentence]
    assert strike and strike[0].fatalities is None


def test_the_wounded_who_died_later_are_the_attacks_toll(nlp):
    evs = events(nlp, "Gunmen attacked a bus near Zaria on Monday. Three passengers died of their wounds in hospital "
                      "on Wednesday, police said.", published="2026-03-12")
    attack = [e for e in evs if "attacked a bus" in e.evidence.sentence]
    assert attack and attack[0].fatalities == 3


def test_a_soldier_killed_later_that_day_of_another_day_is_not_the_strikes_toll(nlp):
    evs = events(nlp, "Israeli drones struck a command centre in Tubas on Monday, the army said. A soldier was killed "
                      "later on Wednesday as troops withdrew, the army said.", published="2026-03-12")
    strike = [e for e in evs if "drones struck" in e.evidence.sentence]
    assert strike and strike[0].fatalities is None
