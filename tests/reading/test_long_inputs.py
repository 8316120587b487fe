"""Long and repetitive articles cost time in proportion to their length, not its square.

A real corpus holds 300 KB reports, tables of names, headlines in capitals and feeds with no full
stop. Each test below counts the steps of a rule that once walked the whole text (or the whole list
of names) again for each name, on an input where that took seconds to minutes: the counts must grow with the input, not with its square. (Counts, not
timings: the machine's speed does not matter.)
"""
from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

import reading.qualifiers as qualifiers
import reading.toponyms as toponyms
from reading.geoparse import geoparse


class Counted:
    """A compiled pattern that counts its ``match`` and ``search`` calls."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def match(self, *args):
        self.calls += 1
        return self.pattern.match(*args)

    def search(self, *args):
        self.calls += 1
        return self.pattern.search(*args)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


@pytest.fixture(scope="module")
def gaz():
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


# --- place names --------------------------------------------------------------


def test_a_run_of_capitalised_names_is_walked_once(gaz, monkeypatch):
    rng = random.Random(5)
    words = ["Musa", "Ibrahim", "Aisha", "Yusuf", "Grace", "Daniel", "Kismayo", "Baidoa", "Jowhar", "Beledweyne"]
    n = 3000
    text = " ".join(rng.choice(words) for _ in range(n)) + "."  # a table of names with no lower-case word
    cap, lower = Counted(toponyms._CAP_NEXT), Counted(toponyms._LOWER_WORD)
    monkeypatch.setattr(toponyms, "_CAP_NEXT", cap)
    monkeypatch.setattr(toponyms, "_LOWER_WORD", lower)
    rows = geoparse(text, gazetteer=gaz)
    assert rows and all(0 <= r["start"] < r["end"] <= len(text) for r in rows)
    assert cap.calls <= 4 * n  # was about n * n / 4: each name walked the rest of the run
    assert lower.calls <= 5  # one line, read once (was once per name)


def test_a_name_said_again_and_again_is_looked_up_as_an_entry_subject_once_each(gaz, monkeypatch):
    n = 600
    text = " ".join(f"Mobile crews cleared the road on day {i}." for i in range(n))
    defined = Counted(toponyms._DEFINED_AS)
    monkeypatch.setattr(toponyms, "_DEFINED_AS", defined)
    geoparse(text, gazetteer=gaz)
    assert defined.calls <= 2 * n  # was n * n / 2: every mention looked at all those before it


def test_a_list_of_thousands_of_places_reads_each_a_few_times(gaz, monkeypatch):
    rng = random.Random(11)
    towns = ["Sirte", "Misrata", "Tripoli", "Benghazi", "Gharyan", "Tarhouna", "Zawiya", "Sabha", "Derna",
             "Tobruk", "Aleppo", "Mosul", "Kharkiv", "Goma", "Kismayo", "Marib", "Bakhmut", "Kabul", "Homs", "Idlib"]
    n = 5000
    text = "Fighting was reported in " + ", ".join(rng.choice(towns) for _ in range(n)) + "."
    lookups = [0]
    get = gaz.get

    def counted_get(*args, **kwargs):
        lookups[0] += 1
        return get(*args, **kwargs)

    monkeypatch.setattr(gaz, "get", counted_get)
    rows = geoparse(text, gazetteer=gaz)
    assert len(rows) == n and sum(r["lat"] is not None for r in rows) >= 0.9 * n
    assert lookups[0] <= 30 * n  # was about 500 per name at this size (the placed towns listed again per city)


class CountingList(list):
    """A list that counts the items read from it (one by one or by index)."""

    reads = 0

    def __iter__(self):
        for item in super().__iter__():
            CountingList.reads += 1
            yield item

    def __getitem__(self, i):
        CountingList.reads += 1
        return super().__getitem__(i)


def test_the_next_item_of_a_list_of_names_is_found_by_bisection():
    names = [f"Town{i}" for i in range(4000)]
    text = ", ".join(names)
    found, pos = [], 0
    for name in names:
        span = SimpleNamespace(kind="name", surface=name)
        found.append(SimpleNamespace(start=pos, end=pos + len(name), anchors=[span]))
        pos += len(name) + 2
    found = CountingList(found)
    CountingList.reads = 0
    listed = [qualifiers._listed(text, f, found) for f in found[:4000]]
    assert listed == [True] * 3999 + [False]  # each name but the last has another after it
    assert CountingList.reads <= 4000 * 20  # about log2(4000) reads a name, not 2,000
