"""India's talukas (taluks) and mandals, and Kenya's and Uganda's sub-counties, are written after their
names like districts ("Mandvi taluka", "Loima sub-county"): the second- or third-level unit of that name,
at a district's precision, like "Jhelum tehsil" or "Gwoza LGA"."""
from __future__ import annotations

from reading.geoparse import geoparse


def _rows(text: str, gaz):
    return {text[r["start"]:r["end"]]: r for r in geoparse(text, gazetteer=gaz)}


def test_a_taluka_is_its_unit(gaz):
    rows = _rows("Dengue cases rose in Mandvi taluka of Gujarat, health officials said.", gaz)
    assert rows["Mandvi"]["kind"] == "county" and rows["Mandvi"]["precision"] == 2
    assert abs(rows["Mandvi"]["lon"] - 69.33) < 0.1


def test_a_taluk_in_a_list(gaz):
    rows = _rows("Maoists torched road equipment in the Sironcha and Gadchiroli taluks of Maharashtra.", gaz)
    assert rows["Sironcha"]["precision"] == 2 and abs(rows["Sironcha"]["lat"] - 18.88) < 0.1


def test_a_sub_county_name_the_gazetteer_lacks(gaz):
    rows = _rows("Cattle raiders struck Loima sub-county in Turkana on Sunday.", gaz)
    assert rows["Loima"]["lat"] is not None and abs(rows["Loima"]["lat"] - 3.1) < 0.2
