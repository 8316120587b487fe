"""Organisations and persons named after places in local news (gold 9's first run: "Bristol Virginia Public
Schools", "Warsaw Community Schools", "Damascus High School", "Bristol Tennessee Essential Services",
"Damascus Community Fair", "U.S. Chemical Safety Board", "Councillor Angus Thompson", "Regional governor
Ivan Fedorov", "General Ulysses S. Grant's" read as places). New sentences only."""
from __future__ import annotations

from reading.geoparse import geoparse


def _names(text: str, gaz) -> list[str]:
    return [text[t["start"] : t["end"]] for t in geoparse(text, gazetteer=gaz)]


def test_school_systems_and_schools_are_organisations(gaz):
    text = ("Hartlepool Public Schools and Middlesbrough Community Schools closed on Monday, and pupils of "
            "Tyler High School stayed home in Durham.")
    names = _names(text, gaz)
    assert "Middlesbrough" not in names and "Tyler" not in names and "Durham" in names


def test_services_boards_and_fairs_are_organisations(gaz):
    text = ("Stockton Essential Services reopened after the Longview Community Fair. The U.S. Chemical Safety "
            "Board sent investigators to Pasadena, Texas.")
    names = _names(text, gaz)
    assert "Stockton" not in names and "Longview" not in names and "U.S." not in names
    assert "Pasadena" in names and "Texas" in names


def test_a_place_before_a_lower_case_word_is_still_a_place(gaz):
    text = "Schools in Middlesbrough closed, and services in Stockton were cut."
    names = _names(text, gaz)
    assert "Middlesbrough" in names and "Stockton" in names


def test_councillors_and_lower_case_governors_are_titles(gaz):
    text = "Regional governor Oleh Syniehubov said the strike hit Kharkiv. Councillor Angus Reid spoke in Leeds."
    names = _names(text, gaz)
    assert "Angus" not in names and "Kharkiv" in names and "Leeds" in names


def test_a_title_before_a_name_with_a_middle_initial(gaz):
    text = "The town was burned by General William T. Sherman's army on its march from Atlanta."
    names = _names(text, gaz)
    assert "Sherman" not in names and "Atlanta" in names


def test_a_fire_and_rescue_service_is_an_organisation(gaz):
    text = "Oshawa Fire and Rescue said the blaze started in a garage, and Whitby Fire Rescue sent a truck to Ajax."
    names = _names(text, gaz)
    assert "Oshawa" not in names and "Whitby" not in names and "Ajax" in names
