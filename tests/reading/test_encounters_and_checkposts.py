"""ev16: South Asian English calls a gunfight an "encounter" ("killed in an encounter at ...") and a checkpoint a
"checkpost": a gunfight is a battle, and an attack on a police checkpost is a battle with the police, not violence
against civilians. A meeting with the press is no encounter of arms. Sentences of our own."""
import pytest

from tests.reading.mapped_events import kinds, mapped, read_report


@pytest.mark.parametrize("body", [
    "PESHAWAR, Sept 2 - Three militants and a policeman were killed in an encounter in Tank district on Monday.",
    "SRINAGAR, Sept 2 - Two terrorists were killed in a fierce encounter with security forces at Sopore on Sunday.",
    "IMPHAL, Sept 2 - An encounter broke out between troops and insurgents near Moreh on Monday, officials said.",
])
def test_an_encounter_is_a_gunfight(nlp, body):
    evs = mapped(read_report(nlp, body, published="2025-09-02"))
    assert kinds(evs) == [("Battles", "Armed clash")], evs


def test_an_attack_on_a_police_checkpost_is_a_battle(nlp):
    body = "QUETTA, Sept 2 - Gunmen attacked a police checkpost in Turbat on Monday night, killing three constables."
    evs = mapped(read_report(nlp, body, published="2025-09-02"))
    assert kinds(evs) == [("Battles", "Armed clash")], evs
    assert evs[0].fatalities == 3


def test_an_encounter_with_the_press_is_no_fight(nlp):
    body = "LONDON, Sept 2 - The minister called his encounter with reporters in Leeds on Monday a misunderstanding."
    assert mapped(read_report(nlp, body, published="2025-09-02")) == []


def test_the_encounter_told_again_is_no_second_fight(nlp):
    body = ("RAIPUR, Jan 13 - Security forces killed seven Maoists in a gunfight in Sukma district on Saturday. "
            "Police said the encounter began at dawn and went on for six hours.")
    evs = mapped(read_report(nlp, body, published="2026-01-13"))
    assert kinds(evs) == [("Battles", "Armed clash")], evs
