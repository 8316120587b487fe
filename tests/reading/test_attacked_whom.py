"""The side an attack falls on, named as the verb's object ("gunmen attacked a police convoy", "militants
killed nine villagers"), is the event's actor2. Own sentences."""
import pytest

from tests.reading.mapped_events import read_report as read


@pytest.mark.parametrize("body, actor1", [
    ("KADUNA, June 3 - Bandits attacked a police patrol near Birnin Gwari on Monday.", "bandits"),
    ("PESHAWAR, June 3 - TTP militants attacked a police van in Bannu on Monday.", "TTP"),
])
def test_the_side_attacked_is_actor2(nlp, body, actor1):
    doc = read(nlp, body)
    assert [(e.actor1, bool(e.actor2)) for e in doc.events] == [(actor1, True)], doc.events
    assert "police" in doc.events[0].actor2.lower(), doc.events


@pytest.mark.parametrize("body", [
    "BAMAKO, June 3 - Jihadists killed 14 civilians near Bandiagara on Sunday.",
    "BUNIA, June 3 - CODECO militiamen killed nine villagers near Djugu on Sunday.",
])
def test_civilians_killed_are_actor2(nlp, body):
    doc = read(nlp, body)
    assert [e.actor2.lower() for e in doc.events if e.fatalities] in (["civilians"], ["villagers"]), doc.events


def test_a_place_in_the_object_is_no_side(nlp):
    doc = read(nlp, "QUETTA, June 3 - Gunmen attacked a Lahore-bound coach near Kalat on Monday, killing six passengers.")
    assert all(e.actor2 != "Lahore" for e in doc.events), doc.events


def test_an_attack_with_no_attacker_named_keeps_its_target_second(nlp):
    doc = read(nlp, "MOPTI, June 3 - Unknown assailants attacked the FAMa camp at Boni on Tuesday, the army said.")
    assert [(e.actor1, e.actor2) for e in doc.events if e.event_type == "Battles"] in (
        [("", "Malian forces")], [("assailants", "Malian forces")], [("Unknown assailants", "Malian forces")]), doc.events


@pytest.mark.parametrize("body, actor2", [
    ("KISMAYO, June 3 - Al-Shabaab fighters attacked a checkpoint near Jilib on Monday, killing seven soldiers.",
     "soldiers"),
    ("SITTWE, June 3 - Junta aircraft bombed a market near Mrauk-U on Monday, killing 14 civilians.", "civilians"),
])
def test_who_the_attack_killed_is_actor2(nlp, body, actor2):
    doc = read(nlp, body)
    assert len(doc.events) == 1 and doc.events[0].actor2, doc.events
    assert actor2 in doc.events[0].actor2.lower() or doc.events[0].actor2.endswith("forces"), doc.events


def test_civilians_killed_in_a_battle_are_no_side_of_it(nlp):
    doc = read(nlp, "KISMAYO, June 3 - Al-Shabaab fighters clashed with government troops near Jilib on Monday, "
                    "killing two civilians caught in the crossfire.")
    assert all(e.actor2 != "civilians" for e in doc.events if e.event_type == "Battles"), doc.events
