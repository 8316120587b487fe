"""Gazetteer ranking: famous first-level units before small foreign namesakes, and towns GeoNames
lists without a head count before foreign towns that bear their name only as another name."""
from __future__ import annotations

import pytest

from geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("name, country", [
    ("Florida", "US"),    # before Florida, Cuba (63,000) and Uruguay's department
    ("Ontario", "CA"),    # before Ontario, California (171,000)
    ("Arizona", "US"),    # before Arizona, Honduras
    ("Colorado", "US"),   # before Colorado, Brazil
    ("Queensland", "AU"),
])
def test_a_famous_unit_ranks_before_small_foreign_namesakes(gaz, name, country):
    top = gaz.candidates(name)[0]
    assert (top.kind, top.country) == ("admin1", country)


def test_a_big_foreign_city_keeps_its_rank_before_a_famous_unit(gaz):
    # Victoria, British Columbia (290,000) is no small town: the Australian state does not pass it.
    names = [(p.kind, p.country) for p in gaz.candidates("Victoria")]
    assert names.index(("city", "CA")) < names.index(("admin1", "AU"))


def test_a_country_still_ranks_before_a_state_of_its_name(gaz):
    assert gaz.candidates("Georgia")[0].kind == "country"


@pytest.mark.parametrize("spelling", ["Ras al-Ayn", "Ra's al-'Ayn", "Ras el-Ayn"])
def test_an_uncounted_town_ranks_before_foreign_towns_with_its_name_as_an_alias(gaz, spelling):
    # The Syrian town has no population in GeoNames; Rosh Ha'Ayin (Israel) and Ceylanpinar
    # (Turkey) list the name among their other names.
    assert gaz.candidates(spelling)[0].country == "SY"


@pytest.mark.parametrize("name, country", [("Obi", "NG"), ("Withington", "GB")])
def test_an_uncounted_town_of_its_own_name_beats_a_foreign_alias(gaz, name, country):
    assert gaz.candidates(name)[0].country == country


def test_a_big_city_keeps_its_former_name_against_an_uncounted_village(gaz):
    assert gaz.candidates("Bombay")[0].name == "Mumbai"
