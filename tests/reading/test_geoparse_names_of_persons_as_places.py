"""Persons' names that a namesake place took: the possessive of a name no place bears ("Assad's
ancestral home" is no Assads, a Moroccan village that drops the apostrophe) and an Arabic nisba
written as a surname ("al-Sudani", "Sudani": the adjective of Sudan, not a misspelt Sudan)."""
from __future__ import annotations

from tests.reading.places import surfaces, toponyms_by_name


def test_a_person_s_possessive_is_no_village_spelt_without_the_apostrophe(gaz):
    for text in ("Fighters entered Assad's ancestral home in the coastal mountains.",
                 "Crowds tore down a statue of Assad's father on Sunday."):
        assert not any(s.startswith("Assad") for s in surfaces(text, gaz))


def test_a_place_s_possessive_and_a_name_with_an_apostrophe_are_still_read(gaz):
    assert toponyms_by_name("Flooding hit Cox's Bazar on Monday.", gaz)["Cox's Bazar"]["lat"] > 20
    found = toponyms_by_name("Kyiv's mayor said Gaza's hospitals were full.", gaz)
    assert set(found) == {"Kyiv", "Gaza"}


def test_a_nisba_surname_is_not_its_country(gaz):
    for text in ("The government of al-Sudani faced protests in Baghdad.",
                 "Supporters of Sudani rallied in Basra on Friday.",
                 "Prime Minister Mohammed Shia al-Sudani flew to Erbil."):
        assert not any("Sudan" in s for s in surfaces(text, gaz)), text


def test_a_misspelt_country_is_still_the_country(gaz):
    found = toponyms_by_name("Typhoon relief reached the Phillipines and Sudan on Monday.", gaz)
    assert found["Phillipines"]["lat"] is not None and found["Sudan"]["lat"] is not None


def test_a_name_word_before_a_hamlet_of_no_counted_people_is_a_person(gaz):
    # GeoNames lists Ruzhdie, Albania, also as "Rushdie", with no population
    text = "A novel by Salman Rushdie was banned. Crowds cheered Rushdie in London."
    assert surfaces(text, gaz) == ["London"]
