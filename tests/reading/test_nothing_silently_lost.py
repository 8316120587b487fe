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


@pytest.mark.parametrize("text, name", [
    ("Three people were killed in a strike on Haret Zmeiriya, the ministry said.", "Haret Zmeiriya"),
    ("An air strike on Kafr Tibnitaya killed a commander on Monday.", "Kafr Tibnitaya"),
    ("The army said a raid on Kfar Zibadeen killed four militants.", "Kfar Zibadeen"),
    ("Drone strikes on Tulumbasi left ten dead.", "Tulumbasi"),
])
def test_the_unknown_target_of_a_strike_or_raid_is_unplaced(nlp, text, name):
    doc = _doc(nlp, text)
    assert _unplaced(doc, name), [(x.text, x.reason) for x in doc.mentions]


@pytest.mark.parametrize("text", [
    "Drone strikes on Monday killed two people near the port.",
    "A strike on Hezbollah and raids on Hamas, the army said.",
    "Police said the attack on Zelensky was foiled, and the assault on Navalny was condemned.",
])
def test_a_time_a_group_or_a_person_after_strike_on_is_no_place(nlp, text):
    doc = _doc(nlp, text)
    assert not any(p.code == "W201" for p in doc.problems), [(x.text, x.reason) for x in doc.mentions]


@pytest.mark.parametrize("text, name", [
    ("Tents were hit in al-Mawasizza, rescuers said.", "al-Mawasizza"),
    ("Shelling struck al-Burayjeen refugee camp overnight.", "al-Burayjeen"),
    ("Fighters captured el-Fashiriya on Monday.", "el-Fashiriya"),
    ("Clashes broke out near ad-Dumeira after dawn.", "ad-Dumeira"),
    ("Thousands fled to al-Kurmukani as the fighting spread.", "al-Kurmukani"),
])
def test_an_unknown_name_opening_with_a_lower_case_article_is_unplaced(nlp, text, name):
    doc = _doc(nlp, text)
    assert _unplaced(doc, name), [(x.text, x.reason) for x in doc.mentions]


def test_a_group_or_person_with_an_article_is_no_place(nlp):
    doc = _doc(nlp, "A commander in al-Qaeda was killed, and forces loyal to al-Assad advanced.")
    assert not any(p.code == "W201" for p in doc.problems), [(x.text, x.reason) for x in doc.mentions]


@pytest.mark.parametrize("text, name", [
    ("Residents of the suburb of Kibagabaga Hill fled on Sunday.", "Kibagabaga Hill"),
    ("Shelling hit the neighborhood of Sheikh Maqsoudan overnight.", "Sheikh Maqsoudan"),
])
def test_the_neighbourhood_of_an_unknown_name_is_unplaced(nlp, text, name):
    doc = _doc(nlp, text)
    assert _unplaced(doc, name), [(x.text, x.reason) for x in doc.mentions]
