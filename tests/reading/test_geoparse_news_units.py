"""Geoparse of US states, Canadian provinces and Australian states that share a name with a foreign
town: the unit unless the text points to the town's country."""
from __future__ import annotations

from reading.geoparse import geoparse


def test_a_state_alone_is_the_us_state(gaz):
    out = geoparse("Farmers across Florida lost their citrus crop to the frost.", gazetteer=gaz)
    assert out[0]["kind"] == "admin1" and out[0]["lat"] > 24


def test_a_province_alone_is_the_canadian_province(gaz):
    out = geoparse("Hospitals in Ontario reported a rise in admissions last week.", gazetteer=gaz)
    assert out[0]["kind"] == "admin1" and out[0]["lat"] > 45


def test_the_town_wins_when_the_text_names_its_region(gaz):
    # Virginia, Free State (South Africa), named with its province.
    out = geoparse("Miners near Virginia, Free State, downed tools on Tuesday.", gazetteer=gaz)
    assert out[0]["kind"] == "city" and out[0]["lat"] < 0


def test_an_arabic_town_name_stays_in_its_country(gaz):
    out = geoparse("Turkish drones struck a checkpoint outside Ras el-Ayn in Hasakah province.",
                   gazetteer=gaz)
    ras = [t for t in out if t["name"].startswith("Ra")][0]
    assert ras["lat"] is not None and ras["lon"] > 39  # north-east Syria, not Israel (34.9 E)


def test_a_county_the_gazetteer_lacks_is_not_its_namesake_town(gaz):
    # Ontario now reads as the province, so the story's country is Canada; its counties are not in
    # the gazetteer and the town Lanark is no stand-in for Lanark County.
    out = geoparse("Snow closed schools across Lanark County in eastern Ontario on Friday.", gazetteer=gaz)
    county = [t for t in out if t["name"].startswith("Lanark")][0]
    assert county["name"] == "Lanark County" and county["lat"] is None


def test_a_known_county_is_still_placed(gaz):
    out = geoparse("Deputies in Woodford County, Kentucky, made an arrest.", gazetteer=gaz)
    assert out[0]["kind"] == "county" and out[0]["lat"] is not None
