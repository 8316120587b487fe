"""Self-contained HTML exports: one file that works opened from disk with the network cut.

Every library is inlined (see :func:`layers.assets.inline_html`); the only
network use left is map tiles, and an offline basemap shows under them when
they fail. The page carries a visible title, the date it shows and a short
provenance note, and no local path or server address. Same input, same bytes.
"""
from __future__ import annotations

import datetime as dt
import html
from typing import Any, Iterable

import folium
import pandas as pd
from layers.assets import inline_html
from layers.elements import RawHTML, _col
from layers.events import YEAR_PICK_DAYS, undated_count
from layers.happenings import count_happenings
from layers.mapview import _as_date, _filter_events, assign_ids, build_map, date_span, filter_zones

__all__ = ["snapshot_html", "timeline_html", "page_html", "provenance_note"]


def provenance_note(events: pd.DataFrame, zones: pd.DataFrame, merge: bool = True, *,
                    dated_map: bool = True, shown: tuple[pd.DataFrame, pd.DataFrame] | None = None,
                    articles: int | None = None) -> str:
    """One line saying where the map comes from and how far to trust it; ``dated_map``: the map
    shows dates (a timeline, a snapshot on a day), so undated events are not on it. The articles
    are "articles", a "report" one article's telling of an event (it said "from 250 news report(s):
    877 event(s) from 878 report(s)", two meanings of one word in one line). ``shown``: the events
    and zones the map draws, when fewer than those read (a snapshot on a date): the line counts both
    (the command line's snapshot of 2025-06-01 said "662 event(s)" over a map of 518). ``articles``: how many
    articles were read, when known: those with no event nor zone are counted too (a map of 240 articles said
    "Machine-read from 182 article(s)").

    Examples
    --------
    >>> provenance_note(pd.DataFrame({"doc_id": ["a", "b", "a"]}), pd.DataFrame())
    'Machine-read from 2 article(s): 3 event(s), 0 zone span(s). Places and dates can be approximate: check the quoted sentence in each popup.'
    >>> provenance_note(pd.DataFrame({"doc_id": ["a", "b"], "happening": ["e1", "e1"]}), pd.DataFrame())
    'Machine-read from 2 article(s): 1 event(s) from 2 report(s), 0 zone span(s). Places and dates can be approximate: check the quoted sentence in each popup.'

    Undated events are counted, and said to be off the map (its dates cannot show them):

    >>> provenance_note(pd.DataFrame({"doc_id": ["a", "b"], "event_date": ["2024-05-01", ""]}), pd.DataFrame())
    'Machine-read from 2 article(s): 2 event(s) (1 undated, not on the map), 0 zone span(s). Places and dates can be approximate: check the quoted sentence in each popup.'

    A map showing some of them says how many:

    >>> read = pd.DataFrame({"doc_id": ["a", "b", "c"], "event_date": ["2024-05-01", "2024-06-01", ""]})
    >>> provenance_note(read, pd.DataFrame(), shown=(read.iloc[:1], pd.DataFrame()))
    'Machine-read from 3 article(s): this map shows 1 of 3 event(s) (1 undated, not on the map), 0 zone span(s). Places and dates can be approximate: check the quoted sentence in each popup.'
    >>> provenance_note(read, pd.DataFrame(), articles=5)[:70]
    'Machine-read from 5 article(s), 3 with events or zones: 3 event(s) (1 '
    """
    docs = {d for d in pd.unique(_col(events, "doc_id")).tolist() if d}
    if "sources" in zones.columns:
        for sources in zones["sources"]:
            for s in sources if isinstance(sources, (list, tuple)) else []:
                if isinstance(s, dict) and s.get("doc_id"):
                    docs.add(str(s["doc_id"]))
    happenings = count_happenings(events) if merge else len(events)
    if shown is not None and len(shown[0]) != len(events):
        some = count_happenings(shown[0]) if merge else len(shown[0])
        told = f"this map shows {some} of {happenings} event(s)"
        if happenings != len(events):
            told += f" from {len(shown[0])} of {len(events)} report(s)"
    else:
        told = f"{happenings} event(s) from {len(events)} report(s)" if happenings != len(events) else \
            f"{len(events)} event(s)"
    spans = f"{len(zones)} zone span(s)"
    if shown is not None and len(shown[1]) != len(zones):
        spans = f"{len(shown[1])} of {spans}"
    undated = undated_count(events) if dated_map else 0
    if undated:
        told += f" ({undated} undated, not on the map)"
    source = f"{len(docs)} article(s)"
    if articles is not None and articles > len(docs):
        source = f"{articles} article(s), {len(docs)} with events or zones"
    return (
        f"Machine-read from {source}: {told}, "
        f"{spans}. Places and dates can be approximate: "
        "check the quoted sentence in each popup."
    )


def _label(text: str) -> str:
    """HTML-escaped text with braces as entities (why: folium renders titles through Jinja)."""
    return html.escape(text).replace("{", "&#123;").replace("}", "&#125;")


def page_html(m: folium.Map, *, title: str, subtitle: str = "", note: str = "") -> str:
    """Render a map built with ``assets="inline"`` as a standalone page with a header.

    The header text is escaped here; the page is checked for remaining
    network script/stylesheet references (ValueError if any).
    """
    if not isinstance(m, folium.Map):
        raise TypeError(f"m must be a folium.Map, got {type(m).__name__}")
    for name, value in (("title", title), ("subtitle", subtitle), ("note", note)):
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    fig = m.get_root()
    fig.title = _label(title)
    header = (
        '<div class="cm-header cm-box" role="banner">'
        f"<h1>{_label(title)}</h1>"
        + (f'<div class="cm-sub cm-date">{_label(subtitle)}</div>' if subtitle else "")
        + (f'<div class="cm-sub cm-note">{_label(note)}</div>' if note else "")
        + "</div>"
    )
    fig.html.add_child(RawHTML(header), name="cm_header")
    assign_ids(fig)
    return inline_html(fig.render())


def _window_words(window_days: int | None) -> str:
    if window_days is None:
        return "all events up to that date"
    return f"events of the last {window_days} day(s)"


def snapshot_html(
    events: pd.DataFrame,
    zones: pd.DataFrame,
    *,
    at: dt.date | str | None,
    window_days: int | None = None,
    event_types: Iterable[str] | None = None,
    actors: Iterable[str] | None = None,
    profile: Any = None,
    title: str = "Conflict map",
    merge: bool = True,
    articles: int | None = None,
    sides: Any = None,
) -> str:
    """The map on one date as a standalone HTML page.

    Parameters
    ----------
    at : date or ISO str, or None
        Zones valid on that date and events up to it; None: every event and
        the zones still lasting.
    window_days, event_types, actors, profile, merge, sides :
        As in :func:`layers.mapview.build_map` (its sides: those of every date, so each side has the colour
        the timeline and the app give it).
    articles : int, optional
        How many articles were read (:func:`provenance_note`).
    title : str
        Shown in the page header and the browser tab (escaped).
    """
    day = _as_date(at, "at")
    m = build_map(
        events, zones, at=day, window_days=window_days, event_types=event_types,
        actors=actors, profile=profile, assets="inline", mode="snapshot", merge=merge, sides=sides,
    )
    subtitle = (
        f"Situation on {day.isoformat()} \u2014 {_window_words(window_days)}"
        if day is not None else "All events; zones as last reported"
    )
    shown = (_filter_events(events, day, window_days, event_types, actors, False, merge), filter_zones(zones, day))
    note = provenance_note(events, zones, merge, dated_map=day is not None, shown=shown, articles=articles)
    return page_html(m, title=title, subtitle=subtitle, note=note)


def timeline_html(
    events: pd.DataFrame,
    zones: pd.DataFrame,
    *,
    at: dt.date | str | None = None,
    window_days: int | None = None,
    event_types: Iterable[str] | None = None,
    actors: Iterable[str] | None = None,
    profile: Any = None,
    title: str = "Conflict map over time",
    merge: bool = True,
    articles: int | None = None,
    sides: Any = None,
) -> str:
    """Every date in one standalone HTML page, with a time slider (play, step, date label); ``articles``:
    how many articles were read (:func:`provenance_note`); ``sides``: the colour table (a store's), as for
    :func:`layers.mapview.build_map`."""
    m = build_map(
        events, zones, at=at, window_days=window_days, event_types=event_types,
        actors=actors, profile=profile, assets="inline", mode="timeline", merge=merge, sides=sides,
    )
    lo, hi = date_span(events, zones)
    span = f"{lo.isoformat()} to {hi.isoformat()}" if lo is not None else "no dated events"
    # (over decades the control picks a year first: said, as a slider alone would be looked for)
    pick = lo is not None and (hi - lo).days > YEAR_PICK_DAYS
    subtitle = f"{span} \u2014 {'pick a year and ' if pick else ''}move the slider at the bottom left"
    return page_html(m, title=title, subtitle=subtitle, note=provenance_note(events, zones, merge, articles=articles))
