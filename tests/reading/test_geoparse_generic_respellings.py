"""A town's Arabic generic word written another way ("Ras al-Ain", "Ras el-Ein" for Ra's al-'Ayn) is
still its own name: it ranks and reads like the spelling GeoNames gives. It had gone to Rosh Ha'Ayin
(Israel) or to Ceylanpinar across the Turkish border, which bear it only as another name, or, moved by
the rule that gives a name to a bigger town bearing it as its own, to a Moroccan village spelt so.
A demonym naming a backer ("Turkish-backed") says who backs a force, not where it fights."""
from __future__ import annotations

import pytest

from geo.gazetteer import respelt_generics
from tests.reading.places import toponyms_by_name

#: GeoNames' Ra's al 'Ayn, Syria (Ceylanpinar, its Turkish twin town across the border, is 2 km away).
RAS_AL_AYN = 165509


def test_respelt_generic_words_are_one_name():
    assert respelt_generics("ras ayn", "ras ein") and respelt_generics("tall abyad", "tel abyad")
    assert not respelt_generics("ras ayn", "ras ayn") and not respelt_generics("ras ayn", "ras al")


@pytest.mark.parametrize("spelling", ["Ras al-Ain", "Ras el-Ein", "Ras Al Ain"])
def test_the_town_ranks_first_under_other_spellings(gaz, spelling):
    assert gaz.candidates(spelling)[0].country == "SY"


def test_a_nearby_town_keeps_it_in_syria(gaz):
    text = "Shelling hit Tal Tamr and Ras al-Ein, a Kurdish-led council said."
    assert toponyms_by_name(text, gaz)["Ras al-Ein"]["geonameid"] == RAS_AL_AYN


def test_a_backers_demonym_does_not_move_it_across_the_border(gaz):
    text = "Turkish-backed factions advanced on Ras el-Ain at dawn."
    assert toponyms_by_name(text, gaz)["Ras el-Ain"]["geonameid"] == RAS_AL_AYN  # not Ceylanpinar, Turkey


def test_an_exact_own_name_keeps_its_rank(gaz):
    # the respelling rule moves no town ahead under its exact own name: Asuncion stays Paraguay's capital
    assert gaz.candidates("Asunción")[0].country == "PY"
