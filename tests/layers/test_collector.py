"""Builds and layer builds pause the cyclic GC's older generations; nested and overlapping builds
(the app's sessions run in threads) and failing ones must leave the process's GC settings as they
found them."""
import gc
import threading

import pytest

from conflict_map.build import build_documents
from layers.collector import PAUSED_THRESHOLDS, gc_paused
from layers.events import events_frame
from reading.corpus import read_text


def test_overlapping_builds_put_the_thresholds_back():
    before = gc.get_threshold()
    first, second = gc_paused(), gc_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first build ends while the second still runs
    assert gc.get_threshold() == PAUSED_THRESHOLDS  # the second still builds with rare collections
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before


def test_nested_and_failing_pauses_put_the_thresholds_back():
    before = gc.get_threshold()
    with pytest.raises(ValueError):
        with gc_paused():
            with gc_paused():  # a build builds the layers inside its own pause
                assert gc.get_threshold() == PAUSED_THRESHOLDS
            assert gc.get_threshold() == PAUSED_THRESHOLDS
            raise ValueError("bad article")
    assert gc.get_threshold() == before
    assert gc.isenabled()  # paused, never switched off


def test_pauses_in_threads_leave_the_settings_as_they_were():
    before = gc.get_threshold()
    start = threading.Barrier(8)

    def work():
        start.wait()
        for _ in range(200):
            with gc_paused():
                pass

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert gc.get_threshold() == before


def test_a_build_and_the_layers_run_paused_and_restore(monkeypatch):
    seen = []
    real = gc.get_threshold

    import layers.events as E

    def frame(*args, **kwargs):
        seen.append(real())
        return events_frame(*args, **kwargs)

    monkeypatch.setattr(E, "events_frame", frame)
    before = gc.get_threshold()
    doc = read_text("Rebels shelled Goma on 3 March 2024, killing two people.", doc_id="a", published="2024-03-04")
    build_documents([doc])
    assert seen and seen[0] == PAUSED_THRESHOLDS
    assert gc.get_threshold() == before
