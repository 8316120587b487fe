"""Physical features by name: peaks, volcanoes, ranges, deserts, rivers, lakes, seas, straits.

``geo/data/physical_features.csv`` (see ``geo/data/README.md``) holds the features a world map
names, chosen by size or rank, not by the texts read: peaks over 7,500 m, the highest peak of
each continent and country, the Alps' best-known summits, the Decade Volcanoes and a few of the
most reported eruptions; rivers over ~1,000 km, each country's longest and its capital's river
(their deltas); lakes over ~1,000 km2; the oceans, seas, gulfs, bays, straits and canals of the
world map; ranges, deserts and plateaus; the capes at the continents' ends; the deepest ocean trenches,
the largest ice shelves, big glaciers, barrier reefs and salt flats. Each row is one
representative point (a peak's summit, a river's mouth, a point in a lake's or sea's water, a
range's, desert's or plateau's central point). The gazetteer does not index them: a river is
no town a name could resolve to, so the readers look a name up here only where they already
read a physical feature (plain geoparsing gives it that point at a coarse precision; the event
pipeline places nothing there).

Examples
--------
>>> feature_named("the Euphrates").feature
'river'
>>> feature_named("Lake Chad").lat
13.2
>>> feature_named("the Bab el-Mandeb strait").name
'Bab el-Mandeb'
>>> feature_named("Springfield") is None
True
>>> feature_named("") is None
True
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from typing import NamedTuple

from geo.gazetteer import data_table
from geo.normalize import name_key

__all__ = ["PhysicalFeature", "feature_named", "alone_names", "COMPACT"]

#: Features whose point stands for all of them to a few kilometres (a summit, a strait's
#: narrows, a canal, a cape, a mountain pass's summit): a district's precision; the others (rivers, seas, ranges, deserts)
#: a region's.
COMPACT = frozenset(("peak", "volcano", "strait", "canal", "cape", "pass"))


#: Generic words written after a feature's own name, in lower case, that its table names leave out.
_GENERIC_ENDS = tuple(f" {w}" for w in ("strait", "straits", "river", "lake", "sea", "mountains", "range", "desert",
                                         "volcano", "canal", "gulf", "bay", "delta", "plateau", "massif", "peak"))


class PhysicalFeature(NamedTuple):
    """One row of ``physical_features.csv``: ``feature`` is its type (peak, river, lake, sea...)."""

    id: str
    name: str
    feature: str
    lat: float
    lon: float
    countries: tuple[str, ...]


def _names(row: dict) -> list[str]:
    """A row's names, and for a river named without its word the forms written with it ("the Danube
    River", "the River Danube")."""
    names = [row["name"], *filter(None, row["alt_names"].split("|"))]
    if row["feature"] == "river":
        names += [f for n in list(names) if "River" not in n and "river" not in n for f in (f"{n} River", f"River {n}")]
    return names


def _table(data: bytes) -> tuple[dict[str, PhysicalFeature], tuple[str, ...]]:
    """Name key -> feature (the first row naming it), and the names read alone (column ``alone``)."""
    by_key: dict[str, PhysicalFeature] = {}
    alone: list[str] = []
    for row in csv.DictReader(io.StringIO(data.decode("utf-8"))):
        f = PhysicalFeature(row["id"], row["name"], row["feature"], float(row["lat"]), float(row["lon"]),
                            tuple(filter(None, row["countries"].split("|"))))
        for n in _names(row):
            by_key.setdefault(name_key(n), f)
        alone += filter(None, row["alone"].split("|"))
    return by_key, tuple(dict.fromkeys(alone))


@lru_cache(maxsize=1)
def _features() -> tuple[dict[str, PhysicalFeature], tuple[str, ...]]:
    return data_table("physical-features", "physical_features.csv", _table)


def feature_named(name: str) -> PhysicalFeature | None:
    """The physical feature called ``name`` (with or without "the", or its possessive: "Mount Etna's"), or None."""
    key = name_key(name[:-2] if name.endswith(("'s", "\u2019s")) else name)
    if key.startswith("the "):
        key = key[4:]
    by_key = _features()[0]
    found = by_key.get(key) if key else None
    if found is None and key.endswith(_GENERIC_ENDS):
        found = by_key.get(key.rsplit(" ", 1)[0])  # "the Bab el-Mandeb strait", "the Tibesti mountains"
    return found


def alone_names() -> tuple[str, ...]:
    """The names that stand for their feature written alone, without "the" or a generic word
    ("Everest", "Kilimanjaro", "Bab el-Mandeb"): names no town or person commonly bears."""
    return _features()[1]
