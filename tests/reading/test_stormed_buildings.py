"""Storming a building is an attack on it, not the fall of its town; a town stormed is taken.
Sentences of our own."""
import pytest

from tests.reading.mapped_events import place_names, kinds, mapped, read_article

TAKEN = ("Battles", "Non-state actor overtakes territory")


def read(nlp, text):
    evs = mapped(read_article(nlp, text, "2025-05-20"))
    return list(zip(kinds(evs), place_names(evs)))


@pytest.mark.parametrize("text, town", [
    ("Militia storms party headquarters in Benghazi", "Benghazi"),
    ("Gunmen stormed the police headquarters in Butembo on Monday.", "Butembo"),
    ("Fighters stormed a hotel in Kismayo on Friday.", "Kismayo"),
    ("Insurgents storm the district office in Mueda", "Mueda"),
])
def test_a_stormed_building_is_an_attack_not_its_town_taken(nlp, text, town):
    got = read(nlp, text)
    assert got and all(k != TAKEN for k, _ in got), got
    assert [p for _, p in got] == [town], got


def test_a_stormed_town_is_taken(nlp):
    assert read(nlp, "Rebels stormed the town of Butembo on Saturday.") == [(TAKEN, "Butembo")]


def test_storms_of_weather_are_no_event(nlp):
    assert read(nlp, "Storms batter the city of Benghazi.") == []
