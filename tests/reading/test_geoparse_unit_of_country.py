"""An explicit "<unit> of <country>" ("the Red Sea governorate of Egypt") puts the unit in that country:
a namesake unit of another country (Sudan's Red Sea state) is not meant; with none in the gazetteer the
name is listed unplaced, and its vote goes to the country the text names. Egypt's governorates are also
known by their English names ("North Sinai", "the Red Sea Governorate": geo/data/place_aliases.csv)."""
from __future__ import annotations

import pytest

from reading.corpus import read_text
from reading.geoparse import geoparse
from tests.reading.places import unplaced_or_feature


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2024-05-02"))


def test_a_unit_of_another_country_is_not_its_namesake(nlp, gaz):
    text = "Smugglers landed arms on the coast of the Red Sea region of Eritrea, near Massawa, officials said."
    doc = read(nlp, text)
    assert doc.focus_country == "ER"
    m = next(x for x in doc.mentions if x.text.startswith("Red Sea"))
    assert m.location is None and "Eritrea" in m.reason  # not Sudan's Red Sea state (uxg: named, not "ER")
    assert not [r for r in geoparse(text, gazetteer=gaz) if r["name"] == "Red Sea" and not unplaced_or_feature(r)]


def test_the_named_countrys_unit_by_its_english_name(nlp):
    doc = read(nlp, "Divers found two bodies off the coast of the Red Sea governorate of Egypt, near Marsa Alam.")
    assert doc.focus_country == "EG"
    m = next(x for x in doc.mentions if x.text.startswith("Red Sea"))
    assert m.location is not None and m.location.country == "EG"


@pytest.mark.parametrize("text, name, country", [
    ("Gunmen kidnapped three traders in the Punjab province of Pakistan on Sunday.", "Punjab province", "PK"),
    ("Smugglers were arrested in the Punjab state of India after the seizure.", "Punjab state", "IN"),
    ("Drones hit a gas field in the Kurdistan region of Iraq, officials said.", "Kurdistan region", "IQ"),
    ("Port Sudan, capital of the Red Sea state of Sudan, received the displaced.", "Red Sea state", "SD"),
])
def test_a_unit_of_the_named_country_is_that_countrys(nlp, text, name, country):
    doc = read(nlp, text)
    m = next(x for x in doc.mentions if x.text == name)
    assert m.location is not None and m.location.country == country


@pytest.mark.parametrize("text, name", [
    ("Gunmen killed two conscripts at a checkpoint in North Sinai, near El Arish, on Saturday.", "North Sinai"),
    ("Flash floods hit villages in the New Valley governorate overnight, Egyptian media said.", "New Valley"),
])
def test_egyptian_governorates_by_their_english_names(nlp, text, name):
    doc = read(nlp, text)
    m = next(x for x in doc.mentions if x.text.startswith(name))
    assert m.location is not None and m.location.country == "EG" and m.location.precision == 3
