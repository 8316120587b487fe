"""A local story's own state or province wins a name over a bigger namesake abroad, as it does over one
in another state (test_geoparse_focus_unit.py): "TAMPA, Fla. - ... In St Petersburg" is the Florida city,
not Russia's. The namesake must lie in the story's focus unit (its dateline and most of its towns), near
its towns there; a country's name or a story with no focus unit keeps its place."""
from __future__ import annotations

from reading.geoparse import geoparse


def _at(text: str, gaz, name: str):
    return [(round(r["lat"], 2), round(r["lon"], 2)) for r in geoparse(text, gazetteer=gaz)
            if text[r["start"]:r["end"]] == name and r.get("lat") is not None]


def _near(point, lat: float, lon: float) -> bool:
    return abs(point[0] - lat) < 0.3 and abs(point[1] - lon) < 0.3


def test_a_world_city_abroad_gives_way_to_the_story_state_namesake(gaz):
    text = ("TAMPA \u2014 Storm surge flooded low-lying streets around the bay overnight. In St Petersburg, "
            "crews pumped water out of the downtown waterfront, and Clearwater closed its beaches.")
    (spot,) = _at(text, gaz, "St Petersburg")
    assert _near(spot, 27.77, -82.68)  # St. Petersburg, Florida, not Saint Petersburg, Russia


def test_a_big_city_abroad_gives_way_to_a_small_provincial_namesake(gaz):
    text = ("KINGSTON, Ont. \u2014 Heavy snow closed rural schools north of the city on Monday. Buses were "
            "cancelled in Perth, Smiths Falls and Sharbot Lake, the school board said.")
    (spot,) = _at(text, gaz, "Perth")
    assert _near(spot, 44.90, -76.25)  # Perth, Ontario (6,000), not Perth, Western Australia


def test_a_world_city_abroad_gives_way_with_no_state_written(gaz):
    text = ("Officials in Tampa, Clearwater and Largo said the storm had passed by Thursday morning. St. Petersburg "
            "police said two people died when a tree fell on their car.")
    (spot,) = _at(text, gaz, "St. Petersburg")
    assert _near(spot, 27.77, -82.68)


def test_the_story_state_capital_stays_against_a_bigger_foreign_namesake(gaz):
    text = ("LOUISVILLE, Ky. \u2014 State lawmakers gathered in Frankfort on Tuesday for a special session on "
            "the budget, and protesters drove up from Louisville and Shelbyville.")
    (spot,) = _at(text, gaz, "Frankfort")
    assert _near(spot, 38.20, -84.87)  # Frankfort, Kentucky, not Frankfurt am Main


def test_no_focus_unit_no_move(gaz):
    text = "Flights from Perth and Sydney were delayed on Friday, the airline said."
    (spot,) = _at(text, gaz, "Perth")
    assert _near(spot, -31.95, 115.86)  # no local story: Western Australia's capital
