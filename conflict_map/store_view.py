"""A large store seen through the app: only the dates near the slider are loaded.

A store of a million events does not fit in one map page (tens of MB) nor in
each rerun. The app therefore cuts the corpus span into fixed blocks of
:data:`BLOCK_DAYS` days and, for the block the slider is in, loads the events
the view can show there: those overlapping ``[block start - window + 1, block
end]`` (or everything up to the block's end for "everything up to this
date"). The app's map is the same for every block (its overlays, colours and
bounds come from the whole store, :func:`store_overview`); a block's events
travel as served data files holding all its dates (the map's columns, then
the popups' text: ``layers.elements.PackedBlock``), so a slider step inside
the block only sends the new date to the browser, and crossing into the next
block sends the new files' addresses, which the browser fetches and swaps in
(no new map). :class:`StoreView` reads each block once and warms the next one
in the background. Blocks are aligned on the span's first day, so the same
date always falls in the same block and the caches hit.

Everything here is pure (no Streamlit): the app keeps one :class:`StoreView` per store.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import time
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable

__all__ = ["BLOCK_DAYS", "Block", "block_of", "load_block", "store_choices", "StoreOverview", "store_overview",
           "StoreView", "neighbour"]

#: Days per block: the app's map embeds the events of one block (plus its window).
BLOCK_DAYS = 14


@dataclass(frozen=True)
class Block:
    """Dates ``first..last`` (inclusive) of one block, and the event dates loaded for it."""

    first: dt.date
    last: dt.date
    load_from: dt.date | None  # None: from the store's start (everything up to the date)

    def describe(self) -> str:
        since = "the start" if self.load_from is None else self.load_from.isoformat()
        return f"events from {since} to {self.last.isoformat()} loaded"


def block_of(span: tuple[dt.date, dt.date], at: dt.date, window_days: int | None, days: int = BLOCK_DAYS) -> Block:
    """The block holding ``at`` within ``span`` (dates outside are clamped into it)."""
    lo, hi = span
    at = min(max(at, lo), hi)
    k = (at - lo).days // days
    first = lo + dt.timedelta(days=k * days)
    last = min(first + dt.timedelta(days=days - 1), hi)
    load_from = None if window_days is None else first - dt.timedelta(days=window_days - 1)
    return Block(first, last, load_from)


def load_block(store: Any, block: Block, *, zones: Any = None, problems: list | None = None) -> Any:
    """A :class:`~conflict_map.build.BuildResult` holding the block's events and every zone.

    ``documents`` is empty (the articles stay in the store); ``problems`` are the
    build's stored problems, so nothing that could not be placed is hidden.
    ``zones`` and ``problems`` are the same for every block: pass them when they
    are already read (the app reads them once per store), else they are read here.
    """
    from conflict_map.build import BuildResult

    events = store.events(block.load_from, block.last)
    return BuildResult(
        documents=[], files=[], problems=store.problems() if problems is None else problems, events=events,
        unlocated=[], zones=store.zones() if zones is None else zones, profile=store.profile,
    )


def _dictionary_table(store: Any, columns: list[str]) -> Any:
    """``columns`` of every month file, strings read as dictionaries (why: 1M rows in 0.15 s, not 1 s)."""
    import pyarrow.dataset as ds

    files = [str(store.path / info["file"]) for _, info in sorted(store.index.get("months", {}).items())]
    if not files:
        return None
    dataset = ds.dataset(files, format="parquet")
    names = set(dataset.schema.names)
    strings = [c for c in columns if c in names and c != "background"]
    fmt = ds.ParquetFileFormat(read_options=ds.ParquetReadOptions(dictionary_columns=strings))
    return ds.dataset(files, format=fmt).to_table(columns=[c for c in columns if c in names])


def _distinct(column: Any) -> set[str]:
    import pyarrow as pa
    import pyarrow.compute as pc

    values = pc.unique(column)
    if pa.types.is_dictionary(values.type):
        values = values.dictionary_decode()
    return {v for v in values.to_pylist() if v}


def store_choices(store: Any) -> tuple[list[str], list[str]]:
    """(event types, actors) found anywhere in the store, for the filters (reads three columns only)."""
    overview = store_overview(store)
    return overview.types, overview.actors


@dataclass(frozen=True)
class StoreOverview:
    """What the whole store holds, for a map that stays the same across blocks.

    ``types``/``actors``: the filter choices; ``keys``: every colour key
    (an event's side, else its first actor; see :class:`layers.elements.Sides`) with its events,
    in key order (the legend of a crowded store names the sides with most events);
    ``type_counts``: events per type (background history counted apart, in
    ``background``); ``bbox``: (west, south, east, north) of every event, or None;
    ``together``: how many articles report each busy key with each other one (the legend
    lists the sides of one war side by side, :func:`layers.elements.co_reported`).
    """

    types: list[str]
    actors: list[str]
    keys: dict[str, int]
    type_counts: dict[str, int]
    background: int
    bbox: tuple[float, float, float, float] | None
    together: dict[str, dict[str, int]] = field(default_factory=dict)


def store_overview(store: Any) -> StoreOverview:
    """The :class:`StoreOverview` of a store: five columns read as dictionaries, the bounds from its index."""
    import pyarrow as pa

    from layers.events import is_crowd

    import pyarrow.compute as pc

    table = _dictionary_table(store, ["event_type", "actor1", "actor2", "side", "background", "doc_id", "event_date"])
    boxes = [info["bbox"] for info in store.index.get("months", {}).values() if info.get("bbox")]
    bbox = None
    if boxes:
        bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    if table is None or not table.num_rows:
        return StoreOverview([], [], {}, {}, 0, bbox)
    names = table.column_names

    def col(name: str) -> Any:
        if name in names:
            return table.column(name)
        return pa.chunked_array([pa.array([""] * table.num_rows, pa.string())])

    # uxg: the colours rank the sides by their dated events, as a timeline and the app's map of a build do
    # (layers.mapview.map_sides): an undated event is on no map (a side with many undated events ranked, so was
    # coloured, otherwise in the app on a store than in the CLI's map.html of the same build).
    dated = (pc.fill_null(pc.greater_equal(pc.utf8_length(pc.cast(col("event_date"), pa.string())), 7), False)
             if "event_date" in names else pa.chunked_array([pa.array([True] * table.num_rows)]))
    table = table.unify_dictionaries().append_column("dated", dated)
    # Distinct (type, first actor, side, background, dated) rows with their counts: a few hundred rows.
    keys = [c for c in ("event_type", "actor1", "side", "background", "dated") if c in table.column_names]
    rows = table.group_by(keys).aggregate([([], "count_all")]).to_pylist() if keys else []
    actors = _distinct(col("actor2"))
    colour_keys: dict[str, int] = {}
    counts: dict[str, int] = {}
    background = 0
    for r in rows:
        etype, a1, side, n = r.get("event_type") or "", r.get("actor1") or "", r.get("side") or "", r["count_all"]
        if a1:
            actors.add(a1)
        key = side or ("" if is_crowd(a1) else a1)  # (as layers.elements._event_keys: a crowd is no side)
        if key and r.get("dated"):
            colour_keys[key] = colour_keys.get(key, 0) + n
        if r.get("background"):
            background += n
        else:
            counts[etype or "Unknown"] = counts.get(etype or "Unknown", 0) + n
    return StoreOverview(
        types=sorted({r.get("event_type") for r in rows} - {None, ""}), actors=sorted(actors),
        keys=dict(sorted(colour_keys.items())), type_counts=dict(sorted(counts.items())), background=background,
        bbox=bbox, together=_co_reported(col("actor1"), col("side"), col("doc_id"), dated),
    )


def _co_reported(actor1: Any, side: Any, doc_id: Any, dated: Any = None) -> dict[str, dict[str, int]]:
    """:func:`layers.elements.co_reported` of a store's events (``dated``: a mask of those counted, the dated
    ones), from their Arrow columns' dictionary codes (why: a million rows decoded as strings and factorized
    again cost a second)."""
    import numpy as np

    from layers.elements import co_reported_codes
    from layers.events import is_crowd

    def codes(column: Any) -> tuple[Any, list[str]]:
        import pyarrow as pa

        column = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
        if not pa.types.is_dictionary(column.type):
            column = column.dictionary_encode()
        indices = column.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
        return indices, [v or "" for v in column.dictionary.to_pylist()]

    (a_idx, a_names), (s_idx, s_names), (d_idx, d_names) = codes(actor1), codes(side), codes(doc_id)
    # One key per event, as layers.elements._event_keys: its side, else its first actor unless a crowd.
    names = list(dict.fromkeys(s_names + a_names))
    where = {name: i for i, name in enumerate(names)}
    s_map = np.array([where[v] if v else -1 for v in s_names] + [-1], dtype=np.int64)
    a_map = np.array([where[v] if v and not is_crowd(v) else -1 for v in a_names] + [-1], dtype=np.int64)
    keys = np.where(s_map[s_idx] >= 0, s_map[s_idx], a_map[a_idx])  # (-1 indexes the trailing -1)
    if dated is not None:  # (an undated event is on no map: it ranks no side)
        import pyarrow as pa

        mask = dated.combine_chunks() if isinstance(dated, pa.ChunkedArray) else dated
        keys = np.where(mask.to_numpy(zero_copy_only=False), keys, -1)
    blank = np.array([not v for v in d_names] + [True])
    docs = np.where(blank[d_idx], -1, d_idx)
    return co_reported_codes(keys, names, docs)


class _Memo:
    """A small thread-safe cache of computed values, newest ``keep`` kept; a value asked for while
    it is being computed (say by a background warm-up) is waited for, not computed twice."""

    def __init__(self, keep: int):
        self.keep = keep
        self._items: OrderedDict[Any, Future] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any, make: Callable[[], Any]) -> Any:
        with self._lock:
            fut = self._items.get(key)
            mine = fut is None
            if mine:
                fut = self._items[key] = Future()
                done = [k for k, f in self._items.items() if f.done()]
                for old in done[: max(len(self._items) - self.keep, 0)]:
                    del self._items[old]
            else:
                self._items.move_to_end(key)
        if mine:
            try:
                fut.set_result(make())
            except BaseException as err:
                with self._lock:
                    self._items.pop(key, None)
                fut.set_exception(err)
        return fut.result()

    def __contains__(self, key: Any) -> bool:
        with self._lock:
            return key in self._items


class StoreView:
    """A store opened for the app: its overview, zones and problems read once, and its blocks
    (events, and the map data of each set of filters) cached and warmed ahead in the background.

    The map itself does not depend on the block (:func:`layers.mapview.store_map`); a block only
    brings its data files (:meth:`source`), which the browser swaps in when they change. So crossing
    into the next block costs a fetch, and :meth:`warm` prepares that block while the user is
    still in this one.
    """

    def __init__(self, store: Any, *, keep_blocks: int = 4):
        self.store = store
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="conflict-map-store")
        # Read while the first block is read (see read_ahead): Arrow does both off the GIL.
        self._overview = self._pool.submit(store_overview, store)
        self.zones = store.zones()
        self.problems = store.problems()
        self._blocks = _Memo(keep_blocks)
        self._sources = _Memo(2 * keep_blocks)
        self._warming: set = set()
        self._sides: Any = None
        self._held: dict[int, Any] = {}

    @property
    def overview(self) -> StoreOverview:
        """:func:`store_overview` of the store (read once, in the background from the start)."""
        return self._overview.result()

    @property
    def sides(self) -> Any:
        """The store's colour table (:func:`layers.mapview.store_sides`), the same for every block."""
        if self._sides is None:
            from layers.mapview import store_sides

            self._sides = store_sides(self.overview.keys, self.zones, self.store.profile,
                                      together=self.overview.together)
        return self._sides

    def read_ahead(self, block: Block) -> None:
        """Start reading ``block`` in the background (say while the overview is read); :meth:`block` waits for it."""
        if block not in self._blocks:
            self._pool.submit(self._quiet, self.block, block)

    def block(self, block: Block, hold_days: int | None = None) -> Any:
        """:func:`load_block` of ``block``, read once; its zones drawn ``hold_days`` after their last report
        (:meth:`held_zones`)."""
        result = self._blocks.get(block, lambda: load_block(self.store, block, zones=self.zones, problems=self.problems))
        zones = self.held_zones(hold_days)
        return result if zones is self.zones else dataclasses.replace(result, zones=zones)

    def held_zones(self, hold_days: int | None = None) -> Any:
        """The store's zones with a hold no later report ends drawn ``hold_days`` after its last report
        (:func:`layers.zones.with_drawn_until`), made once per number of days; None or the default: :attr:`zones`."""
        from layers.zones import OPEN_HOLD_DAYS, hold_days_value, with_drawn_until

        if hold_days is None or hold_days_value(hold_days) == OPEN_HOLD_DAYS:
            return self.zones
        days = hold_days_value(hold_days)
        if days not in self._held:
            if len(self._held) >= 4:  # (a few settings tried in turn: the oldest dropped)
                self._held.pop(next(iter(self._held)))
            self._held[days] = with_drawn_until(self.zones, days)
        return self._held[days]

    def source(self, block: Block, event_types: tuple[str, ...] = (), actors: tuple[str, ...] = (),
               merge: bool = True) -> Any:
        """The block's event data for the map's ``SetTime`` (:func:`layers.mapview.block_source`;
        ``merge``: one marker per happening), made once."""
        from layers.mapview import block_source

        def make() -> Any:
            return block_source(self.block(block).events, sides=self.sides, types=self.overview_types(),
                                event_types=list(event_types) or None, actors=list(actors) or None, merge=merge)

        key = (block, tuple(event_types), tuple(actors)) + (() if merge else (False,))
        return self._sources.get(key, make)

    def overview_types(self) -> list[str]:
        """Every event type of the store in display order, "Unknown" included when some events have none."""
        from layers.elements import _type_order

        return _type_order(list(self.overview.type_counts) + list(self.overview.types))

    def warm(self, block: Block, event_types: tuple[str, ...] = (), actors: tuple[str, ...] = (), *,
             delay: float = 0.0, merge: bool = True) -> Future | None:
        """Prepare ``block``'s data in the background (nothing when it is ready or on its way),
        starting after ``delay`` seconds (why: the browser is drawing the page just sent, and
        on two cores a warm-up started at once slows that first draw)."""
        key = (block, tuple(event_types), tuple(actors)) + (() if merge else (False,))
        if key in self._sources or key in self._warming:
            return None
        self._warming.add(key)

        def run() -> None:
            if delay > 0:
                time.sleep(delay)
            self._quiet(self.source, block, event_types, actors, merge)
            self._warming.discard(key)

        return self._pool.submit(run)

    @staticmethod
    def _quiet(fn: Callable[..., Any], *args: Any) -> None:
        try:
            fn(*args)
        except Exception:  # noqa: BLE001 - a warm-up that fails is redone (and reported) when asked for
            pass


def neighbour(span: tuple[dt.date, dt.date], block: Block, window_days: int | None, forward: bool = True) -> Block | None:
    """The block after (or before) ``block`` within ``span``; None at the span's end."""
    at = block.last + dt.timedelta(days=1) if forward else block.first - dt.timedelta(days=1)
    if not span[0] <= at <= span[1]:
        return None
    return block_of(span, at, window_days)
