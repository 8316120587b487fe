"""Shapes for what reports say: "eastern Libya", "the southern suburbs of
Tripoli", "27 km west of Sirte", "between Tripoli and Misrata", "near Derna".

Every function takes an anchor :class:`geo.location.Location` and returns a new
``Location`` whose geometry is as wide as the words are vague, never narrower:
a marker must not claim more precision than the text gives.

Geometry is built in metres, in a local azimuthal-equidistant projection
centred on the anchor (distances and bearings from the centre are true there),
then brought back to WGS84 lon/lat.  The way back unwraps longitudes, closes
rings that go round a pole through that pole, and splits at the antimeridian,
so output polygons are always valid and inside lon [-180, 180], lat [-90, 90].
Each result's ``lat``/``lon`` lies inside its geometry.

Precision follows ACLED: 2 for "near / around / part of a town or admin-1",
3 for a part of a country or of another large region.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache, partial, wraps

import numpy as np
import shapely
import shapely.ops
from pyproj import Geod, Transformer
from pyproj.enums import TransformDirection
from shapely import affinity
from shapely.geometry import (
    GeometryCollection,
    LineString,
    MultiPolygon,
    Point,
    Polygon,
    box,
)
from shapely.geometry.base import BaseGeometry

from geo.location import LazyLocation, Location

__all__ = [
    "city_extent",
    "cardinal_part",
    "sector",
    "offset",
    "between",
    "near",
    "parse_direction",
    "parse_distance",
    "direction_name",
]

_GEOD = Geod(ellps="WGS84")
_QUAD_SEGS = 8
#: Radius (km) assumed for a place known only as a point: a small town.
_POINT_CORE_KM = 3.0
#: Largest distance (km) a shape may reach from its projection centre: under
#: a quarter of the globe's circumference, so no disc can hold both poles (its
#: lon/lat ring would then enclose the wrong side of the globe).
_MAX_REACH_KM = 9000.0
#: Share of an area's surface that "the east of X" covers.  Above one half on
#: purpose: parts overlap in a middle band, so a town a little off the midline
#: ("Sabha, in southern Libya") still falls in the part people put it in.
_PART_SHARE = 0.55
#: Share of an area's surface that "central X" covers.
_CENTRAL_SHARE = 0.3
#: Bearings within this many degrees of a cardinal point are cut by one
#: half-plane; others ("north-east") by the two neighbouring ones (a quadrant).
_CARDINAL_TOLERANCE = 10.0
_MILE_KM = 1.609344
_NAUTICAL_MILE_KM = 1.852


# --------------------------------------------------------------------------
# directions and distances


_POINTS16 = (
    "north", "north-north-east", "north-east", "east-north-east",
    "east", "east-south-east", "south-east", "south-south-east",
    "south", "south-south-west", "south-west", "west-south-west",
    "west", "west-north-west", "north-west", "north-north-west",
)
_ABBREV16 = ("n", "nne", "ne", "ene", "e", "ese", "se", "sse",
             "s", "ssw", "sw", "wsw", "w", "wnw", "nw", "nnw")
_DIRECTION_KEYS: dict[str, float] = {}
for _i, (_word, _abbr) in enumerate(zip(_POINTS16, _ABBREV16)):
    _DIRECTION_KEYS[_word.replace("-", "")] = _i * 22.5
    _DIRECTION_KEYS[_abbr] = _i * 22.5
_DIRECTION_STOPWORDS = {"the", "to", "of", "in", "on", "its", "a", "part", "parts",
                        "side", "sides", "direction", "region", "area", "areas",
                        "bank", "edge", "towards", "toward", "from", "and"}
_DIRECTION_SUFFIXES = ("ernmost", "erly", "ern", "wards", "ward")
_CENTRAL_WORDS = {"central", "centre", "center", "middle", "centrally", "mid", "heart"}


def _direction_key(text: str) -> str:
    words = re.findall(r"[a-z]+", text.lower().replace(".", ""))
    key = "".join(w for w in words if w not in _DIRECTION_STOPWORDS)
    for suffix in _DIRECTION_SUFFIXES:
        if key.endswith(suffix) and key[: -len(suffix)] in _DIRECTION_KEYS:
            return key[: -len(suffix)]
    return key


def parse_direction(text) -> float | None:
    """Bearing in degrees clockwise from north for a compass direction.

    Reports write directions many ways; all of these mean 45 degrees:
    "NE", "north-east", "northeast", "north east", "north-eastern",
    "the north-east", "to the northeast of".

    Parameters
    ----------
    text : str or None
        A direction word or phrase.

    Returns
    -------
    float or None
        Bearing in [0, 360), or None when the text names no direction
        (including "central", which is a place, not a bearing).

    Examples
    --------
    >>> parse_direction("north-eastern")
    45.0
    >>> parse_direction("SW")
    225.0
    >>> parse_direction("central") is None
    True
    >>> parse_direction(None) is None
    True
    """
    if text is None:
        return None
    if not isinstance(text, str):
        raise TypeError(f"text must be a str or None, got {type(text).__name__}")
    return _DIRECTION_KEYS.get(_direction_key(text))


def _is_central(text: str) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & _CENTRAL_WORDS) and parse_direction(text) is None


def direction_name(bearing: float, *, adjective: bool = False) -> str:
    """Compass word for a bearing, rounded to 16 points.

    Examples
    --------
    >>> direction_name(44)
    'north-east'
    >>> direction_name(180, adjective=True)
    'southern'
    """
    if isinstance(bearing, bool) or not isinstance(bearing, (int, float)):
        raise TypeError(f"bearing must be a number, got {type(bearing).__name__}")
    if not math.isfinite(bearing):
        raise ValueError(f"bearing must be finite, got {bearing!r}")
    word = _POINTS16[int(round((bearing % 360.0) / 22.5)) % 16]
    return word + "ern" if adjective else word


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12,
    "dozen": 12, "a few": 3, "several": 5,
}
_UNIT_KM = (
    (r"nautical\s+miles?|nmi|n\.?\s?m\.?", _NAUTICAL_MILE_KM),
    (r"kilometres?|kilometers?|kms?|k\.m\.?", 1.0),
    (r"miles?|mi", _MILE_KM),
    (r"metres?|meters?|m", 0.001),
)
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD_NUMBER = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))
_DISTANCE_RE = re.compile(
    rf"(?<![\w.])(?P<a>{_NUMBER}|{_WORD_NUMBER})"
    rf"(?:\s*(?:-|–|to|or)\s*(?P<b>{_NUMBER}|{_WORD_NUMBER}))?"
    rf"[\s-]*(?P<unit>{'|'.join(u for u, _ in _UNIT_KM)})(?![a-z])",
    re.IGNORECASE,
)


def _number(text: str) -> float:
    text = text.lower()
    if text in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[text])
    return float(text.replace(",", ""))


def parse_distance(text) -> float | None:
    """Distance in kilometres from a phrase such as "27 km" or "about 15 miles".

    Miles and nautical miles are converted; a range ("20-30 km") gives its
    middle; number words up to a hundred are read ("five kilometres").
    A bare number with no unit gives None: the unit is not guessed.

    Examples
    --------
    >>> parse_distance("27 km west of Tripoli")
    27.0
    >>> round(parse_distance("10 miles"), 3)
    16.093
    >>> parse_distance("20-30 kilometres")
    25.0
    >>> parse_distance("27") is None
    True
    """
    if text is None:
        return None
    if not isinstance(text, str):
        raise TypeError(f"text must be a str or None, got {type(text).__name__}")
    match = _DISTANCE_RE.search(text)
    if match is None:
        return None
    unit = match.group("unit")
    factor = next(f for pattern, f in _UNIT_KM if re.fullmatch(pattern, unit, re.IGNORECASE))
    value = _number(match.group("a"))
    if match.group("b"):
        value = (value + _number(match.group("b"))) / 2.0
    return value * factor


def _bearing(direction, name: str = "direction") -> float:
    if isinstance(direction, bool):
        raise TypeError(f"{name} must be a str or a bearing in degrees, got bool")
    if isinstance(direction, (int, float)):
        if not math.isfinite(direction):
            raise ValueError(f"{name} must be finite, got {direction!r}")
        return float(direction) % 360.0
    if not isinstance(direction, str):
        raise TypeError(f"{name} must be a str or a bearing in degrees, "
                        f"got {type(direction).__name__}")
    bearing = parse_direction(direction)
    if bearing is None:
        raise ValueError(f"{name} names no compass direction: {direction!r}")
    return bearing


# --------------------------------------------------------------------------
# projection helpers


#: What PROJ's ``unitconvert`` multiplies degrees by (its DEG_TO_RAD) and divides radians by.
_DEG_TO_RAD = 0.017453292519943296


def _aeqd_definition(lat: float, lon: float, single: bool) -> str:
    # a bare pipeline (degrees -> radians -> aeqd on WGS84) builds in microseconds,
    # a CRS-to-CRS transformer in tens of milliseconds; the aeqd step alone in half that
    aeqd = f"+proj=aeqd +lat_0={lat!r} +lon_0={lon!r} +ellps=WGS84"
    if single:
        return aeqd
    return "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step " + aeqd


class _Aeqd:
    """The azimuthal-equidistant projection centred on (lat, lon), from lon/lat degrees
    to metres (``direction="INVERSE"``: back), as the pipeline ``unitconvert`` (degrees
    to radians) + ``aeqd`` transforms, bit for bit.

    Built, when :func:`_single_step_ok` found it gives the same numbers, from the aeqd
    step alone (half the pipeline's build time, and a corridor builds one per call):
    degrees are then multiplied by PROJ's DEG_TO_RAD on the way in and radians divided
    by it on the way out, the operations ``unitconvert`` does."""

    __slots__ = ("tr", "single")

    def __init__(self, lat: float, lon: float, single: bool | None = None):
        self.single = _SINGLE_STEP if single is None else single
        self.tr = Transformer.from_pipeline(_aeqd_definition(lat, lon, self.single))

    def transform(self, x, y, direction: str = "FORWARD"):
        """``Transformer.transform`` of the pipeline: numbers or arrays, as it takes and gives them."""
        if type(x) is float and type(y) is float and _FAST_PROJ:  # one point: a call without pyproj's checks
            if _FAST_POINT:
                return _transform_point(self, x, y, direction)
            xx, yy = _transform_arrays(self, np.array((x, x)), np.array((y, y)), direction)
            return float(xx[0]), float(yy[0])
        if not self.single:
            return self.tr.transform(x, y, direction=direction)
        if direction == "FORWARD":
            return self.tr.transform(_scaled(x, True), _scaled(y, True), radians=True)
        lon, lat = self.tr.transform(x, y, radians=True, direction=direction)
        return _scaled(lon, False), _scaled(lat, False)


def _scaled(v, to_radians: bool):
    """``v`` (a number, array, list or tuple of numbers) times DEG_TO_RAD, or divided by it,
    in the type pyproj takes and gives back."""
    if isinstance(v, (list, tuple)):
        return type(v)(a * _DEG_TO_RAD if to_radians else a / _DEG_TO_RAD for a in v)
    if isinstance(v, np.ndarray):
        return np.multiply(v, _DEG_TO_RAD, dtype="d") if to_radians else np.divide(v, _DEG_TO_RAD, dtype="d")
    return v * _DEG_TO_RAD if to_radians else v / _DEG_TO_RAD


@lru_cache(maxsize=1024)
def _transformers(lat: float, lon: float) -> tuple[_Aeqd, _Inverse]:
    fwd = _Aeqd(lat, lon)
    return fwd, _Inverse(fwd)


class _Inverse:
    """The inverse of an :class:`_Aeqd`, with the same ``transform``."""

    __slots__ = ("_fwd",)

    def __init__(self, fwd: _Aeqd):
        self._fwd = fwd

    def transform(self, x, y):
        return self._fwd.transform(x, y, direction="INVERSE")


def _transform_arrays(tr: _Aeqd, x, y, direction: str = "FORWARD"):
    """``tr.transform(x, y, direction=direction)`` for float arrays of two or more
    points, without pyproj's per-call argument handling: the same PROJ call on
    C-ordered float64 copies (PROJ writes in place), so the same numbers."""
    if _FAST_PROJ and type(x) is np.ndarray and type(y) is np.ndarray and len(x) > 1:
        # the direction as pyproj's enum member: a string is looked up on every call
        way = _DIRECTIONS[direction]
        if tr.single and way is _FORWARD and x.ndim == 1 and y.ndim == 1:
            # the products in new arrays: what a copy multiplied in place holds, one pass less
            xx = np.multiply(x, _DEG_TO_RAD, dtype="d")
            yy = np.multiply(y, _DEG_TO_RAD, dtype="d")
            tr.tr._transformer._transform(xx, yy, None, None, way, True, False)
            return xx, yy
        xx = x.astype("d", order="C", copy=True)
        yy = y.astype("d", order="C", copy=True)
        if not tr.single:
            tr.tr._transformer._transform(xx, yy, None, None, way, False, False)
            return xx, yy
        if way is _FORWARD:
            xx *= _DEG_TO_RAD
            yy *= _DEG_TO_RAD
            tr.tr._transformer._transform(xx, yy, None, None, way, True, False)
        else:
            tr.tr._transformer._transform(xx, yy, None, None, way, True, False)
            xx /= _DEG_TO_RAD
            yy /= _DEG_TO_RAD
        return xx, yy
    return tr.transform(x, y, direction=direction)


_FORWARD, _INVERSE = TransformDirection.FORWARD, TransformDirection.INVERSE
_DIRECTIONS = {"FORWARD": _FORWARD, "INVERSE": _INVERSE}


def _transform_point(tr: _Aeqd, x: float, y: float, direction: str = "FORWARD") -> tuple[float, float]:
    """``tr.transform(x, y, direction=direction)`` of one point (floats), as the array call
    gives it: pyproj's one-point PROJ call (the same ``proj_trans`` with z 0 and no time that
    ``proj_trans_generic`` makes per point), without building arrays.  Used when
    :func:`_fast_point_ok` found it gives the array call's numbers."""
    way = _DIRECTIONS[direction]
    if not tr.single:
        return tr.tr._transformer._transform_point(x, y, None, None, way, False, False)
    if way is _FORWARD:
        return tr.tr._transformer._transform_point(x * _DEG_TO_RAD, y * _DEG_TO_RAD, None, None, way, True, False)
    lon, lat = tr.tr._transformer._transform_point(x, y, None, None, way, True, False)
    return lon / _DEG_TO_RAD, lat / _DEG_TO_RAD


def _probe_points():
    lon = np.array([-172.25, -0.0, 179.9, -179.9, 12.5, 0.0, -171.0, 8.0, 10.0])
    lat = np.array([33.5, -0.0, 89.9, -89.0, 45.0, 0.0, 33.6, -89.999, 90.0])
    x = np.array([0.0, -0.0, 1234.5, -2.5e6, 9.9e6, 1.9e7, 2.5e7, -7.0e5, 3.0])
    y = np.array([0.0, 0.0, -98765.4, 3.1e6, -2.0e5, 1.0e6, 0.0, 7.0e5, -0.0])
    return lon, lat, x, y


def _single_step_ok() -> bool:
    """Whether the aeqd step alone, with unitconvert's factor applied around it, gives the
    pipeline's numbers (checked once at import, on points near, far, past the antipode,
    at the poles and signed zeros, for a few centres; else the pipeline is built)."""
    try:
        lon, lat, x, y = _probe_points()
        for lat0, lon0 in ((33.5, -172.25), (0.0, 0.0), (-89.9, 12.5), (61.2345678, 179.9999999)):
            single, pipe = _Aeqd(lat0, lon0, True), _Aeqd(lat0, lon0, False)
            got = [*single.transform(lon, lat), *single.transform(x, y, "INVERSE"),
                   *single.transform(float(lon[4]), float(lat[4])), *single.transform(float(x[2]), float(y[2]), "INVERSE")]
            want = [*pipe.transform(lon, lat), *pipe.transform(x, y, "INVERSE"),
                    *pipe.transform(float(lon[4]), float(lat[4])), *pipe.transform(float(x[2]), float(y[2]), "INVERSE")]
            if b"".join(np.asarray(a, dtype=float).tobytes() for a in got) != \
                    b"".join(np.asarray(a, dtype=float).tobytes() for a in want):
                return False
        return True
    except Exception:  # pragma: no cover - another PROJ: the pipeline
        return False


def _fast_proj_ok() -> bool:
    """Whether the direct PROJ call of :func:`_transform_arrays` is there and gives
    what ``Transformer.transform`` gives (checked once at import; else the latter)."""
    global _FAST_PROJ
    try:
        tr = _Aeqd(33.5, -172.25)
        lon, lat, _, _ = _probe_points()
        _FAST_PROJ = True
        fx, fy = _transform_arrays(tr, lon, lat)
        ix, iy = _transform_arrays(tr, fx, fy, "INVERSE")
        one = [*tr.transform(12.5, 45.0), *tr.transform(1234.5, -98765.4, "INVERSE")]
        _FAST_PROJ = False
        px, py = tr.transform(lon, lat)
        qx, qy = tr.transform(px, py, direction="INVERSE")
        public = [*tr.transform(12.5, 45.0), *tr.transform(1234.5, -98765.4, "INVERSE")]
        got = b"".join(np.asarray(a).tobytes() for a in (fx, fy, ix, iy, one))
        want = b"".join(np.asarray(a).tobytes() for a in (px, py, qx, qy, public))
        return (got == want and lon[0] == -172.25  # inputs left alone
                and all(type(v) is float for v in one + public))
    except Exception:  # pragma: no cover - another pyproj: its public call
        return False
    finally:
        _FAST_PROJ = False


def _fast_point_ok() -> bool:
    """Whether :func:`_transform_point` gives, bit for bit, what the array call gives for
    the same point, both ways, from the aeqd step alone and from the pipeline, on points
    near, far, past the antipode, at the poles and signed zeros (checked once at import;
    else one point goes through the array call)."""
    try:
        lon, lat, x, y = _probe_points()
        for lat0, lon0 in ((33.5, -172.25), (0.0, 0.0), (-89.9, 12.5), (61.2345678, 179.9999999)):
            for single in (True, False):
                tr = _Aeqd(lat0, lon0, single)
                for (a, b), way in (((lon, lat), "FORWARD"), ((x, y), "INVERSE"), ((lon, lat), "INVERSE")):
                    want = _transform_arrays(tr, a, b, way)
                    for i in range(len(a)):
                        got = _transform_point(tr, float(a[i]), float(b[i]), way)
                        if not (type(got[0]) is float and type(got[1]) is float) or \
                                np.array(got).tobytes() != np.array((want[0][i], want[1][i])).tobytes():
                            return False
        return True
    except Exception:  # pragma: no cover - another pyproj: the array call
        return False


_FAST_PROJ = False
_FAST_POINT = False
_SINGLE_STEP = False
_SINGLE_STEP = _single_step_ok()
_FAST_PROJ = _fast_proj_ok()
_FAST_POINT = _FAST_PROJ and _fast_point_ok()


#: Frame.project results: (frame centre key, id(geometry)) -> (geometry, result).
_PROJECTED: dict = {}
#: _anchor_in's cleaned projections of polygon anchors, keyed as _PROJECTED.
_ANCHORS_IN: dict = {}
_PROJECTED_MAX = 2048


class _Frame:
    """A local azimuthal-equidistant frame (metres) centred on lon/lat."""

    def __init__(self, lon: float, lat: float, *, shared: bool = True):
        """``shared=False`` for a frame no other shape will use (the midpoint of two
        places): its transformers are built for it alone, not kept in the cache, where
        they would push out those of places, which every phrase about a place shares."""
        self.lon = float(_clip(((lon + 180.0) % 360.0) - 180.0, -180.0, 180.0))
        self.lat = float(_clip(lat, -90.0, 90.0))
        self._key = (round(self.lat, 7), round(self.lon, 7))  # what the transformers depend on
        self.fwd, self.inv = (_transformers if shared else _transformers.__wrapped__)(*self._key)

    def project(self, geom: BaseGeometry) -> BaseGeometry:
        """WGS84 geometry to frame metres; empty when any vertex does not project.

        Memoised per (frame centre, geometry object): one anchor is projected again for
        each phrase about it ("near X" and "north of X" share a frame); geometries are
        immutable."""
        key = (self._key, id(geom))
        hit = _PROJECTED.get(key)
        if hit is not None and hit[0] is geom:  # the entry keeps geom alive: its id is not reused
            return hit[1]
        out = self._project(geom)
        if len(_PROJECTED) >= _PROJECTED_MAX:
            _PROJECTED.clear()
        _PROJECTED[key] = (geom, out)
        return out

    def _project(self, geom: BaseGeometry) -> BaseGeometry:
        if geom.is_empty:
            return geom

        def fwd(coords):
            x, y = _transform_arrays(self.fwd, coords[:, 0], coords[:, 1])
            return np.column_stack([x, y])

        # long edges are straight in lon/lat (as drawn on a map): keep them so
        out = shapely.transform(shapely.segmentize(geom, 0.1), fwd)
        if not np.isfinite(shapely.get_coordinates(out)).all():
            return GeometryCollection()
        return shapely.make_valid(out) if not out.is_valid else out

    def point_lonlat(self, x: float, y: float) -> tuple[float, float]:
        lon, lat = self.inv.transform(x, y)
        return (((float(lon) + 180.0) % 360.0) - 180.0, float(_clip(lat, -90.0, 90.0)))

    def unproject(self, geom: BaseGeometry) -> BaseGeometry:
        """Frame-metre polygon(s) back to valid WGS84 polygon(s)."""
        polys = [self._polygon_back(p) for p in _polygons(geom)]
        polys = [p for p in polys if not p.is_empty]
        if not polys:
            return Polygon()
        if len(polys) == 1 and type(polys[0]) is Polygon:
            return polys[0]  # already _clean: _clean(_union([p])) would give p itself
        return _clean(_union(polys))

    def _ring_lonlat(self, ring) -> tuple[np.ndarray, np.ndarray]:
        """A frame-metre ring's vertices (long edges cut) in lon/lat, longitudes unwrapped."""
        line = shapely.linestrings(shapely.get_coordinates(ring))
        step = max(shapely.length(line) / 256.0, 25_000.0)  # no extra vertices on local shapes
        coords = shapely.get_coordinates(shapely.segmentize(line, step))
        lon, lat = _transform_arrays(self.fwd, coords[:, 0], coords[:, 1], "INVERSE")
        lon = np.rad2deg(_unwrap(np.deg2rad(np.asarray(lon, dtype=float))))
        lat = np.minimum(np.maximum(np.asarray(lat, dtype=float), -90.0), 90.0)  # np.clip, less overhead
        return lon, lat

    def _ring_back(self, ring) -> Polygon:
        lon, lat = self._ring_lonlat(ring)
        if not (np.isfinite(lon).all() and np.isfinite(lat).all()):
            return Polygon()
        pts = np.empty((len(lon), 2))  # an array: shapely skips its per-vertex Python loop
        pts[:, 0] = lon
        pts[:, 1] = lat
        if abs(lon[-1] - lon[0]) > 180.0:  # the ring goes round a pole
            pole = 90.0 if lat.mean() > 0 else -90.0
            pts = np.vstack([pts, [(lon[-1], pole), (lon[0], pole)]])
        if len(pts) < 4:
            return Polygon()
        return _clean(shapely.polygons(pts))

    def _shell_back_inside(self, ring) -> Polygon | None:
        """``_split_antimeridian(self.unwrapped(Polygon(ring)))`` for a shell that comes
        back strictly inside lon (-180, 180) and lat (-90, 90), less than half a turn
        from the frame centre, with no coordinate 0 and valid: the graticule window's
        intersection gives the shell as GEOS's overlay writes rings (see
        :func:`_overlay_ring`), and nothing else changes it.  None otherwise.
        ``ring`` may be a polygon without holes (its vertices are its shell's)."""
        coords = shapely.get_coordinates(ring)
        n = len(coords)
        short = False
        if 4 <= n <= 257:
            d = coords[1:] - coords[:-1]
            d *= d
            edge2 = d[:, 0] + d[:, 1]
            short = edge2.min() > 0.0 and edge2.max() < _SHORT_EDGE2
        if not short:
            # the vertices _ring_lonlat brings back (long edges cut); when every edge is under
            # 25 km and none repeated, the ring is under 256 * 25 km and its segmentize would
            # keep the vertices as they are
            line = shapely.linestrings(coords)
            coords = shapely.get_coordinates(shapely.segmentize(line, max(shapely.length(line) / 256.0, 25_000.0)))
            n = len(coords)
            if n < 4:
                return None
        # _ring_lonlat's numbers, worked in one (2, n) array, lon and lat rows (PROJ writes
        # each row in place): _transform_arrays, then np.rad2deg(_unwrap(np.deg2rad(lon))).
        # Its latitudes are not clipped: clipping changes only those outside (-90, 90), refused below
        rows = coords.T.copy()
        lon, lat = rows
        if _FAST_PROJ and self.fwd.single:
            self.fwd.tr._transformer._transform(lon, lat, None, None, _INVERSE, True, False)
            rows /= _DEG_TO_RAD
        else:
            lon[:], lat[:] = _transform_arrays(self.fwd, coords[:, 0], coords[:, 1], "INVERSE")
        np.deg2rad(lon, out=lon)
        step = lon[1:] - lon[:-1]
        if np.abs(step).max() < np.pi:
            # _unwrap's own case, but for its + 0.0, which turns -0.0 into 0.0: any
            # coordinate 0 or -0.0 is refused below, so it changes nothing here
            np.rad2deg(lon, out=lon)
        else:  # NaN too
            lon[:] = np.rad2deg(np.unwrap(lon))
        pts = rows.T
        (west, south), (east, north) = rows.min(axis=1).tolist(), rows.max(axis=1).tolist()  # NaN fails every test below
        if not (west > -180.0 and west > self.lon - 180.0 and east < 180.0 and east < self.lon + 180.0
                and south > -90.0 and north < 90.0):
            return None
        if abs(lon[-1] - lon[0]) > 180.0 or np.count_nonzero(rows) < rows.size:  # no coordinate 0 (nor -0.0)
            return None
        ring_pts = _overlay_ring(pts, (west, south, east, north))
        if ring_pts is None:
            return None
        poly = shapely.polygons(ring_pts)
        if not poly.is_valid or not poly.area > 0:  # validity and area do not depend on where a ring starts
            return None
        return poly

    def unwrapped(self, geom: BaseGeometry) -> BaseGeometry:
        """Frame-metre polygons to lon/lat with longitudes continuous around the
        frame centre: may run past +-180, not split (for graticule arithmetic)."""
        out = []
        for poly in _polygons(geom):
            shell = self._ring_back(poly.exterior)
            holes = [h for h in (self._ring_back(r) for r in poly.interiors) if not h.is_empty]
            if holes:
                shell = _clean(shell.difference(_union(holes)))
            if shell.is_empty:
                continue
            turns = round((shell.representative_point().x - self.lon) / 360.0)
            out.append(affinity.translate(shell, xoff=-360.0 * turns) if turns else shell)
        if len(out) == 1 and out[0] is shell and type(shell) is Polygon:
            return shell  # one untranslated _clean polygon: _clean(_union([shell])) is shell
        return _clean(_union(out)) if out else Polygon()

    def _polygon_back(self, poly: Polygon) -> BaseGeometry:
        if _OVERLAY_RING_OK and shapely.get_num_interior_rings(poly) == 0:
            shell = self._shell_back_inside(poly)  # no hole: the polygon's vertices are its shell's
            if shell is not None:
                return shell
        return _split_antimeridian(self.unwrapped(poly))


#: Squared edge length (frame metres) under which :meth:`_Frame._ring_lonlat` adds no
#: vertex (its step is at least 25 km), with a margin for the rounding of lengths.
_SHORT_EDGE2 = (25_000.0 * (1.0 - 1e-9)) ** 2


def _overlay_ring(pts: np.ndarray, bounds: tuple[float, float, float, float] | None = None) -> np.ndarray | None:
    """The ring GEOS's overlay gives for a closed ring ``pts`` of a valid polygon lying
    strictly inside the other operand (a graticule window): repeated vertices dropped,
    clockwise, starting at its second vertex.  None when its orientation is in doubt.

    ``bounds`` (west, south, east, north), the finite extremes of ``pts``' columns when
    the caller has them: the largest distances from the first vertex follow from them
    exactly (a difference rounds monotonically), not from two more passes over the ring."""
    eq = pts[1:] == pts[:-1]
    same = eq[:, 0] & eq[:, 1]
    if np.count_nonzero(same):
        pts = pts[np.concatenate(([True], ~same))]
    if len(pts) < 4:
        return None
    x, y = pts[:, 0] - pts[0, 0], pts[:, 1] - pts[0, 1]
    twice = float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))  # twice the signed area
    if bounds is None:
        scale = float(np.abs(x).max() + np.abs(y).max())
    else:  # dropping repeated vertices keeps the extremes and the first vertex
        west, south, east, north = bounds
        x0, y0 = float(pts[0, 0]), float(pts[0, 1])
        scale = max(east - x0, x0 - west) + max(north - y0, y0 - south)
    if not abs(twice) > 1e-9 * scale ** 2:
        return None
    if twice > 0:  # counter-clockwise: the overlay walks it backwards
        pts = pts[::-1]
    return np.concatenate((pts[1:], pts[1:2]))


def _overlay_ring_ok() -> bool:
    """Whether the window intersection gives :func:`_overlay_ring`'s ring, and a lone
    polygon's union is the polygon (checked once at import; else GEOS is always asked)."""
    try:
        window = _WINDOWS[2][1]
        probes = [shapely.Point(13.2, 32.9).buffer(0.3, quad_segs=8),
                  Polygon([(1.5, 1.5), (2.5, 1.5), (2.5, 2.5), (2.0, 2.5), (2.0, 2.5), (1.5, 2.5), (1.5, 1.5)]),
                  Polygon([(-10.5, 5.5), (-10.5, 7.5), (-10.5, 9.0), (-8.0, 9.0), (-9.0, 6.0), (-10.5, 5.5)]),
                  Polygon([(170.1, -60.2), (175.3, -60.2), (175.3, -50.4), (170.1, -60.2)])]
        for poly in probes:
            for p in (poly, poly.reverse()):
                ring = _overlay_ring(shapely.get_coordinates(p))
                if ring is None or shapely.to_wkb(p.intersection(window)) != shapely.to_wkb(shapely.polygons(ring)):
                    return False
        return _LONE_UNION_IS_CLONE
    except Exception:  # pragma: no cover - any surprise: always ask GEOS
        return False


def _split_antimeridian(geom: BaseGeometry) -> BaseGeometry:
    """Lon/lat polygons with longitudes past +-180 cut and shifted into range."""
    if geom.is_empty:
        return Polygon()
    pieces = []
    minx, _, maxx, _ = geom.bounds
    for k, window in _WINDOWS:
        lo, hi = -180.0 + 360.0 * k, 180.0 + 360.0 * k
        if maxx < lo or minx > hi:
            continue  # strictly apart: the intersection would be empty
        part = geom.intersection(window)
        if not part.is_empty:
            if k == 0 and (shapely.get_coordinates(part) != 0.0).all():
                # translating by 0 changes nothing but -0.0 into 0.0: none here
                pieces.append(part)
            else:
                pieces.append(affinity.translate(part, xoff=-360.0 * k))
    return _clean(_union(pieces)) if pieces else Polygon()


#: The graticule windows _split_antimeridian cuts with, built once (shapes are immutable).
_WINDOWS = tuple((k, box(-180.0 + 360.0 * k, -90.0, 180.0 + 360.0 * k, 90.0))
                 for k in (-2, -1, 0, 1, 2))


def _clip(x, lo: float, hi: float):
    """``np.clip`` of one number (NaN stays NaN), without numpy's per-call overhead."""
    return lo if x < lo else (hi if x > hi else x)


def _unwrap(p: np.ndarray) -> np.ndarray:
    """``np.unwrap(p)`` of a 1-d float array, bit for bit, with a fast path when no
    step reaches pi: np.unwrap then returns p[0] and p[1:] + 0.0 (its zero correction)."""
    if len(p) > 1:
        dd = p[1:] - p[:-1]
        if np.abs(dd).max() < np.pi:  # NaN fails this and takes np.unwrap
            up = p + 0.0
            up[0] = p[0]
            return up
    return np.unwrap(p)


def _lone_union_is_clone() -> bool:
    """Whether GEOS returns a unary union of one polygon as it is (a copy, rings
    neither re-noded nor re-oriented), so the call can be skipped for one polygon."""
    try:
        probes = (Polygon([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)]),  # a bow tie: noding would split it
                  Polygon([(1, 0), (1, 1), (0, 1), (0, 0), (1, 0)]),  # counter-clockwise
                  Polygon([(0, 0), (0, 4), (4, 4), (4, 0), (0, 0)],
                          [[(1, 1), (1, 2), (2, 2), (2, 1), (1, 1)]]))
        return all(shapely.to_wkb(shapely.unary_union([g])) == shapely.to_wkb(g) for g in probes)
    except Exception:  # pragma: no cover - any surprise: always call GEOS
        return False


_LONE_UNION_IS_CLONE = _lone_union_is_clone()
_OVERLAY_RING_OK = _overlay_ring_ok()


def _union(geoms: list) -> BaseGeometry:
    """``shapely.unary_union(geoms)``; a lone Polygon is returned as is when GEOS
    would return an identical copy of it (checked once at import)."""
    if _LONE_UNION_IS_CLONE and len(geoms) == 1 and type(geoms[0]) is Polygon:
        return geoms[0]
    return shapely.unary_union(geoms)


def _polygons(geom: BaseGeometry) -> list[Polygon]:
    if geom is None or geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if hasattr(geom, "geoms"):
        return [p for g in geom.geoms for p in _polygons(g)]
    return []


def _clean(geom: BaseGeometry) -> BaseGeometry:
    """Valid, polygonal only, zero-area pieces dropped; empty Polygon if nothing."""
    if geom.is_empty:
        return Polygon()
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    if type(geom) is Polygon:  # the common case, as the general one below would give it
        return geom if geom.area > 0 else Polygon()
    polys = [p for p in _polygons(geom) if p.area > 0]
    if not polys:
        return Polygon()
    if len(polys) == 1:
        return polys[0]
    polys.sort(key=lambda p: (-p.area, p.bounds))
    return MultiPolygon(polys)


def _disc(x: float, y: float, radius_m: float) -> Polygon:
    return _buffer(Point(x, y), radius_m)


#: GEOS's buffer parameters as shapely's ``buffer`` passes them: (cap style) -> the arguments
#: after the distance (quad_segs, cap, join round, mitre limit 5, not single-sided).
_BUFFER_ARGS = {cap: (np.intc(_QUAD_SEGS), np.intc(shapely.BufferCapStyle.get_value(cap)),
                      np.intc(shapely.BufferJoinStyle.get_value("round")), 5.0, np.bool_(False))
                for cap in ("round", "flat")}


def _buffer(geom: BaseGeometry, dist_m: float, cap_style: str = "round") -> BaseGeometry:
    """``geom.buffer(dist_m, quad_segs=_QUAD_SEGS, cap_style=cap_style)``: the same GEOS call,
    without shapely's argument checks and conversions (a third of a small buffer's time),
    when :func:`_fast_buffer_ok` found it gives the same shapes; a distance that is not a
    finite number goes the public way (which refuses it)."""
    if _FAST_BUFFER and type(dist_m) is float and math.isfinite(dist_m):
        return shapely.lib.buffer(geom, dist_m, *_BUFFER_ARGS[cap_style])
    return geom.buffer(dist_m, quad_segs=_QUAD_SEGS, cap_style=cap_style)


def _fast_buffer_ok() -> bool:
    """Whether :func:`_buffer`'s direct call gives what ``BaseGeometry.buffer`` gives, on a
    point, a polygon with a hole, a line with flat ends and a shrinking (checked once at
    import; else the public call)."""
    global _FAST_BUFFER
    try:
        probes = ((Point(1.5, -2.25), 3000.0, "round"),
                  (Polygon([(0, 0), (0, 4e4), (4e4, 4e4), (4e4, 0)], [[(1e4, 1e4), (1e4, 2e4), (2e4, 2e4), (2e4, 1e4)]]),
                   2500.0, "round"),
                  (Polygon([(0, 0), (0, 4e4), (4e4, 4e4), (4e4, 0)]), -1234.5, "round"),
                  (LineString([(-1e5, 3.5), (2e5, 7e4)]), 15000.0, "flat"))
        _FAST_BUFFER = True
        got = [shapely.to_wkb(_buffer(g, d, cap)) for g, d, cap in probes]
        want = [shapely.to_wkb(g.buffer(d, quad_segs=_QUAD_SEGS, cap_style=cap)) for g, d, cap in probes]
        return got == want
    except Exception:  # pragma: no cover - another shapely: the public call
        return False
    finally:
        _FAST_BUFFER = False


_FAST_BUFFER = False
_FAST_BUFFER = _fast_buffer_ok()


def _outline(geom: BaseGeometry, tolerance_m: float = 1000.0) -> BaseGeometry:
    """A detailed outline (over 500 vertices) simplified to ``tolerance_m``;
    rings and wedges a few km wide need no finer coastline."""
    if shapely.get_num_coordinates(geom) <= 500:
        return geom
    simpler = _clean(shapely.simplify(geom, tolerance_m))
    return geom if simpler.is_empty else simpler


def _grow(geom: BaseGeometry, dist_m: float) -> BaseGeometry:
    """Buffer by ``dist_m`` (negative shrinks), simplifying first by a tenth of it.

    Buffering a detailed country outline costs seconds and yields thousands of
    vertices; detail finer than the buffer distance carries no information.
    """
    if geom.is_empty:
        return geom
    tolerance = abs(dist_m) / 10.0
    if tolerance > 0 and shapely.get_num_coordinates(geom) > 200:
        simpler = _clean(shapely.simplify(geom, tolerance))
        if not simpler.is_empty:
            geom = simpler
    return _buffer(geom, dist_m)


@lru_cache(maxsize=1024)  # shapes are immutable: "south of X" and "south of Y" share one when as wide
def _wedge(bearing: float, radius_m: float, half_angle: float = 45.0, x: float = 0.0,
           y: float = 0.0, steps: int = 16) -> Polygon:
    angles = np.deg2rad(np.linspace(bearing - half_angle, bearing + half_angle, steps + 1))
    pts = np.empty((steps + 2, 2))  # the centre, then the arc; shapely closes the ring
    pts[0] = (x, y)
    pts[1:, 0] = x + radius_m * np.sin(angles)
    pts[1:, 1] = y + radius_m * np.cos(angles)
    return shapely.polygons(pts)


def _unit(bearing: float) -> tuple[float, float]:
    b = math.radians(bearing)
    return math.sin(b), math.cos(b)


# --------------------------------------------------------------------------
# anchors


def _check_anchor(anchor, name: str = "anchor") -> None:
    if not isinstance(anchor, Location):
        raise TypeError(f"{name} must be a geo.location.Location, got {type(anchor).__name__}")
    if getattr(anchor, "finite_centre", False):
        return  # (a place's location, not drawn yet: reading its lat would draw it)
    if not (math.isfinite(anchor.lat) and math.isfinite(anchor.lon)):
        if anchor.geometry is None or anchor.geometry.is_empty:
            raise ValueError(f"{name} has neither a geometry nor a finite lat/lon")


def _anchor_centre(anchor: Location) -> tuple[float, float]:
    if math.isfinite(anchor.lat) and math.isfinite(anchor.lon):
        return anchor.lon, anchor.lat
    p = anchor.geometry.representative_point()
    return p.x, p.y


def _anchor_in(frame: _Frame, anchor: Location) -> Polygon | MultiPolygon:
    """The anchor as an area in ``frame`` metres; points get a small-town disc."""
    geom = anchor.geometry
    if geom is not None and not geom.is_empty and geom.geom_type in ("Polygon", "MultiPolygon"):
        key = (frame._key, id(geom))
        hit = _ANCHORS_IN.get(key)
        if hit is not None and hit[0] is geom:  # the entry keeps geom alive: its id is not reused
            projected = hit[1]
        else:
            # cleaned once per frame and place: "near X", "north of X", "27 km west of X"
            # all start from it, and checking its validity again gave the same answer
            projected = _clean(frame.project(geom))
            if len(_ANCHORS_IN) >= _PROJECTED_MAX:
                _ANCHORS_IN.clear()
            _ANCHORS_IN[key] = (geom, projected)
        if not projected.is_empty:
            return projected
    x, y = frame.fwd.transform(*_anchor_centre(anchor))
    return _disc(float(x), float(y), _POINT_CORE_KM * 1000.0)


def _anchor_reach(frame: _Frame, anchor: Location, centre_m: tuple[float, float]) -> float:
    """An upper bound of the distance from ``centre_m`` (the anchor's centre in ``frame``,
    as ``frame.fwd.transform`` gives it) to any point of ``_anchor_in(frame, anchor)``;
    ``inf`` when it is not known cheaply.

    A point anchor is the small-town disc, and so is a polygon anchor that does not project.
    A polygon anchor that projects lies in the hull of its projected vertices (a projection
    made valid stays inside it) when :meth:`_Frame.project` adds no vertex to it (no edge
    longer than its 0.1-degree step; else ``inf``): the farthest of them bounds it."""
    disc = _POINT_CORE_KM * 1000.0 * (1.0 + 1e-9)
    geom = anchor.geometry
    if geom is None or geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
        return disc
    coords = shapely.get_coordinates(geom)
    # edges across two rings are checked too: stricter, never wrong
    if len(coords) < 2 or not (np.hypot(np.diff(coords[:, 0]), np.diff(coords[:, 1])) < 0.1 * (1.0 - 1e-9)).all():
        return math.inf
    x, y = _transform_arrays(frame.fwd, coords[:, 0], coords[:, 1])
    dist = np.hypot(np.asarray(x, dtype=float) - centre_m[0], np.asarray(y, dtype=float) - centre_m[1])
    if not np.isfinite(dist).all():
        return disc  # the projection is empty: the anchor is the disc
    far = float(dist.max())
    return max(far + 1e-9 * (far + abs(centre_m[0]) + abs(centre_m[1])), disc)


def _core_km(area: BaseGeometry) -> float:
    """Radius (km) of the disc with the same surface as ``area``."""
    return math.sqrt(max(area.area, 0.0) / math.pi) / 1000.0


def _precision_for_area(anchor: Location, area_m2: float) -> int:
    pid = anchor.place_id or ""
    if pid.startswith("country:"):
        return 3
    if pid.startswith(("ne:", "admin1:")):
        return 2
    return 3 if area_m2 > 2.5e10 else 2


def _result(frame: _Frame, geom_m: BaseGeometry, centre_m: tuple[float, float] | None,
            *, name: str, precision: int, relation: str, anchor: Location,
            geom_ll: BaseGeometry | None = None) -> Location:
    """Wrap a frame-metre shape as a Location, centre guaranteed inside."""
    if geom_ll is None:
        geom_ll = frame.unproject(geom_m)
    if geom_ll.is_empty:
        lon, lat = _anchor_centre(anchor)
        lon, lat = ((lon + 180.0) % 360.0) - 180.0, float(_clip(lat, -90.0, 90.0))
        return Location(name=name, geometry=Point(lon, lat), lat=lat, lon=lon,
                        precision=precision, relation=relation,
                        place_id=anchor.place_id, country=anchor.country)
    lon = lat = None
    if centre_m is not None:
        lon, lat = frame.point_lonlat(*centre_m)
        if not geom_ll.covers(Point(lon, lat)):
            lon = lat = None
    if lon is None:
        main = max(_polygons(geom_ll), key=lambda g: g.area)
        p = main.centroid
        if not main.covers(p):
            p = main.representative_point()
        lon, lat = p.x, p.y
    return Location(name=name, geometry=geom_ll, lat=float(lat), lon=float(lon),
                    precision=precision, relation=relation,
                    place_id=anchor.place_id, country=anchor.country)


def _is_multi(geom: BaseGeometry) -> bool:
    return geom.geom_type == "MultiPolygon"


def _centre_of(geom_m: BaseGeometry, prefer: tuple[float, float] | None = None) -> tuple[float, float]:
    if prefer is not None and geom_m.covers(Point(prefer)):
        return prefer
    c = geom_m.centroid
    if not c.is_empty and geom_m.covers(c):
        return c.x, c.y
    biggest = max(_polygons(geom_m), key=lambda p: p.area, default=None)
    if biggest is None:
        return (0.0, 0.0)
    p = shapely.ops.polylabel(biggest, tolerance=max(math.sqrt(biggest.area) / 100.0, 1.0))
    return p.x, p.y


def _check_km(km, name: str = "km") -> float | None:
    if km is None:
        return None
    if isinstance(km, str):  # "10 miles", "27 km": the unit is read, never guessed
        text, km = km, parse_distance(km)
        if km is None:
            raise ValueError(f"{name} gives no distance with a unit: {text!r}")
    if isinstance(km, bool) or not isinstance(km, (int, float, np.integer, np.floating)):
        raise TypeError(f"{name} must be a number of kilometres, a distance text or None, "
                        f"got {type(km).__name__}")
    if not math.isfinite(km) or km < 0:
        raise ValueError(f"{name} must be a finite, non-negative number of kilometres, got {km!r}")
    return min(float(km), _MAX_REACH_KM / 2.0)


# --------------------------------------------------------------------------
# public shapes


def _drawn_later(check):
    """The shape functions below, drawn when first read (a :class:`~geo.location.LazyLocation`).

    Reading draws a shape for every relative phrase ("eastern X", "between X and Y"),
    and most are never an event's or a claim's place. ``check`` takes the function's
    arguments and raises what the function raises for bad ones, at once; past those
    checks the functions always draw a shape (degenerate cases fall back to
    :func:`near` or the anchor), so the rest can wait for the first read. Every one
    of them keeps its (first) anchor's ``place_id`` and ``country``: the checks tell
    them (:func:`_anchor_fields`), so reading a mention's country draws nothing.
    """

    def wrap(draw):
        @wraps(draw)
        def drawn_later(*args, **kwargs) -> Location:
            known = check(*args, **kwargs)  # (and the fields it tells at once, if any)
            return LazyLocation.deferred(partial(draw, *args, **kwargs), **(known or {}))

        return drawn_later

    return wrap


def _anchor_fields(anchor: Location, **same) -> dict:
    """The fields a shape drawn off ``anchor`` copies from it, whichever way it is drawn, and the
    ``same`` ones it is sure to have (None: not sure, left to the drawing)."""
    return {"place_id": anchor.place_id, "country": anchor.country,
            **{k: v for k, v in same.items() if v is not None}}


def _near_precision(anchor: Location) -> int:
    """The precision of a shape round or beside ``anchor``: 2, or 3 off a larger region."""
    return max(2, min(anchor.precision, 3))


def _part_precision(anchor: Location) -> int | None:
    """:func:`cardinal_part`'s precision when its anchor alone tells it (its kind of place gives
    the part's, and :func:`near`'s, its fallback, is the same), else None."""
    pid = anchor.place_id or ""
    by_kind = 3 if pid.startswith("country:") else 2 if pid.startswith(("ne:", "admin1:")) else None
    return by_kind if by_kind == _near_precision(anchor) else None


def _between_precision(a: Location, b: Location) -> int:
    return max(2, min(max(a.precision, b.precision), 3))


def _part_args(anchor, direction) -> dict:
    """:func:`cardinal_part`'s checks, and its name ("eastern Libya", "central Mali"): read of
    "the east" of an article's country as a mention's name, it need not draw the part."""
    _check_anchor(anchor)
    if not isinstance(direction, str):
        raise TypeError(f"direction must be a str, got {type(direction).__name__}")
    label = "central" if _is_central(direction) else direction_name(_bearing(direction), adjective=True)
    return {"name": f"{label} {anchor.name}".strip(), **_anchor_fields(anchor, precision=_part_precision(anchor))}


def _sector_args(anchor, direction=None, *, kind="suburbs") -> dict:
    _check_anchor(anchor)
    if kind not in _SECTOR_KINDS:
        raise ValueError(f"kind must be one of {_SECTOR_KINDS}, got {kind!r}")
    if direction is not None:
        _bearing(direction)
    return _anchor_fields(anchor, precision=_near_precision(anchor), relation="sector")


def _offset_args(anchor, direction, km=None) -> dict:
    """:func:`offset`'s checks, and its name ("27 km west of Tripoli"): a mention's name read without
    drawing the shape."""
    _check_anchor(anchor)
    return {"name": _offset_name(anchor, _bearing(direction), _check_km(km)),
            **_anchor_fields(anchor, precision=_near_precision(anchor), relation="offset")}


def _offset_name(anchor, bearing: float, km: float | None) -> str:
    word = direction_name(bearing)
    return f"{_format_km(km)} km {word} of {anchor.name}" if km is not None else f"{word} of {anchor.name}"


def _between_args(a, b) -> dict:
    _check_anchor(a, "a")
    _check_anchor(b, "b")
    # (coinciding or degenerate ends fall back to near a: the same precision only when a's is the larger)
    same = _between_precision(a, b) == _near_precision(a)
    return _anchor_fields(a, precision=_near_precision(a) if same else None)


def _near_args(anchor, km=None) -> dict:
    """:func:`near`'s checks, and its name ("near Derna"): a mention's name read without drawing the shape."""
    _check_anchor(anchor)
    _check_km(km)
    return {"name": _near_name(anchor), **_anchor_fields(anchor, precision=_near_precision(anchor), relation="near")}


def _near_name(anchor) -> str:
    return f"near {anchor.name}"


def _extent_radius_km(population) -> float:
    if population is None or (isinstance(population, float) and math.isnan(population)):
        return _POINT_CORE_KM
    if isinstance(population, bool) or not isinstance(population, (int, float, np.integer, np.floating)):
        raise TypeError(f"population must be a number or None, got {type(population).__name__}")
    if population < 0:
        raise ValueError(f"population must be non-negative, got {population!r}")
    return float(_clip(12.0 * (float(population) / 1e6) ** 0.35, 2.0, 25.0))


def city_extent(lon, lat, population=None):
    """Disc standing for a town's built-up area, sized by its population.

    The radius grows a little slower than the square root of the population
    (big cities are denser): 12 km * (pop / 1e6) ** 0.35, clamped to 2..25 km,
    so a village is 2 km, a town of 50,000 3.9 km, a city of 1 million 12 km,
    of 2 million 15.3 km.
    Unknown population gives 3 km (a small town).  Vectorised: arrays of
    lon, lat (and population) give an object array of polygons.

    Returns
    -------
    Polygon (MultiPolygon when split at the antimeridian), WGS84.

    Examples
    --------
    >>> disc = city_extent(13.1913, 32.8872, 1_150_000)
    >>> disc.geom_type, disc.contains(shapely.Point(13.1913, 32.8872))
    ('Polygon', True)
    """
    if np.ndim(lon) or np.ndim(lat) or np.ndim(population):
        lons, lats = np.broadcast_arrays(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
        pops = np.broadcast_to(np.asarray(population, dtype=object), lons.shape)
        out = np.empty(lons.shape, dtype=object)
        for idx in np.ndindex(lons.shape):
            out[idx] = city_extent(float(lons[idx]), float(lats[idx]), pops[idx])
        return out
    for value, arg in ((lon, "lon"), (lat, "lat")):
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
            raise TypeError(f"{arg} must be a number, got {type(value).__name__}")
        if not math.isfinite(value):
            raise ValueError(f"{arg} must be finite, got {value!r}")
    if not -90.0 <= lat <= 90.0:
        raise ValueError(f"lat must be within [-90, 90], got {lat!r}")
    return _city_extent(float(lon), float(lat), _extent_radius_km(population))


@lru_cache(maxsize=8192)
def _city_extent(lon: float, lat: float, radius_km: float) -> BaseGeometry:
    # memoised: a corpus names the same towns again and again, and shapely
    # geometries are immutable, so one disc can serve every mention
    frame = _Frame(lon, lat)
    return frame.unproject(_disc(0.0, 0.0, radius_km * 1000.0))


@_drawn_later(_part_args)
def cardinal_part(anchor: Location, direction: str) -> Location:
    """The part of an area a report means by "eastern X", "the north-east of X",
    "central X".

    Rule:

    * a cardinal direction (within 10 degrees of N, E, S or W) cuts the area
      along a parallel (north/south) or a meridian (east/west), placed so that
      the part holds 55 % of the area's true surface.  Parallels and meridians,
      not straight map lines, because "south" is towards the pole everywhere: a
      straight line across Russia or Canada would dip far south at its ends.
      A share of surface, not of extent, so odd shapes and thin tails do not
      skew it; above one half so that parts overlap in a middle band and a
      town slightly off the middle ("Sabha, in southern Libya") still counts;
    * an intercardinal direction ("north-east") is the overlap of the two
      neighbouring cardinal parts (about a third of the area);
    * "central" is the area within the radius (true distance) around its
      centre that holds 30 % of the surface.

    The reference body is the area's largest part plus parts at least a
    quarter as large; islands further than one and a half times the body's
    reach from its centre are left out ("eastern France" is not Reunion).  A
    part of a country (or of another area above 25,000 km2) has precision 3, a
    part of an admin-1 or smaller area 2.  A point anchor has no parts: the
    result is :func:`near` it, under the asked name.

    Examples
    --------
    >>> libya = Location("Libya", shapely.box(10, 20, 25, 33), 27.0, 18.0, 3,
    ...                  place_id="country:LY")
    >>> east = cardinal_part(libya, "eastern")
    >>> east.name, east.precision, east.lon > 18.0
    ('eastern Libya', 3, True)
    """
    name = _part_args(anchor, direction)["name"]
    central = _is_central(direction)
    bearing = None if central else _bearing(direction)
    geom = anchor.geometry
    if geom is None or geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
        return _near_named(anchor, name)

    frame = _Frame(*_anchor_centre(anchor))
    area = _area_in(frame, geom)
    if area is None:
        return _near_named(anchor, name)
    if central:
        cut_ll = frame.unproject(_clean(_central_disc(area.rough, area.centre, area.reach)))
    else:
        cut_ll = _graticule_part(area.rough_ll(frame), bearing)
        cut_ll = _clean(cut_ll.intersection(area.limit_ll(frame)))
    part_ll = _clean(geom.intersection(cut_ll)) if not cut_ll.is_empty else Polygon()
    if part_ll.is_empty:  # the anchor and its cut did not meet: keep the anchor honest
        part_ll = _clean(geom)
    return _result(frame, part_ll, None, name=name,
                   precision=_precision_for_area(anchor, area.body_area), relation="part",
                   anchor=anchor, geom_ll=part_ll)


class _Area:
    """What :func:`cardinal_part` reads off an area in its frame, whatever the direction:
    its body (largest part and parts a quarter as large), centre and reach, the body
    lightly simplified (shares are measured on it: same areas, far fewer vertices) and,
    when first asked, that body unwrapped to lon/lat and the reach's disc in lon/lat."""

    __slots__ = ("centre", "reach", "body_area", "rough", "_rough_ll", "_limit_ll")

    def __init__(self, projected: BaseGeometry):
        parts = _polygons(projected)
        largest = max(p.area for p in parts)
        body = _clean(_union([p for p in parts if p.area >= 0.25 * largest]))
        self.centre = centre = _centre_of(body)
        coords = shapely.get_coordinates(body.exterior if isinstance(body, Polygon) else body.boundary)
        reach = float(np.max(np.hypot(coords[:, 0] - centre[0], coords[:, 1] - centre[1])))
        self.reach = reach = min(max(reach * 1.5, 1000.0), _MAX_REACH_KM * 1000.0)
        self.body_area = body.area
        rough = _clean(shapely.simplify(body, reach / 2000.0))
        self.rough = body if rough.is_empty else rough
        self._rough_ll = self._limit_ll = None

    def rough_ll(self, frame: _Frame) -> BaseGeometry:
        if self._rough_ll is None:
            self._rough_ll = frame.unwrapped(self.rough)
        return self._rough_ll

    def limit_ll(self, frame: _Frame) -> BaseGeometry:
        if self._limit_ll is None:
            self._limit_ll = frame.unproject(_disc(self.centre[0], self.centre[1], self.reach))
        return self._limit_ll


#: _Area of an anchor geometry per frame: (frame lon, frame lat, id(geometry)) -> (geometry, _Area):
#: "eastern X", "northern X", "central X" read the same area once.
_AREAS: dict = {}
_AREAS_MAX = 64


def _area_in(frame: _Frame, geom: BaseGeometry) -> _Area | None:
    """The :class:`_Area` of ``geom`` in ``frame`` (None when it does not project), memoised."""
    key = (frame.lon, frame.lat, id(geom))  # the way back depends on the unrounded centre
    hit = _AREAS.get(key)
    if hit is not None and hit[0] is geom:  # the entry keeps geom alive: its id is not reused
        return hit[1]
    projected = _clean(frame.project(geom))
    area = None if projected.is_empty else _Area(projected)
    if len(_AREAS) >= _AREAS_MAX:
        _AREAS.clear()
    _AREAS[key] = (geom, area)
    return area


def _graticule_part(body_ll: BaseGeometry, bearing: float) -> BaseGeometry:
    """The lon/lat box (split at the antimeridian) that cuts "the north", "the
    east", "the north-east" ... off ``body_ll`` (longitudes unwrapped).

    North and south are cut along a parallel, east and west along a meridian:
    what "south" means everywhere on the globe, unlike a straight line on a
    map, which on a country as wide as Russia or Canada would dip far south
    at its ends.  Shares are measured in a cylindrical equal-area plane
    (x = lon, y = sin(lat)), where those cuts are straight and areas true.
    """
    if body_ll.is_empty:
        return Polygon()

    def to_cea(coords):
        return np.column_stack([coords[:, 0], np.sin(np.deg2rad(np.clip(coords[:, 1], -90, 90)))])

    cea = _clean(shapely.transform(body_ll, to_cea))
    if cea.is_empty:
        return Polygon()
    x0, y0, x1, y1 = cea.bounds
    window = [x0 - 1.0, -1.0, x1 + 1.0, 1.0]
    target = _PART_SHARE * cea.area
    for side in _cut_bearings(bearing):
        axis, beyond = {0.0: (1, True), 90.0: (0, True), 180.0: (1, False), 270.0: (0, False)}[side]
        lo, hi = (x0, x1) if axis == 0 else (y0, y1)
        span = hi - lo

        def half(t):
            if axis == 0:
                return box(t, -1.0, x1 + 1.0, 1.0) if beyond else box(x0 - 1.0, -1.0, t, 1.0)
            return box(x0 - 1.0, t, x1 + 1.0, 1.0) if beyond else box(x0 - 1.0, -1.0, x1 + 1.0, t)

        while hi - lo > 1e-4 * span + 1e-12:
            mid = (lo + hi) / 2.0
            more = cea.intersection(half(mid)).area > target
            if more == beyond:
                lo = mid
            else:
                hi = mid
        cut = (lo + hi) / 2.0
        index = axis if beyond else axis + 2
        window[index] = cut
    lon0, s0, lon1, s1 = window
    lat0, lat1 = (float(np.rad2deg(np.arcsin(np.clip(v, -1.0, 1.0)))) for v in (s0, s1))
    if lon1 <= lon0 or lat1 <= lat0:
        return Polygon()
    return _split_antimeridian(box(lon0, lat0, lon1, lat1))


def _near_named(anchor: Location, name: str) -> Location:
    found = near(anchor)
    return Location(name=name, geometry=found.geometry, lat=found.lat, lon=found.lon,
                    precision=found.precision, relation="near",
                    place_id=anchor.place_id, country=anchor.country)


def _cut_bearings(bearing: float) -> list[float]:
    nearest = round(bearing / 90.0) * 90.0
    if abs(bearing - nearest) <= _CARDINAL_TOLERANCE:
        return [nearest % 360.0]
    low = math.floor(bearing / 90.0) * 90.0
    return [low % 360.0, (low + 90.0) % 360.0]


def _central_disc(body: BaseGeometry, centre: tuple[float, float], reach: float) -> Polygon:
    lo, hi = 0.0, reach
    target = _CENTRAL_SHARE * body.area
    share_below = _disc_share_test(body, centre, target)
    while hi - lo > 1e-3 * reach + 1.0:
        mid = (lo + hi) / 2.0
        if share_below(mid):
            lo = mid
        else:
            hi = mid
    return _disc(centre[0], centre[1], hi)


#: Area of ``_disc(x, y, r)`` over r**2: GEOS buffers a point into a regular polygon
#: of 4 * quad_segs vertices at distance r from it.
_DISC_AREA = 2.0 * _QUAD_SEGS * math.sin(math.pi / (2 * _QUAD_SEGS))
#: Margin of the decisions taken without GEOS, relative to the sizes at stake
#: (GEOS's coordinates, areas and distances are good to about 1e-15 of them): a
#: decision closer than this to its threshold asks GEOS.
_MARGIN = 1e-9


def _disc_area_slack(x: float, y: float, r: float) -> float:
    """How far ``_disc(x, y, r).area`` (or the area of an overlay returning that
    ring) may be from ``_DISC_AREA * r * r``, with a wide margin: its vertices
    are rounded to the precision of coordinates as large as |x| + |y| + r."""
    return _MARGIN * r * (r + abs(x) + abs(y))


def _disc_share_test(body: BaseGeometry, centre: tuple[float, float], target: float):
    """``f(r) == (body.intersection(_disc(*centre, r)).area < target)``, deciding
    without the overlay when the answer is certain: a disc of less area than
    ``target`` holds less of the body; a disc inside the body (narrower than the
    centre's distance to its boundary) holds its own area; a disc around the whole
    body (its inscribed circle beyond the farthest vertex) holds all of it."""
    cx, cy = centre
    if not _DISC_SHORTCUTS or body.is_empty or not target > 0:
        return lambda r: body.intersection(_disc(cx, cy, r)).area < target
    coords = shapely.get_coordinates(body)
    far = float(np.max(np.hypot(coords[:, 0] - cx, coords[:, 1] - cy)))
    slack = _MARGIN * (far + abs(cx) + abs(cy)) + 1e-6
    around = (far + slack) / math.cos(math.pi / (4 * _QUAD_SEGS))
    point = Point(cx, cy)
    inside = -1.0
    if body.contains(point):
        inside = shapely.distance(point, body.boundary) - slack

    def share_below(r: float) -> bool:
        area = _DISC_AREA * r * r
        error = _disc_area_slack(cx, cy, r)
        if area + error < target:  # the part of the body in the disc is smaller still
            return True
        if r > around or (r < inside and area - error > target):
            return False
        return body.intersection(_disc(cx, cy, r)).area < target

    return share_below


def _disc_shortcuts_ok() -> bool:
    """Whether GEOS's point buffer is the regular polygon :func:`_disc_share_test`
    assumes (checked once at import; else every test asks GEOS)."""
    try:
        for x, y, r in ((0.0, 0.0, 1000.0), (1.5e5, -2.5e6, 12_345.6), (-3.0e6, 4.0e5, 7.0)):
            disc = _disc(x, y, r)
            pts = shapely.get_coordinates(disc)
            dist = np.hypot(pts[:, 0] - x, pts[:, 1] - y)
            if (len(pts) != 4 * _QUAD_SEGS + 1 or np.abs(dist - r).max() > 1e-12 * (r + abs(x) + abs(y))
                    or abs(disc.area - _DISC_AREA * r * r) > 1e-3 * _disc_area_slack(x, y, r)):
                return False
        return True
    except Exception:  # pragma: no cover - any surprise: always ask GEOS
        return False


_DISC_SHORTCUTS = _disc_shortcuts_ok()


_SECTOR_KINDS = ("suburbs", "outskirts")


@_drawn_later(_sector_args)
def sector(anchor: Location, direction: str | None = None, *, kind: str = "suburbs") -> Location:
    """The suburbs or outskirts of a town, on one side or all round.

    "The southern suburbs of Tripoli": a 90-degree ring sector facing south,
    from 70 % of the town's radius (suburbs start inside the built-up disc)
    out to about 25 km from the centre (30 km for the largest cities: the
    boundary plus max(25 km - radius, 5 km)).  Outskirts straddle the edge:
    from 80 % of the radius, 5 km further out.  ``direction=None`` ("the
    suburbs of X") gives the full ring.  A point anchor is taken as a 3 km town.
    Precision 2.

    Examples
    --------
    >>> tripoli = Location("Tripoli", shapely.Point(13.1913, 32.8872), 32.8872, 13.1913, 1)
    >>> south = sector(tripoli, "southern")
    >>> south.name, south.precision, south.lat < 32.8872
    ('southern suburbs of Tripoli', 2, True)
    """
    _check_anchor(anchor)
    if kind not in _SECTOR_KINDS:
        raise ValueError(f"kind must be one of {_SECTOR_KINDS}, got {kind!r}")
    bearing = None if direction is None else _bearing(direction)
    frame = _Frame(*_anchor_centre(anchor))
    core = _outline(_anchor_in(frame, anchor))
    radius_km = _core_km(core)
    width_km = max(25.0 - radius_km, 5.0) + (5.0 if kind == "outskirts" else 0.0)
    inner_share = 0.8 if kind == "outskirts" else 0.7
    outer = _grow(core, width_km * 1000.0)
    inner = _grow(core, -(1.0 - inner_share) * radius_km * 1000.0)
    ring = _clean(outer.difference(inner))
    mid_km = radius_km * (1.0 + inner_share) / 2.0 + width_km / 2.0
    if bearing is None:
        shape = ring
        centre = (0.0, mid_km * 1000.0)
        label = f"{kind} of {anchor.name}"
    else:
        shape = _clean(ring.intersection(_wedge(bearing, (radius_km + width_km) * 4000.0)))
        ux, uy = _unit(bearing)
        centre = (ux * mid_km * 1000.0, uy * mid_km * 1000.0)
        label = f"{direction_name(bearing, adjective=True)} {kind} of {anchor.name}"
    return _result(frame, shape, centre, name=label, precision=_near_precision(anchor),
                   relation="sector", anchor=anchor)


@_drawn_later(_offset_args)
def offset(anchor: Location, direction, km: float | None = None) -> Location:
    """"27 km west of Tripoli" or, with no distance, "south of Tripoli".

    With ``km``: a disc centred ``km`` from the anchor's centre along the
    bearing (from the edge when the anchor is a large area, over 30 km across
    as a disc), radius 12 % of the distance, at least 2 km: reported distances
    are rounded and measured by road as often as straight.  Without ``km``: the
    90-degree wedge on that side, from the town's edge to about 45 km from its
    centre (at least 20 km beyond the edge).  Precision 2, or 3 off a country.

    ``direction`` is a word or abbreviation ("NW", "north-western") or a
    bearing in degrees; ``km`` a number of kilometres or a text with its unit
    ("10 miles", "27 kilometres"), read by :func:`parse_distance`.

    Examples
    --------
    >>> tripoli = Location("Tripoli", shapely.Point(13.1913, 32.8872), 32.8872, 13.1913, 1)
    >>> west = offset(tripoli, "west", 27)
    >>> west.name, west.precision, round(west.lon, 2)
    ('27 km west of Tripoli', 2, 12.9)
    """
    _check_anchor(anchor)
    bearing = _bearing(direction)
    km = _check_km(km)
    frame = _Frame(*_anchor_centre(anchor))
    core = _outline(_anchor_in(frame, anchor))
    radius_km = _core_km(core)
    ux, uy = _unit(bearing)
    precision = _near_precision(anchor)
    if km is not None:
        start = 0.0
        if radius_km > 15.0:  # a large area: distances run from its edge
            ray = LineString([(0, 0), (ux * _MAX_REACH_KM * 1000.0, uy * _MAX_REACH_KM * 1000.0)])
            hit = ray.intersection(core)
            if not hit.is_empty:
                start = max(Point(0, 0).distance(Point(c)) for c in shapely.get_coordinates(hit))
        dist = start + km * 1000.0
        centre = (ux * dist, uy * dist)
        shape = _disc(*centre, max(2000.0, 0.12 * km * 1000.0))
    else:
        reach_km = max(45.0, radius_km + 20.0) if radius_km <= 15.0 else None
        if reach_km is not None:
            far = _disc(0.0, 0.0, reach_km * 1000.0)
        else:
            far = _grow(core, 50_000.0)
        extent = far.bounds
        big = max(abs(v) for v in extent) * 2.0 + 1000.0
        shape = _clean(far.difference(core).intersection(_wedge(bearing, big)))
        mid = (radius_km + (reach_km if reach_km else radius_km + 50.0)) / 2.0 * 1000.0
        centre = (ux * mid, uy * mid)
    return _result(frame, shape, centre, name=_offset_name(anchor, bearing, km), precision=precision,
                   relation="offset", anchor=anchor)


def _format_km(km: float) -> str:
    return f"{km:.0f}" if abs(km - round(km)) < 1e-9 else f"{km:.1f}"


@_drawn_later(_between_args)
def between(a: Location, b: Location) -> Location:
    """The corridor between two places ("fighting between Tripoli and Misrata").

    The straight (geodesic) segment between their centres, trimmed where it is
    inside either place and by at least a tenth of its length at each end,
    buffered with flat ends by 10 % of its length (2 to 15 km) on each side.
    When the places touch or overlap, the middle half of the segment is used; when
    they coincide, the result is :func:`near` the first.  Precision 2, or 3
    when either end is a larger region.

    Examples
    --------
    >>> tripoli = Location("Tripoli", shapely.Point(13.19, 32.89), 32.89, 13.19, 1)
    >>> misrata = Location("Misrata", shapely.Point(15.09, 32.38), 32.38, 15.09, 1)
    >>> mid = between(tripoli, misrata)
    >>> mid.name, 13.19 < mid.lon < 15.09
    ('between Tripoli and Misrata', True)
    """
    _check_anchor(a, "a")
    _check_anchor(b, "b")
    name = f"between {a.name} and {b.name}"
    (alon, alat), (blon, blat) = _anchor_centre(a), _anchor_centre(b)
    precision = _between_precision(a, b)
    _, _, dist = _GEOD.inv(alon, alat, blon, blat)
    if not math.isfinite(dist) or dist < 1000.0:
        found = near(a)
        return Location(name=name, geometry=found.geometry, lat=found.lat, lon=found.lon,
                        precision=precision, relation="between",
                        place_id=a.place_id, country=a.country)
    mlon, mlat = _GEOD.npts(alon, alat, blon, blat, 1)[0] if dist < 19_000_000 else (alon, alat)
    frame = _Frame(mlon, mlat, shared=False)
    pa = frame.fwd.transform(alon, alat)
    pb = frame.fwd.transform(blon, blat)
    segment = LineString([pa, pb])
    length = segment.length
    if not math.isfinite(length) or length <= 0:
        return _near_named(a, name)
    start, stop = _corridor_span(frame, segment, a, b)
    core = _substring(segment, length, start, stop)
    half_width = float(_clip(0.1 * length, 2000.0, 15000.0))
    shape = _buffer(core, half_width, "flat")
    mid = core.interpolate(0.5, normalized=True)
    result = _result(frame, shape, (mid.x, mid.y), name=name, precision=precision,
                     relation="between", anchor=a)
    return result


def _substring(segment: LineString, length: float, start: float, stop: float) -> LineString:
    """``shapely.ops.substring(segment, start, stop, normalized=True)`` of a two-point
    ``segment`` of ``length`` (its ``.length``) and 0 < start < stop < 1: the line between
    its points at ``start * length`` and ``stop * length`` (what substring interpolates,
    keeping no vertex in between), interpolated in one call."""
    if not 0.0 < start < stop < 1.0 or shapely.get_num_coordinates(segment) != 2:
        return shapely.ops.substring(segment, start, stop, normalized=True)
    ends = shapely.line_interpolate_point(segment, np.array([start * length, stop * length]))
    return shapely.linestrings(shapely.get_coordinates(ends))


def _corridor_span(frame: _Frame, segment: LineString, a: Location, b: Location) -> tuple[float, float]:
    """The fractions of ``segment`` (from ``a``'s centre to ``b``'s, in ``frame``) the
    corridor between them keeps: what :func:`_corridor_span_overlay` gives, without
    projecting the places or an overlay when each lies within the tenth of the segment
    at its end (then the free middle runs past 0.1 and 0.9, where the span is cut)."""
    reach = 0.1 * segment.length * (1.0 - 1e-6) - 1e-3
    (ax, ay), (bx, by) = segment.coords
    if _reaches_below(frame, a, (ax, ay), reach) and _reaches_below(frame, b, (bx, by), reach):
        return 0.1, 0.9
    return _corridor_span_overlay(frame, segment, a, b)


def _reaches_below(frame: _Frame, anchor: Location, centre_m: tuple[float, float], reach: float) -> bool:
    """``_anchor_reach(frame, anchor, centre_m) < reach`` or, when the anchor's geodesic
    radius already bounds it below ``reach``, True without projecting it (a place is the
    end of many corridors, each in its own frame; its radius is worked out once)."""
    radius = _geodesic_radius(anchor)
    if radius < math.inf:
        cx, cy = centre_m
        far = math.hypot(cx, cy) * (1.0 + 1e-9) + radius  # no point of the anchor is farther from the frame centre
        t = far / _SMALLEST_CURVATURE_RADIUS
        if t < 0.75:
            # An aeqd map is true along its radii and stretches across them by s / m(s) at
            # true distance s from its centre (m: the reduced length of the geodesic from it),
            # at most t / sin(t) there (the sphere of the ellipsoid's largest curvature bounds
            # m from below): the anchor's vertices, ``radius`` away from its centre along
            # geodesics, map within that stretch times ``radius`` of ``centre_m``, and so does
            # the hull of their projections, which holds the projected anchor.
            bound = radius * (t / math.sin(t)) * (1.0 + 1e-9)
            bound = max(bound + 1e-9 * (bound + abs(cx) + abs(cy)) + 1e-3, _POINT_CORE_KM * 1000.0 * (1.0 + 1e-9))
            if bound < reach:
                return True
    return _anchor_reach(frame, anchor, centre_m) < reach


#: Smallest radius of curvature bound used for the WGS84 ellipsoid: its Gaussian curvature is at
#: most 1 / b**2 (b = 6,356,752.3 m, at the equator), rounded down with a wide margin.
_SMALLEST_CURVATURE_RADIUS = 6_300_000.0

#: _geodesic_radius per anchor geometry: (id(geometry), lon, lat) -> (geometry, radius).
_RADII: dict = {}
_RADII_MAX = 4096


def _geodesic_radius(anchor: Location) -> float:
    """An upper bound (metres) of the geodesic distance from the anchor's centre to each
    vertex of its polygon geometry, when projecting it adds no vertex (every edge shorter
    than :meth:`_Frame.project`'s 0.1-degree step, as :func:`_anchor_reach` requires);
    ``inf`` otherwise (not a polygon, long edges, a vertex it cannot measure).  Memoised."""
    geom = anchor.geometry
    if geom is None or geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
        return math.inf
    lon, lat = _anchor_centre(anchor)
    key = (id(geom), lon, lat)
    hit = _RADII.get(key)
    if hit is not None and hit[0] is geom:  # the entry keeps geom alive: its id is not reused
        return hit[1]
    radius = math.inf
    coords = shapely.get_coordinates(geom)
    if len(coords) >= 2 and (np.hypot(np.diff(coords[:, 0]), np.diff(coords[:, 1])) < 0.1 * (1.0 - 1e-9)).all():
        n = len(coords)
        _, _, dist = _GEOD.inv(np.full(n, float(lon)), np.full(n, float(lat)), coords[:, 0], coords[:, 1])
        far = float(np.max(dist))
        if math.isfinite(far) and -90.0 <= lat <= 90.0 and np.isfinite(coords).all() and \
                (np.abs(coords[:, 1]) <= 90.0).all():
            radius = far * (1.0 + 1e-9) + 1e-6
    if len(_RADII) >= _RADII_MAX:
        _RADII.clear()
    _RADII[key] = (geom, radius)
    return radius


def _corridor_span_overlay(frame: _Frame, segment: LineString, a: Location, b: Location) -> tuple[float, float]:
    """The longest part of ``segment`` outside both places, trimmed by at least a tenth
    of the segment at each end, as fractions; the middle half when that is under a fifth."""
    ends = _clean(shapely.unary_union([_anchor_in(frame, a), _anchor_in(frame, b)]))
    free = segment.difference(ends)
    lines = [g for g in getattr(free, "geoms", [free]) if not g.is_empty and g.length > 0]
    start, stop = 0.25, 0.75  # places touch or overlap: keep the middle half
    if lines:
        longest = max(lines, key=lambda g: g.length)
        ends_at = sorted(segment.project(Point(c), normalized=True)
                         for c in (longest.coords[0], longest.coords[-1]))
        lo, hi = max(ends_at[0], 0.1), min(ends_at[1], 0.9)
        if hi - lo >= 0.2:
            start, stop = lo, hi
    return start, stop


@_drawn_later(_near_args)
def near(anchor: Location, km: float | None = None) -> Location:
    """The area "near" or "around" a place: the place widened by ``km``.

    Default widening is the place's own radius (as a disc of equal surface),
    at least 10 km and at most 50 km: about 13 km round a village or point,
    25 km round a city of a million.  Precision 2, or 3 round a larger region.

    Examples
    --------
    >>> derna = Location("Derna", shapely.Point(22.64, 32.76), 32.76, 22.64, 1)
    >>> around = near(derna, 5)
    >>> around.name, around.precision, around.geometry.contains(shapely.Point(22.64, 32.76))
    ('near Derna', 2, True)
    """
    _check_anchor(anchor)
    km = _check_km(km)
    lon, lat = _anchor_centre(anchor)
    frame = _Frame(lon, lat)
    geom = anchor.geometry
    is_area = geom is not None and not geom.is_empty and geom.geom_type in ("Polygon", "MultiPolygon")
    core = _anchor_in(frame, anchor)
    if km is None:
        km = float(_clip(_core_km(core), 10.0, 50.0))
        base = core
    else:
        base = core if is_area else Point(0.0, 0.0)
    shape = _grow(base, max(km, 0.1) * 1000.0)
    return _result(frame, _clean(shape), (0.0, 0.0), name=_near_name(anchor),
                   precision=_near_precision(anchor), relation="near", anchor=anchor)
