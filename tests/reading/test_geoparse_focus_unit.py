"""A local story's own state wins a name over a bigger namesake in another state (gold 5: "WOOSTER,
Ohio - ... workers live in Orrville, Wooster, Rittman, Smithville and Dalton" put Dalton in Georgia,
named later as "Dalton, Ga."). The focus unit is the state of the dateline town and of most of the
towns the story places; its namesake must lie near the story's towns there. A name qualified
otherwise, a national capital, and a story with no focus state keep their place."""
from __future__ import annotations

from reading.geoparse import geoparse


def _at(text: str, gaz, name: str):
    return [(round(r["lat"], 2), round(r["lon"], 2)) for r in geoparse(text, gazetteer=gaz)
            if text[r["start"]:r["end"]] == name and r.get("lat") is not None]


def _near(point, lat: float, lon: float) -> bool:
    return abs(point[0] - lat) < 0.3 and abs(point[1] - lon) < 0.3


PLANT = ("BLOOMSBURG, Pa. \u2014 A furniture maker will close its plant here in March, cutting 140 jobs, the "
         "company said Tuesday. Most of its workers live in Bloomsburg, Berwick, Danville and Sunbury, and some "
         "drive from Selinsgrove. The work will move to its larger plant in Danville, Va., where the company is based.")


def test_the_story_state_namesake_before_the_qualified_one(gaz):
    bare, qualified = _at(PLANT, gaz, "Danville")
    assert _near(bare, 40.96, -76.61)  # Danville, Pennsylvania (4,700), 15 km from Bloomsburg
    assert _near(qualified, 36.59, -79.40)  # "Danville, Va." stays in Virginia


ETHANOL = ("GRAND ISLAND, Neb. \u2014 An ethanol plant near Aurora will add a second shift, its owner said Monday, "
           "after a buyer in Denver, Colo., signed a five-year contract. The plant draws workers from Aurora, "
           "Hastings and Central City, and trucks grain from as far as Kearney.")


def test_the_story_state_namesake_though_the_big_one_is_near_an_aside_town(gaz):
    spots = _at(ETHANOL, gaz, "Aurora")
    assert len(spots) == 2 and all(_near(p, 40.87, -98.00) for p in spots)  # Aurora, Nebraska, not Colorado


def test_a_national_capital_keeps_its_name(gaz):
    text = ("WAYNESBURG, Pa. \u2014 Greene County commissioners asked the state for help after floods closed roads "
            "between Waynesburg and Carmichaels. They said they would also seek federal money from Washington.")
    (spot,) = _at(text, gaz, "Washington")
    assert _near(spot, 38.90, -77.04)  # not Washington, Pennsylvania, 40 km away


def test_no_focus_state_no_move(gaz):
    text = "The chain will open stores in Danville, Lexington and Hastings next year, and close one in Aurora."
    (spot,) = _at(text, gaz, "Lexington")
    assert _near(spot, 37.99, -84.48)  # Lexington, Kentucky: no story state to pull it anywhere
