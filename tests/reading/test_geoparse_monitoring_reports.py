"""Conflict-monitoring reports (gold 14's genres), on other sentences: digest entries opening with a
country's name, headings dated by a month, local government areas and woredas, "In X district" opening
a sitrep's sentence, and bulletin lines opening with a time or a day."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _at(rows: list[dict], text: str, word: str, nth: int = 0) -> dict | None:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return next((r for r in rows if r["start"] <= start < r["end"]), None)


_DIGEST = """West Africa, November

Eritrea Authorities 2 November closed the border near Tesseney.

Liberia Police 3 November arrested protesters in Monrovia.

Malawi In Nsanje district, floods 3 November displaced 4,000 people.

Djibouti President Guelleh 25 November hosted talks in Djibouti city.

Sierra Leone-Guinea Talks 28 November on the Yenga border dispute opened in Freetown."""


@pytest.mark.parametrize("word", ["Eritrea", "Malawi", "Djibouti", "Sierra Leone"])
def test_a_digest_entry_opens_with_its_country(word):
    rows = geoparse(_DIGEST)
    start = _DIGEST.index("\n" + word) + 1
    row = next((r for r in rows if r["start"] == start), None)
    assert row is not None and row["kind"] == "country" and row["name"] == word
    assert row["end"] == start + len(word)


def test_a_digest_pair_of_countries_is_two_countries():
    rows = geoparse(_DIGEST)
    start = _DIGEST.index("Sierra Leone-Guinea")
    pair = [r for r in rows if start <= r["start"] < start + len("Sierra Leone-Guinea")]
    assert [(r["name"], r["kind"]) for r in pair] == [("Sierra Leone", "country"), ("Guinea", "country")]


def test_a_digest_entry_before_an_organisations_word_stays_the_organisations():
    rows = geoparse(_DIGEST)
    assert _at(rows, _DIGEST, "Liberia Police") is None  # "Liberia Police arrested": the force
    assert _at(rows, _DIGEST, "Monrovia")["kind"] == "city"


def test_one_line_opening_with_a_country_is_no_digest():
    text = "Kenya Airways 3 November cancelled flights to Mombasa.\nPassengers waited in Nairobi."
    assert _at(geoparse(text), text, "Kenya") is None


@pytest.mark.parametrize("text, month", [
    ("Gulf of Guinea, June\nPirates boarded a tanker off Bonny; France sent a frigate from Toulon.", "June"),
    ("Gulf of Guinea, June\n\nPirates boarded a tanker off Bonny; France sent a frigate from Toulon.", "June"),
])
def test_a_headings_month_is_no_town(text, month):
    rows = geoparse(text)
    assert _at(rows, text, month) is None  # not Unieux, France ("June" is one of its names)
    assert _at(rows, text, "Toulon")["kind"] == "city"


def test_a_heading_ends_no_name_of_the_next_line():
    text = "Monthly overview, September\n\nTurkey Tensions rose after a strike near Hakkari."
    row = _at(geoparse(text), text, "Turkey")
    assert row is not None and row["kind"] == "country" and row["end"] == text.index("Turkey") + len("Turkey")


@pytest.mark.parametrize("text, word", [
    ("Gunmen attacked farmers in Damboa LGA, Borno State, on Sunday.", "Damboa"),
    ("Floods hit Hadejia and Kafin Hausa LGAs in Jigawa State.", "Kafin Hausa"),
])
def test_a_local_government_area_is_its_towns_name(text, word):
    row = _at(geoparse(text), text, word)
    assert row is not None and row["name"] == word and row["lat"] is not None
    assert text[row["start"] : row["end"]] == word  # not "Damboa LGA"


@pytest.mark.parametrize("text, word", [
    ("Fighting was reported. In Jarso woreda, 2,000 people fled their homes.", "Jarso"),
    ("Aid is needed. In Mecufi district, wells have dried up.", "Mecufi"),
])
def test_a_sitreps_unit_word_marks_the_name_before_it(text, word):
    row = _at(geoparse(text), text, word)
    assert row is not None
    assert text[row["start"] : row["end"]] == word  # the name, not "In Mecufi"


@pytest.mark.parametrize("stamp", ["- 10:00", "- 07/11", "- 3 May:", "16:45"])
def test_a_bulletin_lines_first_word_after_its_time_is_an_ordinary_word(stamp):
    text = "Bulletin\n- 09:10 Liberty Square protest dispersed in Tehran.\n" + stamp + " Hail damaged crops near Shiraz."
    rows = geoparse(text)
    assert _at(rows, text, "Hail") is None  # hail, not Ha'il, Saudi Arabia
    assert _at(rows, text, "Shiraz")["kind"] == "city"


_AMERICAS = """Americas, August

Colombia Clashes 2 August killed soldiers near Cali and in Bolívar department; troops deployed to Medellín and Bucaramanga.

Venezuela Authorities 9 August deployed troops along the coast of Sucre state and in Falcón.

Ecuador Police 12 August arrested gang leaders in Guayaquil."""

_CAUCASUS = """Caucasus, May

Russia Drones 4 May struck Sochi and Krasnodar; Moscow blamed Kyiv.

Armenia Protesters 9 May blocked roads near Gyumri and in Armenia's Tavush province.

Azerbaijan Authorities 12 May arrested journalists in Baku and accused Moscow of meddling."""


def test_a_digest_entrys_names_are_its_countrys_namesakes():
    rows = geoparse(_AMERICAS)
    sucre = _at(rows, _AMERICAS, "Sucre")
    assert sucre["kind"] == "admin1" and sucre["lon"] > -66  # Venezuela's state, not Colombia's department
    rows = geoparse(_CAUCASUS)
    for nth in (0, 1):  # the entry's head and "Armenia's Tavush province": the country, not Armenia, Colombia
        assert _at(rows, _CAUCASUS, "Armenia", nth)["kind"] == "country"


def test_a_digest_entry_keeps_a_capital_abroad():
    rows = geoparse(_CAUCASUS)
    moscow = _at(rows, _CAUCASUS, "Moscow", 1)  # in Azerbaijan's entry
    assert moscow["kind"] == "city" and moscow["lat"] > 55


@pytest.mark.parametrize("text, word, lat, lon", [
    ("Since March, 2,000 people fled from Dila woreda to Gedeo zone and to Amuru woreda.", "Amuru", (9, 11), (36, 38)),  # not Uganda's
    ("Floods struck Bade and Jakusko LGAs of Yobe State.", "Bade", (12, 14), (10, 12)),  # not Bade, Taiwan
    ("WFP reached Bade LGA and Nguru.", "Bade", (12, 14), (10, 12)),
])
def test_a_name_before_one_countrys_unit_word_is_not_placed_abroad(text, word, lat, lon):
    # the gazetteer has no namesake in Ethiopia or Nigeria: the woreda or LGA of the name (geo/admin_units.py)
    row = _at(geoparse(text), text, word)
    assert row is not None and row["kind"] == "county"
    assert lat[0] < row["lat"] < lat[1] and lon[0] < row["lon"] < lon[1]


def test_a_name_before_one_countrys_unit_word_keeps_that_countrys_place():
    text = "Floods struck Bade and Jakusko LGAs of Yobe State."
    row = _at(geoparse(text), text, "Jakusko")
    assert 11 < row["lat"] < 14 and 9 < row["lon"] < 12  # the Jakusko LGA, Yobe (at its centre, not the town's)


def test_the_villages_of_a_province_are_in_the_province():
    text = "Israeli forces raided the villages of Quneitra province."
    row = _at(geoparse(text), text, "Quneitra")
    assert row is not None and row["kind"] == "admin1"  # the unit they lie in, not a village called so


def test_a_countrys_possessive_before_its_province_is_the_country():
    text = "Fighting hit Armenia's Syunik province."
    rows = geoparse(text)
    assert _at(rows, text, "Armenia")["kind"] == "country"  # not Armenia, Colombia (a city of 300,000)
    assert _at(rows, text, "Syunik")["kind"] == "admin1"


def test_a_citys_possessive_before_its_district_is_still_the_city():
    text = "Shelling hit Kharkiv's Saltivka district."
    rows = geoparse(text)
    assert _at(rows, text, "Kharkiv")["kind"] == "city" and _at(rows, text, "Saltivka") is not None


@pytest.mark.parametrize("text, ends", [
    ("Israeli jets struck Tyre. A drone hit a car on the Nabatieh-Kfar Kila road.", ("Nabatieh", "Kfar Kila")),
    ("Fano fighters attacked Debre Markos and blocked the Bahir Dar-Ambo road.", ("Bahir Dar", "Ambo")),
    ("The Douentza-Boni section of the highway remains closed.", ("Douentza", "Boni")),
])
def test_a_routes_two_ends_are_two_places(text, ends):
    rows = geoparse(text)
    for end in ends:
        row = _at(rows, text, end)
        assert row is not None and text[row["start"] : row["end"]] == end


def test_a_towns_hyphenated_name_before_road_stays_whole():
    text = "Convoys use the Kadugli-Dilling road; attacks continued near the Kupyansk-Vuzlovyi road."
    rows = geoparse(text)
    assert _at(rows, text, "Kadugli")["end"] == text.index("Kadugli") + len("Kadugli")
    row = _at(rows, text, "Vuzlovyi")
    assert row is not None and text[row["start"] : row["end"]] == "Kupyansk-Vuzlovyi"


@pytest.mark.parametrize("text, word", [
    ("Islamic State Khorasan Province claimed a suicide attack in Jalalabad.", "Khorasan"),
    ("Fighters of Islamic State Khorasan Province attacked a checkpoint in Kunar.", "Khorasan"),
])
def test_an_islamic_state_province_is_the_group(text, word):
    rows = geoparse(text)
    assert _at(rows, text, word) is None  # the group's name, not Iran's Khorasan
    assert len(rows) == 1


def test_a_province_after_islamic_state_fighters_is_still_a_place():
    text = "Islamic State fighters attacked Palmyra in Homs Province."
    rows = geoparse(text)
    assert _at(rows, text, "Palmyra") is not None and _at(rows, text, "Homs") is not None


@pytest.mark.parametrize("text, ends", [
    ("- 10:05 Drone strike on a motorcycle on the Marjayoun-Kfar Kila road.\n- 10:40 Shelling of Khiam.",
     ("Marjayoun", "Kfar Kila")),
    ("Partners in Kadugli report that prices doubled since the Kadugli-Al Ghazal road was closed.", ("Kadugli",)),
    ("In Lebanon, a drone hit a truck on the Nabatieh-Kfar Tebnit road.", ("Nabatieh",)),
])
def test_route_end_listed_by_the_joined_links_rule_is_still_placed(text, ends):
    # two rules read hyphen-joined pairs: the one listing unknown ends unplaced must not keep the
    # route rule from placing an end the gazetteer knows
    placed = {text[r["start"]:r["end"]] for r in geoparse(text) if r["lat"] is not None}
    assert set(ends) <= placed
