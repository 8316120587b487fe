"""The embedded store as a user meets it: a rebuild reads only what changed, an
interrupted build resumes without losing or doubling an event, and the app can
read one date window of a store without opening the rest."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

ROOT = Path(__file__).resolve().parents[2]


def _generator():
    """bench/articles.py: realistic generated news articles from several countries."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import articles
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return articles


def generated_articles(n: int, *, seed: int = 7):
    """``n`` generated news articles (bench/articles.py: several countries, dates, place names)."""
    return _generator().generate(n, seed=seed)


def write_corpus(folder: Path, arts) -> Path:
    """A corpus folder: one .txt per article and a manifest with dates and titles."""
    return _generator().write_corpus(folder, arts)


def documents(arts):
    from reading.document import Document

    return [Document(id=a.id, text=a.text, title=a.title, published=a.published) for a in arts]


class Counting:
    """A local engine that remembers which articles it was asked to read."""

    def __init__(self):
        from conflict_map.engines import LocalEngine

        self.inner = LocalEngine()
        self.read: list[str] = []

    def run(self, items, on_result, **kw):
        items = list(items)
        self.read += [d.id for _, d in items]
        self.inner.run(items, on_result, **kw)

    def close(self):
        pass


def exports(result) -> dict[str, str]:
    """The build's exports that do not need a browser, as text."""
    from conflict_map.build import report
    from layers import files as lf

    return {
        "events": json.dumps(lf.events_geojson(result.events), sort_keys=True),
        "zones": json.dumps(lf.zones_geojson(result.zones), sort_keys=True),
        "report": json.dumps(report(result), sort_keys=True),
    }


@pytest.fixture(scope="module")
def arts():
    return generated_articles(24)


@pytest.fixture(scope="module")
def clean(arts):
    """The build of the generated articles with no store at all."""
    from conflict_map.build import build_documents

    return build_documents(documents(arts))


def test_rebuild_reads_only_new_and_changed_articles_and_gives_the_same_result(tmp_path, arts, clean):
    import dataclasses

    from conflict_map.build import build_documents

    store = tmp_path / "store"
    first = Counting()
    build_documents(documents(arts[:20]), store=store, engine=first)
    assert len(first.read) == 20

    docs = documents(arts)  # four new articles, and one changed
    docs[3] = dataclasses.replace(docs[3], text=docs[3].text + "\nResidents said the night was calm.")
    again = Counting()
    result = build_documents(docs, store=store, engine=again)
    assert sorted(again.read) == sorted([docs[3].id] + [d.id for d in docs[20:]])

    fresh = build_documents(docs)
    assert exports(result) == exports(fresh)
    untouched = build_documents(documents(arts), store=store, engine=(nothing := Counting()))
    assert nothing.read == []  # back to the original article 3: stored by the first build
    assert exports(untouched) == exports(clean)


def test_a_new_pipeline_version_reads_everything_again(tmp_path, arts, monkeypatch):
    from conflict_map import store as st
    from conflict_map.build import build_documents

    docs = documents(arts[:6])
    build_documents(docs, store=tmp_path / "s", engine=Counting())
    monkeypatch.setattr(st, "pipeline_version", lambda: "another-version")
    again = Counting()
    build_documents(docs, store=tmp_path / "s", engine=again)
    assert len(again.read) == 6


def test_interrupted_build_resumes_without_losing_or_doubling_an_event(tmp_path, arts, clean):
    from conflict_map.build import build_documents

    store = tmp_path / "store"
    seen = []

    def stop_after_9(done, total):
        seen.append(done)
        if done == 9:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_documents(documents(arts), store=store, progress=stop_after_9)
    assert not (store / "index.json").exists()  # no half-built layers were published

    rest = Counting()
    progress = []
    result = build_documents(documents(arts), store=store, engine=rest, progress=lambda d, t: progress.append((d, t)))
    assert len(rest.read) == len(arts) - 9
    assert progress[0] == (9, len(arts)) and progress[-1] == (len(arts), len(arts))
    assert exports(result) == exports(clean)
    ids = result.events["event_id"].tolist()
    assert len(ids) == len(set(ids)) == len(clean.events)


def test_a_damaged_batch_is_read_again_not_trusted(tmp_path, arts, clean):
    from conflict_map.build import build_documents

    store = tmp_path / "store"
    build_documents(documents(arts), store=store)
    for f in (store / "articles").glob("part-*.parquet"):
        f.write_bytes(f.read_bytes()[: len(f.read_bytes()) // 2])
    again = Counting()
    with pytest.warns(UserWarning, match="unreadable store file"):
        result = build_documents(documents(arts), store=store, engine=again)
    assert len(again.read) == len(arts)
    assert exports(result) == exports(clean)


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory, seeds_build):
    from conflict_map.store import write_store

    root = tmp_path_factory.mktemp("store")
    write_store(root, seeds_build.events, seeds_build.zones, profile=seeds_build.profile)
    return root


def test_store_gives_back_the_build_frames_exactly(seeds_store, seeds_build):
    from conflict_map.store import open_store
    from layers import files as lf

    s = open_store(seeds_store)
    assert s.span == seeds_build.span
    assert s.profile.id == seeds_build.profile.id
    assert_frame_equal(pd.DataFrame(s.events()), pd.DataFrame(seeds_build.events))
    assert_frame_equal(pd.DataFrame(s.zones()), pd.DataFrame(seeds_build.zones))
    assert lf.events_geojson(s.events()) == lf.events_geojson(seeds_build.events)
    assert lf.zones_geojson(s.zones()) == lf.zones_geojson(seeds_build.zones)


def test_a_date_window_reads_only_its_months_and_matches_the_map_filter(tmp_path):
    import shutil

    from conflict_map.store import open_store, write_store
    from layers.events import filter_events
    from layers.zones import zone_timeline

    sys.path.insert(0, str(ROOT / "bench"))
    from _common import synthetic_events

    sys.path.remove(str(ROOT / "bench"))
    frame = synthetic_events(3000, days=365, start="2019-04-01")
    write_store(tmp_path, frame, zone_timeline([], []))
    s = open_store(tmp_path)
    assert len(s.months()) == 12
    # Every other month's file gone: a window inside June must not need them.
    for m in s.months():
        if m not in ("2019-06",):
            shutil.rmtree(tmp_path / "events" / f"month={m}")
    got = s.events("2019-06-10", "2019-06-20")
    want = filter_events(frame, at="2019-06-20", window_days=11).reset_index(drop=True)
    assert len(got) > 0
    assert_frame_equal(pd.DataFrame(got), pd.DataFrame(want))

    box = (13.0, 32.0, 14.0, 33.5)  # around Tripoli
    inside = s.events("2019-06-10", "2019-06-20", bbox=box)
    lon, lat = want["longitude"], want["latitude"]
    expect = want[(lon >= box[0]) & (lon <= box[2]) & (lat >= box[1]) & (lat <= box[3])]
    assert 0 < len(inside) < len(got)
    assert inside["event_id"].tolist() == expect["event_id"].tolist()
    few = s.events("2019-06-10", "2019-06-20", columns=["event_type"])
    assert list(few.columns) == ["event_type", "event_date", "date_end", "event_id", "geometry"]


def test_events_files_are_geoparquet_other_tools_read(seeds_store, seeds_build):
    import geopandas as gpd

    f = next((seeds_store / "events").glob("month=2019-04/part.parquet"))
    frame = gpd.read_parquet(f)
    assert frame.crs is not None and frame.crs.to_epsg() == 4326
    assert len(frame) == (seeds_build.events["event_date"].str[:7] == "2019-04").sum()
    # The bbox covering column is declared, so a reader can filter by area without decoding geometry.
    tripoli = gpd.read_parquet(f, bbox=(12.5, 32.0, 14.0, 33.5))
    assert 0 < len(tripoli) < len(frame)
    assert (tripoli.geometry.x < 14.0).all()


def test_a_rebuild_leaves_unchanged_months_untouched(tmp_path):
    from conflict_map.store import write_store
    from layers.zones import zone_timeline

    sys.path.insert(0, str(ROOT / "bench"))
    from _common import synthetic_events

    sys.path.remove(str(ROOT / "bench"))
    frame = synthetic_events(400, days=90, start="2019-04-01")
    write_store(tmp_path, frame, zone_timeline([], []))
    stamp = {p: p.stat().st_mtime_ns for p in (tmp_path / "events").rglob("*.parquet")}
    grown = pd.concat([frame, synthetic_events(3, days=5, start="2019-06-10", seed=9).assign(
        event_id=lambda f: "new" + f["event_id"])]).sort_values(["event_date", "event_id"], kind="stable")
    write_store(tmp_path, grown.reset_index(drop=True), zone_timeline([], []))
    changed = {p for p in stamp if p.stat().st_mtime_ns != stamp[p]}
    assert changed == {tmp_path / "events" / "month=2019-06" / "part.parquet"}


def test_months_are_written_from_a_frame_in_any_order_and_a_missing_month_file_is_written_again(tmp_path):
    from conflict_map.store import open_store, write_store
    from layers.zones import zone_timeline

    sys.path.insert(0, str(ROOT / "bench"))
    from _common import synthetic_events

    sys.path.remove(str(ROOT / "bench"))
    frame = synthetic_events(300, days=90, start="2019-04-01")
    shuffled = frame.sample(frac=1.0, random_state=3).reset_index(drop=True)  # months not in runs
    write_store(tmp_path / "a", frame, zone_timeline([], []))
    write_store(tmp_path / "b", shuffled, zone_timeline([], []))
    key = ["event_date", "event_id"]
    a = open_store(tmp_path / "a").events().sort_values(key).reset_index(drop=True)
    b = open_store(tmp_path / "b").events().sort_values(key).reset_index(drop=True)
    assert len(a) == len(frame) and a.equals(b)
    lost = tmp_path / "a" / "events" / "month=2019-05" / "part.parquet"
    lost.unlink()
    write_store(tmp_path / "a", frame, zone_timeline([], []))  # same rows, but the file is gone
    assert lost.is_file()
    assert open_store(tmp_path / "a").events().sort_values(key).reset_index(drop=True).equals(a)


def test_not_a_store_is_a_clear_error(tmp_path):
    from conflict_map.store import StoreError, open_store

    with pytest.raises(StoreError, match="not a conflict-map store"):
        open_store(tmp_path)


def test_cli_keeps_a_store_and_a_rebuild_gives_the_same_files(tmp_path, arts):
    import subprocess

    corpus = write_corpus(tmp_path / "corpus", arts[:10])

    def run(*args):
        return subprocess.run([sys.executable, "-m", "conflict_map", "build", str(corpus), *args],
                              cwd=ROOT, capture_output=True, text=True, timeout=600)

    r = run("--out", str(tmp_path / "a"))
    assert r.returncode == 0, r.stderr
    assert "article/s" in r.stderr or "s/article" in r.stderr  # the progress bar's rate
    assert (tmp_path / "a" / "store" / "index.json").is_file()
    r = run("--out", str(tmp_path / "b"), "--store", str(tmp_path / "a" / "store"), "--quiet")
    assert r.returncode == 0, r.stderr
    for name in ("events.geojson", "zones.geojson", "events.csv", "atlas.gpkg", "map.html", "report.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    (tmp_path / "file").write_text("x")
    r = run("--out", str(tmp_path / "c"), "--store", str(tmp_path / "file"))
    assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_compacting_keeps_one_copy_of_each_current_article(tmp_path, arts, clean, monkeypatch):
    from conflict_map.build import build_documents
    from conflict_map.store import ArticleCache

    monkeypatch.setattr(ArticleCache, "COMPACT_ROWS", 16)
    store = tmp_path / "store"
    cache = ArticleCache(store, batch_size=1)
    docs = documents(arts)
    build_documents(docs[:12], store=store)
    build_documents(docs, store=store)
    from conflict_map.build import _fresh
    from conflict_map.store import article_key

    keys = [article_key(_fresh(d)) for d in docs]
    got = cache.get_many(keys)
    for k in keys[:5]:  # duplicates in small files, and a stale article
        cache.add(k, got[k])
    cache.add("stale", got[keys[0]])
    cache.flush()
    cache.compact(keys)
    files = list((store / "articles").glob("part-*.parquet"))
    assert len(files) == 2  # the two builds' batches; the small copies and the stale one are gone
    import pyarrow.parquet as pq

    stored = [k for f in files for k in pq.read_table(f, columns=["key"]).column("key").to_pylist()]
    assert sorted(stored) == sorted(keys)
    again = Counting()
    assert exports(build_documents(docs, store=store, engine=again)) == exports(clean)
    assert again.read == []


def test_store_keeps_the_problems_for_the_could_not_be_placed_panel(tmp_path, seeds_dir):
    from conflict_map.build import build
    from conflict_map.store import open_store

    from layers.events import unlocated_problems

    result = build(seeds_dir, store=tmp_path)
    s = open_store(tmp_path)
    assert s.problems() == result.problems + unlocated_problems(result.unlocated) and result.problems
    one = result.problems[0].doc_id
    assert s.problems([one]) == [p for p in result.problems if p.doc_id == one]


def test_an_event_with_no_place_is_among_the_problems_of_the_store_the_app_opens(tmp_path):
    """The app on a store listed 1,658 items where the same build in the app listed 1,661: the store kept
    the build's problems, not its events with no place (an attack told only "in the Red Sea")."""
    import datetime as dt

    from conflict_map.build import build_documents
    from conflict_map.store import open_store
    from conflict_map.store_view import StoreView, block_of
    from conflict_map.view import problem_rows
    from reading.document import Document

    docs = [Document(id="tanker.txt", text="Houthi forces struck a tanker with a missile in the Red Sea on Monday, "
                                           "the group said.", published=dt.date(2024, 3, 6)),
            Document(id="raid.txt", text="Gunmen attacked a police post in Zinder on Tuesday, killing two officers.",
                     published=dt.date(2024, 3, 6))]
    result = build_documents(docs, store=tmp_path)
    assert [e.doc_id for e in result.unlocated] == ["tanker.txt"]
    store = open_store(tmp_path)
    shown = problem_rows(StoreView(store).block(block_of(store.span, store.span[1], None)))
    assert [r for r in shown if r[0] == "W490"] == [r for r in problem_rows(result) if r[0] == "W490"]


def test_a_fixed_profile_by_name_reuses_the_store(tmp_path, arts):
    from conflict_map.build import build_documents

    docs = documents(arts[:5])
    first = build_documents(docs, store=tmp_path, profile="libya")
    again = Counting()
    second = build_documents(docs, store=tmp_path, profile="libya", engine=again)
    assert again.read == []
    assert exports(second) == exports(first)
    other = Counting()
    build_documents(docs, store=tmp_path, profile="sudan", engine=other)
    assert len(other.read) == 5  # read with another profile: other facts


def test_cli_refuses_a_store_folder_that_holds_something_else(tmp_path, seeds_dir):
    import subprocess

    mine = tmp_path / "photos"
    mine.mkdir()
    (mine / "holiday.jpg").write_bytes(b"\xff\xd8")
    r = subprocess.run([sys.executable, "-m", "conflict_map", "build", str(seeds_dir), "--out", str(tmp_path / "o"),
                        "--store", str(mine)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 2 and "not a conflict-map store" in r.stderr and "Traceback" not in r.stderr
    assert sorted(p.name for p in mine.iterdir()) == ["holiday.jpg"]


def test_rebuilding_an_unchanged_corpus_reuses_the_stored_layers(tmp_path, arts, clean, monkeypatch):
    import dataclasses

    import layers.zones
    from conflict_map.build import build_documents

    docs = documents(arts)
    build_documents(docs, store=tmp_path)
    edited = list(docs)
    edited[0] = dataclasses.replace(docs[0], title="A corrected headline")
    want = exports(build_documents(edited))
    real = layers.zones.zone_layers_of  # what a build with a store computes its zone timeline with
    calls = []
    monkeypatch.setattr(layers.zones, "zone_layers_of", lambda *a, **k: calls.append(1) or real(*a, **k))
    index = (tmp_path / "index.json").read_bytes()
    stamps = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*.parquet") if "articles" not in p.parts}

    same = build_documents(docs, store=tmp_path)
    assert calls == []  # nothing changed: no zone timeline computed again
    assert (tmp_path / "index.json").read_bytes() == index
    assert {p: p.stat().st_mtime_ns for p in stamps} == stamps  # and no layer file written again
    assert exports(same) == exports(clean)
    assert same.zone_problems == clean.zone_problems

    changed = build_documents(edited, store=tmp_path)
    assert calls == [1]
    assert exports(changed) == want
    build_documents(edited, store=tmp_path, profile="none")  # another profile choice: built again
    assert calls == [1, 1]


def test_two_builds_of_one_corpus_leave_byte_identical_folders_store_included(tmp_path, arts):
    """Determinism reaches the cache too: no clock or random part in any file name or byte."""
    import subprocess

    corpus = write_corpus(tmp_path / "corpus", arts[:6])
    trees = []
    for name in ("a", "b"):
        r = subprocess.run([sys.executable, "-m", "conflict_map", "build", str(corpus), "--out", str(tmp_path / name),
                            "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert r.returncode == 0, r.stderr
        root = tmp_path / name
        trees.append({str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()})
    assert any(k.startswith("store/articles/part-") for k in trees[0])
    assert trees[0].keys() == trees[1].keys()
    assert [k for k in trees[0] if trees[0][k] != trees[1][k]] == []


def test_a_rebuild_replays_only_the_zone_parts_new_articles_touch(tmp_path, arts, monkeypatch):
    import layers.zones
    from conflict_map.build import build_documents

    store = tmp_path / "store"
    real = layers.zones._replay
    replayed = []
    monkeypatch.setattr(layers.zones, "_replay", lambda ops, *a, **k: replayed.append(len(ops)) or real(ops, *a, **k))
    from conflict_map.store import ZonePartCache

    def parts():  # the parts of the timeline the store keeps (their rows are in one table)
        return {key for key, _ in ZonePartCache(store).rows()[0]}

    def files_follow_parts():  # the only files: the saved states the kept parts list
        listed = {k for _, states in ZonePartCache(store).rows()[0] for k in states}
        return {p.stem for p in (store / "zone_parts").glob("*.z")} <= listed

    build_documents(documents(arts[:20]), store=store)
    parts_before = parts()
    assert len(replayed) == len(parts_before) > 1
    assert files_follow_parts()

    replayed.clear()
    result = build_documents(documents(arts), store=store)
    assert 0 < len(replayed) < len(parts_before)  # the parts the four new articles touch, not all
    assert exports(result) == exports(build_documents(documents(arts)))
    parts_after = parts()
    assert len(parts_after - parts_before) <= len(replayed)  # every other part was reused as stored
    assert files_follow_parts()
    # parts the new corpus no longer has are removed: the folder follows the corpus
    build_documents(documents(arts[:20]), store=store)
    assert parts() == parts_before
    assert files_follow_parts()


def test_articles_stored_by_an_earlier_version_are_still_read(tmp_path, arts, clean, monkeypatch):
    """Stores written before shapes were packed as WKB held zlib-compressed pickles: they still open."""
    import pickle
    import zlib
    from dataclasses import replace

    import conflict_map.store as store_mod
    from conflict_map.build import build_documents

    def old_pack(doc):
        user = {k: v for k, v in doc.user_data.items() if k != "profile_obj"}
        return zlib.compress(pickle.dumps(replace(doc, user_data=user), protocol=5), 3)

    monkeypatch.setattr(store_mod, "pack_document", old_pack)
    build_documents(documents(arts), store=tmp_path)
    monkeypatch.undo()
    again = Counting()
    result = build_documents(documents(arts), store=tmp_path, engine=again)
    assert again.read == []  # every article came from the store
    assert exports(result) == exports(clean)


def test_articles_with_shapes_tagged_as_persistent_ids_are_still_read(tmp_path, arts, clean, monkeypatch):
    """The format before shapes were reduced to WKB calls (persistent ids ``("wkb", bytes)``) still opens."""
    import io
    import pickle
    from dataclasses import replace

    import shapely

    import conflict_map.store as store_mod
    from conflict_map.build import build_documents

    class Tagging(pickle.Pickler):
        def persistent_id(self, obj):
            return ("wkb", shapely.to_wkb(obj, include_srid=True)) if isinstance(obj, shapely.Geometry) else None

    def old_pack(doc):
        buf = io.BytesIO()
        user = {k: v for k, v in doc.user_data.items() if k != "profile_obj"}
        Tagging(buf, protocol=5).dump(replace(doc, user_data=user))
        return buf.getvalue()

    monkeypatch.setattr(store_mod, "pack_document", old_pack)
    build_documents(documents(arts), store=tmp_path)
    monkeypatch.undo()
    again = Counting()
    result = build_documents(documents(arts), store=tmp_path, engine=again)
    assert again.read == []
    assert exports(result) == exports(clean)


def test_a_rebuild_unpacks_only_the_facts_of_stored_articles_until_their_documents_are_read(tmp_path, arts, clean):
    """The layers need an article's events, claims and problems; its sentences, mentions and
    dates stay packed until someone reads the documents, and are then the same articles."""
    from conflict_map.build import build_documents
    from conflict_map.store import ArticleFacts, StoredDocuments, pack_document, unpack_facts

    build_documents(documents(arts), store=tmp_path)
    again = build_documents(documents(arts), store=tmp_path, engine=Counting())
    docs = again.documents
    assert isinstance(docs, StoredDocuments) and "24 still packed" in repr(docs)  # the layers came from the facts
    assert again.events.equals(clean.events) and again.problems == clean.problems
    assert docs[0] == clean.documents[0] and "23 still packed" in repr(docs)
    assert docs[-2:] == clean.documents[-2:] and "21 still packed" in repr(docs)
    assert docs == clean.documents and list(docs) == list(clean.documents) and "0 still packed" in repr(docs)
    assert exports(again) == exports(clean)
    one = clean.documents[3]
    assert unpack_facts(pack_document(one)) == ArticleFacts.of(one) and ArticleFacts.of(one).events == one.events


def test_a_stored_article_that_cannot_be_read_back_is_a_clear_error(tmp_path):
    from conflict_map.store import StoreError, StoredDocuments

    docs = StoredDocuments([b"CMA2" + (5).to_bytes(8, "little") + b"oops!" + b"garbage"])
    with pytest.raises(StoreError, match="cannot be read back"):
        docs[0]


def test_articles_read_back_share_one_shape_per_place(clean):
    """Unpacking many articles gives the articles that name one place one shape object, not a copy each."""
    from conflict_map.store import pack_document, unpack_document

    shapes = {}
    back = [unpack_document(pack_document(d), shapes=shapes) for d in clean.documents]
    assert back == clean.documents
    geoms = [m.location.geometry for d in back for m in d.mentions if m.location is not None]
    by_wkb = {}
    for g in geoms:
        by_wkb.setdefault(g.wkb, set()).add(id(g))
    assert len(geoms) > len(by_wkb)  # some place is named more than once
    assert all(len(ids) == 1 for ids in by_wkb.values())


def test_zone_part_files_read_back_and_damaged_or_older_ones_are_handled(tmp_path):
    """Parts are zstd-compressed; zlib files of earlier versions still read; a truncated file is none."""
    import zlib

    from conflict_map.store import ZonePartCache

    cache = ZonePartCache(tmp_path)
    key, old, bad = "a" * 64, "b" * 64, "c" * 64
    data = b"rows " * 1000
    cache.set(key, data)
    assert cache.get(key) == data
    assert len((tmp_path / "zone_parts" / f"{key}.z").read_bytes()) < len(data) // 10
    (tmp_path / "zone_parts" / f"{old}.z").write_bytes(zlib.compress(data, 3))
    assert cache.get(old) == data
    blob = (tmp_path / "zone_parts" / f"{key}.z").read_bytes()
    (tmp_path / "zone_parts" / f"{bad}.z").write_bytes(blob[:-5])  # cut short (a crash mid-write)
    assert cache.get(bad) is None
    assert cache.get("d" * 64) is None


def test_a_damaged_or_missing_timeline_table_gives_the_same_rebuild(tmp_path, arts):
    """The zone rows kept as one table (zone_parts/timeline.arrow) are a cache: damaged or gone,
    a rebuild replays the parts from their saved states (or their first op) and gives the same files."""
    from conflict_map.build import build_documents
    from conflict_map.store import ZonePartCache

    want = exports(build_documents(documents(arts)))
    for damage in (b"not an arrow file", None):
        store = tmp_path / ("damaged" if damage else "missing")
        build_documents(documents(arts[:20]), store=store)
        table = store / "zone_parts" / ZonePartCache.ROWS
        assert table.is_file() and ZonePartCache(store).rows() is not None
        if damage:
            table.write_bytes(damage)
        else:
            table.unlink()
        assert ZonePartCache(store).rows() is None
        assert exports(build_documents(documents(arts), store=store)) == want
        assert ZonePartCache(store).rows() is not None  # written again
