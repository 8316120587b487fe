"""Regional press and humanitarian reports (gold 20's genres), on other sentences: a report's opening
locative may list places ("In Waat and Gumuruk, ..."), also on the line under a heading; a route's end
the gazetteer lacks is a place when the other end is one ("from Juba to Gumuruk"); a Philippine or
Indonesian unit word written before a name ("Barangay Bunawan") leaves the name a place of its own; a town
listed among units of its country is the unit of its name ("Ontario and Quebec"); names before "zones" are
places (Ethiopia's zones), so are names after "the camps at"; the dateline's town named bare later is that town
until another country is named."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _rows(text: str) -> dict[str, dict]:
    return {text[r["start"]:r["end"]]: r for r in geoparse(text)}


@pytest.mark.parametrize("text, names", [
    ("Clinics were looted last week. In Waat and Gumuruk, partners reopened them on Monday.", ["Waat", "Gumuruk"]),
    ("Northern Jonglei\nIn Waat, Gumuruk and Bor, food prices doubled in March.", ["Waat", "Gumuruk", "Bor"]),
    ("Jonglei State\nIn Gumuruk, the clinic reopened.", ["Gumuruk"]),
])
def test_an_opening_locative_lists_each_place(text, names):
    rows = _rows(text)
    assert [n for n in names if n in rows] == names


@pytest.mark.parametrize("text", [
    "In March and April, food prices doubled across the region.",
    "Prices rose.\nIn Other News, the council met on Monday.",
])
def test_an_opening_time_or_phrase_is_no_place(text):
    assert _rows(text) == {}


@pytest.mark.parametrize("text, unknown", [
    ("UNHAS flew supplies from Juba to Gumuruk on Tuesday.", "Gumuruk"),
    ("Partners moved 300 families from Gumuruk to Bor by truck.", "Gumuruk"),
])
def test_a_routes_unknown_end_is_a_place(text, unknown):
    assert unknown in _rows(text)


@pytest.mark.parametrize("text, places", [
    ("The clinic is open from Monday to Friday in Juba.", ["Juba"]),
    ("A letter from Putin to Kyiv was read out on television.", ["Kyiv"]),
])
def test_a_from_to_without_a_route_names_no_place(text, places):
    assert list(_rows(text)) == places


def test_a_name_after_barangay_is_the_place():
    rows = _rows("Residents of Barangay Bunawan in Agusan del Sur were moved to higher ground on Sunday.")
    assert "Barangay Bunawan" not in rows
    assert rows["Bunawan"]["lat"] is not None and 7.5 < rows["Bunawan"]["lat"] < 9.0  # Mindanao, not unplaced


def test_an_unknown_barangay_stays_one_unplaced_name():
    rows = _rows("Floodwater entered homes in Barangay Tibungco, Davao City, on Friday.")
    assert "Tibungco" in " ".join(rows) and rows["Davao City"]["lat"] is not None


@pytest.mark.parametrize("text, name", [
    ("Teachers in Ontario and Quebec walked out on Monday over pay.", "Quebec"),
    ("Snow closed highways in Manitoba, Saskatchewan and Quebec on Tuesday.", "Quebec"),
    ("Officials in Oregon and Washington said the fire had crossed the river.", "Washington"),
])
def test_a_town_listed_among_units_of_its_country_is_the_unit(text, name):
    row = _rows(text)[name]
    assert row["kind"] == "admin1" and row["precision"] == 3  # the province or state, not Quebec City or D.C.


def test_a_national_capital_listed_with_a_unit_stays_the_capital():
    assert _rows("Voters in Baghdad and Anbar went to the polls on Saturday.")["Baghdad"]["kind"] == "city"


def test_names_before_zones_are_places():
    rows = _rows("Locust swarms reached Erer and Nogob zones of the Somali region last week.")
    assert "Erer" in rows and "Nogob" in rows


def test_the_datelines_town_named_bare_later_is_the_same_town():
    rows = geoparse("CÓRDOBA, Spain — Olive growers met on Monday. Oil prices in Córdoba fell 10% this year, "
                    "and mills around Córdoba cut their workers' hours.")
    cordobas = [r for r in rows if r["name"].startswith("C")]
    assert len(cordobas) == 3 and all(36 < r["lat"] < 39 and -6 < r["lon"] < -3 for r in cordobas)  # Andalusia


def test_another_country_named_ends_the_datelines_hold():
    rows = geoparse("CÓRDOBA, Spain — Olive growers met on Monday. In Argentina, farmers near the city of Córdoba "
                    "said the drought had cut their soy harvest.")
    assert rows[-1]["lat"] < 0  # Córdoba, Argentina


def test_camps_at_name_their_places():
    rows = _rows("New arrivals were taken to the camps at Nyarugusu and Nduta in western Tanzania.")
    assert "Nyarugusu" in rows and "Nduta" in rows
