"""Storming a building is an attack on it, not the fall of its town: a fight at a post or a police station,
an attack on civilians at theirs (a party's office, a church, a hotel: ACLED types by target); a town
stormed is taken. Sentences of our own."""
import pytest

from tests.reading.mapped_events import place_names, kinds, mapped, read_article

TAKEN = ("Battles", "Non-state actor overtakes territory")
FIGHT = ("Battles", "Armed clash")
ON_CIVILIANS = ("Violence against civilians", "Attack")


def read(nlp, text):
    evs = mapped(read_article(nlp, text, "2025-05-20"))
    return list(zip(kinds(evs), place_names(evs)))


@pytest.mark.parametrize("text, want", [
    ("Militia storms party headquarters in Benghazi", (ON_CIVILIANS, "Benghazi")),
    ("Gunmen stormed the police headquarters in Butembo on Monday.", (FIGHT, "Butembo")),
    ("Fighters stormed a hotel in Kismayo on Friday.", (ON_CIVILIANS, "Kismayo")),
    ("Insurgents storm the army barracks in Mueda", (FIGHT, "Mueda")),
])
def test_a_stormed_building_is_an_attack_not_its_town_taken(nlp, text, want):
    assert read(nlp, text) == [want]


def test_a_stormed_town_is_taken(nlp):
    assert read(nlp, "Rebels stormed the town of Butembo on Saturday.") == [(TAKEN, "Butembo")]


def test_storms_of_weather_are_no_event(nlp):
    assert read(nlp, "Storms batter the city of Benghazi.") == []
