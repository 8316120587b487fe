"""A capitalised compass word before a small town's name is the name of a district the gazetteer does
not hold, not a part of that town (audit: "the Southern Downs" of Queensland read as the south of
Downs, Illinois, 988 people). The whole name is listed, unplaced. Big towns keep their parts
("Northern Kharkiv", "West Mosul"), and an organisation's name is still no place."""
from __future__ import annotations

from tests.reading.places import points_of, surfaces


def test_a_district_named_with_a_compass_word(gaz):
    text = "Fires burned in the Eastern Panhandle of West Virginia."
    assert points_of(text, gaz, "Eastern Panhandle") == [(None, None)]  # not Panhandle, Texas
    assert "Panhandle" not in surfaces(text, gaz)
    text = "Floods closed roads in Toowoomba and across the Western Downs, Queensland officials said."
    # the Western Downs region of Queensland (geo/admin_units.py; unplaced before it), not Downs, Illinois or Kansas
    ((lat, lon),) = points_of(text, gaz, "Western Downs")
    assert abs(lat + 26.8) < 0.5 and abs(lon - 150.3) < 0.5


def test_parts_of_big_towns_keep_their_town(gaz):
    (p,) = points_of("Shelling hit Eastern Mariupol overnight.", gaz, "Mariupol")
    assert p[0] is not None and abs(p[0] - 47.10) < 0.3
    (p,) = points_of("Fighting raged in West Mosul.", gaz, "Mosul")
    assert p[0] is not None and abs(p[0] - 36.34) < 0.3


def test_an_organisation_is_no_district(gaz):
    assert surfaces("Economists expect the European Central Bank to cut rates.", gaz) == []
