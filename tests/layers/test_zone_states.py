"""Saved replay states of zone parts: small parts go on from their last state, and a part that
went on from a state and replayed only a few ops does not save its last state again."""
from __future__ import annotations

from tests.layers.test_zones import CountingCache, _busy_front, rows_of

from layers.zones import _STATE_TAG, zone_timeline


class Recording(CountingCache):
    """Remembers the saved states a replay went on from."""

    def __init__(self):
        super().__init__()
        self.loaded = set()

    def get(self, key):
        data = dict.get(self, key)
        if data is not None and data[:4] == _STATE_TAG:  # a saved state
            self.loaded.add(key)
        return data


def _applied(monkeypatch):
    import layers.zones as zones

    applied = []
    real = zones._Replay.apply
    monkeypatch.setattr(zones._Replay, "apply", lambda self, op: applied.append(op) or real(self, op))
    return applied


def test_a_small_part_goes_on_from_the_state_after_its_last_op(monkeypatch):
    import layers.zones as zones

    claims, events = _busy_front(24, seed=21)
    assert zones._STATE_MIN_OPS <= 24 < zones._CHECKPOINT_MIN_OPS
    later_claims, later_events = _busy_front(4, seed=22, first="2023-01-05")  # after every op above
    cache = CountingCache()
    zone_timeline(claims, events, cache=cache)
    applied = _applied(monkeypatch)
    grown = zone_timeline(claims + later_claims, events + later_events, cache=cache)
    assert len(applied) == len(later_claims) + len(later_events)  # only the new ops were replayed
    monkeypatch.undo()
    assert rows_of(grown) == rows_of(zone_timeline(claims + later_claims, events + later_events))


def test_a_few_ops_past_a_state_do_not_save_it_again_and_that_state_serves_the_next_rebuild(monkeypatch):
    import layers.zones as zones

    claims, events = _busy_front(240, seed=23)
    cache = Recording()
    zone_timeline(claims, events, cache=cache)
    c1, e1 = _busy_front(2, seed=24, first="2023-01-05")
    c2, e2 = _busy_front(2, seed=25, first="2024-01-05")
    cache.sets = 0
    cache.loaded = set()
    one = zone_timeline(claims + c1, events + e1, cache=cache)
    assert cache.sets == 2  # the part's rows and its list of states: no new state
    assert rows_of(one) == rows_of(zone_timeline(claims + c1, events + e1))
    lists = [v.decode().split() for v in cache.values() if v[:1] != b"Z" and set(v) <= set(b"0123456789abcdef\n")]
    listed = {k for keys in lists for k in keys}
    # the state it went on from stays listed with the part (kept while the part is)
    assert cache.loaded and cache.loaded <= listed

    applied = _applied(monkeypatch)
    two = zone_timeline(claims + c1 + c2, events + e1 + e2, cache=cache)
    assert len(applied) == len(c1 + e1 + c2 + e2)  # again from the same state
    monkeypatch.undo()
    assert rows_of(two) == rows_of(zone_timeline(claims + c1 + c2, events + e1 + e2))

    # enough ops past it: the last state is saved again
    more_c, more_e = _busy_front(40, seed=26, first="2025-01-05")
    cache.sets = 0
    zone_timeline(claims + c1 + c2 + more_c, events + e1 + e2 + more_e, cache=cache)
    assert cache.sets >= 3  # its rows, its list and its last state (and a mark it passed)
    assert zones._RESAVE_SHARE > 1


def test_ops_kept_as_columns_give_the_same_timeline_and_a_damaged_state_replays_them_all():
    import pickle

    from layers.zones import ZoneOps, _collect, zone_layers_of

    claims, events = _busy_front(200, seed=31)
    later_claims, later_events = _busy_front(30, seed=32, first="2023-01-05")
    want = rows_of(zone_timeline(claims + later_claims, events + later_events))
    ops, _ = _collect(claims + later_claims, events + later_events, published=None, profile=None, point_radius_km=5.0)
    kept = pickle.loads(pickle.dumps(ZoneOps.of(ops)))  # as a store keeps them: no live op
    assert kept.live == [None] * len(ops)
    cache = Recording()
    zone_timeline(claims, events, cache=cache)
    assert rows_of(zone_layers_of(kept, cache=cache)) == want
    for key in cache.loaded:  # the state it went on from, damaged
        cache[key] = b"\x80 damaged"
    for key in [k for k in cache if cache[k][:1] == b"["]:
        del cache[key]  # and the part's rows gone: replayed again, from its first op
    assert rows_of(zone_layers_of(kept, cache=cache)) == want
