"""Whole articles about a place that shares its name (WikToR-like entries; gold 4's first run put
"Alexandria" at Alexandria, Minnesota, "Hamilton" at Hamilton, Ohio and "Newport" at Newport,
Rhode Island: the namesakes their last paragraphs list). A qualified namesake ("X, Ohio") narrows
only the mentions after it, and none when the name is qualified twice; an entry's opening
("X is a port city in the Canadian province of Ontario") places its subject; a tie of country
votes goes to the country first voted for strongly, not to an ambiguous name's first namesake;
a big world city is not read as its small namesake in the article's country."""
from __future__ import annotations

import pytest

from tests.reading.places import points_of


def _near(pt, lat, lon, tol=1.0):
    return pt[0] is not None and abs(pt[0] - lat) < tol and abs(pt[1] - lon) < tol


def test_namesakes_listed_at_the_end_leave_the_subject(gaz):
    text = ("Springfield is the capital city of the state of Illinois. It lies on the Sangamon River and "
            "was the home of Abraham Lincoln for many years before he moved to Washington.\n\n"
            "Springfield is also a common place name: Springfield, Massachusetts, is the home of the "
            "Basketball Hall of Fame, and Springfield, Missouri, lies in the Ozarks.")
    pts = points_of(text, gaz, "Springfield")
    assert _near(pts[0], 39.8, -89.65), pts
    assert _near(pts[2], 42.1, -72.59) and _near(pts[3], 37.2, -93.29), pts


def test_one_later_qualifier_does_not_reach_back(gaz):
    text = ("Alexandria is a city in Virginia, United States, across the river from Washington. "
            "It is older than many think, though not as old as the port of Alexandria, Egypt, "
            "founded by Alexander the Great.")
    pts = points_of(text, gaz, "Alexandria")
    assert _near(pts[0], 38.8, -77.05) and _near(pts[1], 31.2, 29.92), pts


def test_qualifier_still_narrows_later_mentions(gaz):
    text = "Flooding closed roads in Columbia, Mo., on Friday. Columbia officials said schools would reopen Monday."
    pts = points_of(text, gaz, "Columbia")
    assert all(_near(p, 38.95, -92.33) for p in pts), pts


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Hamilton is a port city in the Canadian province of Ontario, at the western end of the lake. "
     "Steel made the city rich. Other towns of the name lie in Scotland, New Zealand and Ohio, "
     "and several in the United States, near Cincinnati and Buffalo.", "Hamilton", 43.26, -79.87),
    ("Newport (Welsh: Casnewydd) is a city and county borough in Wales, on the River Usk. "
     "It is the third largest city of the country after Cardiff and Swansea.", "Newport", 51.58, -2.99),
    ("Kingston is a town in the province of Ontario, on the St. Lawrence River.", "Kingston", 44.23, -76.48),
])
def test_an_entry_opening_places_its_subject(gaz, text, name, lat, lon):
    assert _near(points_of(text, gaz, name)[0], lat, lon), points_of(text, gaz, name)


def test_an_entry_opening_reads_no_county_as_a_state(gaz):
    text = "Delhi is a town in Delaware County, New York. The village of Delhi is the county seat."
    assert all(_near(p, 42.28, -74.92) for p in points_of(text, gaz, "Delhi"))


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Ports from Houston to Los Angeles reported delays, and copper shipments from Chile to Rotterdam "
     "were rerouted, officials in Washington said.", "Rotterdam", 51.92, 4.48),
    ("Freight rates from Seattle and Oakland rose again as carriers cancelled sailings to Hamburg.",
     "Hamburg", 53.55, 9.99),
])
def test_world_city_not_its_small_namesake(gaz, text, name, lat, lon):
    assert _near(points_of(text, gaz, name)[0], lat, lon), points_of(text, gaz, name)


def test_real_town_of_the_article_keeps_a_world_city_name(gaz):
    text = ("Federal troops pushed militiamen out of Chagni after days of clashes in Ethiopia. "
            "Artillery fire hit a market about 20 km south of Samara earlier this month.")
    assert _near(points_of(text, gaz, "Samara")[0], 11.79, 41.0), points_of(text, gaz, "Samara")
