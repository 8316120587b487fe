"""geoparse: names beside a unit word, or left unplaced in a sentence naming the province they lie in,
read as the district, LGA, territory or township of the name (geo/admin_units.py), at the unit's centre
with a district's precision; never a bare name that a town of the gazetteer holds."""
from __future__ import annotations

import pytest

from geo.distance import great_circle_km
from reading.geoparse import geoparse


def _row(rows, name):
    return next(r for r in rows if r["name"] == name or r["name"].startswith(name))


def _near(r, lat, lon, km=30):
    return r["lat"] is not None and great_circle_km(r["lat"], r["lon"], lat, lon) <= km


def test_a_territory_the_gazetteer_lacks_is_placed_at_its_unit():
    rows = geoparse("Armed men burned two villages in Kalehe territory on Tuesday, officials in the "
                    "Democratic Republic of Congo said.")
    r = _row(rows, "Kalehe")
    assert _near(r, -2.05, 28.64) and r["precision"] == 2


def test_every_name_of_a_list_before_a_plural_unit_word():
    rows = geoparse("Flooding cut the roads in Ukhia and Teknaf upazilas, Bangladesh's disaster ministry said.")
    assert _near(_row(rows, "Ukhia"), 21.23, 92.12)
    assert _near(_row(rows, "Teknaf"), 21.0, 92.22)
    assert {_row(rows, n)["precision"] for n in ("Ukhia", "Teknaf")} == {2}


def test_a_national_unit_word_gives_the_country_when_the_text_names_none():
    rows = geoparse("Herders and farmers clashed in Ningi LGA, police said.")
    assert _near(_row(rows, "Ningi"), 11.03, 9.23)


def test_a_town_before_district_is_read_at_its_district():
    r = _row(geoparse("Officials in Baramulla district of Jammu and Kashmir, India, said the pass was shut."),
             "Baramulla")
    assert _near(r, 34.27, 74.39, km=5) and r["precision"] == 2


@pytest.mark.parametrize("text", [
    "Residents of Kalehe said the road had been closed since Monday.",  # no unit word
    "Troops entered Wetlet township, officials in Paris said.",  # no place of Myanmar in the text
    "The Kalehe Territory Administration said the road was closed, in Congo.",  # an office's name
])
def test_no_unit_without_its_word_in_a_country_the_text_names(text):
    assert all(r["kind"] != "county" for r in geoparse(text))


def test_the_unit_of_a_country_the_text_names_among_namesakes():
    rows = geoparse("Soldiers were deployed to Wetlet township in Sagaing region, Myanmar.")
    r = _row(rows, "Wetlet")
    assert _near(r, 22.35, 95.78) and r["kind"] == "county"


def test_an_unplaced_name_in_a_sentence_naming_its_province_is_the_unit_there():
    r = _row(geoparse("Rebels seized Kalehe in South Kivu on Monday."), "Kalehe")
    assert _near(r, -2.05, 28.64) and r["precision"] == 2


@pytest.mark.parametrize("text", [
    "Rebels seized Kalehe on Monday. Aid workers left South Kivu.",  # the province in another sentence
    "Rebels seized Kalehe in Pennsylvania on Monday.",  # a province the unit is not in
])
def test_an_unplaced_name_stays_so_without_its_province_in_the_sentence(text):
    r = _row(geoparse(text), "Kalehe")
    assert r["lat"] is None


def test_every_name_listed_after_a_plural_unit_word_and_of():
    """Gold 26's first run: "the districts of X and Y" (two German Kreise no gazetteer town bears) were missed,
    though "X and Y districts" and "the district of X" were read."""
    rows = geoparse("POTSDAM, Germany (dpa) - Forest fires forced the evacuation of villages in the districts of "
                    "Dahme-Spreewald and Teltow-Fläming on Tuesday.")
    assert _near(_row(rows, "Dahme-Spreewald"), 52.04, 13.82)
    assert _near(_row(rows, "Teltow-Fläming"), 52.07, 13.28)
