"""``--engine dask``: the same exports as one process, on a local cluster or an existing scheduler.

Dask clusters here are local only: processes, two workers of one thread,
no dashboard, so nothing listens beyond localhost.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.app.test_store import Counting, documents, exports, generated_articles, write_corpus

ROOT = Path(__file__).resolve().parents[2]
OUTPUTS = ("events.geojson", "zones.geojson", "events.csv", "atlas.gpkg", "map.html", "report.json",
           "snapshot-2024-06-01.html")


def cli(*args):
    return subprocess.run([sys.executable, "-m", "conflict_map", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=900)


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1", silence_logs=40) as c, Client(c) as client:
        yield c, client


@pytest.fixture(scope="module")
def corpus50(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus50"), generated_articles(50))


@pytest.fixture(scope="module")
def local50(corpus50, tmp_path_factory):
    out = tmp_path_factory.mktemp("local50")
    r = cli("build", str(corpus50), "--out", str(out), "--at", "2024-06-01", "--no-store", "--quiet")
    assert r.returncode == 0, r.stderr
    return out


def test_dask_on_a_local_cluster_writes_byte_identical_exports(corpus50, local50, tmp_path):
    r = cli("build", str(corpus50), "--out", str(tmp_path), "--at", "2024-06-01", "--no-store", "--quiet",
            "--engine", "dask", "--workers", "2")
    assert r.returncode == 0, r.stderr
    assert ", events: 0," not in r.stdout
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (local50 / name).read_bytes(), name


def test_dask_on_an_existing_scheduler_writes_byte_identical_exports(corpus50, local50, tmp_path, cluster):
    c, _client = cluster
    r = cli("build", str(corpus50), "--out", str(tmp_path), "--at", "2024-06-01", "--quiet",
            "--engine", "dask", "--scheduler", c.scheduler_address)
    assert r.returncode == 0, r.stderr
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (local50 / name).read_bytes(), name
    assert (tmp_path / "store" / "index.json").is_file()


def test_zones_need_the_whole_corpus_and_stay_right_when_articles_are_split(cluster):
    """Claims about one town sit in different articles, read by different workers."""
    from conflict_map.build import build_documents
    from conflict_map.engines import DaskEngine
    from reading.document import Document

    _c, client = cluster
    import datetime as dt

    texts = [
        ("a.txt", dt.date(2019, 4, 2), "Forces loyal to the Government of National Accord hold Gharyan, residents said."),
        ("b.txt", dt.date(2019, 4, 4), "The Libyan National Army took Gharyan on Thursday after heavy fighting."),
        ("c.txt", dt.date(2019, 4, 20), "The Libyan National Army withdrew from Gharyan on Saturday."),
        ("d.txt", dt.date(2019, 4, 25), "Forces of the Government of National Accord captured Gharyan on Thursday."),
    ]
    docs = [Document(id=i, text=t, published=p, title=i) for i, p, t in texts]
    local = build_documents(docs, profile="libya")
    split = build_documents(docs, profile="libya", engine=DaskEngine(client=client, batch_size=1))
    assert len(local.zones) >= 2
    assert exports(split) == exports(local)


def test_interrupted_dask_build_resumes_without_losing_or_doubling(tmp_path, cluster):
    from conflict_map.build import build_documents
    from conflict_map.engines import DaskEngine

    _c, client = cluster
    arts = generated_articles(30)
    clean = build_documents(documents(arts))

    def stop(done, total):
        if done == 12:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_documents(documents(arts), store=tmp_path, progress=stop,
                        engine=DaskEngine(client=client, batch_size=3))
    rest = Counting()
    result = build_documents(documents(arts), store=tmp_path, engine=rest)
    assert 0 < len(rest.read) <= len(arts) - 12
    assert exports(result) == exports(clean)


def test_scheduler_without_dask_engine_is_one_line_and_exit_2(corpus50, tmp_path):
    r = cli("build", str(corpus50), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:8786")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "--engine dask" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_scheduler_that_is_not_an_address_is_one_line_and_exit_2(corpus50, tmp_path):
    r = cli("build", str(corpus50), "--out", str(tmp_path), "--engine", "dask", "--scheduler", "my-laptop")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "tcp://HOST:PORT" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def facts(doc) -> str:
    """Everything read from one article, as the exports and report.json write it."""
    import json

    from reading.records import claim_record, date_mention_record, event_record, mention_record, problem_record

    return json.dumps({
        "events": [event_record(e) for e in doc.events], "claims": [claim_record(c) for c in doc.claims],
        "mentions": [mention_record(m) for m in doc.mentions], "dates": [date_mention_record(d) for d in doc.dates],
        "problems": [problem_record(p) for p in doc.problems], "profile": doc.user_data.get("profile"),
    }, sort_keys=True, default=str)


@pytest.mark.slow
def test_three_thousand_articles_on_two_workers_give_the_same_exports_as_one_process(cluster, tmp_path):
    """Several thousand generated articles: every article read identically, every export the same bytes.

    The Dask build also writes a store (the articles as its workers sent them);
    reading the corpus back from that store reads nothing again and gives the
    same articles.
    """
    import datetime as dt

    from conflict_map.build import _read_all, build_documents, write_outputs
    from conflict_map.engines import DaskEngine

    _c, client = cluster
    docs = documents(generated_articles(3000))
    one = build_documents(docs)
    two = build_documents(docs, engine=DaskEngine(client=client), store=tmp_path / "store")
    assert [d.id for d in two.documents] == [d.id for d in docs]
    assert [facts(d) for d in two.documents] == [facts(d) for d in one.documents]
    assert two.documents == one.documents  # every field of every article, geometries and actors included
    assert len(one.events) > 15000 and len(one.zones) > 100
    lo, hi = one.span
    at = lo + dt.timedelta(days=(hi - lo).days // 2)
    written_one = write_outputs(one, tmp_path / "one", at=at)
    written_two = write_outputs(two, tmp_path / "two", at=at)
    assert [p.name for p in written_two] == [p.name for p in written_one]
    for a, b in zip(written_one, written_two):
        assert b.read_bytes() == a.read_bytes(), a.name

    again = Counting()
    stored, _facts = _read_all(docs, profile="auto", engine=again, scheduler=None, store=tmp_path / "store",
                               progress=None)
    assert again.read == []
    assert stored == one.documents


def test_dask_results_come_with_the_bytes_the_store_keeps(cluster):
    """The worker's bytes are the store's format, so a store need not pack the article again."""
    from conflict_map.build import _fresh
    from conflict_map.engines import DaskEngine, LocalEngine
    from conflict_map.store import unpack_document

    _c, client = cluster
    docs = documents(generated_articles(12))

    def fresh():  # the pipeline fills in the documents it is given
        return enumerate([_fresh(d) for d in docs])

    local, remote = {}, {}
    LocalEngine().run(fresh(), lambda i, d, packed: local.__setitem__(i, (d, packed)))
    DaskEngine(client=client, batch_size=5).run(fresh(), lambda i, d, packed: remote.__setitem__(i, (d, packed)))
    assert sorted(local) == sorted(remote) == list(range(len(docs)))
    for i, (doc, none) in local.items():
        assert none is None  # one process holds no bytes: the store packs the article
        got, payload = remote[i]
        assert got == doc
        assert isinstance(payload, bytes) and unpack_document(payload) == doc


def test_a_failing_worker_is_an_engine_error_and_what_was_read_is_kept(tmp_path, cluster, monkeypatch):
    """A worker that cannot read (here: a batch that is not a list of articles) stops the build
    with one clear error; the articles read before stay in the store."""
    from conflict_map import engines
    from conflict_map.build import build_documents

    _c, client = cluster
    arts = generated_articles(6)
    real = engines.read_batch

    def broken(items, fixed_profile=None, token="detect"):
        if any(i >= 4 for i, _ in items):
            import time

            time.sleep(2)  # after the others have come back
            raise ModuleNotFoundError("No module named 'conflict_map'")
        return real(items, fixed_profile, token)

    monkeypatch.setattr(engines, "read_batch", broken)
    with pytest.raises(engines.EngineError, match="a Dask worker failed: ModuleNotFoundError"):
        build_documents(documents(arts), store=tmp_path, engine=engines.DaskEngine(client=client, batch_size=1))
    monkeypatch.undo()
    rest = Counting()
    build_documents(documents(arts), store=tmp_path, engine=rest)
    assert 2 <= len(rest.read) < len(arts)


def test_zone_parts_replayed_on_the_workers_give_the_same_timeline(cluster, monkeypatch):
    """The build hands the zone parts left to replay to the engine's ``map``: the same rows come back."""
    import layers.zones as zones
    from conflict_map.engines import DaskEngine
    from tests.layers.test_zones import _busy_front, _north_and_south, rows_of

    _c, client = cluster
    claims, events = _busy_front(120, seed=11)
    north, south = _north_and_south()
    engine = DaskEngine(client=client)
    calls = []

    def counted(fn, jobs):
        calls.append(len(jobs))
        return engine.map(fn, jobs)

    monkeypatch.setattr(zones, "_PARALLEL_MIN_OPS", 0)
    timeline, _problems = zones.zone_layers(claims + north + south, events, map_parts=counted)
    assert calls == [3]
    assert rows_of(timeline) == rows_of(zone_timeline_of(claims + north + south, events))


def zone_timeline_of(claims, events):
    from layers.zones import zone_timeline

    return zone_timeline(claims, events)


def test_map_gives_results_in_item_order_whatever_the_chunks(cluster):
    from conflict_map.engines import DaskEngine

    _c, client = cluster
    engine = DaskEngine(client=client)
    for n in (0, 1, 3, 8, 37):
        items = list(range(n))
        assert engine.map(lambda x: (x, x * x), items) == [(x, x * x) for x in items]
