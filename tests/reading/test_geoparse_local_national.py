"""Local US stories naming the country's big cities in passing (audit: "Cleveland" in a Michigan story
placed at Cleveland, Wisconsin, a village next to Milwaukee named at the end; "New York's Manhattan"
after a Kansas dateline placed at Manhattan, Kansas). A village of another state, chosen only for
its nearness to a town named in passing, gives way to the city of 100,000 bearing the name; a
possessive big city ("New York's") names its own part; a dateline with a state's dotted initials
("FARGO, N.D. (AP)") is a dateline, so its state is the story's."""
from __future__ import annotations

from tests.reading.places import points_of


def _near(point, lat: float, lon: float, deg: float = 0.3) -> bool:
    return point[0] is not None and abs(point[0] - lat) < deg and abs(point[1] - lon) < deg


TRUCKS = ("ROCHESTER, Minn. (AP) - A trucking company based in Rochester will add 80 drivers, its owner said "
          "Tuesday. Its trucks run from Winona, Owatonna and Austin to warehouses in Columbus and Indianapolis. "
          "The company bought a smaller rival in Madison, Wis., last year.")


def test_the_big_city_not_a_village_near_a_town_named_in_passing(gaz):
    (p,) = points_of(TRUCKS, gaz, "Columbus")
    assert _near(p, 39.96, -83.00)  # Columbus, Ohio, not Columbus, Wisconsin (5,000), near Madison
    (p,) = points_of(TRUCKS, gaz, "Owatonna")
    assert _near(p, 44.08, -93.23)  # the story's own towns keep their places


GRAIN = ("FARGO, N.D. (AP) - Grain from Fargo, Moorhead and Grand Forks moves by rail to mills in Minneapolis "
         "and Buffalo, the co-op said. Its board also met with buyers from Topeka, Kan.")


def test_a_dateline_with_dotted_initials(gaz):
    (p,) = points_of(GRAIN, gaz, "FARGO")
    assert _near(p, 46.88, -96.79)
    (p,) = points_of(GRAIN, gaz, "Minneapolis")
    assert _near(p, 44.98, -93.26)  # not Minneapolis, Kansas (2,000), near Topeka


def test_a_big_citys_own_part_after_its_possessive(gaz):
    text = "BROOKLYN, Iowa (AP) - Students from Brooklyn visited New York's Brooklyn last spring."
    home, nyc = points_of(text, gaz, "Brooklyn")[-2:]
    assert _near(home, 41.73, -92.45)
    assert _near(nyc, 40.65, -73.95)
    (p,) = points_of("Drones hit Kharkiv's Saltivka district.", gaz, "Saltivka")
    assert _near(p, 50.02, 36.35)
