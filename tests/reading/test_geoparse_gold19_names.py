"""Web news, sport and travel, and conflict reports with variant spellings (gold 19's genres), on other
sentences: continents are no towns once called so, language names are no towns, and peaks, lakes, salt
flats, passes, capes and fjords named with a Spanish, Italian or Norwegian generic word are one feature each,
and a university the gazetteer lacks is an institution, not an unknown place."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _rows(text: str) -> dict[str, dict]:
    return {text[r["start"]:r["end"]]: r for r in geoparse(text)}


@pytest.mark.parametrize("text", [
    "Runners from Algeria, Tunisia and Kenya met in Nairobi for the biggest meeting in Africa this year.",
    "A team based in Girona sent riders to Kigali for the first world championships in Africa.",
])
def test_a_continent_is_no_town_once_called_so(text):
    africa = _rows(text)["Africa"]
    assert (africa["lat"], africa["lon"]) == (None, None)  # not Mahdia, Tunisia, whose old name it was


@pytest.mark.parametrize("text, places", [
    ("The ministry published the decree in English and in Arabic, officials in Bamako said.", ["Bamako"]),
    ("The river town, known in English as Timbuktu, sits upstream of Gao.", ["Timbuktu", "Gao"]),
])
def test_a_language_after_in_is_no_place(text, places):
    assert list(_rows(text)) == places


def test_a_town_named_like_a_language_stays_a_place_when_written_as_one():
    rows = _rows("He moved to English, Indiana, near Louisville.")
    assert rows["English"]["lat"] is not None and "Indiana" in rows


@pytest.mark.parametrize("text, features, gone", [
    ("Climbers crossed from Cerro Fitz Roy to Lago del Desierto, then drove to the Salar de Uyuni in Bolivia.",
     ["Cerro Fitz Roy", "Lago del Desierto", "Salar de Uyuni"], ["Cerro", "Uyuni"]),
    ("The stage climbs the Passo di Gavia and the Colle delle Finestre before finishing in Turin.",
     ["Passo di Gavia", "Colle delle Finestre"], ["Finestre"]),
    ("Ferries cross the Oslofjord and the Trondheim Fjord; cruise ships sail up the Hardangerfjorden.",
     ["Oslofjord", "Trondheim Fjord", "Hardangerfjorden"], ["Oslo", "Trondheim"]),
    ("Crude will leave from a new terminal at Punta Colorada in Río Negro province.", ["Punta Colorada"],
     ["Punta", "Colorada"]),
])
def test_a_feature_named_with_its_generic_word_is_one_unplaced_toponym(text, features, gone):
    rows = _rows(text)
    for name in features:
        if name == "Salar de Uyuni":  # (gd30: the largest salt flat is a row of physical_features.csv: its point)
            assert rows[name]["kind"] == "physical" and abs(rows[name]["lat"] + 20.1) < 0.2
            continue
        assert (rows[name]["lat"], rows[name]["lon"]) == (None, None)
    assert not [g for g in gone if g in rows]


@pytest.mark.parametrize("text, town", [
    ("Floods cut the road to Passo Fundo in Rio Grande do Sul.", "Passo Fundo"),
    ("Oil workers flew from Quito to Lago Agrio on Monday.", "Lago Agrio"),
    ("Ships left Punta Arenas for Puerto Williams at dawn.", "Punta Arenas"),
])
def test_a_town_named_so_stays_the_town(text, town):
    assert _rows(text)[town]["lat"] is not None


@pytest.mark.parametrize("text, feature", [
    ("After Stone Creek, the parade went on to Decatur.", "Stone Creek"),
    ("Beyond Pine Valley, the trail climbs to the ridge above Mansfield.", "Pine Valley"),
    ("Through Cedar Canyon, the old road winds down to Kanab.", "Cedar Canyon"),
])
def test_a_sentence_opening_preposition_is_no_part_of_a_feature(text, feature):
    assert feature in _rows(text)


@pytest.mark.parametrize("text, places", [
    ("Students marched near Carnegie Mellon University in Pittsburgh.", ["Pittsburgh"]),
    ("Police fired tear gas near Makerere University in Kampala.", ["Kampala"]),
    ("The shelter opened near Gallaudet University, in Washington.", ["Washington"]),
])
def test_a_university_the_gazetteer_lacks_is_an_institution(text, places):
    assert list(_rows(text)) == places


def test_a_school_the_gazetteer_lacks_stays_a_landmark():
    assert "Walker Valley High School" in _rows("The fire spread near Walker Valley High School in Cleveland, Tenn.")


@pytest.mark.parametrize("text, town, lat", [
    ("The drugmaker has plants in Portsmouth, New Hampshire, and Vacaville, California.", "Portsmouth", 43.1),
    ("The company has plants in Portsmouth, Virginia, and Vacaville, California.", "Portsmouth", 36.8),
    ("Its warehouses in Manchester, New Hampshire, and Fresno, California, will close.", "Manchester", 43.0),
])
def test_a_town_and_its_state_before_another_pair_keeps_its_state(text, town, lat):
    assert round(_rows(text)[town]["lat"], 1) == lat  # not the English namesake: "X, State, and Y, State" lists pairs


def test_a_list_of_states_after_a_town_is_still_a_list():
    rows = _rows("Storms hit Springfield, Ohio, Indiana, Michigan and Kentucky.")
    assert {"Ohio", "Indiana", "Michigan", "Kentucky"} <= set(rows)


@pytest.mark.parametrize("text", [
    "Unions asked Brussels not to start a trade war with Washington. A trade group in Redmond, Washington, backed the ruling.",
    "Apple growers in Wenatchee, Washington, said talks with Washington on tariffs had stalled.",
])
def test_a_capital_one_deals_with_is_the_government_beside_the_namesake_state(text):
    points = [(round(r["lat"]), round(r["lon"])) for r in geoparse(text) if text[r["start"]:r["end"]] == "Washington"]
    assert (39, -77) in points and (47, -120) in points  # the capital, then the state of "Redmond, Washington"
