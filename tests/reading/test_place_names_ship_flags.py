"""A demonym before a ship ("a Yemeni dhow", "an Iranian fishing vessel", "a Greek bulk carrier") names its
flag or owner, not where the story is: ships sail far from home, so it casts no vote for the article's
country (as "a Liberian-flagged tanker" does not), and a small town off which the ship was is not
judged too far from the flag's country to be the place."""
from __future__ import annotations

import pytest

from reading.document import Document
from tests.reading.places import points_of


@pytest.mark.parametrize("text, town, country", [
    ("Pirates seized a Yemeni dhow off Eyl on Tuesday and used it as a mother ship, maritime officials said.",
     "Eyl", "SO"),
    ("An Iranian fishing vessel was hijacked near Hobyo on Friday, the coast guard said.", "Hobyo", "SO"),
    ("Gunmen in a skiff fired on a Maltese cargo ship near Mokha on Sunday.", "Mokha", "YE"),
])
def test_a_ships_flag_does_not_decide_the_country(nlp, gaz, text, town, country):
    doc = nlp(Document(id="s", text=text))
    assert doc.focus_country == country
    m = next(m for m in doc.mentions if town in m.text)
    assert m.location is not None and m.location.country == country
    [(lat, _)] = points_of(text, gaz, town)
    assert lat is not None  # geoparse places it too


def test_a_demonym_of_people_still_votes(nlp):
    # the rule is about ships only: "Yemeni forces" fight at home
    doc = nlp(Document(id="s", text="Yemeni forces repelled an attack on their positions on Monday, officials said."))
    assert doc.focus_country == "YE"
