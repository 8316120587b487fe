"""The place-error classes of events audit 10 (``bench/data/events_gold.jsonl``), on sentences of their
own: "<name> town in <region>" of a town the gazetteer lacks (not its namesake abroad), the same name
again in the article, and two compass words naming a unit abroad ("in the North East" of a Nigerian
story)."""
from __future__ import annotations

from reading.geoparse import geoparse


def rows(text):
    return {r["name"]: r for r in geoparse(text)}


def at(text, surface):
    return next(r for r in geoparse(text) if text[r["start"]:r["end"]] == surface)


def test_a_town_written_with_town_in_a_region_abroad_is_not_its_namesake():
    # Tanda, India for a village of Mandalay Region the gazetteer lacks
    r = at("Fighters seized Tanda village in Mandalay Region last week.", "Tanda")
    assert r["lat"] is None


def test_the_same_name_elsewhere_in_the_article_is_that_place_too():
    text = ("Rebels take Kani; jets hit town\n\nResistance forces captured Kani town in Sagaing Region on Monday. "
            "Jets bombed Kani on Wednesday.")
    kanis = [r for r in geoparse(text) if text[r["start"]:r["end"]] == "Kani"]
    # all three the Sagaing township of the name (geo/admin_units.py; all unplaced before it), none Kani, Japan
    assert len(kanis) == 3 and all(r["lat"] is not None and abs(r["lat"] - 22.45) < 0.5 and abs(r["lon"] - 94.66) < 0.5
                                   for r in kanis)
    assert at(text, "Sagaing Region")["lat"] is not None


def test_a_town_hall_is_no_local_unit_word():
    r = at("The Paris town hall in Texas was closed.", "Paris")
    assert r["lat"] is not None


def test_a_town_of_the_regions_country_keeps_its_place():
    r = at("Protesters gathered in Monywa town in Sagaing Region on Friday.", "Monywa")
    assert r["lat"] is not None and abs(r["lat"] - 22.1) < 0.5


def test_two_compass_words_are_no_unit_abroad():
    text = ("ABUJA - Troops of the Armed Forces of Nigeria, in the North East, engaged terrorists in Borno "
            "State on Friday.")
    assert at(text, "North East")["lat"] is None
    assert at(text, "Borno State")["lat"] is not None


def test_two_compass_words_of_the_country_named_keep_their_unit():
    r = at("Floods hit the North East district of Botswana on Monday.", "North East")
    assert r["lat"] is not None and r["lat"] < -15


def test_a_rifles_regiment_named_after_a_state_is_no_place():
    text = "In Manipur, militants fired on a Jammu and Kashmir Rifles patrol and an Assam Rifles vehicle near Imphal."
    surfaces = [text[r["start"]:r["end"]] for r in geoparse(text)]
    assert "Assam" not in surfaces and "Imphal" in surfaces


def test_a_regiment_named_after_a_town_is_no_place():
    text = "Soldiers of the Royal Anglian Regiment and the Manchester Regiment trained near Salisbury."
    surfaces = [text[r["start"]:r["end"]] for r in geoparse(text)]
    assert "Manchester" not in surfaces and "Salisbury" in surfaces
