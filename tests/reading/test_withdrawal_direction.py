"""Falling back in a direction ("retreated south along the road to Uvira", "pulled back west towards X") leaves no
region: a compass word after a withdrawal verb is where they went, not a part of the country they left (a claim
that the army withdrew from "southern DR Congo" would end its zones there). Withdrawing from a town still ends
the hold. Sentences of our own (DR Congo, Ukraine, Mali)."""
import pytest

from tests.reading.mapped_events import read_report


@pytest.mark.parametrize("body", [
    "Congolese soldiers and allied militiamen retreated south along the road to Uvira after brief fighting.",
    "Ukrainian troops pulled back west towards Pokrovsk on Monday.",
    "Malian soldiers withdrew further north after the ambush near Gao.",
])
def test_a_direction_of_retreat_is_no_withdrawal_from_a_region(nlp, body):
    assert [c for c in read_report(nlp, body).claims if c.relation == "withdrew"] == []


def test_a_withdrawal_from_a_town_still_ends_the_hold(nlp):
    claims = read_report(nlp, "Russian forces withdrew from Kherson on Friday.").claims
    assert [(c.relation, c.location.name) for c in claims] == [("withdrew", "Kherson")]


@pytest.mark.parametrize("body", [
    "Thousands of civilians have fled El Fasher, the UN said.",
    "Villagers fled Rutshuru on Sunday as the rebels approached.",
    "Residents have abandoned Gwoza after repeated attacks.",
])
def test_people_fleeing_a_town_are_no_side_leaving_it(nlp, body):
    assert [c for c in read_report(nlp, body).claims if c.relation == "withdrew"] == []
