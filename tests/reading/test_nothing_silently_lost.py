"""Nothing silently lost: a place mention the gazetteer cannot place is listed unplaced (W201, "not in the
gazetteer"), and a name the gazetteer knows is never reported as missing from it."""
from __future__ import annotations

import pytest

from reading.corpus import read_text


def _doc(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2024-05-02"))


def _unplaced(doc, name):
    m = [x for x in doc.mentions if x.text == name]
    return len(m) == 1 and m[0].location is None and m[0].reason == "not in the gazetteer" \
        and any(p.code == "W201" and p.text == name for p in doc.problems)


@pytest.mark.parametrize("text, country", [
    ("A man was jailed for spying for Russia in the Kharkiv region.", "Russia"),
    ("Two women were charged with passing secrets to Russia in the Zaporizhzhia region on Friday.", "Russia"),
])
def test_a_country_before_in_the_region_is_the_country(nlp, text, country):
    doc = _doc(nlp, text)
    m = [x for x in doc.mentions if x.text == country]
    assert m and all(x.location is not None for x in m), [(x.text, x.reason) for x in doc.mentions]
    assert not any(p.text == country for p in doc.problems)


@pytest.mark.parametrize("text, names", [
    ("Insurgents quickly seized several towns along the border with Laos, including Tamborava and Kesselindi.",
     ["Tamborava", "Kesselindi"]),
    ("The militia overran a string of villages near the frontier, including Mbalongwe, on Tuesday.", ["Mbalongwe"]),
    ("Floods cut off districts in the south, among them Sokorindo, Tiraveni and Balewatu.",
     ["Sokorindo", "Tiraveni", "Balewatu"]),
])
def test_names_listed_after_including_in_a_clause_about_towns_are_unplaced(nlp, text, names):
    doc = _doc(nlp, text)
    assert all(_unplaced(doc, n) for n in names), [(x.text, x.reason) for x in doc.mentions]


def test_people_listed_after_including_are_no_places(nlp):
    doc = _doc(nlp, "Several leaders, including Mokoena and Tshabalala, met in Pretoria.")
    assert not any(x.text in ("Mokoena", "Tshabalala") for x in doc.mentions)


def test_laukkaing_is_the_kokang_town(nlp):
    doc = _doc(nlp, "Kokang fighters took Laukkaing, near the border with China, after weeks of fighting.")
    m = [x for x in doc.mentions if x.text == "Laukkaing"]
    assert m and m[0].location is not None and m[0].location.country == "MM"


@pytest.mark.parametrize("text, name", [
    ("Airstrikes killed five people in the central Beirut neighbourhood of Bachoura on Sunday.", "Bachoura"),
    ("Gunmen looted shops in the eastern Aleppo neighborhood of Sakhour.", "Sakhour"),
    ("Two civilians died in the southern Khartoum district of Kalakla.", "Kalakla"),
    ("A mortar round fell in the old Damascus quarter of Bab Touma.", "Bab Touma"),
    ("Police raided the poor Lagos suburb of Okobaru Tundeji overnight.", "Okobaru Tundeji"),
])
def test_a_named_part_of_a_city_is_unplaced(nlp, text, name):
    doc = _doc(nlp, text)
    assert _unplaced(doc, name), [(x.text, x.reason) for x in doc.mentions]


def test_a_quarter_of_a_year_is_no_place(nlp):
    doc = _doc(nlp, "Exports fell in the first quarter of March Holdings' year.")
    assert not any(p.code == "W201" for p in doc.problems)
