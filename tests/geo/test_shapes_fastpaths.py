"""The shortcuts geo.shapes takes on its way back to lon/lat give, bit for bit,
what the calls they stand for give."""
from __future__ import annotations

import numpy as np
import shapely
from shapely import affinity
from shapely.geometry import Polygon, box

from geo import shapes


def _same(a, b) -> bool:
    return shapely.to_wkb(a) == shapely.to_wkb(b)


def test_unwrap_matches_numpy_bit_for_bit():
    rng = np.random.default_rng(7)
    cases = [
        np.deg2rad(np.array([10.0, 10.5, 11.0, 10.0])),
        np.deg2rad(np.array([-0.0, 0.0, -0.0, 1.0])),  # signed zeros
        np.deg2rad(np.array([179.0, -179.5, -178.0, 179.9])),  # jumps over the antimeridian
        np.array([0.0, np.nan, 1.0]),
        np.array([1.0]),
        np.array([0.0, np.pi, 0.0]),  # a step of exactly pi is left to numpy
    ]
    cases += [np.deg2rad(rng.uniform(-180, 180, size=n)) for n in (2, 5, 33, 200)]
    cases += [np.deg2rad(np.cumsum(rng.uniform(-3, 3, size=50)) + 170.0) for _ in range(20)]
    for p in cases:
        got, want = shapes._unwrap(p.copy()), np.unwrap(p.copy())
        assert got.dtype == want.dtype
        assert got.tobytes() == want.tobytes(), p


def test_clip_matches_numpy():
    for x in (-200.0, -180.0, -0.0, 0.0, 12.5, 180.0, 181.0, float("nan"), np.float64(95.0)):
        got, want = float(shapes._clip(x, -90.0, 90.0)), float(np.clip(x, -90.0, 90.0))
        assert np.array([got]).tobytes() == np.array([want]).tobytes()


def test_lone_polygon_union_is_what_geos_gives():
    polys = [
        shapely.Point(13.2, 32.9).buffer(0.1, quad_segs=8),
        Polygon([(1, 0), (1, 1), (0, 1), (0, 0), (1, 0)]),
        Polygon([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)]),  # invalid
        box(0, 0, 4, 4).difference(box(1, 1, 2, 2)),
    ]
    for p in polys:
        assert _same(shapes._union([p]), shapely.unary_union([p]))
    two = [box(0, 0, 2, 2), box(1, 1, 3, 3)]
    assert _same(shapes._union(two), shapely.unary_union(two))
    multi = [shapely.MultiPolygon([box(0, 0, 1, 1), box(2, 2, 3, 3)])]
    assert _same(shapes._union(multi), shapely.unary_union(multi))


def test_split_keeps_translate_semantics_for_zero_coordinates():
    # a shape touching lon 0 / lat 0: translate(xoff=0) turns -0.0 into 0.0, and so must the split
    for geom in (box(-0.0, -0.0, 1.0, 1.0), box(-1.0, -1.0, 1.0, 1.0), box(10.0, 10.0, 11.0, 11.0),
                 box(170.0, 10.0, 190.0, 11.0)):
        parts = []
        minx, _, maxx, _ = geom.bounds
        for k in (-2, -1, 0, 1, 2):
            lo, hi = -180.0 + 360.0 * k, 180.0 + 360.0 * k
            if maxx < lo or minx > hi:
                continue
            part = geom.intersection(box(lo, -90.0, hi, 90.0))
            if not part.is_empty:
                parts.append(affinity.translate(part, xoff=-360.0 * k))
        want = shapes._clean(shapely.unary_union(parts))
        assert _same(shapes._split_antimeridian(geom), want)


def test_unproject_near_antimeridian_and_pole_stays_valid():
    for lon, lat in ((179.9, -17.8), (-179.9, 65.0), (0.0, 89.9), (-0.0, -0.0), (172.9, 1.4)):
        frame = shapes._Frame(lon, lat)
        out = frame.unproject(shapes._disc(0.0, 0.0, 50_000.0))
        assert out.is_valid and not out.is_empty
        x0, y0, x1, y1 = out.bounds
        assert -180.0 <= x0 <= x1 <= 180.0 and -90.0 <= y0 <= y1 <= 90.0


def test_array_transform_matches_pyproj_bit_for_bit():
    rng = np.random.default_rng(3)
    for lon0, lat0 in ((13.19, 32.88), (179.95, -17.7), (-179.9, 66.5), (0.0, 89.9)):
        frame = shapes._Frame(lon0, lat0)
        lon = rng.uniform(lon0 - 20, lon0 + 20, size=40)
        lat = np.clip(rng.uniform(lat0 - 10, lat0 + 10, size=40), -90, 90)
        coords = np.column_stack([lon, lat])
        got = shapes._transform_arrays(frame.fwd, coords[:, 0], coords[:, 1])  # strided views
        want = frame.fwd.transform(coords[:, 0], coords[:, 1])
        assert all(np.asarray(g).tobytes() == np.asarray(w).tobytes() for g, w in zip(got, want))
        back = shapes._transform_arrays(frame.fwd, got[0], got[1], "INVERSE")
        want_back = frame.inv.transform(want[0], want[1])
        assert all(np.asarray(g).tobytes() == np.asarray(w).tobytes() for g, w in zip(back, want_back))
        assert coords[0, 0] == lon[0]  # inputs untouched


def test_project_memo_gives_what_projecting_gives():
    frame = shapes._Frame(13.19, 32.88)
    geom = shapely.Point(13.19, 32.88).buffer(0.2)
    first = frame.project(geom)
    assert frame.project(geom) is first
    assert _same(first, frame._project(geom))
    other = shapely.Point(13.19, 32.88).buffer(0.3)
    assert not _same(frame.project(other), first)
    assert _same(shapes._Frame(13.19, 32.88).project(geom), first)


def test_disc_share_test_answers_what_the_overlay_answers():
    # discs, star-shaped polygons, a disc with a hole, scattered parts; centres inside and off
    rng = np.random.default_rng(11)
    assert shapes._DISC_SHORTCUTS
    bodies = []
    for i in range(120):
        cx, cy = (rng.uniform(-2e6, 2e6, 2) if i % 2 else (0.0, 0.0))
        radius = 10 ** rng.uniform(2, 6.5)
        kind = i % 4
        if kind == 0:
            body = shapes._disc(cx, cy, radius)
        elif kind == 1:
            k = int(rng.integers(5, 60))
            ang = np.sort(rng.uniform(0, 2 * np.pi, k))
            rad = radius * rng.uniform(0.3, 1.0, k)
            body = shapes._clean(Polygon(np.column_stack([cx + rad * np.cos(ang), cy + rad * np.sin(ang)])))
        elif kind == 2:
            hole = shapes._disc(cx + radius * rng.uniform(-0.5, 0.5), cy, radius * rng.uniform(0.05, 0.4))
            body = shapes._clean(shapes._disc(cx, cy, radius).difference(hole))
        else:
            body = shapes._clean(shapely.unary_union([
                shapes._disc(cx + radius * rng.uniform(-3, 3), cy + radius * rng.uniform(-3, 3),
                             radius * rng.uniform(0.1, 1.0)) for _ in range(3)]))
        bodies.append(body)
    for i, body in enumerate(bodies):
        centre = shapes._centre_of(body)
        if i % 3 == 0:
            centre = (centre[0] + float(rng.normal()) * 1e3, centre[1])
        target = shapes._CENTRAL_SHARE * body.area
        below = shapes._disc_share_test(body, centre, target)
        far = float(np.hypot(*(shapely.get_coordinates(body) - centre).T).max())
        radii = list(far * rng.uniform(0, 1.6, 15)) + [far * 0.3 ** 0.5, far, far / np.cos(np.pi / 32), 0.0]
        for r in radii:
            want = body.intersection(shapes._disc(centre[0], centre[1], r)).area < target
            assert below(r) == want, (i, r)


def test_disc_area_is_the_regular_polygon_area():
    for r in (1.0, 2000.0, 9e6):
        assert abs(shapes._disc(0.0, 0.0, r).area - shapes._DISC_AREA * r * r) <= 1e-12 * r * r


def _random_place(rng, lon, lat, kind):
    from geo.location import Location

    if kind == 0:
        return Location("p", shapely.Point(lon, lat), lat, lon, 1)
    if kind == 1:
        return Location("c", shapes.city_extent(lon, lat, float(10 ** rng.uniform(2, 7))), lat, lon, 1)
    r = 10 ** rng.uniform(-2, 0.7)
    k = int(rng.integers(4, 40))
    ang = np.sort(rng.uniform(0, 2 * np.pi, k))
    rad = r * rng.uniform(0.3, 1.0, k)
    geom = shapes._clean(Polygon(np.column_stack([lon + rad * np.cos(ang),
                                                  np.clip(lat + rad * np.sin(ang), -89.9, 89.9)])))
    return Location("q", geom if not geom.is_empty else shapely.Point(lon, lat), lat, lon, 2)


def test_corridor_span_is_what_the_overlay_gives():
    # towns (points, city discs) and areas of 0.01 to 5 degrees, 1 km to 3,000 km apart,
    # some across the antimeridian: the fast answer (0.1, 0.9) is the overlay's, bit for bit
    rng = np.random.default_rng(5)
    fast = 0
    for t in range(600):
        lon, lat = rng.uniform(-180, 180), rng.uniform(-85, 85)
        if t % 10 == 0:
            lon = float(rng.choice([-1, 1]) * rng.uniform(178, 180))
        d, th = 10 ** rng.uniform(-2, 1.5), rng.uniform(0, 2 * np.pi)
        lon2 = ((lon + d * np.cos(th) / max(np.cos(np.radians(lat)), 0.05) + 180) % 360) - 180
        lat2 = float(np.clip(lat + d * np.sin(th), -89, 89))
        a, b = _random_place(rng, lon, lat, t % 3), _random_place(rng, lon2, lat2, (t // 3) % 3)
        _, _, dist = shapes._GEOD.inv(a.lon, a.lat, b.lon, b.lat)
        if dist < 1000.0:
            continue
        mlon, mlat = shapes._GEOD.npts(a.lon, a.lat, b.lon, b.lat, 1)[0]
        frame = shapes._Frame(mlon, mlat)
        segment = shapely.LineString([frame.fwd.transform(a.lon, a.lat), frame.fwd.transform(b.lon, b.lat)])
        got = shapes._corridor_span(frame, segment, a, b)
        assert got == shapes._corridor_span_overlay(frame, segment, a, b), t
        fast += shapes._anchor_reach(frame, a, segment.coords[0]) < 0.1 * segment.length * (1 - 1e-6) - 1e-3
    assert fast > 100  # the shortcut is taken


def test_anchor_reach_bounds_the_projected_anchor():
    rng = np.random.default_rng(9)
    for t in range(300):
        lon, lat = rng.uniform(-180, 180), rng.uniform(-80, 80)
        anchor = _random_place(rng, lon, lat, t % 3)
        frame = shapes._Frame(lon + rng.uniform(-3, 3), lat + rng.uniform(-3, 3))
        centre = frame.fwd.transform(lon, lat)
        reach = shapes._anchor_reach(frame, anchor, centre)
        pts = shapely.get_coordinates(shapes._anchor_in(frame, anchor))
        assert np.hypot(pts[:, 0] - centre[0], pts[:, 1] - centre[1]).max() <= reach


def test_overlay_ring_is_the_window_intersection():
    # valid polygons inside the window, both orientations, repeated and collinear vertices
    rng = np.random.default_rng(3)
    window = box(-180.0, -90.0, 180.0, 90.0)
    assert shapes._OVERLAY_RING_OK
    for t in range(800):
        cx, cy = rng.uniform(-170, 170), rng.uniform(-80, 80)
        r = 10 ** rng.uniform(-4, 0.9)
        k = int(rng.integers(3, 50))
        ang = np.sort(rng.uniform(0, 2 * np.pi, k))
        rad = r * rng.uniform(0.2, 1.0, k)
        pts = np.column_stack([cx + rad * np.cos(ang), cy + rad * np.sin(ang)])
        if t % 3 == 1:  # repeated vertices
            pts = pts[np.sort(np.concatenate([np.arange(k), rng.integers(0, k, 2)]))]
        elif t % 3 == 2:  # collinear midpoints
            pts = np.insert(pts, np.arange(1, k), (pts[:-1] + pts[1:]) / 2.0, axis=0)
        poly = Polygon(pts)
        if t % 2:
            poly = poly.reverse()
        if not poly.is_valid or poly.area <= 0:
            continue
        ring = shapes._overlay_ring(shapely.get_coordinates(poly))
        assert ring is not None
        assert _same(shapely.polygons(ring), poly.intersection(window)), t


def test_unproject_fast_path_gives_the_general_path(monkeypatch):
    # discs, star polygons, corridors, wedges, at random frames incl. near the antimeridian,
    # the poles and lon/lat 0: the same bits with the shortcut as without it
    rng = np.random.default_rng(0)
    cases = []
    for t in range(700):
        lon, lat = rng.uniform(-180, 180), rng.uniform(-90, 90)
        if t % 7 == 0:
            lon = float(rng.choice([-1, 1]) * rng.uniform(170, 180))
        if t % 11 == 0:
            lat = float(rng.choice([-1, 1]) * rng.uniform(80, 90))
        if t % 13 == 0:
            lon, lat = float(rng.choice([0.0, -0.0, 0.01])), float(rng.choice([0.0, 0.02, -0.0]))
        radius = 10 ** rng.uniform(2.5, 6.7)
        cx, cy = rng.normal(0, radius, 2) * (t % 2)
        kind = t % 4
        if kind == 0:
            geom = shapes._disc(cx, cy, radius)
        elif kind == 1:
            k = int(rng.integers(3, 60))
            ang = np.sort(rng.uniform(0, 2 * np.pi, k))
            rad = radius * rng.uniform(0.2, 1.0, k)
            geom = shapes._clean(Polygon(np.column_stack([cx + rad * np.cos(ang), cy + rad * np.sin(ang)])))
        elif kind == 2:
            geom = shapely.LineString([(cx, cy), (cx + radius, cy + radius * rng.normal())]).buffer(
                radius / 10, quad_segs=8, cap_style="flat")
        else:
            geom = shapes._clean(shapes._disc(cx, cy, radius).intersection(
                shapes._wedge(rng.uniform(0, 360), 3 * radius)))
        if t % 3 == 0:
            geom = geom.reverse()
        if not geom.is_empty:
            cases.append((shapes._Frame(lon, lat), geom))
    fast = [shapely.to_wkb(frame.unproject(geom)) for frame, geom in cases]
    monkeypatch.setattr(shapes, "_OVERLAY_RING_OK", False)
    slow = [shapely.to_wkb(frame.unproject(geom)) for frame, geom in cases]
    assert fast == slow


def test_unshared_frame_projects_the_same_and_stays_out_of_the_cache():
    lon, lat = 21.123456789, -33.987654321
    before = shapes._transformers.cache_info().currsize
    alone = shapes._Frame(lon, lat, shared=False)
    assert shapes._transformers.cache_info().currsize == before
    shared = shapes._Frame(lon, lat)
    disc = shapes._disc(1000.0, -2000.0, 15_000.0)
    assert _same(alone.unproject(disc), shared.unproject(disc))
    assert alone.fwd.transform(lon + 0.5, lat) == shared.fwd.transform(lon + 0.5, lat)


def _drawn(loc):
    """A shape function's Location, drawn now (they draw when first read)."""
    assert loc.geometry is not None
    return loc


def test_cardinal_parts_of_one_area_read_it_once_and_give_the_same():
    from geo.location import Location

    outline = Polygon([(10, 20), (25, 21), (24, 33), (11, 32), (12, 26), (10, 20)])
    area = Location("Testland", outline, 26.5, 17.5, 3, place_id="country:TL")
    wanted = {}
    for direction in ("east", "north-east", "central", "south", "west"):
        shapes._AREAS.clear()
        wanted[direction] = _drawn(shapes.cardinal_part(area, direction))
    shapes._AREAS.clear()
    got = {direction: _drawn(shapes.cardinal_part(area, direction)) for direction in wanted}
    assert len(shapes._AREAS) == 1
    for direction, loc in got.items():
        want = wanted[direction]
        assert _same(loc.geometry, want.geometry)
        assert (loc.name, loc.lat, loc.lon, loc.precision) == (want.name, want.lat, want.lon, want.precision)
