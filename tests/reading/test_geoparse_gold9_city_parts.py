"""Parts of cities in conflict reports (gold 9's first run: "the Zeitoun and Shejaiya neighbourhoods of Gaza
City" with Zeitoun as a Turkish village and Shejaiya missed, "Omdurman's Karari district" missed, "the Nur
Shams and Tulkarm camps", "the Far'a camp", "the Daraja Oula and Al Wadi neighbourhoods", "the neighbourhoods
of Bab al-Tabbaneh and Jabal Mohsen" missed). New sentences only."""
from __future__ import annotations

from reading.geoparse import geoparse


def _rows(text: str, gaz) -> dict[str, dict]:
    return {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}


def test_a_district_of_a_named_city_lies_in_it(gaz):
    text = "Residents of the Karari district of Omdurman said the army had returned on Sunday."
    rows = _rows(text, gaz)
    k, o = rows["Karari"], rows["Omdurman"]
    assert k["lat"] is not None and abs(k["lat"] - o["lat"]) < 0.2 and abs(k["lon"] - o["lon"]) < 0.2  # not India


def test_listed_neighbourhoods_of_a_city_and_a_possessive_city(gaz):
    text = ("Israeli tanks entered the Tuffah and Daraj neighbourhoods of Gaza City on Friday, and strikes hit "
            "Khan Younis and Rafah. In Sudan, shells fell in Khartoum's Kalakla district.")
    rows = _rows(text, gaz)
    assert {"Tuffah", "Daraj", "Kalakla"} <= set(rows)
    assert abs(rows["Daraj"]["lat"] - 31.5) < 0.3  # at Gaza City, not Daraj, Libya
    assert abs(rows["Kalakla"]["lat"] - 15.5) < 0.3  # at Khartoum


def test_camps_named_with_a_locative_or_beside_another_camp(gaz):
    text = "Troops raided the Askar camp near Nablus, and drones hit the Shati and Jabalia camps."
    rows = _rows(text, gaz)
    assert {"Askar", "Shati", "Nablus"} <= set(rows)


def test_a_camp_as_a_side_and_a_district_of_a_province_are_no_city_parts(gaz):
    text = "The Trump camp said on Monday it would appeal. Fighting went on in the Pokrovsk district of Donetsk region."
    rows = _rows(text, gaz)
    assert "Trump" not in rows
    assert "Pokrovsk" not in rows or rows["Pokrovsk"]["lat"] is None or abs(rows["Pokrovsk"]["lat"] - 48.3) < 0.5


def test_the_neighbourhoods_of_listed_names(gaz):
    text = "Snipers fired between the neighbourhoods of Bab Touma and Qassaa overnight, residents of Damascus said."
    rows = _rows(text, gaz)
    assert {"Bab Touma", "Qassaa", "Damascus"} <= set(rows)
