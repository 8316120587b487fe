"""Names of people, clubs and institutions that look like places (session 19, plu): a multi-word hospital or
ground name opened by an English word is no town of that word; a ground with no town of its own borrows no town
from a round-up naming towns far apart; a month after a place-named first name is a middle name; a person's
surname seen after the full name is the person. New sentences only (no gold text)."""
from __future__ import annotations

import pytest

from reading.document import Document
from reading.geoparse import geoparse
from reading.toponyms import PlaceMentions


@pytest.fixture(scope="module")
def places(gaz):
    return PlaceMentions(gaz)


def _row(gaz, text: str, name: str) -> dict | None:
    s = text.index(name)
    return next((r for r in geoparse(text, gazetteer=gaz) if r["start"] <= s < r["end"]), None)


def _mention(places, text: str, name: str):
    s = text.index(name)
    return next((m for m in places(Document(id="t", text=text)).mentions if m.start <= s < m.end), None)


# --- hospitals and grounds ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Reporters waited outside the Royal Brompton Hospital on Sunday.", "Royal Brompton Hospital"),
    ("Relatives gathered outside the Royal Gwent Hospital as the ward reopened.", "Royal Gwent Hospital"),
])
def test_an_english_word_opening_a_site_name_is_no_town(places, gaz, text, name):
    row = _row(gaz, text, name)
    assert row is not None and row["start"] == text.index(name) and row["lat"] is None, row
    m = _mention(places, text, name)
    assert m is None or m.location is None, m.location.name


def test_a_site_opened_by_its_town_keeps_the_town(gaz):
    text = "The Gulu Regional Referral Hospital said it had treated 30 people."
    row = _row(gaz, text, "Gulu")
    assert row is not None and row["name"].startswith("Gulu") and abs(row["lat"] - 2.77) < 0.2, row


@pytest.mark.parametrize("text, name", [
    ("Elsewhere, Stoke won at Plymouth, Bristol Rovers drew at Carlisle, and fans of Derby County marched "
     "outside the Keepmoat Stadium.", "Keepmoat Stadium"),
    ("In the late games Rennes beat Lyon in Marseille and Nice drew in Lille; supporters later gathered at "
     "the Roazhon Stadium.", "Roazhon Stadium"),
])
def test_a_ground_after_a_round_up_of_far_towns_is_unplaced(places, gaz, text, name):
    row = _row(gaz, text, name)
    assert row is not None and row["lat"] is None, row
    m = _mention(places, text, name)
    assert m is None or m.location is None, m.location.name


def test_a_ground_after_one_town_of_the_paragraph_is_in_that_town(gaz):
    text = "Police in Cardiff said two fans were arrested. Stewards had closed the gates of the Bute Park Arena early."
    row = _row(gaz, text, "Bute Park Arena")
    assert row is not None and row["lat"] is not None and abs(row["lat"] - 51.48) < 0.2, row


# --- a month as a middle name --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Georgia May Hollins sang in a church choir in Savannah before she was ten.", "Georgia"),
    ("The award went to Florence June Whitaker, a nurse from Leeds.", "Florence"),
    ("Jordan April Mensah, who coached in Kumasi, retired on Friday.", "Jordan"),
])
def test_a_month_between_a_place_named_first_name_and_a_surname_is_a_middle_name(gaz, text, name):
    assert _row(gaz, text, name) is None
    surname = text.split()[2].rstrip(",")
    assert _row(gaz, text, surname) is None  # (the whole name is the person's: "Hollins" is no Virginia town)


@pytest.mark.parametrize("text, name", [
    ("Tornadoes struck Georgia May 14 and moved north into Tennessee.", "Georgia"),
    ("Floods hit Jordan in May and June, the ministry said.", "Jordan"),
])
def test_a_month_after_a_place_with_a_day_or_no_surname_keeps_the_place(gaz, text, name):
    row = _row(gaz, text, name)
    assert row is not None and row["lat"] is not None, row


# --- a person's surname after the full name --------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Visitors retrace Andrew Jackson's campaign along the Gulf. Jackson's troops marched west from Mobile.", "Jackson's troops"),
    ("The museum in Boston shows letters of Robert Lincoln. Lincoln wrote to his mother from Chicago.", "Lincoln wrote"),
    ("A new biography of Sam Austin opens in Galveston. Austin sailed for Havana in 1821.", "Austin sailed"),
    ("Guides follow George Washington across New Jersey; Washington's retreat passed Hackensack.", "Washington's retreat"),
])
def test_a_surname_acting_after_the_full_name_is_the_person(gaz, text, name):
    row = _row(gaz, text, name)
    assert row is None, row


@pytest.mark.parametrize("text, name", [
    ("Guides follow George Washington across New Jersey; the army later wintered near Washington.", "Washington."),
    ("The writer Jack Dallas grew up in Texas. Crowds in Dallas cheered.", "Dallas cheered"),
    ("Police in London said Jack Harlow was arrested. London's mayor condemned the violence.", "London's mayor"),
])
def test_a_surname_written_as_a_place_or_owning_a_town_s_things_stays_the_place(gaz, text, name):
    row = _row(gaz, text, name)
    assert row is not None and row["lat"] is not None, row


# --- clubs are read before the article's country -------------------------------------------------------------

def _place_of(rows: list[dict], text: str, town: str):
    s = text.index(town)
    return next(((r["name"], r["lat"]) for r in rows if r["start"] <= s < r["end"]), None)


@pytest.mark.parametrize("text, neutral, town", [
    ("The keeper left Ajax in 2017 for a side in Valencia; Benfica also wanted him, his coach said after the league game.",
     "The keeper left the club in 2017 for a side in Valencia; the club also wanted him, his coach said after the league game.",
     "Valencia"),
    ("Orlando Pirates drew 1-1 with Kaizer Chiefs, and their coach, raised in Durban, praised the defence. He lives in Richmond.",
     "The visitors drew 1-1 with the hosts, and their coach, raised in Durban, praised the defence. He lives in Richmond.",
     "Richmond"),
    ("Celtic beat Blackburn Rovers 2-0 in a friendly, and the new striker, who grew up in Perth, scored twice.",
     "Celtic beat the visitors 2-0 in a friendly, and the new striker, who grew up in Perth, scored twice.",
     "Perth"),
])
def test_a_club_casts_no_vote_for_the_article_s_country(places, gaz, text, neutral, town):
    # a club named after a place reads a town as the sentence without the club does (and is no toponym itself)
    rows = geoparse(text, gazetteer=gaz)
    assert _place_of(rows, text, town) == _place_of(geoparse(neutral, gazetteer=gaz), neutral, town)
    assert not any(text[r["start"] : r["end"]] in ("Ajax", "Benfica", "Orlando", "Blackburn") for r in rows), rows
    m, n = _mention(places, text, town), _mention(places, neutral, town)
    assert (m.location and m.location.name) == (n.location and n.location.name)


def test_a_club_qualified_as_its_town_stays_the_town(gaz):
    text = "Ajax, Ontario, hosted the league final, and fans drove in from Pickering."
    row = _row(gaz, text, "Ajax")
    assert row is not None and abs(row["lat"] - 43.85) < 0.2, row


def test_a_ground_in_the_clause_of_its_town_is_in_that_town(gaz):
    text = ("Celtic won 3-0 at Dundee on Saturday, but the day belonged to Kilmarnock, who beat Hearts 2-1 at the "
            "Rugby Park Stadium.")
    row, town = _row(gaz, text, "Rugby Park Stadium"), _row(gaz, text, "Kilmarnock")
    assert row is not None and town is not None and (row["lat"], row["lon"]) == (town["lat"], town["lon"]), row
