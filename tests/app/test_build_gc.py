"""A build pauses the cyclic GC's older generations; overlapping builds (the app's sessions run in
threads) must leave the process's GC settings as they found them."""
import gc

from conflict_map.build import _gc_paused


def test_overlapping_builds_put_the_gc_thresholds_back():
    before = gc.get_threshold()
    first, second = _gc_paused(), _gc_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first build ends while the second still runs
    assert gc.get_threshold() != before  # the second still builds with rare collections
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before


def test_a_failing_build_puts_the_gc_thresholds_back():
    before = gc.get_threshold()
    try:
        with _gc_paused():
            raise ValueError("bad article")
    except ValueError:
        pass
    assert gc.get_threshold() == before
