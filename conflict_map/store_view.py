"""A large store seen through the app: only the dates near the slider are loaded.

A store of a million events does not fit in one map page (tens of MB) nor in
each rerun. The app therefore cuts the corpus span into fixed blocks of
:data:`BLOCK_DAYS` days and, for the block the slider is in, loads the events
the view can show there: those overlapping ``[block start - window + 1, block
end]`` (or everything up to the block's end for "everything up to this
date"). The map of a block embeds all its dates, so a slider step inside the
block only sends the new date to the browser; crossing into the next block
loads one more block (cached). Blocks are aligned on the span's first day, so
the same date always falls in the same block and the caches hit.

Everything here is pure (no Streamlit): the app caches what these return.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

__all__ = ["BLOCK_DAYS", "Block", "block_of", "load_block", "store_choices"]

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


def store_choices(store: Any) -> tuple[list[str], list[str]]:
    """(event types, actors) found anywhere in the store, for the filters (reads three columns only)."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    files = [str(store.path / info["file"]) for _, info in sorted(store.index.get("months", {}).items())]
    if not files:
        return [], []
    table = ds.dataset(files, format="parquet").to_table(columns=["event_type", "actor1", "actor2"])

    def values(*cols: str) -> list[str]:
        out: set[str] = set()
        for c in cols:
            out.update(v for v in pc.unique(table.column(c)).to_pylist() if v)
        return sorted(out)

    return values("event_type"), values("actor1", "actor2")
