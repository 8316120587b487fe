"""A name written with a local unit word ("X camp", "X zone", "the X and Y zones") in a story clearly about
one country is that country's unit or camp, not a town abroad in a country the story names nothing else in:
its namesake there when the gazetteer has one, else listed unplaced (never pinned on another continent)."""
import pytest

from geo.gazetteer import load_gazetteer
from reading.geoparse import geoparse


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def rows(text, gaz):
    return {text[t["start"]:t["end"]]: t for t in geoparse(text, gazetteer=gaz)}


def test_a_camp_of_a_local_story_is_not_a_french_city(gaz):
    got = rows("NAIROBI, Kenya - Aid reached Lyon camp in Turkana, officials in Lodwar and Kakuma said. "
               "Nairobi sent more trucks on Monday.", gaz)
    assert got["Lodwar"]["lat"] == pytest.approx(3.1, abs=0.5)
    assert "Lyon" in got and got["Lyon"]["lat"] is None  # listed, not Lyon, France


def test_a_list_before_a_plural_zone_word_is_of_the_story_country(gaz):
    got = rows("MOYALE, Ethiopia - Herders moved between the Dawa and Liben zones as wells dried up. "
               "Aid agencies in Negele, Yabelo and Jijiga warned of hunger.", gaz)
    assert got["Negele"]["lat"] == pytest.approx(5.3, abs=0.5)
    assert got["Liben"]["lat"] is None or got["Liben"]["lon"] == pytest.approx(40, abs=3)  # not Liben, Prague


def test_a_camp_in_the_towns_own_country_keeps_the_town(gaz):
    got = rows("Japanese volunteers at Kobe camp said the quake frightened them. Osaka and Kyoto were calm.", gaz)
    assert got["Kobe"]["lat"] == pytest.approx(34.7, abs=0.5)


def test_a_foreign_country_named_elsewhere_keeps_its_town(gaz):
    got = rows("NAIROBI, Kenya - Kenyan athletes trained at Lyon camp before the meeting. France hosted the "
               "final in Paris, and Nairobi and Eldoret cheered.", gaz)
    assert got["Lyon"]["lat"] == pytest.approx(45.7, abs=0.5)


def test_colours_before_a_zone_word_are_no_places(gaz):
    got = rows("Health officials moved Manitoba into the Orange and Red zones after cases rose in Brandon "
               "and Winnipeg; Steinbach stayed in a Yellow zone.", gaz)
    assert got["Brandon"]["lat"] == pytest.approx(49.8, abs=0.5)
    assert not {"Orange", "Red", "Yellow"} & set(got)


def test_towns_that_are_words_in_a_list_stay_places(gaz):
    got = rows("Floods hit Reading and Bath on Monday, and Bristol was spared.", gaz)
    assert got["Bath"]["lat"] == pytest.approx(51.4, abs=0.3)


def test_a_list_after_camps_of_is_of_the_story_country(gaz):
    got = rows("DADAAB, Kenya - Rains flooded the camps of Lyon, Hagadera and Ifo on Monday. Garissa and Wajir "
               "sent help.", gaz)
    assert got["Garissa"]["lat"] == pytest.approx(-0.45, abs=0.5)
    assert got["Lyon"]["lat"] is None  # listed, not Lyon, France


def test_a_list_after_suburbs_of_keeps_its_towns(gaz):
    got = rows("NAIROBI, Kenya - Floods hit the suburbs of Lyon and Garissa, officials in Wajir said.", gaz)
    assert got["Lyon"]["lat"] == pytest.approx(45.7, abs=0.5)
