"""The map: events and control zones on base maps, with legend, layer control and time slider.

:func:`build_map` is what the Streamlit app shows (``assets="static"``) and
what :mod:`layers.html` exports (``assets="inline"``). Element ids are set
deterministically, so the same input renders to byte-identical HTML (folium
would otherwise use random ids, and ``st_folium`` would redraw on every rerun).
"""
from __future__ import annotations

import datetime as dt
import math
import warnings
from collections import Counter
from typing import Any, Iterable

import folium
import pandas as pd
from branca.element import Element

from layers.assets import MODES, css_urls, js_urls
from layers.events import _as_date as _event_date
from layers.events import date_span as _date_span
from layers.events import events_per_year, undated_count
from layers.elements import (
    BlockEventLayer,
    EventLayer,
    FullscreenButton,
    Legend,
    OfflineBasemap,
    SetTime,
    Sides,
    TimeFilter,
    ZoneLayer,
    _col,
    _event_keys,
    co_reported,
    PackedBlock,
    events_packed,
)
from layers.happenings import whole_happenings
from reading.messages import Messages

__all__ = ["MAP_MODES", "BASE_MAPS", "build_map", "app_map", "time_layer", "filter_zones", "assign_ids", "data_bounds",
           "date_span", "map_sides", "store_sides", "store_map", "block_source"]

#: ``"snapshot"``: filter by date in Python, the map shows one moment.
#: ``"timeline"``: embed everything, a slider filters in the browser.
MAP_MODES = ("snapshot", "timeline")

#: (name, tiles, attribution) of the base maps; the first is shown first.
#: Tiles are the page's only network use.
BASE_MAPS = (
    (
        "Light (CartoDB Positron)",
        "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png",
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors '
        '&copy; <a href="https://carto.com/attributions">CARTO</a>',
    ),
    (
        "OpenStreetMap",
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    ),
    (
        "Satellite (Esri World Imagery)",
        "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
        "Tiles &copy; Esri &mdash; Source: Esri, Maxar, Earthstar Geographics, and the GIS User Community",
    ),
)


def _as_date(value: Any, name: str) -> dt.date | None:
    """A date from a date or ISO string; None passes through."""
    return None if value is None else _event_date(value, name)


def date_span(events: pd.DataFrame, zones: pd.DataFrame | None = None) -> tuple[dt.date | None, dt.date | None]:
    """:func:`layers.events.date_span` over the distinct (date, end, background) rows only.

    Same answer; why: 100,000 events fall on a few hundred distinct rows.
    """
    cols = [c for c in ("event_date", "date_end", "background") if c in events.columns]
    return _date_span(events[cols].drop_duplicates() if cols else events, zones)


def filter_zones(zones: pd.DataFrame, at: dt.date | None) -> pd.DataFrame:
    """Zone rows drawn on ``at`` (start <= at < end; with no end, before
    :func:`layers.zones.shown_until`, a year after the last report telling it); without a date, the rows
    still lasting.

    Examples
    --------
    >>> z = pd.DataFrame({"start": ["2019-04-01", "2019-04-05"], "end": ["2019-04-05", None]})
    >>> filter_zones(z, dt.date(2019, 4, 2)).index.tolist(), filter_zones(z, None).index.tolist()
    ([0], [1])
    """
    if not isinstance(zones, pd.DataFrame):
        raise TypeError(f"zones must be a GeoDataFrame, got {type(zones).__name__}")
    if not len(zones):
        return zones
    end = _col(zones, "end")
    if at is None:
        return zones[(end == "") | (end == "None")]
    from layers.zones import shown_until

    day = at.isoformat()
    start = _col(zones, "start")
    until = pd.Series(shown_until(zones), index=zones.index, dtype=object).fillna("")
    keep = (start <= day) & ((until == "") | (day < until))
    return zones[keep]


def data_bounds(events: pd.DataFrame, zones: pd.DataFrame) -> list[list[float]] | None:
    """[[south, west], [north, east]] around events and zones; None when there is nothing."""
    south, west, north, east = math.inf, math.inf, -math.inf, -math.inf
    if len(events):
        lat = pd.to_numeric(_col(events, "latitude", math.nan), errors="coerce")
        lon = pd.to_numeric(_col(events, "longitude", math.nan), errors="coerce")
        ok = lat.between(-90, 90) & lon.between(-180, 180)
        if ok.any():
            south, north = min(south, lat[ok].min()), max(north, lat[ok].max())
            west, east = min(west, lon[ok].min()), max(east, lon[ok].max())
    if len(zones) and hasattr(zones, "total_bounds"):
        geoms = zones.geometry[~zones.geometry.is_empty & zones.geometry.notna()]
        if len(geoms):
            w, s, e, n = geoms.total_bounds
            south, west, north, east = min(south, s), min(west, w), max(north, n), max(east, e)
    if not math.isfinite(south):
        return None
    pad_lat = max((north - south) * 0.05, 0.05)
    pad_lon = max((east - west) * 0.05, 0.05)
    return [
        [round(max(south - pad_lat, -85.0), 5), round(max(west - pad_lon, -180.0), 5)],
        [round(min(north + pad_lat, 85.0), 5), round(min(east + pad_lon, 180.0), 5)],
    ]


def assign_ids(root: Any, prefix: str = "cm") -> None:
    """Give every element under ``root`` a deterministic id, in tree order.

    Why: folium ids are random UUIDs, so two renders of the same map differ.
    """
    counter = 0
    stack = [root]
    seen: set[int] = set()
    while stack:
        el = stack.pop(0)
        if id(el) in seen:
            continue
        seen.add(id(el))
        el._id = f"{prefix}{counter:05d}"
        counter += 1
        children = list(getattr(el, "_children", {}).values())
        for attr in ("header", "html", "script"):
            sub = getattr(el, attr, None)
            if isinstance(sub, Element):
                children.append(sub)
        stack.extend(children)


def _filter_events(events, at, window_days, event_types, actors, timeline, merge=True):
    """The rows a map shows; with ``merge``, every report of a happening one of its reports passes
    (a happening shows with all its sources, :func:`layers.happenings.whole_happenings`)."""
    from layers.events import filter_events  # the events engineer's filter: one rule for all views

    if timeline:
        kept = filter_events(events, event_types=event_types, actors=actors)
    else:
        kept = filter_events(events, at=at, window_days=window_days, event_types=event_types, actors=actors)
    return whole_happenings(events, kept) if merge else kept


def build_map(
    events: pd.DataFrame,
    zones: pd.DataFrame,
    *,
    at: dt.date | str | None = None,
    window_days: int | None = None,
    event_types: Iterable[str] | None = None,
    actors: Iterable[str] | None = None,
    mode: str = "snapshot",
    assets: str = "static",
    profile: Any = None,
    timeline: bool = False,
    cluster: bool | str = "auto",
    basemap: dict | None = None,
    height: str | int = "100%",
    time_control: bool = True,
    publish: bool = False,
    merge: bool = True,
    sides: Sides | None = None,
) -> folium.Map:
    """Build the folium map of events and control zones.

    Parameters
    ----------
    events : GeoDataFrame
        Events frame (:func:`layers.events.events_frame`).
    zones : GeoDataFrame
        Zones timeline (:func:`layers.zones.zone_timeline`).
    at : date or ISO str, optional
        Snapshot: the map's date (zones valid then, events up to it). Timeline:
        the slider's start (default: the last date). None in a snapshot shows
        every event and the zones still lasting.
    window_days : int, optional
        Only events of the last N days up to ``at`` (None: all up to ``at``).
    event_types, actors : list of str, optional
        Keep only these event types / actors (``actor1``, ``actor2`` or ``side``).
    mode : {"snapshot", "timeline"}
        "timeline" is the same as ``timeline=True``.
    assets : {"static", "inline"}
        ``"static"`` for the Streamlit app, ``"inline"`` for exports.
    profile : optional
        Conflict profile (faction names and colours).
    timeline : bool, default False
        Embed every date and add the time slider.
    cluster : bool or "auto"
        Cluster markers ("auto": when an overlay holds more than 500 events).
    basemap : dict, optional
        GeoJSON for the offline borders (default ``geo.boundaries.basemap_geojson()``).
    time_control : bool, default True
        With ``timeline``: add the map's own slider. False when the date is set
        from outside (the app's slider, see :func:`app_map`).
    publish : bool, default False
        With ``assets="static"``: big event data and the offline borders are
        served as files and the map loads them by URL (see
        :class:`layers.elements.EventLayer`).
    merge : bool, default True
        One marker per happening (the reports of several articles on one
        event, :mod:`layers.happenings`), its popup listing every report; a
        happening shows when one of its reports passes the date and filters.
        False: one marker per report.
    sides : Sides, optional
        The colour table (a store's, :func:`store_sides`); by default :func:`map_sides` of every date of these
        events and zones with these filters: a snapshot gives each side the colour the app and the timeline give it.

    Returns
    -------
    folium.Map
        Fitted to the data (world view when empty), deterministic ids.
    """
    if not isinstance(events, pd.DataFrame):
        raise TypeError(f"events must be a GeoDataFrame, got {type(events).__name__}")
    if not isinstance(zones, pd.DataFrame):
        raise TypeError(f"zones must be a GeoDataFrame, got {type(zones).__name__}")
    if mode not in MAP_MODES:
        raise ValueError(f"mode must be one of {MAP_MODES}, got {mode!r}")
    if assets not in MODES:
        raise ValueError(Messages.E501.format(mode=assets, modes=", ".join(MODES)))
    at = _as_date(at, "at")
    timeline = bool(timeline) or mode == "timeline"

    shown = _filter_events(events, at, window_days, event_types, actors, timeline, merge)
    undated = undated_count(events)
    if undated and (timeline or at is not None):
        warnings.warn(Messages.W501.format(count=undated), stacklevel=2)
        # A dated map never draws them: they must not stretch its view (talks in a far capital
        # pushing the fighting into a corner) nor list their sides in the legend.
        shown = shown[_col(shown, "event_date") != ""]
    zones_shown = zones if timeline else filter_zones(zones, at)

    if sides is None:
        # (a timeline's are its own rows; a snapshot's are those of every date, as the app's map colours them:
        # a snapshot colouring the sides it showed afresh gave British forces purple, yellow in the app)
        sides = _sides_of(shown, zones_shown, profile) if timeline else map_sides(
            events, zones, event_types=event_types, actors=actors, profile=profile, merge=merge)
    bounds = data_bounds(shown, zones_shown) or data_bounds(events, zones)

    m = _map_frame(bounds, assets, height)
    if timeline and time_control:
        # Before the layers, so they draw once, already filtered to the start date.
        # Stops over the reported span: background history (a 1969 coup) stays
        # visible from the first stop on, but does not stretch the slider.
        lo, hi = date_span(shown, zones_shown)
        # Distinct dates only (why: 100,000 events fall on a few hundred days).
        dates = pd.unique(pd.concat([_col(shown, "event_date"), _col(shown, "date_end"),
                                     _col(zones_shown, "start"), _col(zones_shown, "end")]).astype(str)).tolist()
        if lo is not None:
            dates = [d for d in dates if d and lo.isoformat() <= str(d)[:10] <= hi.isoformat()]
        TimeFilter(dates, start=at, window_days=window_days, assets=assets, years=events_per_year(shown)).add_to(m)
    OfflineBasemap(basemap, assets=assets, publish=publish and assets == "static").add_to(m)
    if len(zones_shown) or timeline:
        ZoneLayer(zones_shown, sides=sides, assets=assets).add_to(m)
    layer = EventLayer(shown, sides=sides, assets=assets, cluster=cluster,
                       publish=publish and assets == "static", merge=merge).add_to(m)
    Legend(sides=sides, event_types=layer.types, zones=bool(len(zones_shown)), clusters=layer.clusters,
           assets=assets).add_to(m)
    return _finish(m, bounds, assets)



def map_sides(events: pd.DataFrame, zones: pd.DataFrame, *, event_types: Iterable[str] | None = None,
              actors: Iterable[str] | None = None, profile: Any = None, merge: bool = True) -> Sides:
    """The colour table of the map of every date of ``events`` and ``zones`` with these filters (the app's map,
    a timeline): every side its own colour (:class:`~layers.elements.Sides`), so the sides drawn at any one
    date differ, and a snapshot of one date colours its sides as the app does.

    Examples
    --------
    >>> ev = pd.DataFrame({"event_date": ["2024-01-02", "2024-03-04"], "actor1": ["Wagner Group", "Fano"],
    ...                    "side": ["", ""], "event_type": ["Battles", "Battles"], "doc_id": ["a", "b"]})
    >>> colours = {f["name"]: f["color"] for f in map_sides(ev, pd.DataFrame()).table}
    >>> colours["Wagner Group"] != colours["Fano"]
    True
    """
    shown = _filter_events(events, None, None, event_types, actors, True, merge)
    return _sides_of(shown[_col(shown, "event_date") != ""], zones, profile)


def _sides_of(shown: pd.DataFrame, zones: pd.DataFrame, profile: Any) -> Sides:
    """The colour table of these events (dated, as a timeline embeds them) and zones."""
    keys = _event_keys(shown)
    return Sides(pd.concat([keys, _col(zones, "faction")]).value_counts(sort=False).to_dict(), profile,
                 together=co_reported(keys, _col(shown, "doc_id")))


def _finish(m: folium.Map, bounds: Any, assets: str) -> folium.Map:
    """The controls every map ends with, the view on ``bounds``, and stable element ids."""
    FullscreenButton(assets=assets).add_to(m)
    folium.LayerControl(collapsed=True, position="topright").add_to(m)
    if bounds is not None:
        m.fit_bounds(bounds, max_zoom=11)
    assign_ids(m.get_root())
    return m

def app_map(
    events: pd.DataFrame,
    zones: pd.DataFrame,
    *,
    at: dt.date,
    window_days: int | None = None,
    event_types: Iterable[str] | None = None,
    actors: Iterable[str] | None = None,
    profile: Any = None,
    assets: str = "static",
    merge: bool = True,
) -> tuple[folium.Map, folium.FeatureGroup]:
    """The app's map: every date embedded once, and a tiny layer that sets the date.

    The base map depends only on the articles and the type/actor filters, so
    its HTML (and ``st_folium``'s key) stays the same while the slider moves;
    only the returned feature group, holding a :class:`SetTime`, changes. The
    browser then filters the data it already has: no reload, no blank flash.
    Big event data is published as a served file (``publish``), so each rerun
    sends kilobytes, not megabytes.

    Returns
    -------
    (folium.Map, folium.FeatureGroup)
        Pass the group to ``st_folium(..., feature_group_to_add=group)``.
    """
    m = build_map(
        events, zones, at=None, event_types=event_types, actors=actors, timeline=True,
        time_control=False, assets=assets, profile=profile, publish=True, merge=merge,
    )
    return m, time_layer(at, window_days)


def time_layer(at: dt.date, window_days: int | None = None, data: PackedBlock | str | None = None) -> folium.FeatureGroup:
    """A feature group whose only content moves its map to ``at``; with ``data``
    (:func:`block_source`), also hands a :func:`store_map` the events of ``at``'s block."""
    group = folium.FeatureGroup(name="date", control=False)
    SetTime(at, window_days, data=data).add_to(group)
    return group


def store_sides(keys: Iterable[str] | dict[str, int], zones: pd.DataFrame, profile: Any = None,
                together: dict[str, dict[str, int]] | None = None) -> Sides:
    """The colour table of a whole store: its events' colour keys (see ``store_view.store_overview``),
    a list or a dict of each key's events, and its zones' factions (``together``: as for
    :class:`~layers.elements.Sides`). Every block's map data and the map itself use it. One ranking for a
    store and a build: the keys of dated events only, as :func:`map_sides` counts them for a timeline (an
    undated event is on no map), so a side has one colour in the app on a store and in the CLI's ``map.html``."""
    counts = Counter(keys)
    counts.update(_col(zones, "faction").tolist())
    return Sides(dict(counts), profile, together=together)


def _map_frame(bounds: list[list[float]] | None, assets: str, height: str | int = "100%") -> folium.Map:
    m = folium.Map(
        location=None if bounds is None else [
            round((bounds[0][0] + bounds[1][0]) / 2, 5),
            round((bounds[0][1] + bounds[1][1]) / 2, 5),
        ],
        zoom_start=2 if bounds is None else 6,
        tiles=None,
        control_scale=True,
        height=height,
    )
    m.default_js = js_urls(assets)
    m.default_css = css_urls(assets)
    for i, (name, tiles, attr) in enumerate(BASE_MAPS):
        folium.TileLayer(tiles=tiles, attr=attr, name=name, show=(i == 0), overlay=False).add_to(m)
    return m


def store_map(
    zones: pd.DataFrame,
    *,
    types: Iterable[str],
    sides: Sides,
    counts: dict[str, int] | None = None,
    background: int = 0,
    bbox: tuple[float, float, float, float] | None = None,
    event_types: Iterable[str] | None = None,
    actors: Iterable[str] | None = None,
    assets: str = "static",
) -> folium.Map:
    """The app's map of a big store: the same for every block of dates, so the slider never reloads it.

    It holds the store's zones, and an event layer without events
    (:class:`layers.elements.BlockEventLayer`): each rerun's :func:`time_layer`
    brings the events of the slider's block (:func:`block_source`), and the
    browser swaps them in when the block changes. Overlays, colours, legend
    and view come from the whole store: ``types`` (all of them, in the data's
    order), ``sides`` (:func:`store_sides`), ``counts`` and ``background``
    (events per type and of background history, in the overlay labels; leave
    ``counts`` out when the actor filter makes them wrong), ``bbox`` (west,
    south, east, north of every event). ``event_types`` keeps overlays for
    those types only (the data is filtered the same way by :func:`block_source`).
    """
    if not isinstance(zones, pd.DataFrame):
        raise TypeError(f"zones must be a GeoDataFrame, got {type(zones).__name__}")
    if assets not in MODES:
        raise ValueError(Messages.E501.format(mode=assets, modes=", ".join(MODES)))
    types = list(types)
    chosen = list(event_types or [])
    shown_types = [t for t in types if not chosen or t in chosen]
    corners = pd.DataFrame({"latitude": [], "longitude": []})
    if bbox is not None:
        corners = pd.DataFrame({"latitude": [bbox[1], bbox[3]], "longitude": [bbox[0], bbox[2]]})
    bounds = data_bounds(corners, zones)

    m = _map_frame(bounds, assets)
    OfflineBasemap(assets=assets, publish=assets == "static").add_to(m)
    ZoneLayer(zones, sides=sides, assets=assets).add_to(m)
    layer = BlockEventLayer(types, sides=sides, shown_types=shown_types, counts=counts,
                            background=background if not chosen else 0, assets=assets).add_to(m)
    Legend(sides=sides, event_types=shown_types, zones=bool(len(zones)), clusters=layer.clusters,
           assets=assets).add_to(m)
    return _finish(m, bounds, assets)


def block_source(
    events: pd.DataFrame,
    *,
    sides: Sides,
    types: Iterable[str],
    event_types: Iterable[str] | None = None,
    actors: Iterable[str] | None = None,
    merge: bool = True,
) -> PackedBlock:
    """The data a :func:`store_map` shows for one block: ``events`` kept by the type and actor
    filters, numbered with the store's ``sides`` and ``types``, packed
    (:func:`layers.elements.events_packed`; ``merge`` as for :func:`build_map`). Pass it to
    :func:`time_layer`."""
    shown = _filter_events(events, None, None, event_types, actors, True, merge)
    return events_packed(shown, sides=sides, types=list(types), merge=merge)
