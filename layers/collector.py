"""Rare cyclic garbage collections while a build makes many long-lived objects.

Reading, building the events frame and replaying the zone timeline allocate
millions of objects that live until the build ends (facts, rows, shapes, replay
states), none of them in a reference cycle: reference counting frees them. Each
collection of the older generations walks all of them again, and all a long-lived
process holds besides, to find almost nothing (reading and building 200 articles
leaves no unreachable object). Inside :func:`gc_paused` the youngest generation is
still collected, so cycles made by other threads do not pile up, but the older
generations almost never are.

One helper for the library (the layers) and the build alike: builds overlap (the
app's sessions run in threads) and nest (a build builds the layers), so the first
one in saves the thresholds and the last one out puts them back.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]

#: Thresholds inside: a young collection per 100,000 allocations, older ones hardly ever.
PAUSED_THRESHOLDS = (100_000, 50, 1_000)

_LOCK = threading.Lock()
_DEPTH = [0, (0, 0, 0)]  # callers inside, and the thresholds before the first


@contextmanager
def gc_paused() -> Iterator[None]:
    """Rare cyclic collections inside; the thresholds as they were after (nested, overlapping
    or failing)."""
    with _LOCK:
        if _DEPTH[0] == 0:
            _DEPTH[1] = gc.get_threshold()
            gc.set_threshold(*PAUSED_THRESHOLDS)
        _DEPTH[0] += 1
    try:
        yield
    finally:
        with _LOCK:
            _DEPTH[0] -= 1
            if _DEPTH[0] == 0:
                gc.set_threshold(*_DEPTH[1])
