"""geo.shapes builds its local frames from the aeqd step alone and bounds a corridor end's
reach without projecting it: the same numbers, the same decisions as before."""
from __future__ import annotations

import math

import numpy as np
import shapely
from pyproj import Transformer

from geo import shapes
from geo.location import Location


def _pipeline(lat, lon):
    return Transformer.from_pipeline("+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
                                     f"+step +proj=aeqd +lat_0={lat!r} +lon_0={lon!r} +ellps=WGS84")


def _bytes(*arrays) -> bytes:
    return b"".join(np.asarray(a, dtype=float).tobytes() for a in arrays)


def test_single_step_frame_gives_the_pipeline_numbers():
    assert shapes._SINGLE_STEP and shapes._FAST_PROJ
    rng = np.random.default_rng(11)
    centres = [(0.0, 0.0), (90.0, 10.0), (-90.0, -170.0), (-0.0, 179.9999999), (33.5, -172.25)]
    centres += [(round(float(rng.uniform(-90, 90)), 7), round(float(rng.uniform(-180, 180)), 7)) for _ in range(40)]
    for lat0, lon0 in centres:
        ours, pipe = shapes._Aeqd(lat0, lon0), _pipeline(lat0, lon0)
        lon = np.concatenate([lon0 + rng.normal(0, 0.3, 30), rng.uniform(-200, 200, 30), [lon0, -0.0, 0.0]])
        lat = np.concatenate([np.clip(lat0 + rng.normal(0, 0.3, 30), -90, 90), rng.uniform(-90, 90, 30),
                              [lat0, -0.0, 90.0]])
        assert _bytes(*shapes._transform_arrays(ours, lon, lat)) == _bytes(*pipe.transform(lon, lat))
        assert _bytes(*ours.transform(lon, lat)) == _bytes(*pipe.transform(lon, lat))
        x = np.concatenate([rng.normal(0, 4e4, 30), rng.uniform(-2.5e7, 2.5e7, 30), [0.0, -0.0]])
        y = np.concatenate([rng.normal(0, 4e4, 30), rng.uniform(-2.5e7, 2.5e7, 30), [-0.0, 0.0]])
        want = pipe.transform(x, y, direction="INVERSE")
        assert _bytes(*shapes._transform_arrays(ours, x, y, "INVERSE")) == _bytes(*want)
        assert _bytes(*shapes._Inverse(ours).transform(x, y)) == _bytes(*want)
        for i in (0, 31, 60):  # one point: floats, as pyproj gives them
            got, exp = ours.transform(float(lon[i]), float(lat[i])), pipe.transform(float(lon[i]), float(lat[i]))
            assert [type(v) for v in got] == [float, float] and _bytes(got) == _bytes(exp)
            got = ours.transform(float(x[i]), float(y[i]), "INVERSE")
            assert _bytes(got) == _bytes(pipe.transform(float(x[i]), float(y[i]), direction="INVERSE"))


def test_pipeline_fallback_is_the_pipeline():
    ours = shapes._Aeqd(12.5, 45.0, single=False)
    lon, lat = np.array([44.0, 46.5, 45.0]), np.array([12.0, 13.1, 12.5])
    assert _bytes(*ours.transform(lon, lat)) == _bytes(*_pipeline(12.5, 45.0).transform(lon, lat))


def test_geodesic_bound_never_says_within_when_the_projection_does_not():
    rng = np.random.default_rng(5)
    decided = 0
    for i in range(1500):
        lon, lat = float(rng.uniform(-180, 180)), float(rng.uniform(-88, 88))
        g = shapes._city_extent(lon, lat, float(rng.choice([2.0, 5.0, 12.0, 25.0, 80.0])))
        if i % 3 == 0:  # stretched, off-centre outlines
            g = shapely.affinity.scale(g, rng.uniform(0.3, 3.0), rng.uniform(0.3, 3.0))
        anchor = Location("A", g, lat, lon, 1)
        dist = float(rng.choice([5, 30, 100, 400, 1500, 4000])) * 1000.0
        blon, blat, _ = shapes._GEOD.fwd(lon, lat, float(rng.uniform(0, 360)), dist)
        mlon, mlat = shapes._GEOD.npts(lon, lat, blon, blat, 1)[0]
        frame = shapes._Frame(mlon, mlat, shared=False)
        centre = frame.fwd.transform(lon, lat)
        exact = shapes._anchor_reach(frame, anchor, centre)
        for reach in (exact * 0.999, exact * 1.001, exact * 1.05, 0.1 * dist):
            got = shapes._reaches_below(frame, anchor, centre, reach)
            assert got == (exact < reach)
            decided += shapes._geodesic_radius(anchor) < math.inf
    assert decided > 1000


def test_geodesic_radius_is_inf_for_long_edges_and_points():
    box = Location("B", shapely.box(10.0, 10.0, 11.0, 11.0), 10.5, 10.5, 1)  # edges of one degree
    assert shapes._geodesic_radius(box) == math.inf
    point = Location("P", shapely.Point(10.0, 10.0), 10.0, 10.0, 1)
    assert shapes._geodesic_radius(point) == math.inf
    town = Location("T", shapes._city_extent(10.0, 10.0, 5.0), 10.0, 10.0, 1)
    assert 5000.0 <= shapes._geodesic_radius(town) < 5100.0


def test_substring_of_a_segment_is_shapely_substring():
    from shapely.geometry import LineString
    import shapely.ops

    rng = np.random.default_rng(2)
    spans = [(0.1, 0.9), (0.25, 0.75), (0.0, 0.5), (0.3, 1.0), (0.6, 0.4), (0.5, 0.5)]
    for i in range(3000):
        a = rng.normal(0, 10 ** rng.uniform(2, 6.5), 2)
        b = rng.normal(0, 10 ** rng.uniform(2, 6.5), 2)
        seg = LineString([a, b])
        start, stop = spans[i] if i < len(spans) else sorted(rng.uniform(0, 1, 2))
        want = shapely.ops.substring(seg, start, stop, normalized=True)
        assert shapely.to_wkb(shapes._substring(seg, seg.length, start, stop)) == shapely.to_wkb(want)
    three = LineString([(0, 0), (1, 0), (1, 5)])
    assert shapes._substring(three, three.length, 0.1, 0.9).equals(shapely.ops.substring(three, 0.1, 0.9, normalized=True))


def test_short_edge_rings_come_back_as_through_segmentize(monkeypatch):
    # rings of short edges skip _ring_lonlat's segmentize: the same bits as through it, also
    # with repeated vertices (segmentize drops them), at the antimeridian, poles and lon/lat 0
    from shapely.geometry import Polygon

    rng = np.random.default_rng(8)
    cases = []
    for t in range(900):
        lon, lat = float(rng.uniform(-180, 180)), float(rng.uniform(-89, 89))
        if t % 7 == 0:
            lon = float(rng.choice([-1, 1]) * rng.uniform(179, 180))
        if t % 11 == 0:
            lat = float(rng.choice([-1, 1]) * rng.uniform(88, 90))
        if t % 13 == 0:
            lon, lat = float(rng.choice([0.0, -0.0, 1e-4])), float(rng.choice([0.0, 2e-4, -0.0]))
        radius = 10 ** rng.uniform(1.5, 5.2)
        k = int(rng.integers(3, 300))
        ang = np.sort(rng.uniform(0, 2 * np.pi, k))
        rad = radius * rng.uniform(0.3, 1.0, k)
        pts = np.column_stack([rad * np.cos(ang), rad * np.sin(ang)]) + rng.normal(0, radius, 2) * (t % 2)
        if t % 3 == 1:
            pts = pts[np.sort(np.concatenate([np.arange(k), rng.integers(0, k, 3)]))]
        poly = Polygon(pts)
        if t % 5 == 0:
            poly = poly.reverse()
        cases.append((shapes._Frame(lon, lat), poly))
    fast = [frame._shell_back_inside(poly.exterior) for frame, poly in cases]
    assert sum(f is not None for f in fast) > 300
    monkeypatch.setattr(shapes, "_SHORT_EDGE2", -1.0)
    slow = [frame._shell_back_inside(poly.exterior) for frame, poly in cases]
    assert [None if f is None else shapely.to_wkb(f) for f in fast] == \
        [None if s is None else shapely.to_wkb(s) for s in slow]


def test_frame_transform_takes_lists_and_ints():
    ours, pipe = shapes._Aeqd(10.0, 20.0), _pipeline(10.0, 20.0)
    assert _bytes(*ours.transform([20.5, 19.0], [10.5, 9.0])) == _bytes(*pipe.transform([20.5, 19.0], [10.5, 9.0]))
    assert _bytes(ours.transform(21, 11)) == _bytes(pipe.transform(21, 11))
    got = ours.transform([1000.0, -2000.0], [500.0, 0.0], "INVERSE")
    assert _bytes(*got) == _bytes(*pipe.transform([1000.0, -2000.0], [500.0, 0.0], direction="INVERSE"))
    assert type(ours.transform([20.5, 19.0], [10.5, 9.0])[0]) is type(pipe.transform([20.5, 19.0], [10.5, 9.0])[0])
    assert type(got[0]) is type(pipe.transform([1000.0, -2000.0], [500.0, 0.0], direction="INVERSE")[0])
    lon32, lat32 = np.array([20.5, 19.0], dtype=np.float32), np.array([10.5, 9.0], dtype=np.float32)
    assert _bytes(*ours.transform(lon32, lat32)) == _bytes(*pipe.transform(lon32, lat32))
