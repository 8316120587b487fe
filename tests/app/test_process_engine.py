"""``--engine processes``: worker processes forked from the build read the articles; the
exports are the same bytes as one process's, articles in corpus order."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.app.test_store import Counting, documents, exports, generated_articles, write_corpus

ROOT = Path(__file__).resolve().parents[2]
OUTPUTS = ("events.geojson", "zones.geojson", "events.csv", "atlas.gpkg", "map.html", "report.json",
           "snapshot-2024-06-01.html")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="workers are forked")


def cli(*args):
    return subprocess.run([sys.executable, "-m", "conflict_map", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=900)


def test_processes_write_byte_identical_exports(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", generated_articles(40, seed=11))
    one, two = tmp_path / "one", tmp_path / "two"
    r1 = cli("build", str(corpus), "--out", str(one), "--at", "2024-06-01", "--no-store", "--quiet")
    r2 = cli("build", str(corpus), "--out", str(two), "--at", "2024-06-01", "--quiet",
             "--engine", "processes", "--workers", "2")
    assert r1.returncode == 0, r1.stderr
    assert r2.returncode == 0, r2.stderr
    assert ", events: 0," not in r2.stdout
    for name in OUTPUTS:
        assert (two / name).read_bytes() == (one / name).read_bytes(), name
    assert (two / "store" / "index.json").is_file()


def test_each_article_comes_back_once_in_corpus_order_with_the_stores_bytes():
    from conflict_map.build import _fresh
    from conflict_map.engines import LocalEngine, ProcessEngine
    from conflict_map.store import unpack_document

    docs = documents(generated_articles(13, seed=3))

    def fresh():  # the pipeline fills in the documents it is given
        return enumerate([_fresh(d) for d in docs])

    local, forked, order = {}, {}, []
    LocalEngine().run(fresh(), lambda i, d, packed: local.__setitem__(i, d))

    def got(i, doc, packed):
        order.append(i)
        forked[i] = (doc, packed)

    ProcessEngine(2, batch_size=3).run(fresh(), got)
    assert order == list(range(len(docs)))
    for i, doc in local.items():
        back, payload = forked[i]
        assert back == doc
        assert isinstance(payload, bytes) and unpack_document(payload) == doc


def test_zones_stay_right_when_the_articles_are_read_by_different_workers():
    """Claims about one town sit in different articles, read by different processes."""
    import datetime as dt

    from conflict_map.build import build_documents
    from conflict_map.engines import ProcessEngine
    from reading.document import Document

    texts = [
        ("a.txt", dt.date(2020, 1, 6), "Forces of the Government of National Accord control Sirte, officials said."),
        ("b.txt", dt.date(2020, 1, 8), "The Libyan National Army seized Sirte on Tuesday after brief clashes."),
        ("c.txt", dt.date(2020, 1, 20), "The Libyan National Army pulled out of Sirte on Monday."),
        ("d.txt", dt.date(2020, 1, 24), "Government of National Accord forces retook Sirte on Thursday."),
    ]
    docs = [Document(id=i, text=t, published=p, title=i) for i, p, t in texts]
    local = build_documents(docs, profile="libya")
    split = build_documents(docs, profile="libya", engine=ProcessEngine(2, batch_size=1))
    assert list(local.zones["faction"]) == ["GNA", "LNA", "GNA"]
    assert exports(split) == exports(local)


def test_an_interrupted_build_resumes_without_losing_or_doubling(tmp_path):
    from conflict_map.build import build_documents
    from conflict_map.engines import ProcessEngine

    arts = generated_articles(24, seed=5)
    clean = build_documents(documents(arts))

    def stop(done, total):
        if done == 10:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_documents(documents(arts), store=tmp_path, progress=stop, engine=ProcessEngine(2, batch_size=2))
    rest = Counting()
    result = build_documents(documents(arts), store=tmp_path, engine=rest)
    assert 0 < len(rest.read) <= len(arts) - 10
    assert exports(result) == exports(clean)


def test_scheduler_with_processes_is_one_line_and_exit_2(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", generated_articles(2))
    r = cli("build", str(corpus), "--out", str(tmp_path / "out"), "--engine", "processes",
            "--scheduler", "tcp://127.0.0.1:8786")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "--engine dask" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_zone_parts_replayed_in_worker_processes_give_the_same_timeline(monkeypatch):
    """The build hands the zone parts left to replay to the engine's ``map``: the same rows come back."""
    import layers.zones as zones
    from conflict_map.engines import ProcessEngine
    from tests.layers.test_zones import _busy_front, _north_and_south, rows_of

    claims, events = _busy_front(90, seed=4)
    north, south = _north_and_south()
    calls = []

    def counted(fn, jobs):
        calls.append(len(jobs))
        return ProcessEngine(2).map(fn, jobs)

    monkeypatch.setattr(zones, "_PARALLEL_MIN_OPS", 0)
    timeline, _problems = zones.zone_layers(claims + north + south, events, map_parts=counted)
    assert calls == [3]
    assert rows_of(timeline) == rows_of(zones.zone_timeline(claims + north + south, events))


def test_map_gives_results_in_item_order_whatever_the_chunks():
    from conflict_map.engines import ProcessEngine

    items = list(range(37))
    assert ProcessEngine(3).map(lambda x: x * x - 1, items) == [x * x - 1 for x in items]
    assert ProcessEngine(2).map(str, []) == []


def test_a_failing_worker_is_an_engine_error_and_what_was_read_is_kept(tmp_path, monkeypatch):
    """A worker that cannot read a batch stops the build with one clear error; the articles
    read before stay in the store."""
    from conflict_map import engines, store
    from conflict_map.build import build_documents

    arts = generated_articles(10, seed=9)
    late = {a.id for a in arts[4:]}
    real = store.pack_document

    def broken(doc):  # (the workers pack what they read; this process packs nothing)
        if doc.id in late:
            raise MemoryError("no room for the batch")
        return real(doc)

    monkeypatch.setattr(store, "pack_document", broken)
    with pytest.raises(engines.EngineError, match="a worker process failed: MemoryError: no room"):
        build_documents(documents(arts), store=tmp_path, engine=engines.ProcessEngine(2, batch_size=1))
    monkeypatch.undo()
    rest = Counting()
    build_documents(documents(arts), store=tmp_path, engine=rest)
    assert len(rest.read) == len(arts) - 4
