"""Historical reports (gold 13's genres), on other sentences: commands named after rivers and states,
commanders' surnames, abbreviated months, possessive sites, and metropolises' older spellings."""
from __future__ import annotations

import math

import pytest

from reading.geoparse import geoparse


def _rows(text: str) -> list[dict]:
    return geoparse(text)


def _at(rows: list[dict], text: str, word: str, nth: int = 0) -> dict | None:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return next((r for r in rows if r["start"] <= start < r["end"]), None)


def _km(r: dict, lat: float, lon: float) -> float:
    p1, p2 = math.radians(r["lat"]), math.radians(lat)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon - r["lon"]) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(a))


@pytest.mark.parametrize("text, word", [
    ("HEADQUARTERS ARMY OF THE TENNESSEE,\nMemphis, Tenn., March 3, 1863.", "TENNESSEE"),
    ("The Army of the Ohio left Nashville on the 1st and marched toward Columbia.", "Ohio"),
    ("Report of the commander of the Department of the Mississippi, Saint Louis, Mo.", "Mississippi"),
    ("Orders from the Military Division of the Missouri reached Leavenworth and Omaha.", "Missouri"),
])
def test_a_command_named_after_a_river_or_state_is_no_place(text, word):
    rows = _rows(text)
    assert _at(rows, text, word) is None
    assert len(rows) >= 2  # the towns of the sentence are still read


def test_a_state_outside_a_command_name_stays():
    text = "The regiment was raised in Ohio and sent to Tennessee in the spring."
    rows = _rows(text)
    assert _at(rows, text, "Ohio") is not None and _at(rows, text, "Tennessee") is not None


def test_commanders_named_like_towns_are_persons():
    text = ("Sumner's corps crossed the river at dawn, while the cavalry, under Custer, rode toward Winchester, Va. "
            "Custer reached Front Royal in the evening.")
    rows = _rows(text)
    assert _at(rows, text, "Sumner") is None
    assert _at(rows, text, "Custer") is None and _at(rows, text, "Custer", 1) is None
    assert _at(rows, text, "Winchester")["lat"] is not None


def test_a_city_before_its_brigades_stays_a_place():
    text = "Misrata's brigades entered Sirte after a week of fighting."
    rows = _rows(text)
    assert _at(rows, text, "Misrata") is not None and _at(rows, text, "Sirte") is not None


def test_an_abbreviated_month_with_a_day_is_no_town():
    text = "GLASGOW, Nov. 3.-The steamer Clyde sailed for Montreal with 300 passengers."
    rows = _rows(text)
    assert _at(rows, text, "Nov") is None
    assert _at(rows, text, "Montreal") is not None


def test_a_possessive_site_is_one_unplaced_name():
    text = "The brigade camped at Turner's Gap on the 13th and crossed the Potomac at Boteler's Ford near Sharpsburg."
    rows = _rows(text)
    gap = _at(rows, text, "Turner")
    assert gap is None or (text[gap["start"]:gap["end"]] == "Turner's Gap" and gap["lat"] is None)


def test_a_metropolis_keeps_its_older_spelling_in_a_list_of_ports():
    text = ("Arrived: the Eliza, from Mobile, with cotton; the Mary, from Charleston; the Juno, from Calcutta, "
            "with jute and indigo.")
    r = _at(_rows(text), text, "Calcutta")
    assert r is not None and r["lat"] is not None and _km(r, 22.57, 88.36) < 50


def test_a_battles_or_wars_name_is_an_event_not_a_place():
    text = "The Battle of Verdun began in February, and veterans of the Crimean campaign and the Boer War met in Paris."
    rows = _rows(text)
    assert _at(rows, text, "Verdun") is None and _at(rows, text, "Boer") is None
    assert _at(rows, text, "Paris") is not None
    text = "The battle of Gettysburg was fought in Pennsylvania, and the battle for Mosul lasted nine months."
    rows = _rows(text)
    assert _at(rows, text, "Gettysburg") is not None and _at(rows, text, "Mosul") is not None


def test_a_ships_name_is_no_place():
    text = "HMS Coventry was sunk off the islands, and the destroyer Glasgow was hit near Stanley."
    rows = _rows(text)
    assert _at(rows, text, "Coventry") is None and _at(rows, text, "Glasgow") is None
    text = "The gunboats Memphis and Cairo steamed past Helena toward Vicksburg."
    rows = _rows(text)
    assert _at(rows, text, "Memphis") is None and _at(rows, text, "Cairo") is None
    assert _at(rows, text, "Vicksburg") is not None


@pytest.mark.parametrize("text, word, lat, lon", [
    ("Rice from Siam and tea from Ceylon reached the London market in April.", "Siam", 15.1, 101.0),
    ("Rice from Siam and tea from Ceylon reached the London market in April.", "Ceylon", 7.6, 80.7),
    ("French troops marched from Porto-Novo into the interior of Dahomey.", "Dahomey", 9.6, 2.3),
    ("The Shah of Persia left for Europe by way of Baku.", "Persia", 32.6, 54.3),
])
def test_a_countrys_former_name_is_the_country(text, word, lat, lon):
    r = _at(_rows(text), text, word)
    assert r is not None and r["kind"] == "country" and _km(r, lat, lon) < 400


def test_spaced_state_abbreviations_are_states():
    text = "Camp near Goldsborough, N. C., March 25, 1865. The column had left Cheraw, S. C., on the 6th."
    rows = _rows(text)
    nc, sc = _at(rows, text, "N. C."), _at(rows, text, "S. C.")
    assert nc is not None and nc["kind"] == "admin1" and _km(nc, 35.5, -79.4) < 150
    assert sc is not None and sc["kind"] == "admin1" and _km(sc, 33.9, -80.9) < 150


def test_spaced_initials_before_a_surname_are_no_state():
    text = "Forwarded by Lieutenant Ames, N. H. McLean, Assistant Adjutant-General, to Nashville."
    assert _at(_rows(text), text, "N. H.") is None


def test_ships_in_shipping_news_are_no_towns():
    text = ("Arrived: the Caledonia, from Charleston, with cotton; the Columbia, from Odessa, with wheat. "
            "Sailed: the Zephyr, for Valparaiso.")
    rows = _rows(text)
    assert _at(rows, text, "Caledonia") is None and _at(rows, text, "Columbia") is None
    assert _at(rows, text, "Zephyr") is None
    assert _at(rows, text, "Charleston") is not None and _at(rows, text, "Valparaiso") is not None
    text = "Talks moved to the Hague, from Geneva, in May."
    assert _at(_rows(text), text, "Hague") is not None


def test_an_old_papers_paragraph_head_in_capitals_is_its_town():
    text = ("COUNTY NEWS.\n\nYEOVIL.-The cattle fair on Tuesday drew dealers from Frome and Glastonbury.\n\n"
            "BRIDGWATER.—At the petty sessions a carter was fined for furious driving.")
    rows = _rows(text)
    yeovil, bridgwater = _at(rows, text, "YEOVIL"), _at(rows, text, "BRIDGWATER")
    assert yeovil is not None and yeovil["lat"] is not None and _km(yeovil, 50.94, -2.63) < 30
    assert bridgwater is not None and bridgwater["lat"] is not None and _km(bridgwater, 51.13, -3.0) < 30


def test_a_name_before_an_ottoman_honorific_is_a_person():
    text = "Osman Pasha held Plevna for five months, and Enver Bey sailed for Tripoli."
    rows = _rows(text)
    assert _at(rows, text, "Osman") is None and _at(rows, text, "Pasha") is None and _at(rows, text, "Enver") is None
    assert _at(rows, text, "Plevna") is not None and _at(rows, text, "Tripoli") is not None


@pytest.mark.parametrize("text, whole", [
    ("On the first morning the battalion went over the top at Flers-Mametz and lost half its men.", "Flers-Mametz"),
    ("Patrols from Bapaume-Mametz reported the enemy wire uncut.", "Bapaume-Mametz"),
])
def test_two_village_names_joined_by_a_hyphen_are_one_name(text, whole):
    rows = geoparse(text)
    start = text.index(whole)
    r = next((r for r in rows if r["start"] == start), None)
    assert r is not None and r["end"] == start + len(whole)
    assert not any(start < r2["start"] < start + len(whole) for r2 in rows)  # no second place inside it


@pytest.mark.parametrize("text, first, second", [
    ("Lorries kept moving on the Amiens-Arras road all night.", "Amiens", "Arras"),
    ("Shelling closed the Arras-Cambrai railway again.", "Arras", "Cambrai"),
])
def test_two_names_linked_by_a_road_stay_two(text, first, second):
    rows = geoparse(text)
    assert _at(rows, text, first) is not None and _at(rows, text, second) is not None
    assert _at(rows, text, first) is not _at(rows, text, second)
