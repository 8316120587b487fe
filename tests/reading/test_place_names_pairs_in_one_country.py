"""Two towns listed as a pair read in one country when both have namesakes there, near each other
("Newcastle and Sydney" in New South Wales, "Windsor and Eton" in England); a world city keeps its
reading ("London and Toronto") and twin towns across a border stay as they are."""
from __future__ import annotations

from reading.document import Document
from tests.reading.places import toponyms_by_name


def test_ambiguous_member_takes_its_namesake_near_the_other(gaz):
    t = toponyms_by_name("Bushfires threatened homes between Sydney and Newcastle on Sunday.", gaz)
    assert t["Newcastle"]["lat"] is not None and -34 < t["Newcastle"]["lat"] < -32  # New South Wales


def test_small_pair_reads_in_one_country(gaz, nlp):
    t = toponyms_by_name("Crowds lined the streets of Eton and Windsor for the parade.", gaz)
    assert 51 < t["Windsor"]["lat"] < 52 and t["Windsor"]["lon"] < 1  # Berkshire, not Ontario
    doc = nlp(Document(id="w", text="Crowds lined the streets of Eton and Windsor for the parade."))
    w = next(m for m in doc.mentions if m.text.endswith("Windsor"))
    assert w.place_id == f"gn:{t['Windsor']['geonameid']}"


def test_world_city_keeps_its_reading(gaz):
    t = toponyms_by_name("Direct flights between Toronto and London were suspended.", gaz)
    assert t["London"]["lat"] > 51 and t["Toronto"]["lat"] < 44


def test_twin_towns_across_a_border_stay(gaz):
    t = toponyms_by_name("Traffic backed up between Windsor and Detroit at the tunnel.", gaz)
    assert 42 < t["Windsor"]["lat"] < 43


def test_units_across_a_border_each_in_its_own_country(gaz):
    t = toponyms_by_name("Smoke from fires in Manitoba and North Dakota reached Ontario and Minnesota.", gaz)
    assert t["Ontario"]["kind"] == "admin1" and t["Ontario"]["lat"] > 48
    assert t["Minnesota"]["kind"] == "admin1" and t["Minnesota"]["lon"] < -90
