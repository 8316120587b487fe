"""Where a fact happened, as precisely as the text allows, and no more.

A :class:`Location` is what the reading stage attaches to an event or a control
claim: a geometry (a point for a named town, a polygon for "eastern Libya" or
"the southern suburbs of Tripoli"), the centre a point marker would use, and an
ACLED-style ``geo_precision`` so that a region is never passed off as a pin.
"""
from __future__ import annotations

import copyreg
from dataclasses import dataclass, fields

from shapely.geometry.base import BaseGeometry

__all__ = ["Location", "LazyLocation", "GEO_PRECISION", "pickled_by_fields"]

#: ACLED geo_precision: 1 the named town itself; 2 part of a region, near or
#: around a town, a district; 3 a larger region (province, country part, country).
GEO_PRECISION = {1: "town", 2: "near a town / part of a region", 3: "larger region"}


@dataclass(frozen=True, slots=True)
class Location:
    """A located area or point.

    name (str): readable description, e.g. "Tripoli", "south of Tripoli",
        "eastern Libya", "27 km west of Tripoli".
    geometry (BaseGeometry): WGS84 (lon, lat) Point or (Multi)Polygon.
    lat, lon (float): centre a point marker would use (inside the geometry).
    precision (int): ACLED geo_precision, 1, 2 or 3 (see GEO_PRECISION).
    relation (str): how it was derived from its anchor place: "at" (the place
        itself), "part" (cardinal part of an area), "sector" (suburbs/outskirts
        on one side), "offset" (N km / direction of), "between", "near".
    place_id (str | None): id of the anchor :class:`geo.place.Place`.
    country (str): ISO alpha-2 of the anchor, "" when unknown.
    """

    name: str
    geometry: BaseGeometry
    lat: float
    lon: float
    precision: int
    relation: str = "at"
    place_id: str | None = None
    country: str = ""

    @property
    def is_whole_country(self) -> bool:
        """True for a country itself ("in Syria"): a fact placed so is known only to the country."""
        return str(self.place_id or "").startswith("country:") and self.relation == "at"

    @property
    def is_area(self) -> bool:
        """True when the location is an area, not a point."""
        return self.geometry.geom_type in ("Polygon", "MultiPolygon")


def pickled_by_fields(cls: type) -> type:
    """Pickle a frozen slotted dataclass by its field values, in order, with the field names
    looked up once: the methods dataclasses gives such classes call ``fields()`` for every
    object, which was most of the cost of unpacking stored articles (100,000 locations in 3,000
    articles). The same state as theirs, so objects pickled before still load."""
    names = tuple(f.name for f in fields(cls))
    setters = tuple(cls.__dict__[n].__set__ for n in names)  # the slots' own setters: no lookup by name

    def __getstate__(self) -> list:
        return [getattr(self, n) for n in names]

    def __setstate__(self, state: list) -> None:
        for put, value in zip(setters, state):
            put(self, value)

    cls.__getstate__, cls.__setstate__ = __getstate__, __setstate__
    return cls


pickled_by_fields(Location)


#: Location's own slots, to read and write a LazyLocation's fields under its properties.
_SLOTS = {f.name: Location.__dict__[f.name] for f in fields(Location)}
_FIELD_NAMES = tuple(_SLOTS)
_GEOMETRY = _SLOTS["geometry"]
_SET_CLASS = object.__dict__["__class__"].__set__  # (LazyLocation's own __class__ says Location)


class _Pending:
    """What a LazyLocation not made yet holds in its geometry slot."""

    __slots__ = ("make", "finite_centre")

    def __init__(self, make, finite_centre: bool) -> None:
        self.make, self.finite_centre = make, finite_centre


def _lazy_field(name: str) -> property:
    slot = _SLOTS[name]

    def get(self):
        try:
            value = slot.__get__(self, Location)
        except AttributeError:  # not known yet: make the whole location
            _fill(self)
            return slot.__get__(self, Location)
        if type(value) is _Pending:  # (the geometry slot of a location not made yet)
            _fill(self)
            return slot.__get__(self, Location)
        return value

    def put(self, value) -> None:  # what Location's __init__ (and dataclasses.replace) calls
        slot.__set__(self, value)

    return property(get, put, doc=f"The location's {name} (made when first read).")


def _fill(self: "LazyLocation") -> None:
    """Make a LazyLocation: its fields filled in, and from then on a plain Location."""
    pending = _GEOMETRY.__get__(self, Location)
    loc = pending.make()
    for name, slot in _SLOTS.items():
        try:
            known = slot.__get__(self, Location)
        except AttributeError:
            known = pending
        if known is pending:
            slot.__set__(self, getattr(loc, name))
    _SET_CLASS(self, Location)  # the same slots: its fields are read at full speed from now on


class LazyLocation(Location):
    """A :class:`Location` whose fields are made when one not known is first read.

    Reading finds many more places than its facts use: most towns an article names
    are never an event's place, and drawing their shapes (a town's extent, "eastern
    X", a corridor) was most of the cost of placing them. :meth:`deferred` keeps
    the fields known at once and a function that makes the whole Location; the
    first read of another field calls it, once, and the object becomes a plain
    Location. Until then it passes for one: ``__class__`` says Location, so
    Location's own ``__eq__`` (which asks that both classes be the same), its
    ``__repr__``, ``dataclasses.replace`` and pickling (byte for byte a plain
    Location's) treat it as the Location it stands for.
    """

    __slots__ = ()  # Location's layout: it can become one

    @classmethod
    def deferred(cls, make, *, finite_centre: bool = False, **known) -> "LazyLocation":
        """``make()`` (a Location, with the same ``known`` fields; never ``geometry``) made when
        another field is first read. ``make`` must not fail: defer only what cannot fail.
        ``finite_centre``: its lat and lon will be finite (an anchor fit to draw around, known
        without making it)."""
        if "geometry" in known:
            raise ValueError("a LazyLocation's geometry is never known before it is made")
        self = cls.__new__(cls)
        for name, value in known.items():
            _SLOTS[name].__set__(self, value)
        _GEOMETRY.__set__(self, _Pending(make, finite_centre))
        return self

    @property
    def finite_centre(self) -> bool:
        """True when its lat and lon will be finite (said when it was deferred)."""
        return _GEOMETRY.__get__(self, Location).finite_centre

    __class__ = property(lambda self: Location)  # type: ignore[assignment]

    def __reduce_ex__(self, protocol):
        return copyreg.__newobj__, (Location,), self.__getstate__()


for _name in _FIELD_NAMES:
    setattr(LazyLocation, _name, _lazy_field(_name))
del _name
