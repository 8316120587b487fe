"""conflict-map app: widgets, layout and session state only.

Logic lives in the packages: ``conflict_map.workspace`` (which articles),
``conflict_map.build`` (reading and layers, cached here), ``conflict_map.view``
(what one date and set of filters shows, and the exports), ``layers.mapview``
(the folium map), ``conflict_map.store_view`` (a big store, a block of dates at
a time). Run with ``bash scripts/app.sh`` (the seeds), or on a built store with
``bash scripts/app.sh -- --store OUT/store`` (or ``CONFLICT_MAP_STORE=OUT/store``).
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import os
import sys
from functools import partial

import streamlit as st

from conflict_map.build import BuildResult, build_documents
from conflict_map.view import (
    ALL_YEARS,
    EVENT_DETAIL,
    EVENT_TABLE_HELP,
    PROBLEM_DETAIL,
    STEPS,
    View,
    added_date,
    article_ids,
    as_literal_markdown,
    counts_text,
    zones_text,
    default_date,
    event_table,
    events_csv_bytes,
    events_geojson_bytes,
    folded_done,
    geopackage_bytes,
    problem_rows,
    problem_summary,
    problem_table,
    snapshot_bytes,
    span_text,
    stepped,
    table_heading,
    timeline_bytes,
    view_frames,
    whole_row,
    year_choices,
    year_label,
    year_landing,
    year_span,
    zones_geojson_bytes,
)
from conflict_map.store import StoreError, open_store
from conflict_map.store_view import StoreView, block_of, neighbour
from conflict_map.workspace import Workspace
from layers.events import YEAR_PICK_DAYS, events_per_year
from layers.mapview import app_map, store_map, time_layer
from layers.zones import MAX_HOLD_DAYS, OPEN_HOLD_DAYS
from streamlit_folium import st_folium

st.set_page_config(page_title="conflict-map", page_icon="🗺️", layout="wide")

#: Rows of the events table sent to the browser per rerun (the newest; the CSV has them all).
TABLE_ROWS = 2000
#: Columns whose names and places are cut short at the default width ("Wazalendo militiamen", "30 km north of Bukavu",
#: "Explosions/Remote violence", "Remote explosive/landmine/IED").
TABLE_WIDTHS = {"actor1": "medium", "actor2": "medium", "location": "medium", "source": "medium",
                "event_type": "medium", "sub_event_type": "medium"}
#: The problems table: the quoted text and the reason get the room (a row picked shows them whole below it).
PROBLEM_COLUMNS = {"text": st.column_config.TextColumn(width="medium"),
                   "reason": st.column_config.TextColumn(width="large")}
#: What the one publication date of an addition means (every file of an upload shares it).
PUBLISHED_HELP = ("Every file of this upload and the pasted text get this one date; relative dates ('on Thursday', "
                  "'last month') are resolved against it. Articles published on different days: add them one "
                  "date at a time, or upload a manifest with them (a .jsonl or .csv giving each file its date).")
#: What the seed articles are, beside the button that sets them aside.
SEEDS_HELP = ("The app opens on two example articles (Libya, April 2019). Remove them to map only the articles "
              "you add in this session; they stay for everyone else.")
#: How an uploaded manifest dates each file (the CLI's manifest format).
MANIFEST_HELP = ("Articles published on different days: upload with them one .jsonl or .csv manifest, one row per "
                 "file: file (its name), published (YYYY-MM-DD or YYYY-MM), and optionally title, url, source, as "
                 "the command line's manifest.jsonl or manifest.csv. The date and source address above then apply "
                 "only to the files it does not list. Forgot it? Upload the manifest alone afterwards: it re-dates the "
                 "articles already added.")
#: Messages that say something was done (one green box); every other message is a warning of its own.
DONE_PREFIXES = ("Added", "Re-dated", "Updated", "Showing")
#: The earliest publication date an addition can be given (the corpus reports earlier ones, W119).
EARLIEST_PUBLISHED = dt.date(1900, 1, 2)
#: What the hold setting does (the command line's --hold-days).
HOLD_HELP = ("An area held, when no later report says it changed hands, is drawn this many days after the last "
             "article telling it, then no more (nothing says whether it is still held). Default: a year. "
             "The command line's build takes it as --hold-days.")
#: Above this many events a store opens on "the last N days" rather than everything.
LARGE_STORE = 100_000


def store_path() -> str | None:
    """The store given as ``-- --store DIR`` or ``CONFLICT_MAP_STORE``; None for the seeds workspace."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--store")
    args, _ = parser.parse_known_args(sys.argv[1:])
    return args.store or os.environ.get("CONFLICT_MAP_STORE") or None


@st.cache_resource(max_entries=2, show_spinner="Opening the store…")
def opened_store(path: str) -> StoreView:
    """The store with its overview (filter choices, colours, counts, bounds), zones and problems,
    read once; its blocks of dates are read (and warmed ahead) through it, shared by every session."""
    return StoreView(open_store(path))


@st.cache_resource(max_entries=16, show_spinner=False)
def store_base_map(path: str, types: tuple[str, ...], actors: tuple[str, ...], hold_days: int = OPEN_HOLD_DAYS):
    """The map of a store for a set of filters: the same for every date, so the slider never
    reloads it (each rerun's ``time_layer`` brings the events of the date's block)."""
    sv = opened_store(path)
    o = sv.overview
    return store_map(sv.held_zones(hold_days), types=sv.overview_types(), sides=sv.sides, counts=None if actors else o.type_counts,
                     background=o.background, bbox=o.bbox, event_types=list(types) or None)


@st.cache_resource(show_spinner="Reading the seed articles…")
def seed_workspace() -> Workspace:
    return Workspace.from_folder()


@st.cache_resource(max_entries=8, show_spinner="Reading articles and building the map layers…")
def built(key: str, _ws: Workspace) -> BuildResult:
    """The build of one set of articles, keyed by its fingerprint (never re-read on a slider move)."""
    return build_documents(_ws.documents, corpus_problems=_ws.problems, files=_ws.files)


@st.cache_resource(max_entries=8, show_spinner=False)
def held(key: str, _result: BuildResult, hold_days: int) -> BuildResult:
    """The build with its holds drawn ``hold_days`` after their last report (made once per setting)."""
    return _result.held_for(hold_days)


@st.cache_resource(max_entries=8, show_spinner=False)
def years_of(key: str, _result: BuildResult) -> dict[int, tuple[int, dt.date]]:
    """The year picker's counts of one build (a fifth of a second for 100,000 events: not on every slider step)."""
    return events_per_year(_result.events)


@st.cache_resource(max_entries=16, show_spinner=False)
def base_map(key: str, _result: BuildResult, types: tuple[str, ...], actors: tuple[str, ...], merge: bool = True,
             hold_days: int = OPEN_HOLD_DAYS):
    """The map with every date embedded, built once per set of articles, filters, merge choice and hold setting
    (``_result`` is already :func:`held` for ``hold_days``).

    The caller gets a deep copy (st_folium mutates the map it renders); a slider
    step then costs a copy and the tiny date layer, not a rebuild.
    """
    base, _ = app_map(_result.events, _result.zones, at=dt.date.today(), event_types=list(types) or None,
                      actors=list(actors) or None, profile=_result.profile, merge=merge)
    return base


def workspace() -> Workspace:
    """This session's articles: the seeds plus its own additions (never shared)."""
    if "workspace" not in st.session_state:
        st.session_state.workspace = seed_workspace().copy()
        st.session_state.add_messages = []
    return st.session_state.workspace


def sidebar_add_articles(ws: Workspace) -> None:
    # What was added is cleared from the inputs (a second click, or a manifest uploaded next to re-date
    # them, must not add the same files again); the uploader is cleared by giving it a new key.
    # A pasted text that was not added stays, to be mended.
    clear = st.session_state.pop("clear_add_inputs", ())
    if "files" in clear:
        st.session_state.add_round = st.session_state.get("add_round", 0) + 1
    if "text" in clear:
        st.session_state.add_text = st.session_state.add_title = ""
    with st.sidebar.expander("Add articles", expanded=False):
        seeds = seed_workspace()
        if ws.has_all(seeds) and st.button("Remove the example articles", key="drop_seeds", help=SEEDS_HELP):
            st.session_state.workspace = ws.without(seeds)
            st.session_state.pop("at", None)  # (the slider opens on the new corpus's newest article)
            st.rerun()
        # (Streamlit's default range is the last ten years: a 1995 report could not be dated; before 1900 is refused, W119)
        published = st.date_input("Publication date (one for everything added at once)", value=None,
                                  min_value=EARLIEST_PUBLISHED, max_value=dt.date.today() + dt.timedelta(days=366),
                                  key="add_published", help=PUBLISHED_HELP)
        uploads = st.file_uploader("Upload .txt, .md or .html, and a manifest giving each its date",
                                   type=["txt", "md", "html", "htm", "jsonl", "csv"], accept_multiple_files=True,
                                   key=f"add_files_{st.session_state.get('add_round', 0)}", help=MANIFEST_HELP)
        title = st.text_input("Title (for pasted text)", key="add_title")
        url = st.text_input("Source address (optional)", key="add_url")
        text = st.text_area("…or paste an article", key="add_text", height=120)
        if st.button("Add to the map", key="add_button", type="primary"):
            added, msgs = ws.add_uploads([(up.name, up.getvalue()) for up in uploads or []],
                                         published=published, url=url or None)
            clear = ("files", "text")
            if text.strip():
                try:
                    doc, msg = ws.add_text(text, title=title or None, published=published, url=url or None)
                except ValueError as err:
                    doc, msg = None, f"Not added: {err}"
                msgs.append(msg)
                added.append(doc)
                clear = ("files", "text") if doc is not None else ("files",)
            st.session_state.add_messages = msgs or ["Nothing to add: upload a file or paste a text."]
            # Show what was just added: the map moves to its publication date (date_controls keeps it
            # within the corpus span), not left on a date where none of it shows.
            newest = max((d.published for d in added if d is not None and d.published), default=None)
            if newest is not None:  # (the build is cached: the rerun that draws the map reads it again for free)
                st.session_state.at, shown = added_date(newest, built(ws.key, ws).span)
                st.session_state.add_messages.append(shown)
            st.session_state.clear_add_inputs = clear
            st.rerun()
        # What went in, one box (a manifest of 80 files is not 80 boxes, nor 80 lines); each problem its own box.
        # Messages quote file names and manifest cells: shown as written, never as Markdown.
        msgs = st.session_state.get("add_messages", [])
        done = [as_literal_markdown(m) for m in folded_done([m for m in msgs if m.startswith(DONE_PREFIXES)])]
        if done:
            st.success("  \n".join(done))
        for msg in msgs:
            if not msg.startswith(DONE_PREFIXES):
                st.warning(as_literal_markdown(msg))


def date_controls(span: tuple[dt.date, dt.date] | None, opening: dt.date,
                  per_year: dict[int, tuple[int, dt.date]] | None = None) -> dt.date:
    """Slider by day over the corpus span, step buttons, and the date kept in the address
    (``span`` None: no dated event yet, today's date). Over decades the slider covers the year picked beside it
    (``per_year``: events and last day per year), the opening date's at first; the buttons cross years."""
    dated, span = span is not None, span or (opening, opening)
    lo, hi = span
    if "at" not in st.session_state:
        wanted = st.query_params.get("date")
        try:
            at = dt.date.fromisoformat(wanted) if wanted else opening
        except ValueError:
            st.toast(f"Ignored the date in the address ({wanted!r}): not YYYY-MM-DD.")
            at = opening
        st.session_state.at = min(max(at, lo), hi)
    st.session_state.at = min(max(st.session_state.at, lo), hi)

    unit = st.session_state.get("step", "day")

    def step(forward: bool) -> None:
        st.session_state.at = stepped(st.session_state.at, st.session_state.get("step", "day"), forward, span)

    def pick_year() -> None:
        st.session_state.at = year_landing(st.session_state.year, per_year or {}, span, st.session_state.at)

    # One row at phone width too (no wrap): buttons stacked above and below the slider are far apart;
    # the buttons take their own width, the slider the rest. The year picker sits in the row below (uxg: beside
    # the slider it left the slider 45 px of a phone's 390).
    left = mid = right = st.container(horizontal=True, vertical_alignment="bottom", wrap=False)
    info = st.container(horizontal=True, vertical_alignment="bottom") if lo < hi else None
    left.button("◀", key="prev_day", help=f"One {unit} earlier", on_click=step, args=(False,),
                disabled=st.session_state.at <= lo)
    shown = span
    if (hi - lo).days > YEAR_PICK_DAYS:
        if st.session_state.get("year") != ALL_YEARS:  # (the year follows the date a step or the address set)
            st.session_state.year = st.session_state.at.year
        info.selectbox("Year", year_choices(per_year or {}, span, st.session_state.at), key="year", width=190,
                      format_func=lambda y: year_label(y, per_year or {}, span), on_change=pick_year,
                      help="The slider covers this year (the busiest years say so); ◀ ▶ cross into the next.")
        shown = year_span(st.session_state.year, span)
        st.session_state.at = min(max(st.session_state.at, shown[0]), shown[1])
    if shown[0] < shown[1]:
        mid.slider("Date", min_value=shown[0], max_value=shown[1], step=dt.timedelta(days=1), key="at",
                   format="YYYY-MM-DD")
    elif shown != span:
        mid.write(f"Date: **{shown[0].isoformat()}** (the span's only day in {shown[0].year})")
    else:
        mid.write(f"Date: **{lo.isoformat()}** (the corpus covers a single day)" if dated else
                  "No dated event to show yet: add articles with their publication date (see the sidebar).")
    right.button("▶", key="next_day", help=f"One {unit} later", on_click=step, args=(True,),
                 disabled=st.session_state.at >= hi)
    if info is not None:  # (the slider shows its ends only on hover)
        info.caption(span_text(span))
        if (hi - lo).days > 31:  # (reports over years: a day a press would take thousands of presses)
            info.radio("Step of ◀ ▶", STEPS, horizontal=True, key="step", label_visibility="collapsed",
                       format_func=lambda s: f"◀ ▶ by the {s}" if s == "day" else s, width="content")
    st.query_params["date"] = st.session_state.at.isoformat()
    return st.session_state.at


def main() -> None:
    path = store_path()
    store = ws = sv = None
    if path:
        try:
            sv = opened_store(path)
        except (StoreError, OSError, ValueError) as err:
            st.error(f"Cannot open the store {path}: {err}")
            st.stop()
        store = sv.store
        span = store.span or (dt.date.today(), dt.date.today())
        opening = span[1]
        per_year = store.events_per_year()
    else:
        ws = workspace()
        sidebar_add_articles(ws)
        full = built(ws.key, ws)
        span = full.span
        opening = default_date(span, [d.published for d in full.documents]) if span else dt.date.today()
        per_year = years_of(ws.key, full)
        types = sorted({t for t in full.events.get("event_type", []) if t})
        actors = sorted({a for col in ("actor1", "actor2") for a in full.events.get(col, []) if a})

    st.title("conflict-map")
    caption = st.empty()
    at = date_controls(span, opening, per_year)

    with st.sidebar:
        st.header("Show")
        big = store is not None and len(store) > LARGE_STORE
        mode = st.radio("Events", ["Everything up to this date", "The last N days"], key="mode", index=1 if big else 0)
        window = st.number_input("N days", min_value=1, max_value=3650, value=7, key="window",
                                 disabled=mode != "The last N days")
        if sv is not None:
            # Read the block while the filter choices are read (both mostly off the GIL).
            sv.read_ahead(block_of(span, at, int(window) if mode == "The last N days" else None))
            try:
                types, actors = sv.overview.types, sv.overview.actors
            except (StoreError, OSError, ValueError) as err:
                st.error(f"Cannot open the store {path}: {err}")
                st.stop()
        chosen_types = st.multiselect("Event types", types, key="types")
        chosen_actors = st.multiselect("Actors", actors, key="actors")
        merge = st.checkbox("One marker per event reported by several articles", value=True, key="merge",
                            help="Reports of one event (same type, day and place) by different articles share "
                                 "a marker whose popup lists every source. Off: one marker per report.")
        hold_days = int(st.number_input("Days a hold stays drawn after its last report", min_value=1,
                                        max_value=MAX_HOLD_DAYS, value=OPEN_HOLD_DAYS, step=1, key="hold_days",
                                        help=HOLD_HELP))

    view = View(at=at, window_days=int(window) if mode == "The last N days" else None,
                event_types=tuple(chosen_types), actors=tuple(chosen_actors), merge=merge)
    if store is not None:
        block = block_of(span, at, view.window_days)
        with st.spinner("Loading the dates around the slider…"):
            result = sv.block(block, hold_days)
        undated = f" ({store.undated:,} undated, not on the map)" if store.undated else ""
        events, zones = view_frames(result, view)
        head = (f"Store {path}: {len(store):,} located events{undated} · {zones_text(len(result.zones), len(zones))}"
                f" · {block.describe()} ({len(result.events):,})")
    else:
        result, key = held(ws.key, full, hold_days), ws.key
        n_docs = len(result.documents)
        events, zones = view_frames(result, view)
        head = (f"{n_docs:,} article{'' if n_docs == 1 else 's'} · {counts_text(result.events, view.merge)} · "
                f"{zones_text(len(result.zones), len(zones))}")
    problems = problem_table(result)  # (a problem repeated many times is one row, as counted here)
    caption.caption(f"{head} · {len(problems):,} items could not be placed or dated (see below)")

    table = event_table(events)
    st.subheader(f"Map {view.describe()}")
    map_slot = st.container()

    st.subheader(table_heading(events, view.merge, TABLE_ROWS))
    table = table.iloc[:TABLE_ROWS].reset_index(drop=True)
    # (placeholder: a missing toll or actor is an empty cell, as in the CSV, not a grey "None")
    picked = st.dataframe(table, key="table", on_select="rerun", selection_mode="single-row",
                          hide_index=True, width="stretch", placeholder="",
                          column_config={**{c: st.column_config.Column(help=text, width=TABLE_WIDTHS.get(c))
                                            for c, text in EVENT_TABLE_HELP.items()},
                                         "quote": st.column_config.TextColumn(width="large", help=EVENT_TABLE_HELP["quote"])})
    # (a row picked before the date moved may be past the end of the table now shown)
    rows = [r for r in (picked.selection.rows if picked is not None else []) if r < len(table)]
    selected = table.iloc[rows[0]]["event_id"] if rows else None
    if rows:  # (its sentence and notes whole: the table cuts them at the column's width)
        st.markdown(whole_row(table.iloc[rows[0]], EVENT_DETAIL))

    with map_slot:
        if store is None:
            base = copy.deepcopy(base_map(key, result, view.event_types, view.actors, view.merge, hold_days))
            moment = time_layer(view.at, view.window_days)
        else:
            # One map for every date; the block's events travel as a served file whose
            # URL the date layer carries: the browser swaps them in when the block changes.
            base = copy.deepcopy(store_base_map(path, view.event_types, view.actors, hold_days))
            moment = time_layer(view.at, view.window_days,
                                data=sv.source(block, view.event_types, view.actors, view.merge))
        focus = {}
        if selected is not None:
            row = events[events.event_id == selected].iloc[0]
            focus = {"center": [float(row.latitude), float(row.longitude)], "zoom": 9 if row.geo_precision == 1 else 7}
        # The base map's HTML only changes with the articles or filters; a date step sends
        # just `moment` (a few bytes of JavaScript) and the browser re-filters its data.
        st_folium(base, key="map", height=620, use_container_width=True, returned_objects=[],
                  feature_group_to_add=moment, center=focus.get("center"), zoom=focus.get("zoom"))

    with st.expander(f"Could not be read, placed or dated ({len(problems)})", expanded=False):
        # Counted first (hundreds of rows for hundreds of reports); names quoted from articles: as written.
        for line in problem_summary(problem_rows(result), article_ids(result) if store is None else None,
                                    counts=None if store is None else store.concerned):
            st.caption(as_literal_markdown(line))
        shown = st.dataframe(problems, key="problems", on_select="rerun", selection_mode="single-row",
                             hide_index=True, width="stretch", column_config=PROBLEM_COLUMNS)
        chosen = [r for r in (shown.selection.rows if shown is not None else []) if r < len(problems)]
        if chosen:  # (the table cuts a long sentence or reason at its column's width)
            st.markdown(whole_row(problems.iloc[chosen[0]], PROBLEM_DETAIL))
        elif len(problems):
            st.caption("Pick a row (the box at its left) to read its text and reason whole.")

    st.subheader("Download")
    events_now, zones_now = events, zones
    stamp = at.isoformat()
    colours = None if sv is None else sv.sides  # (a store's map colours its sides from the whole store)
    downloads = [
        ("Snapshot (HTML)", partial(snapshot_bytes, result, view, sides=colours), f"conflict-map-{stamp}.html",
         "text/html"),
        ("Timeline (HTML)", partial(timeline_bytes, result, merge=view.merge, sides=colours),
         "conflict-map-timeline.html", "text/html"),
        ("Events (GeoJSON)", partial(events_geojson_bytes, events_now), f"events-{stamp}.geojson", "application/geo+json"),
        ("Zones (GeoJSON)", partial(zones_geojson_bytes, zones_now), f"zones-{stamp}.geojson", "application/geo+json"),
        ("Events (CSV)", partial(events_csv_bytes, events_now), f"events-{stamp}.csv", "text/csv"),
        ("GeoPackage", partial(geopackage_bytes, events_now, zones_now), f"atlas-{stamp}.gpkg",
         "application/geopackage+sqlite3"),
    ]
    # (a store's timeline holds the dates loaded: said on hover, as a longer label was cut to "Timeline (HTML, l…")
    helps = {} if store is None else {"Timeline (HTML)": f"Only the dates loaded now ({block.describe()}); "
                                                         "the CLI's build writes the whole timeline."}
    for col, (label, data, name, mime) in zip(st.columns(len(downloads)), downloads):
        # Files are made only when clicked (data is a callable), so slider moves stay cheap.
        col.download_button(label, data, file_name=name, mime=mime, on_click="ignore", key=f"dl_{label}",
                            help=helps.get(label))

    if sv is not None:
        # Read the block the slider is heading for while the user looks at this one, so
        # crossing into it costs the browser a fetch and the server nothing.
        last = st.session_state.get("last_at")
        st.session_state.last_at = at
        ahead = neighbour(span, block, view.window_days, forward=last is None or at >= last)
        if ahead is not None:
            sv.warm(ahead, view.event_types, view.actors, delay=1.5, merge=view.merge)

main()
