"""The press's short forms of big cities (geo/data/short_forms.csv): "Ouaga", "Addis", "Jozi" as whole
words; "Dar", "KL", "Brazza" only when the text names the country, since they are words or names
elsewhere. Never inside a longer name or before a surname."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, short, city", [
    ("Junta leaders met in Ouaga on Tuesday to discuss the elections.", "Ouaga", "Ouagadougou"),
    ("The convoy left Addis at dawn, heading north toward Mekele.", "Addis", "Addis Ababa"),
    ("Taxi drivers blocked roads in Jozi after the fuel price rose.", "Jozi", "Johannesburg"),
    ("Riot police dispersed marchers in Dar, a Tanzanian opposition party said.", "Dar", "Dar es Salaam"),
    ("Malaysian authorities closed schools in KL after the floods.", "KL", "Kuala Lumpur"),
    ("Soldiers patrolled Brazza as the Republic of the Congo voted.", "Brazza", "Brazzaville"),
])
def test_short_forms_are_the_city(gaz, text, short, city):
    assert toponyms_by_name(text, gaz)[short]["name"] == city


@pytest.mark.parametrize("text, short", [
    ("Addis Getachew, a teacher, said the school in Bahir Dar had closed.", "Addis"),  # a person's name
    ("Scholars in Cairo debated the idea of Dar al-Islam.", "Dar"),  # an Arabic phrase
    ("KL Rahul scored a century in Chennai.", "KL"),  # a cricketer
    ("Officials said Dar would be visited next week.", "Dar"),  # no country named: no telling
])
def test_short_forms_need_their_context(gaz, text, short):
    row = toponyms_by_name(text, gaz).get(short)
    assert row is None or row["name"] not in ("Addis Ababa", "Dar es Salaam", "Kuala Lumpur"), row


def test_an_event_in_a_short_form_is_drawn_at_the_city(nlp):
    from reading.corpus import read_text

    doc = nlp(read_text("Gunmen attacked a police station in Ouaga on Monday, killing three officers.",
                        doc_id="t", published="2025-03-04"))
    assert doc.events, doc.problems
    assert {getattr(e.location, "name", None) for e in doc.events} == {"Ouagadougou"}
