"""Great-circle distance between two centre points, in km.

The cheap test the readers use to compare namesakes and anchors ("is this town within 300 km
of the story's others?"): a sphere is plenty at those tolerances. Shapes that must be drawn
to the kilometre ("27 km west of X") use pyproj's ellipsoid in :mod:`geo.shapes` instead.
"""
from __future__ import annotations

import math

__all__ = ["great_circle_km"]

#: Twice the Earth's mean radius (km).
_DIAMETER_KM = 2 * 6371.0


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance (km) between two (lat, lon) points in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return _DIAMETER_KM * math.asin(min(1.0, math.sqrt(h)))
