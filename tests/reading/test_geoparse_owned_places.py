"""A country's name owning the place after it ("India's Rajasthan state", "Chad's Ouaddai region") names
one place with its owner, often where a strike across a border landed: it votes for the article's country
less than a country named alone, so a dateline confirmed by the body ("ISLAMABAD (Reuters) - ... Pakistani
officials said") keeps the story its own and its ambiguous towns ("Hyderabad") resolve there. A foreign
correspondent's dateline is still no vote for the story ("LONDON (Reuters) - Fighting in Sudan's ...")."""
from __future__ import annotations

from reading.corpus import read_text
from reading.geoparse import geoparse


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2024-05-02"))


def test_a_strike_in_the_neighbours_region_leaves_the_dateline_country(nlp):
    doc = read(nlp, "ISLAMABAD (Reuters) - Pakistan struck militant hideouts in India's Rajasthan state overnight, "
                    "the army said. Indian shelling killed three people in Hyderabad, Pakistani officials said.")
    assert doc.focus_country == "PK"
    hyd = next(m for m in doc.mentions if m.text == "Hyderabad")
    assert hyd.location is not None and hyd.location.country == "PK"  # Sindh's Hyderabad, not India's


def test_an_owned_region_across_the_border_does_not_take_the_story(nlp):
    doc = read(nlp, "KHARTOUM (Reuters) - Sudan's army shelled a camp in Chad's Ouaddai region on Monday. "
                    "Chadian shelling killed four in Geneina, Sudanese officials said.")
    assert doc.focus_country == "SD"


def test_a_foreign_correspondents_dateline_still_loses_to_the_owned_place(nlp):
    doc = read(nlp, "LONDON (Reuters) - Fighting in Sudan's North Darfur state killed 20 people near El Fasher, "
                    "the army said.")
    assert doc.focus_country == "SD"


def test_a_person_after_a_countrys_possessive_is_no_place():
    names = [r["name"] for r in geoparse("Norway's Erling Haaland scored twice as Manchester City won in Lisbon.")]
    assert "Erling" not in names and "Lisbon" in names



def test_a_confirmed_dateline_counts_as_its_countrys_name(nlp):
    # the neighbour's region named with its owner and two of its weapons, against the reporter's town,
    # the body's strike and officials of that country: the reporter's country
    doc = read(nlp, "KYIV (Reuters) - Ukraine hit an oil depot in Russia's Belgorod region overnight. Russian drones "
                    "and Russian artillery struck Kupiansk, Ukrainian officials said.")
    assert doc.focus_country == "UA"
    town = next(m for m in doc.mentions if m.text == "Kupiansk")
    assert town.location is not None and town.location.country == "UA"
