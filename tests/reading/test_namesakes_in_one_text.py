"""Two places of one name in one text: each qualifier binds its own mention and the bare ones after it.

Branch plq (session 18). Sentences are our own, about several countries; each positive case failed
before the branch.
"""
from __future__ import annotations

from tests.reading.places import points_of


def _near(point, lat: float, lon: float, tol: float = 1.5) -> bool:
    return point[0] is not None and abs(point[0] - lat) < tol and abs(point[1] - lon) < tol


TRIPOLI_LB, TRIPOLI_LY = (34.4, 35.8), (32.9, 13.2)


def test_bare_name_follows_the_last_country_qualifier(gaz):
    text = ("Traders closed their shops in Tripoli, Lebanon, on Friday. In Tripoli, Libya, armed groups "
            "clashed near the port. Residents of Tripoli said the fighting lasted hours.")
    first, second, bare = points_of(text, gaz, "Tripoli")
    assert _near(first, *TRIPOLI_LB) and _near(second, *TRIPOLI_LY)
    assert _near(bare, *TRIPOLI_LY)


def test_each_qualifier_rebinds_the_bare_mentions_after_it(gaz):
    text = ("Floods hit Valencia, Venezuela, in June. By August the storms had reached Valencia, Spain. "
            "Valencia's mayor asked the regional government for help.")
    assert _near(points_of(text, gaz, "Valencia")[-1], 39.5, -0.4)
    text = ("Students from Cordoba, Argentina, visited Cordoba, Spain, this summer. In Cordoba, they toured "
            "the old quarter.")
    assert _near(points_of(text, gaz, "Cordoba")[-1], 37.9, -4.8)


def test_a_country_qualifier_ends_an_earlier_state_qualifier(gaz):
    text = ("The mayor of Alexandria, Virginia, met officials visiting from Alexandria, Egypt. Alexandria "
            "has a big port on the sea.")
    assert _near(points_of(text, gaz, "Alexandria")[-1], 31.2, 29.9)
    text = ("In Athens, Georgia, students marched; Athens, Greece, saw strikes too. In Athens, the "
            "government said talks would go on.")
    assert _near(points_of(text, gaz, "Athens")[-1], 38.0, 23.7)


def test_a_state_qualifier_after_a_country_one_still_binds(gaz):
    text = ("Students from Alexandria, Egypt, toured Alexandria, Va., on Tuesday. Alexandria's mayor gave "
            "them a tour of the old town.")
    egypt, virginia, bare = points_of(text, gaz, "Alexandria")
    assert _near(egypt, 31.2, 29.9) and _near(virginia, 38.8, -77.0) and _near(bare, 38.8, -77.0)


def test_a_nationality_appositive_places_its_town(gaz):
    text = ("Gunmen attacked a checkpoint in Tripoli overnight, Libya's interior ministry said. A smaller "
            "protest took place in Tripoli, Lebanon, where traders closed their shops. In Tripoli, the "
            "Libyan capital, the ministry later said two men were held.")
    assert _near(points_of(text, gaz, "Tripoli")[-1], *TRIPOLI_LY)


def test_the_dateline_town_and_an_entry_subject_are_not_rebound(gaz):
    text = ("ROSWELL, N.M. (AP) \u2014 The city council met on Tuesday. Roswell is not to be confused with "
            "Roswell, Ga., a suburb of Atlanta. Roswell police said the meeting was calm.")
    assert _near(points_of(text, gaz, "Roswell")[-1], 33.4, -104.5)
    text = ("Barcelona is the capital of Anzo\u00e1tegui state in Venezuela. It was named after Barcelona in "
            "Catalonia. Barcelona has a busy port and a cathedral.")
    assert _near(points_of(text, gaz, "Barcelona")[-1], 10.1, -64.7)


def test_an_accent_tells_the_namesakes_apart(gaz):
    text = ("The Costa Rican government met in San Jos\u00e9 on Monday. Officials from San Jose, California, "
            "attended. San Jos\u00e9 hosts the talks again next year.")
    assert all(_near(p, 9.9, -84.1) for p in points_of(text, gaz, "San Jos\u00e9"))
    assert _near(points_of(text, gaz, "San Jose")[0], 37.3, -121.9)


def test_no_accent_is_no_evidence(gaz):
    text = "Engineers in San Jose unveiled a new chip, California officials said. San Jose is growing."
    assert all(_near(p, 37.3, -121.9) for p in points_of(text, gaz, "San Jose"))


def test_a_country_name_placed_in_another_country_is_its_town(gaz):
    text = ("Tourists flocked to Liberia, the capital of Guanacaste, after the new airport opened. Hotels in "
            "Liberia were full, and buses to Nicoya ran late.")
    assert all(_near(p, 10.6, -85.4) for p in points_of(text, gaz, "Liberia"))
    text = "Armenia, a city in Colombia, was shaken by an earthquake. Rescue teams in Armenia searched the rubble."
    assert all(_near(p, 4.5, -75.7) for p in points_of(text, gaz, "Armenia"))


def test_a_country_in_its_own_appositive_stays_the_country(gaz):
    text = "Georgia, the former Soviet republic, held elections on Saturday. Voters in Tbilisi queued for hours."
    assert _near(points_of(text, gaz, "Georgia")[0], 42.2, 43.5, tol=3)
