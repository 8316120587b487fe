"""The shortcuts geo.shapes takes when it draws a shape (one-point PROJ calls, the direct
GEOS buffer, the shell brought back in one array, memoised anchors and wedges) give, bit
for bit, what the calls they stand for give."""
from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, Point, Polygon

from geo import shapes
from geo.location import Location


def _same(a, b) -> bool:
    return shapely.to_wkb(a) == shapely.to_wkb(b)


def _bits(*values) -> bytes:
    return np.array(values, dtype=float).tobytes()


_CENTRES = ((13.19, 32.88), (179.95, -17.7), (-179.9, 66.5), (0.0, 89.9), (-0.0, -0.0), (35.2, -89.5), (-74.0, 40.7))


@pytest.mark.parametrize("single", [True, False])
def test_one_point_transform_is_the_array_call(single):
    rng = np.random.default_rng(11)
    for lon0, lat0 in _CENTRES:
        tr = shapes._Aeqd(lat0, lon0, single)
        lon = np.concatenate([rng.uniform(-180, 180, 30), [lon0, -0.0, 0.0, 180.0, -180.0]])
        lat = np.concatenate([rng.uniform(-90, 90, 30), [lat0, 0.0, -0.0, 90.0, -90.0]])
        x = np.concatenate([rng.uniform(-2e7, 2e7, 30), [0.0, -0.0, 1e-3, 2.5e7, -1.0]])
        y = np.concatenate([rng.uniform(-2e7, 2e7, 30), [0.0, 0.0, -0.0, 0.0, 9.9e6]])
        for (a, b), way in (((lon, lat), "FORWARD"), ((x, y), "INVERSE")):
            for i in range(len(a)):
                pa, pb = float(a[i]), float(b[i])
                want = shapes._transform_arrays(tr, np.array((pa, pa)), np.array((pb, pb)), way)
                got = shapes._transform_point(tr, pa, pb, way)
                assert type(got[0]) is float and type(got[1]) is float
                assert _bits(*got) == _bits(want[0][0], want[1][0]), (lon0, lat0, way, pa, pb)
                assert _bits(*tr.transform(pa, pb, way)) == _bits(*got)


def test_forward_arrays_are_the_public_call():
    rng = np.random.default_rng(5)
    for lon0, lat0 in _CENTRES:
        frame = shapes._Frame(lon0, lat0)
        coords = np.column_stack([rng.uniform(-180, 180, 25), rng.uniform(-90, 90, 25)])
        got = shapes._transform_arrays(frame.fwd, coords[:, 0], coords[:, 1])  # strided views
        want = frame.fwd.tr.transform(coords[:, 0] * shapes._DEG_TO_RAD, coords[:, 1] * shapes._DEG_TO_RAD,
                                      radians=True) if frame.fwd.single else \
            frame.fwd.tr.transform(coords[:, 0], coords[:, 1])
        assert all(np.asarray(g).tobytes() == np.asarray(w).tobytes() for g, w in zip(got, want))


def test_direct_buffer_is_the_public_buffer():
    assert shapes._FAST_BUFFER  # else every buffer takes the public call, and this proves nothing
    rng = np.random.default_rng(2)
    geoms = [Point(0.0, 0.0), Point(1.5e5, -2.5e6), LineString([(0, 0), (1e5, 2e4)]),
             Point(0.0, 0.0).buffer(3000.0), Polygon([(0, 0), (0, 5e4), (5e4, 5e4), (5e4, 0)]),
             Point(1e4, 1e4).buffer(2e4).difference(Point(1e4, 1e4).buffer(5e3))]
    for _ in range(20):
        cx, cy, r = rng.uniform(-3e6, 3e6), rng.uniform(-3e6, 3e6), rng.uniform(100, 5e4)
        geoms.append(Point(cx, cy).buffer(r, quad_segs=8))
        geoms.append(LineString(rng.uniform(-1e5, 1e5, size=(2, 2))))
    for g in geoms:
        for dist in (25_000.0, 2000.0, -1500.0, 0.0, float(rng.uniform(1, 5e4))):
            for cap in ("round", "flat"):
                assert _same(shapes._buffer(g, dist, cap), g.buffer(dist, quad_segs=shapes._QUAD_SEGS, cap_style=cap))
    with pytest.raises(ValueError):
        shapes._buffer(Point(0, 0), float("nan"))


def _overlay_ring_reference(pts):
    """_overlay_ring as it was before it took the ring's bounds."""
    same = (pts[1:] == pts[:-1]).all(axis=1)
    if same.any():
        pts = pts[np.concatenate(([True], ~same))]
    if len(pts) < 4:
        return None
    x, y = pts[:, 0] - pts[0, 0], pts[:, 1] - pts[0, 1]
    twice = float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))
    if not abs(twice) > 1e-9 * float(np.abs(x).max() + np.abs(y).max()) ** 2:
        return None
    if twice > 0:
        pts = pts[::-1]
    out = np.empty(pts.shape)
    out[:-1] = pts[1:]
    out[-1] = pts[1]
    return out


def test_overlay_ring_is_what_it_was():
    rng = np.random.default_rng(23)
    rings = []
    for _ in range(300):
        n = int(rng.integers(3, 70))
        cx, cy, r = rng.uniform(-179, 179), rng.uniform(-89, 89), 10.0 ** rng.uniform(-9, 1)
        a = np.sort(rng.uniform(0, 2 * np.pi, n))
        if rng.random() < 0.5:
            a = a[::-1]
        pts = np.column_stack([cx + r * np.cos(a), cy + r * np.sin(a)])
        if rng.random() < 0.3:  # repeated vertices
            k = int(rng.integers(0, n))
            pts = np.insert(pts, k, pts[k], axis=0)
        if rng.random() < 0.2:  # (nearly) flat: orientation in doubt
            pts[:, 1] = cy + (pts[:, 1] - cy) * 10.0 ** rng.uniform(-14, -6)
        rings.append(np.vstack([pts, pts[:1]]))
    rings.append(np.array([(1.5, 1.5), (2.5, 1.5), (2.5, 2.5), (2.0, 2.5), (2.0, 2.5), (1.5, 2.5), (1.5, 1.5)]))
    for pts in rings:
        want = _overlay_ring_reference(pts)
        bounds = (*pts.min(axis=0).tolist(), *pts.max(axis=0).tolist())
        for got in (shapes._overlay_ring(pts), shapes._overlay_ring(pts, bounds), shapes._overlay_ring(pts.T.copy().T, bounds)):
            assert (got is None) == (want is None)
            if got is not None:
                assert got.tobytes() == want.tobytes() and got.shape == want.shape


def _shell_back_reference(frame, ring):
    """_Frame._shell_back_inside as it was before it worked in one (2, n) array
    (its long-edged rings through _ring_lonlat)."""
    coords = shapely.get_coordinates(ring)
    n = len(coords)
    d = coords[1:] - coords[:-1]
    d *= d
    edge2 = d[:, 0] + d[:, 1]
    if 4 <= n <= 257 and edge2.min() > 0.0 and edge2.max() < shapes._SHORT_EDGE2:
        lon, lat = shapes._transform_arrays(frame.fwd, coords[:, 0], coords[:, 1], "INVERSE")
        lon = np.rad2deg(shapes._unwrap(np.deg2rad(lon)))
    else:
        lon, lat = frame._ring_lonlat(ring)
        n = len(lon)
        if n < 4:
            return None
    pts = np.empty((n, 2))
    pts[:, 0] = lon
    pts[:, 1] = lat
    (west, south), (east, north) = pts.min(axis=0), pts.max(axis=0)
    if not (west > -180.0 and west > frame.lon - 180.0 and east < 180.0 and east < frame.lon + 180.0
            and south > -90.0 and north < 90.0):
        return None
    if abs(lon[-1] - lon[0]) > 180.0 or not pts.all():
        return None
    ring_pts = _overlay_ring_reference(pts)
    if ring_pts is None:
        return None
    poly = shapely.polygons(ring_pts)
    if not poly.is_valid or not poly.area > 0:
        return None
    return poly


def test_shell_back_is_what_it_was():
    rng = np.random.default_rng(17)
    rings = []
    for _ in range(40):
        r = rng.uniform(500, 90_000)
        cx, cy = rng.uniform(-2e5, 2e5, size=2)
        rings.append(shapes._disc(cx, cy, r))
        rings.append(shapes._disc(cx, cy, r).buffer(r / 3, quad_segs=8))
        rings.append(shapes._buffer(LineString([(cx, cy), (cx + rng.uniform(-3e5, 3e5), cy + rng.uniform(-3e5, 3e5))]),
                                    r / 10, "flat"))
    rings.append(Polygon([(0, 0), (0, 1000), (1000, 1000), (1000, 1000), (1000, 0)]))  # a repeated vertex
    rings.append(Polygon([(0, 0), (1000, 1000), (1000, 0), (0, 1000)]))  # a bow tie
    rings.append(shapes._disc(0.0, 0.0, 3.0e6))  # long edges
    rings.append(shapes._disc(0.0, 0.0, 9.0e6))  # past a pole
    rings.append(shapely.box(-4e5, -2e4, 4e5, 2e4))  # long edges, few vertices (a corridor)
    rings.append(shapely.box(-4e5, -2e4, 4e5, 2e4).reverse())
    centres = [(13.19, 32.88), (179.99, -17.7), (-179.99, 10.0), (0.0, 0.01), (0.01, 0.0), (-0.0, -0.0),
               (44.0, 89.95), (-120.0, -89.95), (0.3, 51.5), (-0.2, 5.0)]
    checked = 0
    for lon0, lat0 in centres:
        frame = shapes._Frame(lon0, lat0)
        for poly in rings:
            ring = poly.exterior
            want = _shell_back_reference(frame, ring)
            for got in (frame._shell_back_inside(ring), frame._shell_back_inside(poly)):
                assert (got is None) == (want is None), (lon0, lat0)
                if got is not None:
                    assert _same(got, want), (lon0, lat0)
                    checked += 1
    assert checked > 200


def test_anchor_in_memo_gives_the_cleaned_projection():
    geom = shapely.Point(13.19, 32.88).buffer(0.2)
    anchor = Location("X", geom, 32.88, 13.19, 1)
    frame = shapes._Frame(13.19, 32.88)
    first = shapes._anchor_in(frame, anchor)
    assert shapes._anchor_in(frame, anchor) is first
    assert _same(first, shapes._clean(frame._project(geom)))
    other = shapes._Frame(13.5, 33.0)
    assert _same(shapes._anchor_in(other, anchor), shapes._clean(other._project(geom)))


def test_wedge_memo_gives_a_new_wedge_s_shape():
    for bearing in (0.0, -0.0, 45.0, 180.0, 337.5, 90):
        for radius in (1000.0, 90_500.0, 2.5e6):
            assert _same(shapes._wedge(bearing, radius), shapes._wedge.__wrapped__(bearing, radius))
