"""Non-Western and translated English press (gold 15's genres), on other sentences: datelines with the
day before the month, "X Republic" for a neighbouring country, armed groups in the agencies' spellings,
Nigerian LGAs, a country before a unit abroad, hyphen-joined roads, parts of big cities, news agencies,
commands and corps, a region before its office holder, and sub-districts of the story's towns."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _at(rows: list[dict], text: str, word: str, nth: int = 0) -> dict | None:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return next((r for r in rows if r["start"] <= start < r["end"]), None)


@pytest.mark.parametrize("text, word, lat, lon", [
    ("BUNIA, 23 October (Radio Okapi) - Traders closed their shops after a night of shooting.", "BUNIA", 1.56, 30.25),
    ("GOMA, 2 Feb. (ACP) - The provincial assembly elected a new governor.", "GOMA", -1.68, 29.22),
    ("MOPTI, 14 July - Floods have cut the road to the river port, officials said.", "MOPTI", 14.49, -4.20),
])
def test_a_dateline_with_the_day_before_the_month_is_a_place(text, word, lat, lon):
    r = _at(geoparse(text), text, word)
    assert r is not None and r["lat"] is not None
    assert abs(r["lat"] - lat) < 0.5 and abs(r["lon"] - lon) < 0.5


def test_a_line_opening_acronym_before_a_number_is_still_no_dateline():
    text = "WHO, 12 cases were confirmed in the district of Kasese, the ministry said."
    assert _at(geoparse(text), text, "WHO") is None


@pytest.mark.parametrize("text, word, iso_lat", [
    ("Customs officers in Katsina and Kano seized rice smuggled from Niger Republic through Jibia.", "Niger", 17.4),
    ("Police in Ogun State said the stolen cars were driven to Benin Republic through Idiroko.", "Benin", 9.6),
])
def test_a_country_written_with_republic_is_the_country(text, word, iso_lat):
    r = _at(geoparse(text), text, word)
    assert r is not None and r["kind"] == "country"
    assert abs(r["lat"] - iso_lat) < 1.5


def test_the_state_of_that_name_stays_without_republic():
    text = "Gunmen attacked Mariga and Rafi in Niger State, and officials in Minna said Kaduna was calm."
    r = _at(geoparse(text), text, "Niger")
    assert r is not None and r["kind"] != "country"


def test_an_armed_group_in_the_agencies_spelling_is_no_place():
    text = ("NAIROBI, March 4 (Xinhua) -- Kenyan police said on Tuesday they had arrested three suspects linked to "
            "al-Shabab in Garissa and seized explosives near Wajir.\n\nThe suspects had crossed from Somalia through "
            "Liboi and were heading to Isiolo and Nairobi, the police said. The security forces have stepped up "
            "patrols against al-Shabab along the border, especially in Mandera and Dadaab.")
    rows = geoparse(text)
    assert _at(rows, text, "al-Shabab") is None and _at(rows, text, "al-Shabab", 1) is None
    assert _at(rows, text, "Garissa") is not None and _at(rows, text, "Isiolo") is not None


@pytest.mark.parametrize("text, word, lat, lon", [
    ("Gunmen abducted 12 farmers in Bakori Local Government Area of Katsina State on Friday.", "Bakori", 11.56, 7.43),
    ("Troops repelled an attack on a military base in Damboa LGA, south of Maiduguri.", "Damboa", 11.16, 12.76),
    ("Flooding destroyed 300 houses in Bagwai and Shanono Local Government Areas of Kano State.", "Shanono", 12.05, 7.98),
])
def test_a_nigerian_local_government_area_is_its_town(text, word, lat, lon):
    r = _at(geoparse(text), text, word)
    assert r is not None and r["lat"] is not None
    assert abs(r["lat"] - lat) < 0.5 and abs(r["lon"] - lon) < 0.5


def test_a_state_government_is_still_no_place_of_its_own():
    text = "The Kano State Government said the Kano Local Government Area would receive relief."
    rows = geoparse(text)
    assert _at(rows, text, "Kano") is None  # the government, an organisation
    assert _at(rows, text, "Kano", 1) is not None  # the unit, at its town


def test_a_country_before_a_unit_of_another_country_stays_the_country():
    text = "Police boats patrol the sea border with the Philippines in Sabah and the land border with Brunei in Sarawak."
    rows = geoparse(text)
    for word in ("Philippines", "Brunei"):
        r = _at(rows, text, word)
        assert r is not None and r["kind"] == "country" and r["lat"] is not None


@pytest.mark.parametrize("text, known, unknown", [
    ("Bandits ambushed a bus on the Gusau-Dansadau road and then fled towards the forest.", "Gusau", "Dansadau"),
    ("Trucks queued for days at the Peshawar-Landi Kotal highway after the crossing closed.", "Peshawar", "Landi Kotal"),
])
def test_both_ends_of_a_hyphenated_road_are_places(text, known, unknown):
    rows = geoparse(text)
    k = _at(rows, text, known)
    u = _at(rows, text, unknown)
    assert k is not None and k["lat"] is not None
    assert u is not None and text[u["start"] : u["end"]] == unknown


def test_a_hyphenated_war_between_a_country_and_a_group_names_no_second_place():
    text = "Fuel prices rose again because of the Hamas-Israel war and the Russia-Ukraine war."
    rows = geoparse(text)
    assert _at(rows, text, "Hamas") is None
    assert _at(rows, text, "Israel") is not None


def test_a_part_of_a_big_city_is_not_a_far_namesake():
    text = "Opposition supporters marched in Nairobi's Kibera neighbourhood and in Kinshasa's Gombe commune on Monday."
    r = _at(geoparse(text), text, "Gombe")
    assert r is None or r["lat"] is None or abs(r["lat"] + 4.3) < 1.0  # not Gombe, Nigeria (10.3 N)


@pytest.mark.parametrize("text, word", [
    ("The report was carried by the official news agency Petra on Sunday, which said talks in Aqaba would resume.", "Petra"),
    ("The state news agency Sabah said the ministers met in Dubai and Muscat.", "Sabah"),
])
def test_a_name_after_news_agency_is_the_outlet(text, word):
    rows = geoparse(text)
    assert _at(rows, text, word) is None
    assert len(rows) >= 1  # the places of the sentence are still read


@pytest.mark.parametrize("text, word", [
    ("A spokesman for the Kano State Hisbah Corps said 40 people were arrested in Fagge and Dala.", "Kano"),
    ("Soldiers of the Eastern Mindanao Command killed two rebels near Davao and Cotabato.", "Mindanao"),
    ("The Lagos State Neighbourhood Safety Corps said 12 suspects were arrested in Ikeja and Surulere.", "Lagos"),
])
def test_a_command_or_corps_named_after_a_place_is_an_organisation(text, word):
    rows = geoparse(text)
    assert _at(rows, text, word) is None
    assert len(rows) >= 2


@pytest.mark.parametrize("text, word", [
    ("In the Zaporozhye Region, the acting governor said power was cut in Tokmak.", "Zaporozhye"),
    ("In the Belgorod Region, the governor said a drone hit a car near Shebekino.", "Belgorod"),
])
def test_a_region_then_its_office_holder_is_no_person(text, word):
    r = _at(geoparse(text), text, word)
    assert r is not None and r["lat"] is not None


def test_a_subdistrict_of_a_town_of_the_story_is_not_a_far_namesake():
    text = ("DHAKA, Jan 9 - Two people were killed in a landslide in Ruma upazila of Bandarban early yesterday, "
            "officials in Bandarban and Rangamati said. Roads to Chittagong and Cox's Bazar were closed.")
    r = _at(geoparse(text), text, "Ruma")
    assert r is None or r["lat"] is None or abs(r["lat"] - 22.0) < 1.0  # not Ruma, Serbia (45.0 N)
