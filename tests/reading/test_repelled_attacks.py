"""An attack someone repelled: a battle between the side that repelled it (named before the verb) and the side whose
attack, raid or offensive it was (named before the noun). evd: the attack is its attackers' (actor1), as when
told "X attacked Y but was repelled"; who repelled it is actor2."""
from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def sides(nlp, text):
    evs = mapped(nlp(read_text(text, doc_id="t", published="2026-05-06")))
    return [(e.event_type, e.actor1, e.actor2) for e in evs]


def test_who_repulsed_a_states_attack_is_actor2(nlp):
    assert sides(nlp, "NEW DELHI, May 6 - Indian soldiers repulsed a Pakistani attack near Uri on Tuesday, the army "
                      "said.") == [("Battles", "Pakistani forces", "Indian forces")]


def test_a_repelled_raid_is_a_battle(nlp):
    assert sides(nlp, "JERUSALEM, May 6 - Israeli forces repelled a Hezbollah raid near Metula on Tuesday, the military "
                      "said.") == [("Battles", "Hezbollah", "Israeli forces")]
    assert sides(nlp, "DAMASCUS, May 6 - Kurdish fighters repelled an Islamic State raid on a prison in Hasakah on "
                      "Monday.") == [("Battles", "Islamic State", "Kurdish fighters")]


def test_a_repelled_offensive_is_a_battle(nlp):
    assert sides(nlp, "YEREVAN, May 6 - Armenian troops repelled an Azerbaijani offensive near Jermuk on Tuesday, the "
                      "defence ministry said.") == [("Battles", "Azerbaijani forces", "Armenian forces")]


def test_a_raid_nobody_repelled_is_read_as_before(nlp):
    assert [t for t, _, _ in sides(nlp, "GAZA, May 6 - Israeli troops conducted a raid in Jenin on Tuesday, arresting "
                                        "five people.")] == ["Strategic developments"]


def test_who_beat_back_a_groups_attack_is_actor2(nlp):
    assert [(a1, a2) for _, a1, a2 in sides(nlp, "BAMAKO, May 6 - Malian soldiers beat back a JNIM attack on their camp "
                                                 "in Boulkessi on Monday.")] == [("JNIM", "Malian forces")]
