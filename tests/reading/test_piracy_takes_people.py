"""evq: piracy that takes people ("hijacked a bulk carrier and took 20 crew hostage", "boarded a cargo ship and
kidnapped six sailors", "hijacked a tanker, holding 25 sailors for ransom") is one event, an abduction (ACLED:
Violence against civilians / Abduction/forced disappearance), not the ship's looting beside it; a ship seized with
nobody taken stays Looting/property destruction. Sentences of our own."""
import pytest

from tests.reading.mapped_events import kinds, mapped, read_article

ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
LOOTING = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("text", [
    "Pirates hijacked a bulk carrier off the coast of Oman on Monday and took 17 crew hostage.",
    "Armed men boarded a cargo ship off Cotonou on Saturday and kidnapped six sailors.",
    "Gunmen hijacked a fuel tanker near Warri on Wednesday and are holding its crew hostage.",
    "Pirates seized a merchant vessel off Eyl on Friday, holding 22 seafarers for ransom.",
])
def test_a_ship_seized_with_its_people_taken_is_one_abduction(nlp, text):
    assert kinds(mapped(read_article(nlp, text, "2025-03-14"))) == [ABDUCTION]


def test_a_ship_seized_with_nobody_taken_is_still_looting(nlp):
    text = "Naval commandos seized an oil tanker off Bandar Abbas on Thursday."
    assert kinds(mapped(read_article(nlp, text, "2025-03-14"))) == [LOOTING]


def test_crew_still_held_is_a_state_not_a_new_abduction(nlp):
    text = "The pirates, who seized the freighter in May, are still holding its crew of 19 for ransom, officials said on Monday."
    assert ABDUCTION not in kinds(mapped(read_article(nlp, text, "2025-07-14")))


@pytest.mark.parametrize("text", [
    "Negotiators took part in talks on the hostage release in Doha on Monday.",
    "The minister said the government would take steps to free hostages held in the Sahel.",
])
def test_hostages_talked_about_are_no_abduction(nlp, text):
    assert ABDUCTION not in kinds(mapped(read_article(nlp, text, "2025-03-14")))
