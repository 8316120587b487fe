"""Locations drawn when first read stand for the very Locations drawn at once."""
from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest
import shapely
from shapely.geometry import Point

from geo import shapes
from geo.location import LazyLocation, Location

HOMS = Location("Homs", Point(36.72, 34.73), 34.73, 36.72, 1, place_id="gn:169577", country="SY")
HAMA = Location("Hama", Point(36.75, 35.13), 35.13, 36.75, 1, place_id="gn:170017", country="SY")
RIVERLAND = Location("Riverland", shapely.box(30.0, 10.0, 34.0, 13.0), 11.4, 32.1, 3, place_id="country:RL")

#: (shape function, arguments): one of each relation reading draws.
CASES = [
    (shapes.offset, (HOMS, "north-west"), {"km": 18}),
    (shapes.offset, (HAMA, "south"), {}),
    (shapes.near, (HAMA,), {"km": 4}),
    (shapes.between, (HOMS, HAMA), {}),
    (shapes.cardinal_part, (RIVERLAND, "north-eastern"), {}),
    (shapes.cardinal_part, (RIVERLAND, "central"), {}),
    (shapes.sector, (HOMS, "eastern"), {"kind": "outskirts"}),
]


def _fields(loc) -> tuple:
    return tuple(getattr(loc, f.name) for f in dataclasses.fields(Location))


@pytest.mark.parametrize("fn, args, kwargs", CASES, ids=lambda c: getattr(c, "__name__", ""))
def test_a_shape_drawn_later_is_the_shape_drawn_at_once(fn, args, kwargs):
    later = fn(*args, **kwargs)
    now = fn.__wrapped__(*args, **kwargs)  # the drawing itself
    assert type(now) is Location
    assert later == now and now == later
    assert hash(later) == hash(now)
    assert repr(later) == repr(now)
    assert pickle.dumps(later) == pickle.dumps(now)  # a store holds the same bytes
    for twin in (pickle.loads(pickle.dumps(later)), copy.deepcopy(later), copy.copy(later)):
        assert type(twin) is Location and _fields(twin) == _fields(now)
    coarse = dataclasses.replace(later, precision=3)
    assert type(coarse) is Location and coarse.precision == 3 and coarse.name == now.name
    assert later.is_area == now.is_area and later.geometry.covers(Point(later.lon, later.lat))


@pytest.mark.parametrize("call, error", [
    (lambda: shapes.offset(HOMS, "upwards", km=5), ValueError),
    (lambda: shapes.offset(HOMS, "west", km=-2), ValueError),
    (lambda: shapes.offset(HOMS, "west", km="a few"), ValueError),
    (lambda: shapes.near("Homs"), TypeError),
    (lambda: shapes.between(HOMS, None), TypeError),
    (lambda: shapes.cardinal_part(RIVERLAND, 90), TypeError),
    (lambda: shapes.cardinal_part(RIVERLAND, "sideways"), ValueError),
    (lambda: shapes.sector(HOMS, "north", kind="slums"), ValueError),
])
def test_bad_arguments_still_fail_at_once(call, error):
    with pytest.raises(error):
        call()


def test_a_lazy_location_is_made_once_and_only_for_what_is_not_known():
    made = []

    def make():
        made.append(1)
        return Location("east of Hama", Point(37.0, 35.1), 35.1, 37.0, 2, "offset", "gn:170017", "SY")

    loc = LazyLocation.deferred(make, name="east of Hama", place_id="gn:170017", country="SY")
    assert (loc.name, loc.place_id, loc.country) == ("east of Hama", "gn:170017", "SY")
    assert made == []  # what was known needs nothing made
    assert (loc.lat, loc.lon, loc.relation) == (35.1, 37.0, "offset")
    assert loc.geometry.equals(Point(37.0, 35.1)) and loc.precision == 2
    assert made == [1] and type(loc) is Location  # made, it is a plain Location
    with pytest.raises(dataclasses.FrozenInstanceError):
        loc.lat = 0.0


def test_the_gazetteer_places_a_town_as_it_did_before_it_drew_later():
    from geo.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    for name in ("Misrata", "Kherson", "Darfur", "Sudan"):
        place = gaz.get(next(m for m in gaz.find_names(f"Fighting in {name}.") if m.surface == name).candidates[0])
        loc = gaz.location(place)
        assert loc.name == place.name and loc.place_id == place.id and loc.relation == "at"
        drawn = gaz._make_location(place)
        assert loc == drawn and pickle.dumps(loc) == pickle.dumps(drawn)
        assert gaz.location(place) is loc  # one object per place
    with pytest.raises(TypeError):
        gaz.location("Misrata")


@pytest.mark.parametrize("direction", ["eastern", "north-west", "central", "the south"])
def test_a_part_of_an_area_is_named_without_being_drawn(direction):
    # "fighting in the south": the mention is named after the part, which no event may ever need drawn
    part = shapes.cardinal_part(RIVERLAND, direction)
    assert part.name == shapes.cardinal_part.__wrapped__(RIVERLAND, direction).name
    assert type(part) is LazyLocation  # (reading its name drew nothing)
    assert part.geometry.within(RIVERLAND.geometry.buffer(1e-9))
    assert type(part) is Location


POINTLAND = Location("Pointland", Point(20.0, 5.0), 5.0, 20.0, 3, place_id="country:PT", country="PT")
PROVINCE = Location("Upper Province", shapely.box(31.0, 11.0, 32.0, 12.0), 11.5, 31.5, 3, place_id="admin1:RL-UP",
                    country="RL")
PROVINCE_POINT = Location("Lower Province", Point(31.5, 10.5), 10.5, 31.5, 3, place_id="admin1:RL-LO", country="RL")


#: (shape function, arguments, fields told before drawing besides place_id and country). Reading
#: weighs every place mention by its country and precision: told at once, most mentions never draw.
TOLD = [
    (shapes.offset, (HOMS, "north-west"), {"km": 18}, {"precision", "relation"}),
    (shapes.near, (HAMA,), {}, {"precision", "relation"}),
    (shapes.sector, (HOMS, None), {}, {"precision", "relation"}),
    (shapes.between, (HOMS, HAMA), {}, {"precision"}),
    (shapes.between, (HOMS, HOMS), {}, {"precision"}),  # the same town twice: near it, same precision
    (shapes.between, (HOMS, RIVERLAND), {}, set()),  # a town and a country: 3, but near the town is 2
    (shapes.between, (RIVERLAND, HOMS), {}, {"precision"}),
    (shapes.cardinal_part, (RIVERLAND, "southern"), {}, {"name", "precision"}),
    (shapes.cardinal_part, (POINTLAND, "eastern"), {}, {"name", "precision"}),  # a point: near it, also 3
    (shapes.cardinal_part, (PROVINCE, "western"), {}, {"name"}),  # 2 as a part, 3 near it: not told
    (shapes.cardinal_part, (PROVINCE_POINT, "western"), {}, {"name"}),  # (and near it, it is)
    (shapes.cardinal_part, (HOMS, "northern"), {}, {"name"}),
]


@pytest.mark.parametrize("fn, args, kwargs, told", TOLD, ids=lambda c: getattr(c, "__name__", ""))
def test_what_a_shape_tells_before_it_is_drawn_is_what_it_is_drawn_with(fn, args, kwargs, told):
    later = fn(*args, **kwargs)
    now = fn.__wrapped__(*args, **kwargs)
    for name in sorted(told | {"place_id", "country"}):
        assert getattr(later, name) == getattr(now, name)
        assert type(later) is LazyLocation, f"reading {name} drew the shape"
    assert now.country == args[0].country and now.place_id == args[0].place_id
    assert _fields(later) == _fields(now)


@pytest.mark.parametrize("fn, args, kwargs, name", [
    (shapes.near, (HAMA,), {"km": 4}, "near Hama"),
    (shapes.near, (RIVERLAND,), {}, "near Riverland"),
    (shapes.offset, (HOMS, "north-west"), {"km": 18}, "18 km north-west of Homs"),
    (shapes.offset, (HOMS, "NE"), {"km": 2.5}, "2.5 km north-east of Homs"),
    (shapes.offset, (HAMA, "south"), {}, "south of Hama"),
    (shapes.cardinal_part, (RIVERLAND, "north-eastern"), {}, "north-eastern Riverland"),
])
def test_a_shapes_name_is_read_without_drawing_it(fn, args, kwargs, name):
    # a place mention is named by its shape's name ("near Hama"): reading names every relative phrase of an
    # article, most of them never an event's place, so the name must not draw the shape
    loc = fn(*args, **kwargs)
    assert loc.name == name
    assert type(loc) is LazyLocation  # (not drawn yet)
    assert fn.__wrapped__(*args, **kwargs).name == name  # the drawing names it the same
