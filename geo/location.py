"""Where a fact happened, as precisely as the text allows, and no more.

A :class:`Location` is what the reading stage attaches to an event or a control
claim: a geometry (a point for a named town, a polygon for "eastern Libya" or
"the southern suburbs of Tripoli"), the centre a point marker would use, and an
ACLED-style ``geo_precision`` so that a region is never passed off as a pin.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

from shapely.geometry.base import BaseGeometry

__all__ = ["Location", "GEO_PRECISION", "pickled_by_fields"]

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
