"""Villages sharing a name within one country (eleven Andriivkas, twenty Ivanivkas in Ukraine): the
one next to the story's other towns is meant, not the biggest or first-ranked namesake 150 km away;
"X, west of Y" with no distance puts X near Y on that side, and a village with no namesake there is
left unplaced (the offset from Y still places the event) rather than put at a far namesake."""
from __future__ import annotations

from tests.reading.places import points_of


def _near(p, lat, lon, tol=0.3):
    return p[0] is not None and abs(p[0] - lat) < tol and abs(p[1] - lon) < tol


def test_the_namesake_next_to_the_storys_towns(gaz):
    text = ("Russian forces pressed towards Velykomykhailivka and Pokrovske. "
            "Shelling damaged houses in Ivanivka, officials said.")
    (p,) = points_of(text, gaz, "Ivanivka")
    assert _near(p, 48.10, 36.63)  # the Dnipropetrovsk village, not the one in Luhansk 200 km east


def test_a_compass_offset_picks_the_namesake_on_that_side(gaz):
    (p,) = points_of("Shelling hit Kamianka, west of Odesa, on Sunday.", gaz, "Kamianka")
    assert _near(p, 46.64, 30.24)  # not the town of 11,000 in Cherkasy oblast, 290 km north


def test_no_namesake_on_that_side_is_unplaced(gaz):
    assert points_of("Russian troops struck Ivanivka, south of Pokrovske.", gaz, "Ivanivka") == [(None, None)]


def test_a_town_far_on_the_side_said_keeps_its_place(gaz):
    text = "Families returned to Sinjar, west of Mosul, after years in camps."
    (p,) = points_of(text, gaz, "Sinjar")
    assert _near(p, 36.32, 41.87)  # 115 km from Mosul: still the town


def test_big_towns_and_qualified_names_are_not_moved(gaz):
    text = "Protests spread from Kharkiv to Odesa and Dnipro. Crowds also gathered in Lviv."
    (p,) = points_of(text, gaz, "Lviv")
    assert _near(p, 49.84, 24.02)
