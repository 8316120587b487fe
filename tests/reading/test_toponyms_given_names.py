"""Place names that are also first names ("Chad", "Jordan", "Israel") before a surname are a
person's name, and so is the surname after them (gold 3: "Chad Mendes" gave Chad and a Brazilian
town Mendes, which then pulled "Sacramento" to Brazil)."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, person", [
    ("Chad Mendes retired after the bout in Las Vegas.", "Chad Mendes"),
    ("The striker Jordan Ibe signed for a club in Turkey.", "Jordan Ibe"),
    ("Kenya Barris produced the series, filmed in Atlanta.", "Kenya Barris"),
    ("Analysts said Israel Adesanya would fight in Perth next.", "Israel Adesanya"),
    ("Georgia Mbugua, a lawyer, filed the case in Nairobi.", "Georgia Mbugua"),
    # ev14: a common West African given name (Bello, a city in Colombia)
    ("Gunmen loyal to Bello Kawaye raided a village near Shinkafi.", "Bello Kawaye"),
])
def test_first_name_and_surname_are_no_places(gaz, text, person):
    rows = toponyms_by_name(text, gaz)
    inside = [k for k in rows if k in person]
    assert not inside, rows
    assert len(rows) == 1, rows  # the real place is still found


def test_the_surname_no_longer_drags_the_city_abroad(gaz):
    rows = toponyms_by_name("Chad Mendes and his coach flew home to Sacramento.", gaz)
    assert set(rows) == {"Sacramento"}
    assert rows["Sacramento"]["lat"] == pytest.approx(38.58, abs=0.5)


@pytest.mark.parametrize("text, place", [
    ("Settlers moved into the Jordan Valley last year.", "Jordan Valley"),
    ("Fishermen around the Chad Basin lost their nets.", "Chad Basin"),  # one feature, as "Jordan Valley"
    ("Chad and Niger closed the border on Friday.", "Chad"),
    ("Fighting in Jordan Tuesday left two dead.", "Jordan"),
    ("Israel Hamas ceasefire talks resumed in Doha.", "Israel"),
    ("Refugees reached Sierra Leone by boat.", "Sierra Leone"),
])
def test_the_place_stays_before_ordinary_words_places_and_groups(gaz, text, place):
    assert place in toponyms_by_name(text, gaz)


@pytest.mark.parametrize("text, person", [
    ("Kenya Moore appeared on the show, taped in Atlanta.", "Kenya Moore"),
    ("Defence Minister Israel Katz said the raids would go on.", "Israel Katz"),
])
def test_frequent_surnames(gaz, text, person):
    assert not [k for k in toponyms_by_name(text, gaz) if k in person]


def test_a_big_city_after_is_no_surname(gaz):
    rows = toponyms_by_name("The Paris London train was cancelled because of the strike.", gaz)
    assert "Paris" in rows and "London" in rows


@pytest.mark.parametrize("text, person", [
    ("Grant Lincoln, 41, was charged after the crash in Omaha.", "Grant Lincoln"),
    ("Mark Preston told reporters in Boston that the pier was closed.", "Mark Preston"),
    ("Deputy Frank Tyler said the suspect fled toward Tulsa.", "Frank Tyler"),
    ("The driver, Rose Denton, was taken to a hospital in Dallas.", "Rose Denton"),
])
def test_given_names_that_are_ordinary_words(gaz, text, person):
    """"Mark", "Grant", "Frank", "Rose" are ordinary words, so no test of unknown first names takes them:
    before a surname that is a town (Lincoln, Preston, Tyler, Denton) they are a person's first name."""
    rows = toponyms_by_name(text, gaz)
    assert not [k for k in rows if k in person], rows
    assert len(rows) == 1, rows  # the real place is still found


@pytest.mark.parametrize("text, place", [
    ("Fans gathered in Grant Park before the rally.", "Grant Park"),
    ("Grant County deputies closed the highway.", "Grant County"),
    ("Shelling hit Rose Hill overnight.", "Rose Hill"),
])
def test_ordinary_word_given_names_leave_places_with_them(gaz, text, place):
    assert place in toponyms_by_name(text, gaz)


@pytest.mark.parametrize("text, person", [
    ("Hollis Jackson, 34, was arrested after the robbery in Denver.", "Hollis Jackson"),
    ("Officers detained Tremont Lincoln, 19, near Omaha on Friday.", "Tremont Lincoln"),
    ("The victim, Marion Tyler, aged 52, lived in Waco.", "Marion Tyler"),
])
def test_a_name_before_an_age_is_a_persons(gaz, text, person):
    """A first name and a surname before an age between commas are a person's, whatever places bear them
    (Hollis, New York; Tremont, the Bronx)."""
    rows = toponyms_by_name(text, gaz)
    assert not [k for k in rows if k in person], rows
    assert len(rows) == 1, rows


def test_a_tally_by_place_is_no_age(gaz):
    rows = toponyms_by_name("New cases were counted in Fulton County, 34, and Cobb County, 12.", gaz)
    assert {"Fulton County", "Cobb County"} <= set(rows), rows
