"""Names the gazetteer lacks, written as units ("Rolpa district") or after "the <adjective> town of",
are listed unplaced instead of lost (audit gold2: Jajarkot, Al Haouz, Ituri, Kamituga, Catatumbo)."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name", [
    ("Floods swept through Rolpa district overnight.", "Rolpa"),
    ("Troops were deployed to Upper Dir district and Bajaur.", "Upper Dir"),
    ("Landslides hit Nepal's Sankhuwasabha district.", "Sankhuwasabha"),
    ("Militia attacks rose across Tanganyika province and in Haut-Uele province.", "Haut-Uele"),
    ("Aid reached the remote border village of Kubum after a week.", "Kubum"),
    ("They fled the gold-mining town of Misisi.", "Misisi"),
])
def test_unknown_unit_or_town_is_listed_unplaced(gaz, text, name):
    rows = toponyms_by_name(text, gaz)
    assert name in rows, rows
    assert rows[name]["lat"] is None or rows[name]["kind"] is not None


@pytest.mark.parametrize("text, absent", [
    ("Republican state lawmakers met on Tuesday.", "Republican"),
    ("Officials of the Kurdish region said.", "Kurdish"),
    ("Fighters of the Islamic State were seen.", "Islamic State"),
    ("The Democratic county chairman resigned.", "Democratic"),
])
def test_adjective_before_a_unit_word_is_no_place(gaz, text, absent):
    assert absent not in toponyms_by_name(text, gaz)


@pytest.mark.parametrize("text, name", [
    ("Militiamen attacked villages between Djugu and Fataki on Sunday.", "Fataki"),
    ("Water was cut in Pune, Wakad and Baner.", "Baner"),
])
def test_unknown_name_listed_after_a_town_is_listed_unplaced(gaz, text, name):
    rows = toponyms_by_name(text, gaz)
    assert name in rows and rows[name]["lat"] is None, rows


@pytest.mark.parametrize("text, absent", [
    ("Officials in Goma and Kabila said the road was open.", "Kabila"),
    ("Talks in Juba and Machar's forces stalled.", "Machar"),
])
def test_person_or_group_after_a_town_is_no_place(gaz, text, absent):
    assert not [k for k in toponyms_by_name(text, gaz) if k.startswith(absent)]


@pytest.mark.parametrize("text, span", [
    ("Floods hit Hubei province.", "Hubei"),
    ("Shelling hit the Kharkiv region overnight.", "Kharkiv"),
    ("Gunmen attacked Zamfara state.", "Zamfara"),
    ("Flights to Goma airport resumed.", "Goma"),
    ("Officials in Fresno County said.", "Fresno County"),  # a capitalised word is part of the name
])
def test_span_is_the_name_as_written_without_a_lower_case_generic_word(gaz, text, span):
    assert span in toponyms_by_name(text, gaz)


def test_party_or_other_common_last_word_before_a_unit_word_is_no_place(gaz):
    assert not toponyms_by_name("Delegates at the Republican Party state convention voted.", gaz)
