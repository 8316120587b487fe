"""A local story with a state of its own (its dateline town and towns in one state): a bare name the
gazetteer knows only as a town of under 100,000 people in a state over 1,000 km away is a local place it
lacks, unplaced rather than put in that far state; a big city of another state, or one near the story's
own towns, stays. Stories of our own."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name

_MANIPUR = ("IMPHAL, Oct 2 — Women vendors staged a sit-in at Bina on Wednesday, demanding the reopening of the "
            "highway to Churachandpur. Traders in Thoubal and Kakching joined the protest, and shops in Moirang "
            "stayed shut, police in Imphal said.")
_VERMONT = ("BARRE, Vt. (AP) — Floodwater closed roads near Kingsville on Tuesday as the Winooski River rose. "
            "Crews from Barre, Montpelier and Northfield cleared debris, and shelters opened in Berlin and "
            "Williamstown.")


def test_a_small_far_state_namesake_in_a_manipur_story_is_unplaced(gaz):
    got = toponyms_by_name(_MANIPUR, gaz)
    assert got["Bina"]["lat"] is None  # not Bina, Madhya Pradesh (65,000 people, 1,600 km away)
    assert got["Thoubal"]["lat"] is not None and abs(got["Kakching"]["lat"] - 24.5) < 0.2


def test_a_far_texas_town_in_a_vermont_story_is_unplaced(gaz):
    got = toponyms_by_name(_VERMONT, gaz)
    assert got["Kingsville"]["lat"] is None  # not Kingsville, Texas (26,000 people)
    assert got["Montpelier"]["lat"] is not None


def test_a_big_city_of_another_state_stays(gaz):
    got = toponyms_by_name(_VERMONT + " A relief convoy arrived from Lubbock on Wednesday.", gaz)
    assert abs(got["Lubbock"]["lat"] - 33.58) < 0.2
