"""Namesakes told apart by a unit after them (gold 21's first run: "Athens, Tennessee, between
Chattanooga and Knoxville" and "Florence, Kentucky, near Cincinnati" placed at the entry's subject;
"Hamilton, Ontario" and "Perth, Ontario" pulling a Waikato and a Scottish story's own town), on other
sentences.

- A place said by a phrase after the unit ("near X", "north of X") is no next item of a list: the
  unit still qualifies the town before it.
- A unit named only right after a namesake, to tell it apart, does not pull the article's bare
  mentions of that name into it.
- A name's own mention elsewhere ("Hamilton, Bermuda") puts none of its bare mentions in a unit of
  that name (Bermuda's parish of Hamilton).
- A town chosen near another town of the story (300 km) stays when its namesake in a unit named
  elsewhere lies near none of them.
"""
from __future__ import annotations

from reading.geoparse import geoparse


def _lats(text: str, gaz, name: str) -> list[float]:
    return [r["lat"] for r in geoparse(text, gazetteer=gaz) if text[r["start"]:r["end"]] == name]


def test_a_qualified_namesake_then_a_place_near_it(gaz):
    text = ("Springfield is the capital of Illinois. Other cities of the name include Springfield, Missouri, "
            "near Branson, and Springfield, Massachusetts, near Hartford.")
    lats = _lats(text, gaz, "Springfield")
    assert len(lats) == 3 and abs(lats[0] - 39.80) < 0.3, lats
    assert abs(lats[1] - 37.21) < 0.3 and abs(lats[2] - 42.10) < 0.3, lats
    assert abs(_lats(text, gaz, "Hartford")[0] - 41.76) < 0.3  # Connecticut's, beside Springfield, MA


def test_an_entry_namesake_then_a_place_near_it(gaz):
    text = ("Lebanon is a city in Warren County, Ohio. Other places of the name include Lebanon, Pennsylvania, "
            "near Harrisburg, and Lebanon, Tennessee, near Nashville.")
    lats = _lats(text, gaz, "Lebanon")
    assert len(lats) == 3 and abs(lats[0] - 39.43) < 0.3, lats
    assert abs(lats[1] - 40.34) < 0.3 and abs(lats[2] - 36.21) < 0.3, lats


def test_a_namesake_told_apart_does_not_pull_the_story_town(gaz):
    text = ("Hamilton's new leisure centre opened on Saturday, with buses laid on from Motherwell, East Kilbride "
            "and Blantyre, and swimmers came from Glasgow. Visitors from Hamilton, Ontario, were among the first "
            "in the pool.")
    lats = _lats(text, gaz, "Hamilton")
    assert len(lats) == 2 and abs(lats[0] - 55.77) < 0.3 and abs(lats[1] - 43.25) < 0.3, lats


def test_a_unit_named_alone_still_pulls(gaz):
    text = "Floods hit Missouri on Monday. In Columbia, the river rose two metres, and Jefferson City closed roads."
    assert abs(_lats(text, gaz, "Columbia")[0] - 38.95) < 0.3


def test_a_town_among_the_story_towns_is_not_pulled_to_a_unit_named_later(gaz):
    text = ("Trains from Wilmington to Baltimore, Philadelphia and Newark were delayed on Monday. Officials in Ohio said "
            "their line was not affected.")
    assert abs(_lats(text, gaz, "Baltimore")[0] - 39.29) < 0.3


def test_a_namesake_in_a_unit_of_the_name_does_not_move_the_story_town(gaz):
    text = ("Hamilton's council will dredge the Waikato River this summer, after silt from the Coromandel storms "
            "reached Huntly and Ngāruawāhia. Contractors from Auckland and Tauranga bid for the work, and Te "
            "Awamutu and Cambridge will share the cost. Booking sites still send some visitors to Hamilton, "
            "Ontario, or to Hamilton, Bermuda.")
    lats = _lats(text, gaz, "Hamilton")
    assert len(lats) == 3 and abs(lats[0] + 37.78) < 0.3, lats  # not Bermuda's parish, nor Ontario's city
    assert abs(lats[1] - 43.25) < 0.3 and abs(lats[2] - 32.29) < 0.3, lats
