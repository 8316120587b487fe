"""A car driven into people ("rammed his car into pedestrians in X", "a car-ramming attack at a bus stop") is an
attack on civilians; a car that rammed a gate or another car in traffic is none. Sentences of our own."""
import pytest

from tests.reading.mapped_events import read_report


@pytest.mark.parametrize("text", [
    "A man rammed his car into pedestrians in Beersheba on Monday, wounding six people, police said.",
    "Two soldiers were hurt in a car-ramming attack at a junction near Hebron on Sunday, the army said.",
    "An attacker drove a truck into a crowd in Nice on Thursday, killing 86 people.",
])
def test_a_vehicle_driven_into_people_is_an_attack(nlp, text):
    evs = read_report(nlp, text, "2025-05-22").events
    assert any(e.event_type in ("Violence against civilians", "Explosions/Remote violence") for e in evs), \
        [(e.event_type, e.sub_event_type) for e in evs]


@pytest.mark.parametrize("text", [
    "A delivery van rammed into a parked car in Haifa on Monday, police said.",
    "A bus driver rammed his vehicle into a wall in Nablus after his brakes failed.",
])
def test_a_vehicle_in_an_accident_is_no_attack(nlp, text):
    assert read_report(nlp, text, "2025-05-22").events == []
