"""The place-error classes of events audit 7, on sentences of their own (other countries, other names):
a country or city name inside a local Romance name ("the Favela do Chile"), straits and shoals as water,
a dateline's credit, armed groups tied to one country, a national story filed from the capital, the
dateline's town as no proof of nearness, and a name written with an Arabic article its namesake lacks."""
from __future__ import annotations

import pytest

from reading.corpus import read_text
from reading.geoparse import geoparse


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-03-02"))


def mention(doc, name):
    return next(m for m in doc.mentions if m.text.endswith(name))


# --- 1. a name after a Portuguese, Spanish or French word for a neighbourhood ---------------------------


@pytest.mark.parametrize("text, local, city, iso", [
    ("Police said they had seized drugs in the Favela do Chile in Belo Horizonte on Tuesday.",
     "Favela do Chile", "Belo Horizonte", "BR"),
    ("Police killed two suspects in the Morro da Bolivia in Niteroi on Tuesday.", "Morro da Bolivia", "Niteroi", "BR"),
    ("Gunmen opened fire in Colonia Roma in Mexico City on Sunday, killing two.", "Colonia Roma", "Mexico City", "MX"),
    ("Soldiers raided the Barrio Mexico in Bogota on Friday.", "Barrio Mexico", "Bogota", "CO"),
])
def test_a_country_inside_a_local_name_is_no_country(nlp, text, local, city, iso):
    doc = read(nlp, text)
    m = mention(doc, local)
    assert m.text == local and m.location is None and m.reason == "not in the gazetteer", (m.text, m.reason)
    assert mention(doc, city).location.country == iso
    assert doc.focus_country == iso


def test_a_known_name_that_starts_with_such_a_word_stays(nlp):
    doc = read(nlp, "Vila Velha police arrested three men on Monday, Brazilian media said.")
    assert mention(doc, "Vila Velha").location.country == "BR"


# --- 2. straits, shoals and reefs ------------------------------------------------------------------------


@pytest.mark.parametrize("text, water", [
    ("Chinese and Philippine ships collided near Sabina Shoal on Monday.", "Sabina Shoal"),
    ("Iranian fast boats harassed a tanker in the Hormuz strait on Monday.", "Hormuz strait"),
    ("Chinese warships sailed through the Taiwan Strait on Monday, Japanese officials said.", "Taiwan Strait"),
    ("A Ukrainian sea drone hit a Russian landing ship in the Kerch Strait overnight.", "Kerch Strait"),
    ("Chinese coast guard vessels were seen near Mischief Reef, the Philippine navy said.", "Mischief Reef"),
])
def test_straits_and_shoals_are_water(nlp, text, water):
    doc = read(nlp, text)
    m = mention(doc, water)
    assert m.text == water and m.location is None and "water body" in m.reason
    rows = geoparse(text)
    # unplaced, or at the table point of a physical feature (geo/data/physical_features.csv), never a town
    assert any(text[r["start"] : r["end"]] == water and (r["lat"] is None or r["kind"] == "physical") for r in rows), rows


@pytest.mark.parametrize("text, town", [
    ("The band recorded two albums in Muscle Shoals, Alabama, in 1969.", "Muscle Shoals"),
    ("The shipyard at Muscle Shoals and the mills of Sheffield and Tuscumbia closed.", "Muscle Shoals"),
])
def test_a_town_named_like_a_shoal_is_the_town(text, town):
    """A whole name the gazetteer lists as a town ("Muscle Shoals") is the town, not a water body."""
    row = next(r for r in geoparse(text) if r["name"] == town)
    assert row["kind"] == "city" and row["lat"] is not None and 34 < row["lat"] < 35.5, row


def test_a_named_bridge_over_a_strait_stays_a_bridge():
    rows = geoparse("The Kerch Strait Bridge was hit on Monday.")
    assert not any(r["name"].endswith("Strait") for r in rows), rows


# --- 3. a dateline's credit ------------------------------------------------------------------------------


def test_the_credit_of_a_dateline_is_no_place(nlp):
    doc = read(nlp, "OSLO, May 2 (Maritime security) - Pirates boarded a chemical tanker off Eyl, Somalia, on Friday.")
    assert not any(m.location is not None and m.location.country == "TG" for m in doc.mentions)
    assert doc.focus_country == "SO"
    assert all(r["name"] != "Maritime" for r in geoparse("OSLO, May 2 (Maritime security) - Pirates boarded a tanker."))


# --- 4. armed groups tied to one country -----------------------------------------------------------------


def test_a_small_namesake_far_from_the_groups_country_is_not_taken(nlp):
    # (pl6: the group's country names Somalia's own Mahas, a district of Hiiraan, read at its district)
    doc = read(nlp, "Al-Shabaab fighters stormed the town of Mahas on Sunday.")
    m = mention(doc, "Mahas")
    assert m.location is not None and m.location.country == "SO" and m.location.precision == 2, (m.place_id, m.reason)


@pytest.mark.parametrize("text, name", [
    ("JNIM fighters ambushed an army convoy near Galela on Monday, killing twelve soldiers.", "Galela"),
    ("Boko Haram gunmen raided the village of Labuha overnight.", "Labuha"),
])
def test_a_group_of_several_countries_says_where_too(nlp, text, name):
    doc = read(nlp, text)
    assert all(m.location is None for m in doc.mentions if m.text.endswith(name)), doc.mentions
    assert not any(r["lat"] is not None for r in geoparse(text)), geoparse(text)


def test_a_town_the_group_strikes_abroad_stays(nlp):
    doc = read(nlp, "Houthi missiles struck Eilat on Monday.")
    assert mention(doc, "Eilat").location.country == "IL"


# --- 5. a national story filed from the capital ----------------------------------------------------------


@pytest.mark.parametrize("text, town, iso", [
    ("NIAMEY - Jihadists attacked an army post in Bosso on Monday, killing four soldiers.", "Bosso", "NE"),
    ("KINSHASA - The Congolese army said on Tuesday it had retaken the town of Sake from M23 rebels.", "Sake", "CD"),
])
def test_a_far_town_of_the_capitals_country_stays(nlp, text, town, iso):
    doc = read(nlp, text)
    m = mention(doc, town)
    assert m.location is not None and m.location.country == iso, m.reason


# --- 6. the dateline's town is where the reporter is ----------------------------------------------------


def test_a_small_town_abroad_near_only_the_dateline_is_unplaced(nlp):
    doc = read(nlp, "PORT SUDAN - Fighting in Nyala and El Geneina killed dozens of civilians, Sudanese medics "
                    "said on Sunday, and thousands fled towards Sharas.")
    m = mention(doc, "Sharas")
    assert m.location is None, m.location


# --- 7. an Arabic article the namesake lacks --------------------------------------------------------------


def test_an_arabic_article_dropped_to_reach_a_far_namesake_is_unplaced(nlp):
    doc = read(nlp, "IDLIB, Syria - Syrian army artillery shelled the outskirts of Saraqeb and the hamlet of "
                    "al-Bara on Monday, the civil defence said.")
    m = mention(doc, "al-Bara")
    assert m.location is None or m.location.country == "SY", (m.location, m.reason)


def test_an_arabic_name_listed_with_its_article_stays(nlp):
    doc = read(nlp, "Israeli strikes hit al-Mayadin and Deir ez-Zor in eastern Syria.")
    assert mention(doc, "al-Mayadin").location.country == "SY"
