"""Shapes for "eastern Libya", "the southern suburbs of Tripoli", "27 km west of ..."."""
from __future__ import annotations

import doctest
from pathlib import Path

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyproj import Geod
from shapely.geometry import MultiPolygon, Point, Polygon, box

import geo.shapes
from geo.location import Location
from geo.shapes import (
    between,
    cardinal_part,
    city_extent,
    direction_name,
    near,
    offset,
    parse_direction,
    parse_distance,
    sector,
)

GEOD = Geod(ellps="WGS84")
WORLD = Path("/usr/share/qgis/resources/data/world_map.gpkg")

TRIPOLI = (13.1913, 32.8872)
BENGHAZI = (20.07, 32.12)
SABHA = (14.43, 27.04)
MISRATA = (15.09, 32.38)

# A rough Libya drawn by hand from memory of the map: coast, then the land borders.
ROUGH_LIBYA = Polygon([
    (11.6, 33.1), (13.2, 32.9), (15.1, 32.4), (16.6, 31.2), (18.5, 30.3), (20.0, 30.9),
    (20.0, 32.1), (21.6, 32.9), (22.6, 32.8), (24.0, 32.1), (25.1, 31.6), (25.0, 22.0),
    (25.0, 20.0), (24.0, 19.5), (15.9, 23.4), (14.2, 22.6), (11.9, 23.5), (10.2, 24.5),
    (10.2, 26.5), (9.4, 27.0), (9.9, 27.8), (9.5, 30.1), (10.2, 30.8), (10.1, 31.7),
    (11.6, 33.1),
])


def km_between(a, b):
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000.0


def bearing_to(a, b):
    return GEOD.inv(a[0], a[1], b[0], b[1])[0] % 360.0


def angle_gap(x, y):
    return abs((x - y + 180.0) % 360.0 - 180.0)


def vertices(loc):
    return [tuple(c) for c in shapely.get_coordinates(loc.geometry)]


def assert_well_formed(loc):
    assert isinstance(loc, Location)
    assert loc.geometry.is_valid
    assert not loc.geometry.is_empty
    assert loc.geometry.covers(Point(loc.lon, loc.lat))
    xs, ys = shapely.get_coordinates(loc.geometry).T
    assert xs.min() >= -180.0 and xs.max() <= 180.0
    assert ys.min() >= -90.0 and ys.max() <= 90.0
    assert loc.precision in (1, 2, 3)


def country(name, geometry, code="LY"):
    centre = geometry.representative_point()
    return Location(name, geometry, centre.y, centre.x, 3, relation="at",
                    place_id=f"country:{code}", country=code)


@pytest.fixture(scope="module")
def libya():
    """Natural Earth's Libya when the machine has it, else the hand-drawn one."""
    if WORLD.exists():
        from pyogrio.raw import read

        _, _, wkb, _ = read(WORLD, layer="countries", where="iso_a2 = 'LY'")
        return country("Libya", shapely.from_wkb(wkb[0]))
    return country("Libya", ROUGH_LIBYA)


@pytest.fixture(scope="module")
def rough_libya():
    return country("Libya", ROUGH_LIBYA)


@pytest.fixture
def tripoli_point():
    return Location("Tripoli", Point(*TRIPOLI), TRIPOLI[1], TRIPOLI[0], 1, place_id="gn:2210247",
                    country="LY")


@pytest.fixture
def tripoli_disc():
    return Location("Tripoli", city_extent(*TRIPOLI, 1_150_000), TRIPOLI[1], TRIPOLI[0], 1,
                    place_id="gn:2210247", country="LY")


@pytest.fixture
def misrata():
    return Location("Misrata", Point(*MISRATA), MISRATA[1], MISRATA[0], 1, country="LY")


# --- docstring examples --------------------------------------------------


def test_docstring_examples_run():
    result = doctest.testmod(geo.shapes, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


# --- parse_direction -----------------------------------------------------


@pytest.mark.parametrize("text", ["NE", "ne", "north-east", "northeast", "north east",
                                  "north-eastern", "northeastern", "North-Eastern",
                                  "the north-east", "to the northeast of", "north-eastward",
                                  "N.E."])
def test_parse_direction_north_east_spellings(text):
    assert parse_direction(text) == 45.0


@pytest.mark.parametrize("text,bearing", [("north", 0.0), ("east", 90.0), ("south", 180.0),
                                          ("west", 270.0), ("southern", 180.0), ("the west", 270.0),
                                          ("S", 180.0), ("W", 270.0), ("SW", 225.0),
                                          ("south-western", 225.0), ("northwest", 315.0),
                                          ("NNE", 22.5), ("west-south-west", 247.5),
                                          ("southerly", 180.0), ("eastwards", 90.0)])
def test_parse_direction_bearings(text, bearing):
    assert parse_direction(text) == bearing


@pytest.mark.parametrize("text", ["central", "the centre", "", "banana", "northwards-ish town",
                                  "Tripoli", "up"])
def test_parse_direction_unknown_gives_none(text):
    assert parse_direction(text) is None


def test_parse_direction_none_passes_through():
    assert parse_direction(None) is None


def test_parse_direction_rejects_numbers():
    with pytest.raises(TypeError, match="text"):
        parse_direction(45)


def test_direction_name_rounds_to_sixteen_points():
    assert direction_name(0) == "north"
    assert direction_name(359) == "north"
    assert direction_name(100) == "east"
    assert direction_name(225, adjective=True) == "south-western"


def test_direction_name_rejects_text():
    with pytest.raises(TypeError, match="bearing"):
        direction_name("north")


# --- parse_distance ------------------------------------------------------


@pytest.mark.parametrize("text,km", [("27 km", 27.0), ("27km", 27.0), ("27 kilometres", 27.0),
                                     ("27 kilometers", 27.0), ("some 27 kms west", 27.0),
                                     ("1.5 km", 1.5), ("1,200 km", 1200.0),
                                     ("five kilometres", 5.0), ("a 40-km drive", 40.0),
                                     ("800 metres", 0.8), ("20-30 km", 25.0),
                                     ("20 to 30 kilometres", 25.0)])
def test_parse_distance_kilometres(text, km):
    assert parse_distance(text) == pytest.approx(km)


def test_parse_distance_converts_miles():
    assert parse_distance("10 miles") == pytest.approx(16.09344)
    assert parse_distance("1 mile") == pytest.approx(1.609344)
    assert parse_distance("about 30 mi north") == pytest.approx(48.28032)


def test_parse_distance_converts_nautical_miles():
    assert parse_distance("12 nautical miles") == pytest.approx(22.224)


@pytest.mark.parametrize("text", ["27", "west of Tripoli", "", "in 2019", "the M1 motorway",
                                  "Kilometre 42 checkpoint"])
def test_parse_distance_without_unit_is_none(text):
    assert parse_distance(text) is None


def test_parse_distance_none_and_bad_type():
    assert parse_distance(None) is None
    with pytest.raises(TypeError, match="text"):
        parse_distance(27)


# --- city_extent ---------------------------------------------------------


def disc_radius_km(poly, lon, lat):
    return max(km_between((lon, lat), c) for c in shapely.get_coordinates(poly))


def test_city_extent_village_is_about_two_km():
    assert disc_radius_km(city_extent(10.0, 45.0, 800), 10.0, 45.0) == pytest.approx(2.0, rel=0.02)


def test_city_extent_million_city_is_twelve_to_fifteen_km():
    for pop in (1_000_000, 2_000_000):
        assert 11.5 <= disc_radius_km(city_extent(*TRIPOLI, pop), *TRIPOLI) <= 15.5


def test_city_extent_grows_with_population():
    radii = [disc_radius_km(city_extent(36.0, 10.0, p), 36.0, 10.0)
             for p in (1_000, 20_000, 300_000, 3_000_000, 30_000_000)]
    assert radii == sorted(radii) and radii[-1] <= 25.5


def test_city_extent_is_in_kilometres_not_degrees_at_high_latitude():
    poly = city_extent(25.0, 70.0, 1_000_000)
    minx, miny, maxx, maxy = poly.bounds
    assert (maxx - minx) > 2.5 * (maxy - miny)  # a true circle is wide in degrees up north


def test_city_extent_unknown_population_is_a_small_town():
    assert disc_radius_km(city_extent(0.0, 0.0), 0.0, 0.0) == pytest.approx(3.0, rel=0.02)


def test_city_extent_contains_its_centre_and_is_simple():
    poly = city_extent(*TRIPOLI, 1_150_000)
    assert poly.is_valid and poly.contains(Point(*TRIPOLI))
    assert len(poly.exterior.coords) <= 40


def test_city_extent_vectorised():
    out = city_extent(np.array([13.19, 20.07]), np.array([32.89, 32.12]), [1_150_000, 650_000])
    assert out.shape == (2,)
    assert out[0].area > out[1].area


def test_city_extent_on_antimeridian_is_valid():
    poly = city_extent(179.99, -16.5, 90_000)
    assert poly.is_valid and poly.geom_type == "MultiPolygon"
    assert poly.bounds[0] >= -180.0 and poly.bounds[2] <= 180.0


def test_city_extent_rejects_bad_arguments():
    with pytest.raises(TypeError, match="lon"):
        city_extent("13", 32.0)
    with pytest.raises(ValueError, match="lat"):
        city_extent(13.0, 95.0)
    with pytest.raises(ValueError, match="population"):
        city_extent(13.0, 32.0, -5)


# --- cardinal_part -------------------------------------------------------


def test_eastern_libya_contains_benghazi_not_tripoli(libya):
    east = cardinal_part(libya, "eastern")
    assert east.geometry.contains(Point(*BENGHAZI))
    assert not east.geometry.contains(Point(*TRIPOLI))


def test_eastern_libya_is_inside_libya_and_east_of_its_centroid(libya):
    east = cardinal_part(libya, "eastern")
    assert east.geometry.difference(libya.geometry).area < 1e-9
    centroid = libya.geometry.centroid
    assert east.geometry.centroid.x > centroid.x
    assert east.lon > centroid.x
    assert east.is_area


def test_southern_libya_contains_sabha(libya):
    south = cardinal_part(libya, "southern")
    assert south.geometry.contains(Point(*SABHA))
    assert not south.geometry.contains(Point(*TRIPOLI))


def test_western_libya_contains_tripoli_not_benghazi(libya):
    west = cardinal_part(libya, "west")
    assert west.geometry.contains(Point(*TRIPOLI))
    assert not west.geometry.contains(Point(*BENGHAZI))


def test_must_holds_also_on_hand_drawn_libya(rough_libya):
    assert cardinal_part(rough_libya, "east").geometry.contains(Point(*BENGHAZI))
    assert not cardinal_part(rough_libya, "east").geometry.contains(Point(*TRIPOLI))
    assert cardinal_part(rough_libya, "the south").geometry.contains(Point(*SABHA))


def test_country_part_has_precision_3_and_relation_part(libya):
    east = cardinal_part(libya, "eastern")
    assert (east.precision, east.relation, east.name) == (3, "part", "eastern Libya")
    assert east.place_id == "country:LY" and east.country == "LY"


def test_admin1_part_has_precision_2():
    province = Location("Nalut District", box(9.5, 29.5, 12.0, 32.0), 30.8, 10.8, 3,
                        place_id="ne:LBY-2249", country="LY")
    assert cardinal_part(province, "north").precision == 2


def test_north_east_is_the_overlap_of_north_and_east(libya):
    ne = cardinal_part(libya, "north-east")
    north = cardinal_part(libya, "north").geometry
    east = cardinal_part(libya, "east").geometry
    assert ne.name == "north-eastern Libya"
    assert ne.geometry.difference(north.intersection(east)).area < 1e-3 * ne.geometry.area
    assert ne.geometry.area < 0.5 * libya.geometry.area


def test_cardinal_parts_are_more_than_half_and_overlap_in_the_middle(libya):
    east = cardinal_part(libya, "east").geometry
    west = cardinal_part(libya, "west").geometry
    assert east.union(west).area == pytest.approx(libya.geometry.area, rel=1e-3)
    assert east.intersection(west).area > 0.05 * libya.geometry.area


def test_central_libya_holds_the_middle_not_the_coast(libya):
    central = cardinal_part(libya, "central")
    assert central.name == "central Libya"
    assert central.geometry.contains(Point(18.0, 27.0))
    assert not central.geometry.contains(Point(*TRIPOLI))
    assert not central.geometry.contains(Point(*BENGHAZI))


def test_long_thin_country_parts_follow_its_length():
    chile_like = country("Longland", box(-72.0, -50.0, -69.0, -18.0), "CL")
    north = cardinal_part(chile_like, "northern")
    assert north.geometry.bounds[1] > -40.0
    assert north.geometry.contains(Point(-70.5, -20.0))


def test_north_of_a_wide_northern_country_follows_a_parallel():
    wide = country("Wideland", box(30.0, 45.0, 170.0, 75.0), "RU")
    north = cardinal_part(wide, "north")
    ys = shapely.get_coordinates(north.geometry)[:, 1]
    assert ys.min() > 55.0  # a straight map line through the middle would reach 45 N at the ends
    assert north.geometry.contains(Point(35.0, 70.0)) and north.geometry.contains(Point(165.0, 70.0))


def test_part_of_a_country_with_islands_stays_valid_and_skips_far_islands():
    main = box(0.0, 40.0, 8.0, 48.0)
    near_island = box(9.0, 42.0, 9.5, 43.0)
    far_island = box(-55.0, 3.0, -52.0, 6.0)  # overseas, thousands of km away
    islands = country("Islandia", MultiPolygon([main, near_island, far_island]), "XX")
    east = cardinal_part(islands, "east")
    assert east.geometry.is_valid
    assert east.geometry.intersects(near_island)
    assert not east.geometry.intersects(far_island)
    assert east.geometry.covers(Point(east.lon, east.lat))


def test_part_of_scattered_islands_is_a_real_part():
    islands = country("Atolls", MultiPolygon([box(-162.2, 5.8, -162.0, 6.0), box(166.5, 19.2, 166.7, 19.4),
                                              box(-176.7, 0.1, -176.5, 0.3), box(-169.6, 16.7, -169.4, 16.9)]),
                      "UM")
    north = cardinal_part(islands, "north")
    assert_well_formed(north)
    assert north.geometry.area < islands.geometry.area
    assert not north.geometry.intersects(box(-176.7, 0.1, -176.5, 0.3))


def test_part_of_a_country_across_the_antimeridian_is_valid():
    fiji_like = country("Fiji", MultiPolygon([box(177.0, -19.0, 180.0, -16.0),
                                              box(-180.0, -19.0, -179.0, -16.0)]), "FJ")
    for direction in ("east", "west", "north", "central"):
        assert_well_formed(cardinal_part(fiji_like, direction))
    east = cardinal_part(fiji_like, "east")
    assert east.geometry.intersects(box(-180.0, -19.0, -179.0, -16.0))


def test_part_of_a_polar_area_is_valid():
    polar = country("Polaria", box(-180.0, -90.0, 180.0, -70.0), "AQ")
    for direction in ("north", "east", "south-west", "central"):
        assert_well_formed(cardinal_part(polar, direction))


def test_part_of_a_point_falls_back_to_near(tripoli_point):
    part = cardinal_part(tripoli_point, "eastern")
    assert part.name == "eastern Tripoli"
    assert part.relation == "near" and part.precision == 2
    assert part.geometry.contains(Point(*TRIPOLI))


def test_part_of_an_empty_geometry_uses_the_centre():
    empty = Location("Somewhere", Polygon(), 15.0, 30.0, 3)
    part = cardinal_part(empty, "south")
    assert_well_formed(part)
    assert part.geometry.contains(Point(30.0, 15.0))


def test_part_of_a_city_disc_is_part_of_the_town(tripoli_disc):
    east = cardinal_part(tripoli_disc, "east")
    assert east.precision == 2 and east.relation == "part"
    assert east.lon > TRIPOLI[0]
    assert east.geometry.within(tripoli_disc.geometry.buffer(1e-9))


def test_cardinal_part_is_deterministic(libya):
    first = cardinal_part(libya, "south-west")
    second = cardinal_part(libya, "south-west")
    assert first.geometry.wkb == second.geometry.wkb
    assert (first.lat, first.lon) == (second.lat, second.lon)


def test_cardinal_part_rejects_bad_arguments(libya):
    with pytest.raises(ValueError, match="direction"):
        cardinal_part(libya, "upwards")
    with pytest.raises(TypeError, match="direction"):
        cardinal_part(libya, None)
    with pytest.raises(TypeError, match="anchor"):
        cardinal_part("Libya", "east")


# --- sector --------------------------------------------------------------


@pytest.mark.parametrize("anchor_name", ["tripoli_point", "tripoli_disc"])
def test_southern_suburbs_are_south_and_within_30_km(anchor_name, request):
    anchor = request.getfixturevalue(anchor_name)
    south = sector(anchor, "southern")
    assert south.name == "southern suburbs of Tripoli"
    assert (south.precision, south.relation) == (2, "sector")
    assert max(km_between(TRIPOLI, v) for v in vertices(south)) <= 30.5
    assert south.lat < TRIPOLI[1]
    assert south.geometry.bounds[3] < TRIPOLI[1]
    assert angle_gap(bearing_to(TRIPOLI, (south.lon, south.lat)), 180.0) < 5.0


def test_suburbs_start_about_at_the_city_edge(tripoli_disc):
    south = sector(tripoli_disc, "south")
    assert not south.geometry.contains(Point(*TRIPOLI))
    assert min(km_between(TRIPOLI, v) for v in vertices(south)) > 5.0
    assert max(km_between(TRIPOLI, v) for v in vertices(south)) >= 24.0


def test_sector_is_a_quarter_wedge(tripoli_disc):
    east = sector(tripoli_disc, "east")
    gaps = [angle_gap(bearing_to(TRIPOLI, v), 90.0) for v in vertices(east)]
    assert max(gaps) <= 46.0


def test_suburbs_to_the_south_of_phrase(tripoli_point):
    assert sector(tripoli_point, "to the south of").lat < TRIPOLI[1]


def test_outskirts_reach_further_than_suburbs(tripoli_disc):
    suburbs = sector(tripoli_disc, "west")
    outskirts = sector(tripoli_disc, "west", kind="outskirts")
    far = max(km_between(TRIPOLI, v) for v in vertices(outskirts))
    assert far > max(km_between(TRIPOLI, v) for v in vertices(suburbs))
    assert far <= 36.0
    assert outskirts.name == "western outskirts of Tripoli"


def test_suburbs_without_direction_are_a_full_ring(tripoli_disc):
    ring = sector(tripoli_disc, None)
    assert ring.name == "suburbs of Tripoli"
    assert not ring.geometry.contains(Point(*TRIPOLI))
    for bearing in (0, 90, 180, 270):
        lon, lat, _ = GEOD.fwd(*TRIPOLI, bearing, 18_000)
        assert ring.geometry.contains(Point(lon, lat))
    assert ring.geometry.covers(Point(ring.lon, ring.lat))


def test_sector_is_simple(tripoli_disc):
    assert len(vertices(sector(tripoli_disc, None))) < 300


def test_sector_rejects_bad_kind_and_direction(tripoli_point):
    with pytest.raises(ValueError, match="kind"):
        sector(tripoli_point, "south", kind="downtown")
    with pytest.raises(ValueError, match="direction"):
        sector(tripoli_point, "sideways")


# --- offset --------------------------------------------------------------


def test_27_km_west_of_tripoli(tripoli_point):
    west = offset(tripoli_point, "west", 27)
    assert west.name == "27 km west of Tripoli"
    assert (west.precision, west.relation) == (2, "offset")
    assert 22.0 <= km_between(TRIPOLI, (west.lon, west.lat)) <= 32.0
    assert angle_gap(bearing_to(TRIPOLI, (west.lon, west.lat)), 270.0) < 2.0
    assert west.geometry.contains(Point(west.lon, west.lat))


def test_offset_disc_is_honest_about_uncertainty(tripoli_point):
    west = offset(tripoli_point, "W", 27)
    radius = max(km_between((west.lon, west.lat), v) for v in vertices(west))
    assert 2.0 <= radius <= 0.15 * 27 + 0.5
    short = offset(tripoli_point, "W", 3)
    assert max(km_between((short.lon, short.lat), v) for v in vertices(short)) >= 1.95


def test_offset_in_miles(tripoli_point):
    out = offset(tripoli_point, "north-east", parse_distance("10 miles"))
    assert km_between(TRIPOLI, (out.lon, out.lat)) == pytest.approx(16.09, abs=0.2)
    assert angle_gap(bearing_to(TRIPOLI, (out.lon, out.lat)), 45.0) < 2.0


def test_offset_reads_distance_text_with_units(tripoli_point):
    by_text = offset(tripoli_point, "east", "15 miles")
    assert km_between(TRIPOLI, (by_text.lon, by_text.lat)) == pytest.approx(24.14, abs=0.2)
    assert by_text.name == "24.1 km east of Tripoli"


@pytest.mark.parametrize("direction,bearing", [("N", 0.0), ("south-eastern", 135.0),
                                               ("northwest", 315.0), (200, 200.0), (-90.0, 270.0)])
def test_offset_accepts_words_abbreviations_and_bearings(tripoli_point, direction, bearing):
    out = offset(tripoli_point, direction, 40)
    assert angle_gap(bearing_to(TRIPOLI, (out.lon, out.lat)), bearing) < 2.0


def test_south_of_tripoli_without_distance_is_an_area(tripoli_disc):
    south = offset(tripoli_disc, "south")
    assert south.name == "south of Tripoli" and south.precision == 2
    assert south.is_area
    distances = [km_between(TRIPOLI, v) for v in vertices(south)]
    assert 40.0 <= max(distances) <= 50.5
    assert min(distances) >= 10.0  # starts at the city's edge
    assert south.geometry.bounds[3] < TRIPOLI[1]


def test_offset_from_a_country_runs_from_its_border(rough_libya):
    out = offset(rough_libya, "south", 100)
    assert not out.geometry.intersects(ROUGH_LIBYA)
    border = ROUGH_LIBYA.exterior.intersection(shapely.LineString([(out.lon, 10), (out.lon, 40)]))
    border_lat = min(y for _, y in shapely.get_coordinates(border))
    assert km_between((out.lon, border_lat), (out.lon, out.lat)) == pytest.approx(100.0, abs=1.0)


def test_offset_rejects_bad_arguments(tripoli_point):
    with pytest.raises(ValueError, match="km"):
        offset(tripoli_point, "west", -3)
    with pytest.raises(ValueError, match="km"):
        offset(tripoli_point, "west", "27")
    with pytest.raises(TypeError, match="km"):
        offset(tripoli_point, "west", [27])
    with pytest.raises(ValueError, match="direction"):
        offset(tripoli_point, "central", 5)
    with pytest.raises(TypeError, match="direction"):
        offset(tripoli_point, None, 5)


# --- between -------------------------------------------------------------


def test_between_tripoli_and_misrata(tripoli_disc, misrata):
    corridor = between(tripoli_disc, misrata)
    assert corridor.name == "between Tripoli and Misrata"
    assert (corridor.precision, corridor.relation) == (2, "between")
    assert TRIPOLI[0] < corridor.lon < MISRATA[0]
    assert not corridor.geometry.contains(Point(*TRIPOLI))
    assert not corridor.geometry.contains(Point(*MISRATA))
    mid_lon, mid_lat = GEOD.npts(*TRIPOLI, *MISRATA, 1)[0]
    assert corridor.geometry.contains(Point(mid_lon, mid_lat))


def test_between_is_a_narrow_corridor(tripoli_point, misrata):
    corridor = between(tripoli_point, misrata)
    length = km_between(TRIPOLI, MISRATA)
    mid = GEOD.npts(*TRIPOLI, *MISRATA, 1)[0]
    widest = max(km_between(mid, v) for v in vertices(corridor))
    assert widest <= length / 2 + 16.0
    assert corridor.geometry.area < 0.5 * box(*corridor.geometry.bounds).area + 1e-9


def test_between_the_same_place_is_near_it(tripoli_point):
    same = between(tripoli_point, tripoli_point)
    assert same.relation == "between"
    assert same.geometry.contains(Point(*TRIPOLI))


def test_between_overlapping_places_keeps_the_middle(rough_libya, tripoli_point):
    corridor = between(rough_libya, tripoli_point)
    assert_well_formed(corridor)
    assert corridor.precision == 3


def test_between_across_the_antimeridian():
    suva = Location("Suva", Point(178.44, -18.14), -18.14, 178.44, 1)
    apia = Location("Apia", Point(-171.76, -13.83), -13.83, -171.76, 1)
    corridor = between(suva, apia)
    assert_well_formed(corridor)
    assert corridor.geometry.bounds[0] >= -180.0
    assert corridor.geometry.intersects(box(179.0, -20.0, 180.0, -10.0))


def test_between_rejects_non_locations(tripoli_point):
    with pytest.raises(TypeError, match="b"):
        between(tripoli_point, (15.09, 32.38))


# --- near ----------------------------------------------------------------


def test_near_default_scales_with_size(tripoli_point, tripoli_disc):
    village = max(km_between(TRIPOLI, v) for v in vertices(near(tripoli_point)))
    city = max(km_between(TRIPOLI, v) for v in vertices(near(tripoli_disc)))
    assert 10.0 <= village <= 15.0
    assert 20.0 <= city <= 30.0


def test_near_with_distance(tripoli_point):
    around = near(tripoli_point, 5)
    radius = max(km_between(TRIPOLI, v) for v in vertices(around))
    assert radius == pytest.approx(5.0, rel=0.02)
    assert (around.name, around.precision, around.relation) == ("near Tripoli", 2, "near")
    assert (around.lat, around.lon) == pytest.approx((TRIPOLI[1], TRIPOLI[0]))


def test_near_a_country_is_a_larger_region(rough_libya):
    around = near(rough_libya)
    assert around.precision == 3
    assert around.geometry.contains(ROUGH_LIBYA)


def test_near_an_anchor_with_empty_geometry():
    anchor = Location("Hamlet", Point(), 12.0, 43.0, 1)
    assert_well_formed(near(anchor))


def test_near_an_anchor_with_nothing_raises():
    anchor = Location("Nowhere", Point(), float("nan"), float("nan"), 1)
    with pytest.raises(ValueError, match="anchor"):
        near(anchor)


# --- poles, antimeridian, determinism -------------------------------------


@pytest.mark.parametrize("lon,lat", [(179.95, -16.5), (-179.99, 65.0), (0.0, 89.99),
                                     (45.0, 90.0), (0.0, -90.0), (180.0, 10.0), (-180.0, 0.0)])
def test_awkward_anchors_give_valid_shapes(lon, lat):
    anchor = Location("X", Point(lon, lat), lat, lon, 1)
    for loc in (near(anchor), sector(anchor, "south"), sector(anchor, None),
                offset(anchor, "north", 100), offset(anchor, "east"), cardinal_part(anchor, "east")):
        assert_well_formed(loc)


def test_disc_round_the_pole_covers_the_pole():
    anchor = Location("Station", Point(0.0, 89.95), 89.95, 0.0, 1)
    assert near(anchor, 20).geometry.covers(Point(120.0, 90.0))


def test_shape_across_antimeridian_is_split_not_smeared():
    anchor = Location("Taveuni", Point(179.97, -16.8), -16.8, 179.97, 1)
    around = near(anchor, 20)
    assert around.geometry.geom_type == "MultiPolygon"
    assert around.geometry.area < 1.0  # not a band round the world


def test_same_input_gives_identical_wkb(tripoli_disc, misrata):
    for make in (lambda: sector(tripoli_disc, "south"), lambda: offset(tripoli_disc, "west", 27),
                 lambda: offset(tripoli_disc, "west"), lambda: between(tripoli_disc, misrata),
                 lambda: near(tripoli_disc)):
        assert make().geometry.wkb == make().geometry.wkb


# --- properties ------------------------------------------------------------

lons = st.floats(-180.0, 180.0, allow_nan=False)
lats = st.floats(-90.0, 90.0, allow_nan=False)
directions = st.sampled_from(["north", "NE", "east-south-east", "southern", "the west",
                              "north-western", "S", 12.5, 301.0])
distances = st.one_of(st.none(), st.floats(0.0, 2000.0, allow_nan=False))


@st.composite
def anchors(draw):
    lon, lat = draw(lons), draw(lats)
    kind = draw(st.sampled_from(["point", "disc", "box", "archipelago"]))
    if kind == "point":
        geom = Point(lon, lat)
    elif kind == "archipelago":  # scattered islands, possibly across the antimeridian
        spots = draw(st.lists(st.tuples(st.floats(-179.5, 179.0), st.floats(-89.0, 88.5)),
                              min_size=1, max_size=4))
        geom = MultiPolygon([box(x, y, x + 0.5, y + 0.5) for x, y in spots])
        geom = geom if geom.is_valid else shapely.make_valid(geom)
    elif kind == "disc":
        geom = city_extent(lon, lat, draw(st.integers(0, 30_000_000)))
    else:
        w, h = draw(st.floats(0.05, 20.0)), draw(st.floats(0.05, 15.0))
        x0 = max(-180.0, min(lon, 180.0 - w))
        y0 = max(-90.0, min(lat, 90.0 - h))
        geom = box(x0, y0, x0 + w, y0 + h)
    centre = geom.representative_point() if kind != "point" else geom
    return Location("Anchor", geom, centre.y, centre.x, draw(st.sampled_from([1, 2, 3])))


FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(anchor=anchors(), direction=directions, km=distances)
def test_property_offset_never_raises_and_is_well_formed(anchor, direction, km):
    assert_well_formed(offset(anchor, direction, km))


@FAST
@given(anchor=anchors(), direction=st.one_of(st.none(), directions),
       kind=st.sampled_from(["suburbs", "outskirts"]))
def test_property_sector_is_well_formed(anchor, direction, kind):
    assert_well_formed(sector(anchor, direction, kind=kind))


@FAST
@given(anchor=anchors(), direction=st.sampled_from(["north", "south-east", "west", "central",
                                                    "north-western", "E"]))
def test_property_cardinal_part_is_well_formed(anchor, direction):
    assert_well_formed(cardinal_part(anchor, direction))


@FAST
@given(a=anchors(), b=anchors())
def test_property_between_is_well_formed(a, b):
    assert_well_formed(between(a, b))


@FAST
@given(anchor=anchors(), km=distances)
def test_property_near_is_well_formed_and_holds_the_anchor_centre(anchor, km):
    around = near(anchor, km)
    assert_well_formed(around)
    if km is None or km >= 1.0:
        assert around.geometry.buffer(1e-6).covers(Point(anchor.lon, anchor.lat))


@FAST
@given(lon=lons, lat=lats, km=st.floats(0.5, 500.0), direction=directions)
def test_property_offset_distance_is_true_on_the_ellipsoid(lon, lat, km, direction):
    anchor = Location("P", Point(lon, lat), lat, lon, 1)
    out = offset(anchor, direction, km)
    got = km_between((lon, lat), (out.lon, out.lat))
    if out.geometry.covers(Point(out.lon, out.lat)) and abs(lat) < 89.0:
        assert got == pytest.approx(km, rel=0.02, abs=0.05)
