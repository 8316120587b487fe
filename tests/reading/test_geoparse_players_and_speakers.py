"""A bare name before a verb of play ("scored", "netted") or, opening its sentence, of speech ("said")
is a person's when no place bearing it can be meant: towns bearing it only as another name (GeoNames
calls Sola, Norway, "Haaland") or a village of that name. Towns and clubs under their own names, and
the towns of a list whose people speak ("residents of Annan and Lockerbie said"), stay places."""
from __future__ import annotations

from tests.reading.places import surfaces


def test_a_player_before_a_verb_of_play_is_no_town(gaz):
    assert "Haaland" not in surfaces("Haaland netted a hat-trick against Wolves on Saturday.", gaz)
    assert "Haaland" not in surfaces("Before the break Haaland converted a penalty.", gaz)


def test_a_speaker_opening_a_sentence_is_no_village(gaz):
    assert "Kane" not in surfaces("The striker was rested. Kane said the squad was ready for Sunday.", gaz)


def test_places_keep_their_verbs(gaz):
    got = surfaces("Moscow said it would respond, and Liverpool scored late in Leeds.", gaz)
    assert "Moscow" in got and "Liverpool" in got and "Leeds" in got
    got = surfaces("Residents of Annan and Lockerbie said the A75 was closed.", gaz)
    assert "Annan" in got and "Lockerbie" in got
