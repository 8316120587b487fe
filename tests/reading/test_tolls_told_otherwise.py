"""Tolls golds 1-8 missed because of how the sentence puts them: one victim named by a noun ("a trader was
shot dead", "killing an ISWAP fighter"), a victim's unit after "of the", an aside between the dead and their
verb ("Two men, aged 19 and 23, were ..."), "two of the guards", "killing all six", "left 31 inmates dead".
Sentences of our own; the guards keep what was read before."""
import pytest

from reading.corpus import read_text
from reading.events import fatalities_in
from tests.reading.mapped_events import mapped


@pytest.mark.parametrize("text, toll", [
    ("On Friday evening, a shopkeeper was shot dead by masked men outside his store in the old market.", 1),
    ("A local councillor was stabbed to death near the bus station, police said.", 1),
    ("A sergeant of the 5th Infantry Battalion was killed by a roadside sniper on Sunday.", 1),
    ("Two officers of the Kano State Police Command were killed when their patrol was ambushed.", 2),
    ("Overnight, gunmen attacked the checkpoint and three of the guards were killed.", 3),
    ("Two fishermen, aged 31 and 44, were shot dead on the beach.", 2),
    ("Three members of the municipal guard, two of them from the rural unit, were killed in the ambush.", 3),
    ("The navy sank the boat, killing all four people on board.", 4),
    ("A riot inside the jail left 12 prisoners dead.", 12),
    ("The gun battle left four smugglers dead, officials said.", 4),
    ("The strike hit a clinic, killing a local aid staff member and wounding two.", 1),
    ("Police raided the compound, killing a Boko Haram commander.", 1),
    ("The drone struck a car and eliminated an ISWAP fighter, the army said.", 1),
])
def test_a_toll_told_otherwise_is_read(text, toll):
    assert fatalities_in(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("A family of five was killed in an air strike.", 5),     # not "a family": one
    ("Members of a family of five were killed in an air strike.", 5),
    ("A total of 12 people were killed in the clashes.", 12),
    ("The head of the council was killed.", None),            # nobody counted
    ("Two years of war have left the town in ruins.", None),  # "left" without dead
    ("Unknown gunmen left the village at dawn.", None),
    ("The raids left many families homeless.", None),
])
def test_counts_and_leavings_that_are_no_such_toll(text, toll):
    assert fatalities_in(text) == toll


def test_the_event_carries_the_one_victim(nlp):
    doc = nlp(read_text("MAIDUGURI, June 3 - A vigilante commander was gunned down by suspected insurgents in Konduga "
                        "on Monday night, residents said.", doc_id="t", published="2025-06-03"))
    assert [e.fatalities for e in mapped(doc)] == [1], doc.events


@pytest.mark.parametrize("text, toll", [
    ("A hospital official said three people were killed.", 3),
    ("A medical source said two people were killed in the strike.", 2),
    ("A police spokesman told reporters five civilians were killed.", 5),
    ("A regional official says 7 people were killed.", 7),
    ("A police officer was killed at the checkpoint.", 1),
])
def test_the_teller_of_a_toll_is_not_its_victim(text, toll):
    assert fatalities_in(text) == toll
