"""A capture told by a participle after an advance ("Russian forces pushed toward X on Monday, capturing the village
of Y", "M23 rebels advanced south, seizing the town of Z") is that side's capture of Y/Z, not only a move; a
participle taking people ("capturing seven soldiers") takes no ground. Sentences of our own."""
import pytest

from tests.reading.mapped_events import read_report

TAKEN = ("Non-state actor overtakes territory", "Government regains territory")


def _taken(doc):
    return [e for e in doc.events if e.sub_event_type in TAKEN]


@pytest.mark.parametrize("text, side, town", [
    ("Russian forces pushed toward Kostiantynivka on Monday, capturing the village of Novohrodivka, the ministry said.",
     "Russia", "Novohrodivka"),
    ("M23 rebels advanced south on Monday, seizing the town of Kamanyola.", "M23", "Kamanyola"),
    ("The Arakan Army advanced along the coast on Sunday, taking Buthidaung and the surrounding villages.",
     "Arakan Army", "Buthidaung"),
])
def test_a_participle_capture_after_an_advance_is_a_capture(nlp, text, side, town):
    evs = _taken(read_report(nlp, text, "2025-05-22"))
    assert any(e.location is not None and town in e.location.name and side in e.actor1 for e in evs), \
        [(e.actor1, e.location and e.location.name) for e in evs]


@pytest.mark.parametrize("text", [
    "Rebels ambushed an army convoy near Kidal on Monday, capturing seven soldiers.",
    "Militants attacked the base on Monday, capturing Malian soldiers and weapons.",
])
def test_a_participle_taking_people_takes_no_ground(nlp, text):
    assert _taken(read_report(nlp, text, "2025-05-22")) == []


@pytest.mark.parametrize("text", [
    "HTS fighters advanced south toward Homs on Sunday.",
    "Rebel columns advanced north towards Kisangani on Sunday, witnesses said.",
])
def test_an_advance_toward_a_place_is_no_fight_there(nlp, text):
    evs = read_report(nlp, text, "2025-05-22").events
    assert not any(e.sub_event_type == "Armed clash" for e in evs), [(e.sub_event_type, e.location) for e in evs]
