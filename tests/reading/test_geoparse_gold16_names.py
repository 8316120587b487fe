"""Reports from Latin America, the Caucasus, Central Asia, the Balkans and East Asia (gold 16's regions),
on other sentences: gangs named in Spanish after their home, and local names opened by a Romance head
word (favelas, cités, hills, islands, avenues) that the gazetteer does not know."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _at(rows: list[dict], text: str, word: str, nth: int = 0) -> dict | None:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return next((r for r in rows if r["start"] <= start < r["end"]), None)


@pytest.mark.parametrize("text, word", [
    ("Chilean prosecutors said cells of the Tren de Aragua ran the kidnapping ring from a flat in Arica.", "Aragua"),
    ("Colombian police said the Tren del Llano had moved into the border town of Arauquita.", "Llano"),
    ("Fuel thieves loyal to the Cartel de Santa Rosa de Lima tapped a pipeline near Irapuato.", "Santa Rosa"),
    ("Soldiers clashed with the Clan del Golfo near Turbo, in Antioquia.", "Golfo"),
])
def test_a_gang_named_in_spanish_after_its_home_is_no_place(text, word):
    rows = geoparse(text)
    assert _at(rows, text, word) is None
    assert any(r["lat"] is not None for r in rows)  # the real places of the sentence are still read


def test_the_home_of_a_spanish_named_gang_written_alone_is_still_a_place():
    text = "Heavy rain flooded roads across Aragua and Carabobo on Monday."
    r = _at(geoparse(text), text, "Aragua")
    assert r is not None and r["lat"] is not None and abs(r["lat"] - 10.2) < 0.6


@pytest.mark.parametrize("text, name", [
    ("Police exchanged fire with gunmen for hours in Port-au-Prince's Cité Dieu, residents said.", "Cité Dieu"),
    ("Officers in armoured cars entered the Complexo do Lins before dawn on Thursday.", "Complexo do Lins"),
    ("Residents of Vila Kennedy, in the west of Rio de Janeiro, said shooting went on all night.", "Vila Kennedy"),
    ("Firefighters were still fighting a blaze on the slopes of the Serra da Cantareira.", "Serra da Cantareira"),
    ("Traffic was halted on Avenida Paulista as marchers reached the city centre.", "Avenida Paulista"),
])
def test_a_local_name_opened_by_a_romance_head_word_is_a_place(text, name):
    r = _at(geoparse(text), text, name)
    assert r is not None and text[r["start"]:r["end"]] == name


@pytest.mark.parametrize("text, name, word", [
    ("Ferries to Ilha do Governador were cancelled because of the storm.", "Ilha do Governador", "Governador"),
    ("Buses were set on fire on Avenida Brasil during the police raid.", "Avenida Brasil", "Brasil"),
])
def test_a_known_name_after_a_head_word_is_the_local_name_not_the_far_place(text, name, word):
    r = _at(geoparse(text), text, word)
    assert r is not None and text[r["start"]:r["end"]] == name and r["lat"] is None  # not Brazil's centre


def test_a_head_word_opening_a_name_the_gazetteer_knows_whole_is_left_alone():
    text = "Tourists crossed the bridge from Lumbo to Ilha de Moçambique on Sunday."
    r = _at(geoparse(text), text, "Ilha")
    assert r is not None and text[r["start"]:r["end"]] == "Ilha de Moçambique"
    assert r["lat"] is not None and abs(r["lat"] + 15.03) < 0.3  # the island town, not the country


@pytest.mark.parametrize("text, name", [
    ("Residents of Ngarbuh said soldiers burned the houses of the hamlet's chief.", "Ngarbuh"),
    ("Aid workers said villagers of Tumbuktam had not eaten for three days.", "Tumbuktam"),
    ("Lorries queued for two days at the crossing at Kapitan Andreevo before customs officers returned.",
     "Kapitan Andreevo"),
    ("Gunmen felled trees across the road to Mbankolo and set a lorry on fire.", "Mbankolo"),
    ("Engineers said the bridge to Porto Kagari would reopen next week.", "Porto Kagari"),
    ("Militias now control roads to Ngungu, cutting off the traders of the plain.", "Ngungu"),
    ("Timber leaves the forest by road to Pangsau and is sold across the border.", "Pangsau"),
])
def test_a_dweller_of_a_crossing_at_or_a_road_to_an_unknown_name_makes_it_a_place(text, name):
    r = _at(geoparse(text), text, name)
    assert r is not None and text[r["start"]:r["end"]] == name and r["lat"] is None


@pytest.mark.parametrize("text, word", [
    ("Residents of Facebook groups shared the videos widely.", "Facebook"),
    ("Campaigners said the road to Recovery, their charity walk, ended in Leeds.", "Recovery"),
])
def test_a_common_word_after_those_leads_is_still_no_place(text, word):
    assert _at(geoparse(text), text, word) is None


@pytest.mark.parametrize("text, word, lat, lon", [
    ("Gangs burned the police station in Hinche, in the Centre department of Haiti.", "Centre", 19.0, -72.0),
    ("Farmers in the Centre department said gangs from Port-au-Prince stole their cattle.", "Centre", 19.0, -72.0),
    ("Dengue cases rose in Capiatá, in the Central department of Paraguay, the ministry said.", "Central", -25.5, -57.5),
])
def test_a_direction_word_before_its_unit_word_is_the_unit_of_that_name(text, word, lat, lon):
    r = _at(geoparse(text), text, word)
    assert r is not None and r["lat"] is not None
    assert abs(r["lat"] - lat) < 1.0 and abs(r["lon"] - lon) < 1.0


@pytest.mark.parametrize("text, word", [
    ("Fighting in the East continued overnight, officials in Kinshasa said.", "East"),
    ("The Eastern portion of the city was shelled again, residents of Kharkiv said.", "Eastern"),
    ("The Centre for Strategic Studies in Amman published the poll.", "Centre"),
])
def test_a_direction_word_without_a_unit_word_is_still_no_place(text, word):
    assert _at(geoparse(text), text, word) is None


@pytest.mark.parametrize("text, name", [
    ("Ethnic armed groups tightened their hold on the Kokang region of Shan State, near the Chinese border.", "Kokang"),
    ("Aid convoys reached the Mongkoe district of northern Shan State for the first time in a year.", "Mongkoe"),
])
def test_a_name_judged_no_place_is_still_listed_before_a_unit_word(text, name):
    r = _at(geoparse(text), text, name)
    assert r is not None and text[r["start"]:r["end"]] == name


def test_a_bare_name_judged_no_place_stays_out():
    text = "Hamas said the talks in Cairo had failed."
    assert _at(geoparse(text), text, "Hamas") is None


@pytest.mark.parametrize("text, word, lat, lon", [
    ("Residents of Reading queued for bottled water after the main burst.", "Reading", 51.45, -0.97),
    ("Villagers of Hope, a town in British Columbia, were told to leave.", "Hope", 49.38, -121.44),
])
def test_a_common_word_after_residents_of_is_a_place(text, word, lat, lon):
    r = _at(geoparse(text), text, word)
    assert r is not None and r["lat"] is not None
    assert abs(r["lat"] - lat) < 0.5 and abs(r["lon"] - lon) < 0.5


@pytest.mark.parametrize("text, name", [
    ("The rebels took Mongko and Laukkai within a week, residents said.", "Mongko"),
    ("The offensive swept Mong Ngaw, Kutkai and Lashio before the ceasefire.", "Mong Ngaw"),
])
def test_an_unknown_name_listed_before_a_place_after_took_or_swept_is_a_place(text, name):
    r = _at(geoparse(text), text, name)
    assert r is not None and text[r["start"]:r["end"]] == name


def test_people_listed_after_took_are_no_places():
    text = "The president took Macron and Scholz to Kyiv on the night train."
    rows = geoparse(text)
    assert _at(rows, text, "Macron") is None and _at(rows, text, "Scholz") is None


def test_a_local_name_is_read_in_each_text_whatever_text_came_before():
    # (whether a text holds a head word is asked twice per text and kept for the last one: never another's)
    local = "Gunfire was heard overnight in Vila Aliança, in the west of Rio de Janeiro."
    plain = "Gunfire was heard overnight in Aliança, in the west of Rio de Janeiro."
    for text in (local, plain, "".join([local[:20], local[20:]]), plain):
        r = _at(geoparse(text), text, "Aliança")
        assert r is not None
        assert text[r["start"]:r["end"]] == ("Vila Aliança" if "Vila" in text else "Aliança")
