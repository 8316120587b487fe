"""ev16: an event whose clause names only a sea, gulf or strait ("shot down drones over the Gulf of Aden") was
at sea: it is not placed in a country the article names elsewhere (the attacker's own, or the article's);
a town named in the clause still places it. Sentences of our own."""
import pytest

from reading.corpus import read_text


def placed(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return [(getattr(e.location, "name", None), e.location_note) for e in doc.events]


@pytest.mark.parametrize("text, sea, country", [
    ("U.S. forces shot down drones over the Gulf of Aden on Monday.", "Gulf of Aden", "United States"),
    ("Houthi forces fired missiles at a tanker in the Red Sea on Tuesday.", "Red Sea", "Yemen"),
    ("French warships shot down two drones over the Arabian Sea on Thursday.", "Arabian Sea", "France"),
])
def test_an_event_at_sea_is_not_placed_in_a_country(nlp, text, sea, country):
    got = placed(nlp, text)
    assert got and got[0][0] is None and sea in got[0][1] and country in got[0][1], got


def test_a_town_in_the_clause_still_places_it(nlp):
    got = placed(nlp, "Houthi forces fired missiles at a tanker off Hodeidah in the Red Sea on Tuesday.")
    assert got and got[0][0] not in (None, "Yemen"), got


@pytest.mark.parametrize("text, sea", [
    ("Houthi rebels attacked a ship in the Red Sea on Monday.", "Red Sea"),
    ("The Houthis said they had attacked two Greek-owned tankers in the Gulf of Aden on Tuesday.", "Gulf of Aden"),
    ("Iranian gunboats attacked a British warship in the Strait of Hormuz on Sunday.", "Strait of Hormuz"),
])
def test_an_attack_on_a_ship_with_only_a_sea_named_is_reported_at_sea(nlp, text, sea):
    """lead: "attacked a ship" has no place after its verb, only a sea: it had been dropped unseen."""
    got = placed(nlp, text)
    assert got and got[0][0] is None and sea in got[0][1], got


def test_an_attack_on_a_policy_with_no_place_is_still_no_event(nlp):
    assert placed(nlp, "The opposition attacked the government's budget on Monday.") == []


def test_a_ships_flag_is_no_country_to_place_an_attack_on_it(nlp):
    got = placed(nlp, "MOGADISHU - Pirates attacked the Liberia-flagged bulk carrier Ocean Pearl off the coast on "
                      "Sunday.")
    assert got and all(name != "Liberia" for name, _ in got), got
