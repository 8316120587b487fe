"""Transliteration variants of towns the gazetteer holds under another spelling (audit: "Hulyaipole",
Huliaipole in Zaporizhzhia oblast, unplaced: GeoNames spells it Hulyaypole and the town, 13,000
people, is too small for a mere skeleton match). A regular spelling difference ("y"/"i", "kh"/"h",
"gh"/"g", "ou"/"u", "w"/"v") reaches a town of any size under its own name, and a town of 20,000
under another of its names ("Boukamal": Bukamal, Albu Kamal), only when the exact name is unknown.
A doubled letter or a dropped one is no such difference (Traill County is not Trail, Oregon)."""
from __future__ import annotations

from geo.gazetteer import spelling_key
from tests.reading.places import points_of


def _near(point, lat: float, lon: float, deg: float = 0.3) -> bool:
    return point[0] is not None and abs(point[0] - lat) < deg and abs(point[1] - lon) < deg


def test_a_small_town_under_a_regular_spelling_of_its_name(gaz):
    text = "Russian troops attacked Hulyaipole and Orikhiv in Zaporizhzhia region."
    (p,) = points_of(text, gaz, "Hulyaipole")
    assert _near(p, 47.67, 36.26)


def test_a_town_under_a_regular_spelling_of_another_of_its_names(gaz):
    (p,) = points_of("Air strikes hit Boukamal in Syria on Tuesday.", gaz, "Boukamal")
    assert _near(p, 34.45, 40.92)


def test_common_variant_pairs_still_found(gaz):
    cases = [("Drones struck Kharkov and Nikolaev overnight, Ukraine said.", {"Kharkov": (49.98, 36.25),
                                                                              "Nikolaev": (46.98, 31.99)}),
             ("Air strikes hit Hudaydah, Yemen's rebels said.", {"Hudaydah": (14.80, 42.95)}),
             ("Militias fought in Misurata and Sirte, Libyan officials said.", {"Misurata": (32.38, 15.09)}),
             ("A convoy reached Wagadugu from Kaya.", {"Wagadugu": (12.37, -1.53)})]
    for text, expected in cases:
        for name, (lat, lon) in expected.items():
            (p,) = points_of(text, gaz, name)
            assert _near(p, lat, lon), name


def test_doubled_or_dropped_letters_are_other_names(gaz):
    assert spelling_key("traill") != spelling_key("trail")
    assert spelling_key("vitaliy") != spelling_key("vitali")  # a first name, not Vitali, Philippines
    assert not gaz.candidates("Vitaliy")
    text = "Hillsboro is the seat of Traill County, N.D., where a storm knocked out power."
    assert all(p[0] is None or p[0] > 46 for p in points_of(text, gaz, "Traill County"))  # not Oregon
