"""A name with dozens of namesakes ("San Lorenzo", "San Miguel") is the town of the article's country,
however far down the list of bigger namesakes abroad it ranks, and a town the press calls by the first
words of its own name ("San Lorenzo" for San Lorenzo de Esmeraldas) bears that name as its own: no
bigger namesake abroad takes it from it."""
from __future__ import annotations

import pytest

from reading.document import Document


@pytest.mark.parametrize("text, name, country", [
    ("Protesters blocked the highway near San Lorenzo in northern Ecuador on Friday.", "San Lorenzo", "EC"),
    ("Police in Ecuador said gunmen attacked a bar in San Lorenzo on Saturday.", "San Lorenzo", "EC"),
])
def test_the_namesake_in_the_articles_country(nlp, text, name, country):
    doc = nlp(Document(id="n", text=text))
    m = next(m for m in doc.mentions if name in m.text)
    assert m.location is not None and m.location.country == country, m


@pytest.mark.parametrize("text, name, lat_range", [
    # A far bigger place bears the short name whole: the town named at more length does not take it.
    ("After the premiere in Burbank and a party in Culver City, the cast flew to Manhattan for the talk shows.",
     "Manhattan", (40.5, 41.0)),
])
def test_a_far_bigger_place_keeps_its_whole_name(nlp, text, name, lat_range):
    doc = nlp(Document(id="n", text=text))
    m = next(m for m in doc.mentions if m.text == name)
    assert m.location is not None and lat_range[0] <= m.location.lat <= lat_range[1], m
