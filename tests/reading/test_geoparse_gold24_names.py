"""Profiles and obituaries, sport and travel, rivers, mountains and borders (gold 24's genres), on other
sentences: relatives and pets named like places, surnames after a place-named given name, football clubs
named after their towns, ships named again after their type, mountains named with "Mont"/"Monte" and
climbs with "Côte de", stadiums, cups, famous ranges, a name listed among countries, and a US state set off
by commas before another town of a list."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse
from tests.reading.places import unplaced_or_feature


def _rows(text: str) -> dict[str, dict]:
    return {text[r["start"]:r["end"]]: r for r in geoparse(text)}


@pytest.mark.parametrize("text, places", [
    ("She is survived by her husband of 61 years, Austin, and by two nephews in Duluth.", ["Duluth"]),
    ("He leaves his wife of nearly forty years, Florence; their home was in Bangor.", ["Bangor"]),
    ("Her youngest daughter is called Sydney and lives in Leeds.", ["Leeds"]),
    ("The family kept a horse named Dakota and a dog called Memphis on their farm near Lexington, Kentucky.",
     ["Lexington", "Kentucky"]),
])
def test_relatives_and_pets_named_like_places_are_no_places(text, places):
    assert list(_rows(text)) == places


def test_a_town_called_so_stays_a_place():
    assert "Lufkin" in _rows("They settled in a small town called Lufkin, in Texas.")


@pytest.mark.parametrize("text, surname", [
    ("Austin Tilden, who ran the hardware store for forty years, died in Tyler. Tilden's sons still run it.",
     "Tilden"),
    ("Denver Ashby grew up in Abilene. Ashby's first coach still lives there.", "Ashby"),
])
def test_a_surname_after_a_place_named_given_name_is_the_person_later_too(text, surname):
    rows = _rows(text)
    assert surname not in rows and len(rows) == 1


@pytest.mark.parametrize("text, gone, kept", [
    ("RB Leipzig beat Union Berlin 2-0, and VfB Stuttgart drew at Freiburg.", ["Leipzig", "Berlin", "Stuttgart"],
     ["Freiburg"]),
    ("Werder Bremen lost 1-0 to PSV Eindhoven in a friendly in Hamburg.", ["Werder", "Bremen", "Eindhoven"],
     ["Hamburg"]),
    ("Plymouth Argyle drew with Preston North End, and Shakhtar Donetsk beat Legia Warsaw in Krakow.",
     ["Plymouth", "Argyle", "Preston", "Donetsk", "Warsaw"], ["Krakow"]),
])
def test_football_clubs_named_after_their_towns_are_no_places(text, gone, kept):
    rows = _rows(text)
    assert not set(gone) & set(rows) and set(kept) <= set(rows)


def test_a_union_of_states_before_a_capital_leaves_the_capital():
    assert "Kyiv" in _rows("The European Union Kyiv office said aid had reached Kharkiv.")


def test_a_ship_named_after_its_type_is_the_ship_again_with_the_article():
    rows = geoparse("The frigate Aurora sailed from Portsmouth; the Aurora reached Gibraltar on Monday, and Aurora, "
                    "Colorado, sent its mayor.")
    names = [r["name"] for r in rows]
    assert names == ["Portsmouth", "Gibraltar", "Aurora", "Colorado"]  # the town bare, the ship with "the"


@pytest.mark.parametrize("text, features", [
    ("Beyond Mont Blanc the ridge runs to Mont Dolent, and the crest of Monte Rosa rises above Macugnaga.",
     ["Mont Blanc", "Mont Dolent", "Monte Rosa"]),
    ("The riders climb the Côte de Saint-Roch above Houffalize and the Côte de la Haute-Levée near Stavelot.",
     ["Côte de Saint-Roch", "Côte de la Haute-Levée"]),
])
def test_mountains_and_climbs_named_with_a_generic_word_are_one_feature(text, features):
    rows = _rows(text)
    for f in features:
        assert f in rows and unplaced_or_feature(rows[f])  # not Saint-Just-Malmont nor Saint-Chamond
    assert rows.get("Houffalize", rows.get("Macugnaga"))["lat"] is not None


def test_towns_named_with_mont_stay_towns():
    rows = _rows("She flew from Monte Plata to Montevideo.")
    assert rows["Monte Plata"]["lat"] is not None


@pytest.mark.parametrize("text, town, lat", [
    ("Barges ran between Cairo, Illinois, and New Orleans.", "Cairo", 37.0),
    ("The tour went to Athens, Ohio, and Pittsburgh.", "Athens", 39.3),
])
def test_a_state_set_off_by_commas_before_another_town_qualifies_the_town_before_it(text, town, lat):
    assert abs(_rows(text)[town]["lat"] - lat) < 0.5


def test_a_list_of_towns_and_a_province_abroad_is_left_alone():
    rows = _rows("Drones struck Lviv, Volyn, and Kyiv overnight.")
    assert abs(rows["Lviv"]["lat"] - 49.84) < 0.2 and abs(rows["Kyiv"]["lat"] - 50.45) < 0.2


@pytest.mark.parametrize("text, ground, town", [
    ("Augsburg won 1-0 at Wolfsburg, whose Volkswagen Arena was half empty in the snow.", "Volkswagen Arena",
     "Wolfsburg"),
    ("The Cardinals and Marlins share Roger Dean Stadium in Jupiter, Florida.", "Roger Dean Stadium", "Jupiter"),
])
def test_a_sports_ground_is_one_landmark_at_its_town(text, ground, town):
    rows = _rows(text)
    assert (rows[ground]["lat"], rows[ground]["lon"]) == (rows[town]["lat"], rows[town]["lon"])
    assert not {"Roger", "Dean", "Volkswagen"} & set(rows)


def test_a_ground_named_after_its_town_keeps_the_town():
    rows = _rows("Fans gathered outside the Omdurman Stadium after the match.")
    assert list(rows) == ["Omdurman"]


def test_a_name_listed_among_countries_is_the_country_even_in_a_story_of_one_of_them():
    rows = _rows("Troops from Nigeria, Niger and Benin joined the force in Maiduguri, Borno and Yobe.")
    assert rows["Niger"]["kind"] == "country"  # not Nigeria's Niger state


def test_a_name_listed_among_units_stays_the_unit():
    rows = _rows("Gunmen attacked villages in Niger and Kaduna states, police in Minna said.")
    assert rows["Niger"]["kind"] == "admin1"


@pytest.mark.parametrize("text, places", [
    ("Her brother Lincoln still farms near Golden, and their son Austin lives in Tulsa.", ["Golden", "Tulsa"]),
    ("His brother lives in Austin.", ["Austin"]),
])
def test_a_relative_named_right_after_a_possessive_kin_noun_is_no_place(text, places):
    assert list(_rows(text)) == places


def test_a_cup_named_after_a_town_is_the_race_not_the_town():
    rows = geoparse("She won the Melbourne Cup and then the Dubai World Cup, before flying home to Melbourne.")
    assert [r["name"] for r in rows] == ["Melbourne"] and rows[0]["start"] > 60


def test_famous_ranges_and_plateaus_written_with_the_are_toponyms():
    rows = _rows("She collected on the slopes of the Tian Shan and in the Rockies; trucks crossed the Altiplano to Oruro.")
    assert {"Tian Shan", "Rockies", "Altiplano", "Oruro"} <= set(rows) and unplaced_or_feature(rows["Rockies"])


def test_a_big_town_listed_between_towns_outside_a_named_state_is_not_pulled_into_it():
    rows = _rows("The family came from Houston, Texas. By 1968 he ran barges between Baton Rouge, Memphis and St. Louis.")
    assert abs(rows["Memphis"]["lon"] + 90.05) < 0.3  # Tennessee's, not Memphis, Texas


def test_a_town_listed_between_towns_of_the_named_state_is_still_pulled():
    rows = _rows("ATHENS, Texas — The Hornets beat Tyler, Canton and Jacksonville this season.")
    assert abs(rows["Jacksonville"]["lon"] + 95.27) < 0.3  # the Texas town, not Florida's city


def test_a_town_listed_beside_its_twin_across_a_border_is_still_pulled_to_the_twin():
    rows = _rows("Police in Brandenburg said the mayors of Słubice and Frankfurt (Oder) wrote to Warsaw and Berlin.")
    assert abs(rows["Frankfurt (Oder)"]["lon"] - 14.55) < 0.3  # Frankfurt an der Oder, not Frankfurt am Main
    # (the whole name since gold 26: GeoNames' own name of the town, read with its parenthesis)
