"""The cache of drawn shapes keeps what was used last when it is full."""
from __future__ import annotations

from reading import toponyms


def test_shape_cache_drops_the_least_recently_used(monkeypatch):
    monkeypatch.setattr(toponyms, "_CACHE_SIZE", 3)
    cache: dict = {}
    built: list = []

    def get(key):
        return toponyms._cached(cache, key, lambda: built.append(key) or (key, ""))

    for key in ("a", "b", "c"):
        assert get(key) == (key, "")
    assert get("a") == ("a", "")  # a hit: "a" is now the most recent
    get("d")  # full: "b", the least recently used, goes
    assert set(cache) == {"a", "c", "d"}
    get("a")
    get("c")
    assert built == ["a", "b", "c", "d"]  # nothing drawn twice
    get("b")
    assert built[-1] == "b" and len(cache) == 3


def test_shape_cache_without_a_cache_builds_every_time():
    calls = []
    for _ in range(2):
        assert toponyms._cached(None, "k", lambda: calls.append(1) or ("x", "")) == ("x", "")
    assert len(calls) == 2
