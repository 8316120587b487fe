"""A small town abroad picked for a bare name is doubted ("Hamas" = Hamm, Germany); when another
town bears the name as its own in or next to the article's country, that town is meant."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


@pytest.mark.parametrize("text, name, country_box", [
    # (lat0, lat1, lon0, lon1) of the country meant
    ("A Sudanese drone strike on Leer killed two people.", "Leer", (3, 13, 24, 36)),  # South Sudan, not Germany
    ("A Malian drone strike on Toma killed two people.", "Toma", (9, 15.5, -6, 2.5)),  # Burkina Faso, not Ghana's Tema
    ("An Israeli strike on Qana killed two people.", "Qana", (33, 34.7, 35, 36.7)),  # Lebanon, not Egypt's Qina
    ("A Russian drone strike on Tokmak killed two people.", "Tokmak", (44, 53, 22, 41)),  # Ukraine, not Tokmok
])
def test_a_namesake_next_to_the_story_beats_unplacing(gaz, text, name, country_box):
    (t,) = [t for t in geoparse(text, gazetteer=gaz) if text[t["start"]:t["end"]] == name]
    lat0, lat1, lon0, lon1 = country_box
    assert lat0 < t["lat"] < lat1 and lon0 < t["lon"] < lon1


def test_a_far_namesake_with_nothing_near_is_still_left_out(gaz):
    text = "Locust swarms moved into Somalia, where Hamas supporters also gathered, officials in Mogadishu said."
    names = [text[t["start"]:t["end"]] for t in geoparse(text, gazetteer=gaz)]
    assert names == ["Somalia", "Mogadishu"]


@pytest.mark.parametrize("text, box", [
    ("Drones hit Kyiv Oblast overnight.", (49, 52, 29, 33)),  # Natural Earth spells it Kiev
    ("Officials in the Odesa region said two people died.", (45, 48.5, 28.5, 31.5)),  # Odessa
    ("Shelling was reported across the Zaporizhzhia region.", (46, 48.5, 34, 37.5)),  # Zaporizhzhya
])
def test_a_unit_written_in_another_spelling_is_kept(gaz, text, box):
    """A name matched only by its spelling and not after a preposition is usually a surname
    ("Ghassan Salame"), but one ending in a unit word is written as a place."""
    (t,) = geoparse(text, gazetteer=gaz)
    lat0, lat1, lon0, lon1 = box
    assert lat0 < t["lat"] < lat1 and lon0 < t["lon"] < lon1


def test_a_surname_spelt_like_a_place_is_still_no_place(gaz):
    assert geoparse("Ghassan Salame met officials.", gazetteer=gaz) == []


@pytest.mark.parametrize("text, name, box", [
    # the attackers' demonym does not outvote a town of the story: Pokrovsk, Ukraine (not Engels, once so called)
    ("Russian forces advanced near Pokrovsk and Kurakhove, analysts said.", "Pokrovsk", (47, 49.5, 36, 39)),
    # but troops of the story's country outvote a dateline abroad (the country's north is Burkina Faso's)
    ("DAKAR (AP) - Burkinabe soldiers killed at least 100 villagers in the country's north in March.", None, None),
])
def test_troops_say_whose_more_than_where(gaz, text, name, box):
    from reading.toponyms import find_places, focus_country

    if name is None:
        assert focus_country(find_places(text, gaz), gaz) == "BF"
        return
    (t,) = [t for t in geoparse(text, gazetteer=gaz) if text[t["start"]:t["end"]] == name]
    lat0, lat1, lon0, lon1 = box
    assert lat0 < t["lat"] < lat1 and lon0 < t["lon"] < lon1


def test_an_old_name_far_from_the_story_gives_way_to_the_town_of_that_name_near_it(gaz):
    """A report naming Russian forces over and over makes Russia the focus; Engels (called
    Pokrovsk until 1931) is then preferred to Pokrovsk, Ukraine, though it lies 700 km from every
    other town of the report and Pokrovsk 40 km from Myrnohrad."""
    text = ("Russian Offensive Campaign Assessment\n\n"
            "Russian forces attacked near Myrnohrad on Tuesday. Russian forces shelled Kursk Oblast's border "
            "villages, and Russian forces advanced toward Pokrovsk, Russian milbloggers claimed.")
    (t,) = [t for t in geoparse(text, gazetteer=gaz) if text[t["start"]:t["end"]] == "Pokrovsk"]
    assert 47 < t["lat"] < 49.5 and 36 < t["lon"] < 39
