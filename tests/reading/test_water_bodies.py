"""Seas, gulfs, straits, lakes and rivers: one unplaced toponym or mention each, never the land
unit that shares a word of their name ("the Gulf of Guinea" is not Guinea, "the Red Sea" not
Sudan's Red Sea state), in both the toponym API and the reading pipeline. The toponym API gives a
feature of ``geo/data/physical_features.csv`` its point (kind "physical", a coarse precision); the
pipeline places no event there."""
import pytest

from reading.corpus import read_text
from reading.geoparse import WATER_REASON, geoparse
from reading.records import mention_record


def read(nlp, text, published="2024-03-20"):
    return nlp(read_text(text, doc_id="t", published=published))


def names(doc):
    return [(m.text, m.place_id) for m in doc.mentions]


def water_row(row):
    """A geoparse row that is the water body: unplaced, or at a physical feature's point (no land unit's)."""
    return row["lat"] is None or (row["kind"] == "physical" and row["precision"] >= 2)


@pytest.mark.parametrize("text, water, inside", [
    ("Suspected pirates boarded a fishing trawler in the Gulf of Guinea on Friday.", "Gulf of Guinea", "Guinea"),
    ("Iranian commandos seized an oil tanker in the Strait of Hormuz on Thursday.", "Strait of Hormuz", "Hormuz"),
    ("A patrol boat was sunk in the Sea of Azov overnight.", "Sea of Azov", "Azov"),
    ("Two fishing boats went missing on the Caspian Sea after the storm.", "Caspian Sea", None),
    ("Eleven migrants drowned in the Mediterranean after their dinghy capsized.", "Mediterranean", None),
    ("Gunmen abducted a dozen fishermen on Lake Chad at dawn.", "Lake Chad", "Chad"),
    ("Militiamen crossed the Ubangi River at night.", "Ubangi River", None),
])
def test_a_water_body_is_one_unplaced_mention(nlp, gaz, text, water, inside):
    doc = read(nlp, text)
    found = [m for m in doc.mentions if m.text == water]
    assert len(found) == 1, names(doc)
    m = found[0]
    assert m.location is None and m.place_id is None and m.reason == WATER_REASON
    assert mention_record(m)["fate"] == "unplaced"
    assert any(p.code == "W201" and p.text == water for p in doc.problems)
    if inside is not None:
        # the word inside is no mention of its own and casts no focus vote
        assert not [x for x in doc.mentions if x is not m and m.start <= x.start < m.end], names(doc)
    rows = [r for r in geoparse(text, gazetteer=gaz) if text[r["start"] : r["end"]] == water]
    assert len(rows) == 1 and water_row(rows[0])


@pytest.mark.parametrize("text, foreign", [
    ("Suspected pirates boarded a fishing trawler in the Gulf of Guinea on Friday.", "GN"),
    ("Gunmen abducted a dozen fishermen on Lake Chad at dawn.", "TD"),
    ("Iranian commandos seized an oil tanker in the Strait of Hormuz on Thursday.", None),
])
def test_the_name_inside_a_water_body_chooses_no_country(nlp, text, foreign):
    doc = read(nlp, text)
    assert doc.focus_country != foreign or foreign is None
    assert all(m.place_id is None for m in doc.mentions if m.role == "location"), names(doc)


@pytest.mark.parametrize("text", [
    "Houthi fighters fired two missiles at a container ship in the Red Sea late on Tuesday.",
    "A drone hit a bulk carrier in the southern Red Sea, the navy said.",
])
def test_the_red_sea_is_the_sea_not_sudans_state(nlp, gaz, text):
    doc = read(nlp, text)
    assert doc.focus_country != "SD"
    red = [m for m in doc.mentions if m.text == "Red Sea"]
    assert len(red) == 1 and red[0].location is None, names(doc)
    rows = [r for r in geoparse(text, gazetteer=gaz) if r["name"] == "Red Sea"]
    assert len(rows) == 1 and rows[0]["kind"] == "physical" and rows[0]["lat"] > 15  # the sea, not Sudan's state


@pytest.mark.parametrize("text, name", [
    ("The army sent reinforcements to Red Sea state after the drone strike on Port Sudan.", "Red Sea"),
    ("Heavy rain flooded roads in the Red Sea state capital on Sunday.", "Red Sea"),
])
def test_a_unit_named_after_a_sea_stays_the_unit(nlp, gaz, text, name):
    doc = read(nlp, text)
    assert doc.focus_country == "SD"
    assert [r["kind"] for r in geoparse(text, gazetteer=gaz) if r["name"] == name] == ["admin1"]


def test_towns_named_after_water_stay_towns(nlp):
    doc = read(nlp, "Police in Lake Charles arrested two men after a shooting near Rock Island on Saturday.")
    assert doc.focus_country == "US"
    placed = {m.text for m in doc.mentions if m.location is not None}
    assert "Lake Charles" in placed


def test_a_yemen_story_on_the_red_sea_stays_yemens(nlp):
    doc = read(nlp, "Yemen's Houthis said they targeted a tanker in the Red Sea on Monday.\n\n"
                    "The tanker was sailing north through the Red Sea when it was hit.\n\n"
                    "The Houthis have attacked ships in the Red Sea since November, the group said in Sanaa.")
    assert doc.focus_country == "YE"


def test_an_event_at_sea_falls_back_to_the_country_not_a_namesake(nlp):
    doc = read(nlp, "Pirates shot dead three sailors in the Gulf of Guinea off Cameroon on Tuesday.")
    assert doc.focus_country == "CM"
    assert [getattr(e.location, "country", None) for e in doc.events] == ["CM"]


def test_the_lake_chad_region_of_a_country_is_that_country(nlp):
    doc = read(nlp, "Jihadists killed seven soldiers at an army post in the Lake Chad region of Niger on Sunday.")
    assert doc.focus_country == "NE"
    assert [getattr(e.location, "country", None) for e in doc.events] == ["NE"]


def test_a_town_on_a_sea_coast_keeps_its_country(nlp):
    doc = read(nlp, "Families fled to Tokar, near the Red Sea coast of Sudan, as the fighting spread.")
    assert doc.focus_country == "SD"


@pytest.mark.parametrize("text", [
    "Shipping insurers raised premiums after two tankers were struck in the Gulf on Tuesday.",
    "Saudi Arabia moved air defences to its bases along the Gulf, officials said.",
])
def test_the_gulf_alone_is_the_persian_gulf_not_a_province_abroad(nlp, text):
    doc = read(nlp, text)
    gulf = next(m for m in doc.mentions if m.text == "Gulf")
    assert gulf.location is None and gulf.reason == WATER_REASON
    assert doc.focus_country != "PG"
    assert [r["lat"] for r in geoparse(text) if r["name"] == "Gulf"] == [None]


def test_gulf_province_stays_the_province(nlp):
    doc = read(nlp, "Landslides cut the road to Kikori in Gulf Province, Papua New Guinea.")
    assert doc.focus_country == "PG"
    assert any(m.text.startswith("Gulf") and m.location is not None for m in doc.mentions)
