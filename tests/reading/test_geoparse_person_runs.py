"""Person names that are also small places, in whole articles (gold 4's first run read "Lula"
four times after "President Luiz Inácio Lula da Silva", "Sheriff Mark Haney", "Bukayo Saka" as
places). A name after a title and up to three capitalised words is a person's; a name the
article uses as a person's is that person in its other bare mentions too, unless a country, unit
or town of 100,000 bears it or it is written as a place; an unknown capitalised word opening a
sentence, then the name, is a first name and a surname."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse
from tests.reading.places import surfaces


@pytest.mark.parametrize("text, person", [
    ("Sheriff Mark Haney said deputies searched farms near Millersburg. Haney asked residents to lock "
     "their doors.", "Haney"),
    ("President Luiz Inácio Lula da Silva opened the summit in Brasília. Lula said hunger was the "
     "priority, and Lula later met bankers.", "Lula"),
    ("Sheriff Tom Delaney said the suspect fled toward Greenville. Delaney asked residents to stay inside.",
     "Delaney"),
])
def test_a_titled_name_is_a_person_throughout(gaz, text, person):
    assert person not in surfaces(text, gaz), geoparse(text, gazetteer=gaz)


def test_a_sentence_opening_first_name_and_surname(gaz):
    text = "The hosts won 2-1 in Lisbon. Bukayo Saka scored the second goal shortly after half-time."
    names = surfaces(text, gaz)
    assert "Saka" not in names and "Lisbon" in names, names


def test_places_stay_places(gaz):
    text = ("President Emmanuel Macron visited Marseille on Monday. In Marseille, he met dock workers, "
            "and Mayor Benoît Payan said Marseille needed more police.")
    assert surfaces(text, gaz).count("Marseille") == 3
    text = "Governor Kathy Hochul toured Buffalo after the storm. Buffalo schools stayed closed."
    assert surfaces(text, gaz).count("Buffalo") == 2
