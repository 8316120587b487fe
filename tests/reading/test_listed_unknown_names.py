"""Nothing silently lost: a name the gazetteer lacks, listed with a known town ("Djibo, Bourzanga and
Namssiguia") or after a place-taking verb or phrase ("on the outskirts of X", "the X area"), is a
mention with no location (reason: not in the gazetteer), in the reading pipeline as in geoparse.
People, groups, weekdays and clause subjects are never listed as places."""
from __future__ import annotations

import pytest

from reading.corpus import read_text
from reading.geoparse import geoparse

UNKNOWN = "not in the gazetteer"


def _mentions(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2024-06-02"))
    return [(m.text, m.location is None, m.reason) for m in doc.mentions]


def _unplaced(nlp, text):
    return [t for t, unplaced, reason in _mentions(nlp, text) if unplaced and reason == UNKNOWN]


@pytest.mark.parametrize("text, names", [
    # after a known town: the rest of the list
    ("Jihadists attacked Djibo, Bourzanga and Namssiguia on Tuesday.", ["Namssiguia"]),
    ("Clashes in Bamako, Hombori and Boulkessi on Sunday killed nine.", ["Hombori", "Boulkessi"]),
    ("The army shelled Kalaymyo and Natogyi on Friday, residents said.", ["Natogyi"]),
    ("Government troops retook Kassala or Warawiyo overnight.", ["Warawiyo"]),
    # before a known town, after a word that takes places
    ("Insurgents raided villages including Ngaruru, Kukawa and Damasak last week.", ["Ngaruru"]),
    ("Rebels seized Namssiguia, Warawiyo and Djibo on Sunday.", ["Namssiguia", "Warawiyo"]),
    # a list between known towns
    ("Fighting in Kalemie, Warawiyo, Uvira and Bukavu.", ["Warawiyo"]),
    # place-taking phrases
    ("Fighting was reported on the outskirts of Namssiguia on Monday.", ["Namssiguia"]),
    ("Shelling hit the Warawiyo area overnight.", ["Warawiyo"]),
    ("The militia said it still held the Suq al-Natogyi area.", ["Suq al-Natogyi"]),
    ("Troops encircled Natogyi on Monday.", ["Natogyi"]),
    ("Gunmen struck in Natogyi locality on Monday.", ["Natogyi"]),
])
def test_listed_names_are_reported_unplaced(nlp, gaz, text, names):
    assert _unplaced(nlp, text) == names
    rows = geoparse(text, gazetteer=gaz)
    assert [r["name"] for r in rows if r["lat"] is None] == names


@pytest.mark.parametrize("text", [
    "In Sanaa, Abdullah and Hassan met on Monday.",           # the clause's subjects after an opening "In X,"
    "In Kyiv, Zelensky and Biden met on Monday.",
    "Rebels attacked Goma, and Kabila said the army would respond.",
    "Fighters from Wagner and Djibo's militia clashed.",     # a group, a possessive
    "Rebels seized Lashio, Monday and Tuesday were calm.",   # weekdays
    "Troops in Kharkiv and President Zelensky spoke.",      # a title
    "Shelling hit the Kurdish area overnight.",             # a nationality
    "Protesters gathered in Kabul and Moore said so.",       # a verb ends the clause; a surname
])
def test_no_place_is_made_of_people_groups_or_days(nlp, gaz, text):
    assert _unplaced(nlp, text) == []
    assert [r["name"] for r in geoparse(text, gazetteer=gaz) if r["lat"] is None] == []


def test_frequent_surnames_are_not_listed_after_a_town(nlp):
    # "Jones" is a frequent English surname (geo/data/common_words.txt): not a place of the list
    assert "Jones" not in _unplaced(nlp, "The envoy met officials in Kabul, Jones and Ahmed on Monday.")


def test_a_known_name_is_not_reported_again(nlp):
    got = _mentions(nlp, "Jihadists attacked Djibo, Bourzanga and Namssiguia on Tuesday.")
    assert [t for t, _, _ in got] == ["Djibo", "Bourzanga", "Namssiguia"]
    assert [unplaced for _, unplaced, _ in got] == [False, False, True]


def test_unplaced_list_members_are_problems(nlp):
    doc = nlp(read_text("Clashes in Bamako, Hombori and Boulkessi on Sunday killed nine.", doc_id="t",
                        published="2024-06-02"))
    assert {p.text for p in doc.problems if p.kind == "unplaced"} >= {"Hombori", "Boulkessi"}


def test_a_list_opening_the_sentence_before_a_town(nlp, gaz):
    text = "Residents fled overnight. Namssiguia, Warawiyo and Djibo fell to the militants on Sunday."
    assert _unplaced(nlp, text) == ["Namssiguia", "Warawiyo"]
    assert [r["name"] for r in geoparse(text, gazetteer=gaz) if r["lat"] is None] == ["Namssiguia", "Warawiyo"]


@pytest.mark.parametrize("text", [
    "Smith, Jones and Djibo were named in the report.",     # one member is no place's name: none is listed
    "Reuters, AFP and Djibo residents said so.",
    "Namssiguia and Djibo fell on Sunday.",                  # one opening name alone: not clearly a list
])
def test_an_opening_list_needs_names_only(nlp, text):
    assert _unplaced(nlp, text) == []


def test_sentence_opening_locative_names_an_unknown_place(nlp, gaz):
    text = "Calm returned on Sunday. In Natogyi, residents said the army had left."
    assert _unplaced(nlp, text) == ["Natogyi"]
    assert _unplaced(nlp, '"In Warawiyo, fighting raged overnight," a witness said.') == ["Warawiyo"]


@pytest.mark.parametrize("text", [
    "In Other News, officials met on Monday.",   # ordinary words
    "In March, officials met.",                 # a month
    "In Tuesday's attack, nine died.",          # a weekday's possessive
    "Officials said that In Natogyi, nothing happened.",  # not a sentence's opening
])
def test_sentence_opening_locative_needs_a_name(nlp, text):
    assert _unplaced(nlp, text) == []


def test_a_known_place_after_an_opening_in_is_not_lost(nlp):
    got = _mentions(nlp, "In Sanaa, officials met on Monday.")
    assert [(t, unplaced) for t, unplaced, _ in got] == [("Sanaa", False)]
