"""Second- and third-level administrative units by name: districts, LGAs, territories, townships, woredas.

No other shipped source holds them (Natural Earth stops at the first level), so "Masisi territory" or
"Gwoza LGA" went unplaced or to a namesake town. A unit's name alone is often a town's or a word
("Pale", "Said"), so the names are not in the gazetteer's index: a reader asks for them only beside a
unit word (``reading/geoparse.py``). The table (``geo/data/admin_units.parquet``, from geoBoundaries
via ``scripts/build_admin_units.py``) is read once per process, with the gazetteer (:func:`geo.gazetteer.when_loaded`):
read on a text's first unit word, it cost that text ~0.1 s.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from geo.boundaries import DATA_DIR
from geo.gazetteer import when_loaded
from geo.normalize import name_key
from geo.place import Place

__all__ = ["AdminUnit", "units_named", "unit_place"]


class AdminUnit(NamedTuple):
    """One unit: its name as the source writes it, country (ISO alpha-2), parent unit, centre."""

    name: str
    country: str
    parent: str
    lat: float
    lon: float


@lru_cache(maxsize=1)
def _table() -> dict:
    """The keys as a list (bisected), the other columns as Arrow arrays whose rows become Python objects
    only when asked for: read in ~0.1 s, ~20 MB."""
    import pyarrow.parquet as pq

    t = pq.read_table(DATA_DIR / "admin_units.parquet", use_threads=False)
    out = {c: t.column(c).combine_chunks() for c in ("name", "country", "parent", "lat", "lon")}
    out["key"] = t.column("key").to_pylist()
    return out


when_loaded(_table)


def units_named(name: str) -> tuple[AdminUnit, ...]:
    """The units whose name has the key of ``name`` (accents, case, articles ignored), in country order.

    >>> [u.country for u in units_named("Masisi")]
    ['CD']
    """
    if not isinstance(name, str):
        raise TypeError(f"name must be str, got {type(name).__name__}")
    k = name_key(name)
    if not k:
        return ()
    t = _table()
    keys = t["key"]
    lo = bisect_left(keys, k)  # the rows are sorted by key (scripts/build_admin_units.py)
    hi = bisect_right(keys, k, lo)
    rows = list(range(lo, hi))
    # a German district that shares its name with its town is written "Rosenheim, Landkreis" by the source
    lo = bisect_left(keys, k + _DISTRICT_OF_TOWN, hi)
    rows += range(lo, bisect_right(keys, k + _DISTRICT_OF_TOWN, lo))
    return tuple(AdminUnit(t["name"][i].as_py(), t["country"][i].as_py(), t["parent"][i].as_py() or "",
                           round(t["lat"][i].as_py(), 3), round(t["lon"][i].as_py(), 3)) for i in rows)


#: The key's tail of a German district named after its town, which is a unit of its own ("Rosenheim, Landkreis"
#: beside "Rosenheim, Kreisfreie Stadt"): the district is what "Rosenheim district" and "Landkreis Rosenheim" mean.
_DISTRICT_OF_TOWN = " landkreis"


def unit_place(u: AdminUnit, word: str = "") -> Place:
    """The unit as a :class:`geo.place.Place` (kind "county": a second-level unit, a district's precision),
    so that a reader can place a mention at it like a gazetteer's place. Its id (``unit:`` country, name,
    centre) is no gazetteer's: looking it up there finds nothing. ``word``, the unit word the text writes
    after the name ("district", "township"), ends the place's name: "Bannu district" is told apart from
    the town of Bannu, its seat, wherever places are compared or shown by name.

    >>> unit_place(units_named("Masisi")[0], "territory").name
    'Masisi territory'
    """
    name = u.name.title() if u.name.isupper() else u.name  # (Pakistan's units are in capitals)
    name = f"{name} {word}" if word else name
    return Place(id=f"unit:{u.country}:{u.name}@{u.lat},{u.lon}", name=name, kind="county", lat=u.lat, lon=u.lon,
                 country=u.country, admin1=u.parent, source="geoBoundaries (geo/data/admin_units.parquet)")
