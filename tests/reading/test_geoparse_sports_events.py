"""A stage race named "Tour de / of X" or "Vuelta a X" is an event, no toponym (gold 17's convention:
"Tour de France", like "the Battle of X"); a place's name used as an event's modifier stays a toponym
("the Valencia Marathon", "the Monaco Grand Prix": held there), and so do the places named around it."""
from __future__ import annotations

import pytest

from tests.reading.places import surfaces


@pytest.mark.parametrize("text, event_place, kept", [
    ("The Tour de France will finish in Nice next summer.", "France", "Nice"),
    ("She won the Tour of Flanders after a solo attack near Oudenaarde.", "Flanders", "Oudenaarde"),
    ("The Vuelta a España will start in Turin, organisers said.", "España", "Turin"),
])
def test_a_sports_event_is_no_place(gaz, text, event_place, kept):
    names = surfaces(text, gaz)
    assert event_place not in names and kept in names, names


def test_places_beside_event_words_stay(gaz):
    names = surfaces("Leclerc won the Monaco Grand Prix; a tour of Gaza by envoys was cancelled.", gaz)
    assert "Monaco" in names and "Gaza" in names, names
