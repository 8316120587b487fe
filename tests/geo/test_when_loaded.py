"""The readers' one-time tables are built with the gazetteer (geo.gazetteer.when_loaded), not while a first
text is read: a process's first article (a user's first request, a timed pass) reads no data file."""
from __future__ import annotations

import builtins
import pathlib

import pyarrow.parquet as pq

from geo.gazetteer import load_gazetteer, when_loaded
from reading.geoparse import geoparse


def test_a_table_asked_for_once_the_gazetteer_is_loaded_is_built_at_once():
    load_gazetteer()
    built = []
    when_loaded(lambda: built.append("table"))
    assert built == ["table"]


def test_reading_texts_after_the_load_opens_no_data_file(monkeypatch):
    gaz = load_gazetteer()

    def no_file(*args, **kwargs):
        raise AssertionError(f"a data file read while reading a text: {args[:1]}")

    for owner, name in ((builtins, "open"), (pq, "read_table"), (pathlib.Path, "read_text"),
                        (pathlib.Path, "read_bytes"), (pathlib.Path, "open")):
        monkeypatch.setattr(owner, name, no_file)
    texts = ["Gunmen attacked Bukombo in the Masisi territory of North Kivu, and a market in Gwoza LGA, Borno.",
             "Floods hit Otsego County, New York, and the Sindh province's Dadu district on Tuesday.",
             "In Tawila, 60 km west of El Fasher, the Rapid Support Forces shelled the camp, residents said.",
             "Protests spread from Cluj-Napoca to the Bihor county seat Oradea and to Brasov."]
    rows = [r for t in texts for r in geoparse(t, gazetteer=gaz)]
    names = {r["name"] for r in rows}
    assert any(n.startswith("Masisi") for n in names) and "Oradea" in names
