"""A rebuild starts its corpus-wide stage from what the last build took from each article
(``layer_inputs.z``): the kept articles' facts are not unpacked, and the frames, problems and
exports are exactly those of a build from every article's facts."""
from __future__ import annotations

import dataclasses
import json

import pytest
from pandas.testing import assert_frame_equal

from tests.app.test_store import Counting, documents, exports, generated_articles


@pytest.fixture(scope="module")
def arts():
    return generated_articles(30, seed=11)


def _unpacked(monkeypatch):
    """Count the stored articles whose facts a build unpacks."""
    import conflict_map.store as st

    seen = []
    real = st.unpack_facts
    monkeypatch.setattr(st, "unpack_facts", lambda payload, **k: seen.append(1) or real(payload, **k))
    return seen


def _same(result, want):
    assert exports(result) == exports(want)
    assert_frame_equal(result.events, want.events)  # dtypes included
    assert_frame_equal(result.zones, want.zones)
    assert result.problems == want.problems and result.zone_problems == want.zone_problems
    assert result.unlocated == want.unlocated and getattr(result.profile, "id", None) == getattr(want.profile, "id", None)


def test_a_rebuild_after_new_articles_unpacks_only_theirs_and_gives_the_full_build(tmp_path, arts, monkeypatch):
    from conflict_map.build import build_documents

    store = tmp_path / "store"
    build_documents(documents(arts[:24]), store=store)
    assert (store / "layer_inputs.z").is_file()
    before = json.loads((store / "index.json").read_text())["months"]
    stamps = {m: (store / e["file"]).stat().st_mtime_ns for m, e in before.items()}
    seen = _unpacked(monkeypatch)
    reader = Counting()
    grown = build_documents(documents(arts), store=store, engine=reader)
    assert seen == [] and len(reader.read) == 6  # the kept articles' facts stayed packed
    monkeypatch.undo()
    _same(grown, build_documents(documents(arts)))
    after = json.loads((store / "index.json").read_text())["months"]
    same = [m for m in before if m in after and after[m]["digest"] == before[m]["digest"]]
    assert 0 < len(same) < len(after)  # the new articles' months changed, the others kept their rows
    assert all((store / after[m]["file"]).stat().st_mtime_ns == stamps[m] for m in same)  # not written again
    assert grown.documents == build_documents(documents(arts)).documents  # read when asked for


def test_removed_changed_and_reordered_articles_give_the_full_build(tmp_path, arts):
    from conflict_map.build import build_documents

    store = tmp_path / "store"
    build_documents(documents(arts), store=store)
    docs = documents(arts)
    docs[5] = dataclasses.replace(docs[5], text=docs[5].text + "\nResidents said the night was calm.")
    docs = docs[::-1][:-3]  # reversed, three removed, one changed
    _same(build_documents(docs, store=store), build_documents(docs))
    again = documents(arts)[2:]
    _same(build_documents(again, store=store), build_documents(again))


def test_another_profile_choice_or_damaged_inputs_compute_them_again(tmp_path, arts):
    from conflict_map.build import build_documents

    store = tmp_path / "store"
    build_documents(documents(arts[:20]), store=store)
    _same(build_documents(documents(arts[:22]), store=store, profile="none"),
          build_documents(documents(arts[:22]), profile="none"))
    (store / "layer_inputs.z").write_bytes(b"ZST1 damaged")
    _same(build_documents(documents(arts), store=store), build_documents(documents(arts)))
    (store / "layer_inputs.z").unlink()
    _same(build_documents(documents(arts[:26]), store=store), build_documents(documents(arts[:26])))


def test_repeated_articles_and_ids_give_the_full_build(tmp_path, arts):
    from conflict_map.build import build_documents

    store = tmp_path / "store"
    docs = documents(arts[:12])
    build_documents(docs, store=store)
    twice = docs + docs[:2]  # the same articles twice: same keys, same ids
    _same(build_documents(twice, store=store), build_documents(twice))
    build_documents(docs, store=store)
    renamed = docs + [dataclasses.replace(documents(arts[12:13])[0], id=docs[0].id)]  # another article, same id
    _same(build_documents(renamed, store=store), build_documents(renamed))


def test_an_interrupted_rebuild_resumes_with_the_same_events(tmp_path, arts):
    from conflict_map.build import build_documents

    store = tmp_path / "store"
    build_documents(documents(arts[:20]), store=store)

    class Stops(Counting):
        def run(self, items, on_result, **kw):
            items = list(items)
            self.inner.run(items[:3], on_result, **kw)
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_documents(documents(arts), store=store, engine=Stops())
    resumed = build_documents(documents(arts), store=store, engine=(reader := Counting()))
    assert len(reader.read) == 7
    ids = resumed.events["event_id"].tolist()
    assert len(ids) == len(set(ids))
    _same(resumed, build_documents(documents(arts)))


def test_a_rebuild_writes_the_store_a_full_build_writes(tmp_path, arts):
    from conflict_map.build import build_documents

    store, whole = tmp_path / "store", tmp_path / "whole"
    build_documents(documents(arts[:24]), store=store)
    grown = build_documents(documents(arts), store=store)
    build_documents(documents(arts), store=whole)
    for name in ("zones.parquet", "problems.parquet", "zone_problems.parquet"):
        assert (store / name).read_bytes() == (whole / name).read_bytes(), name
    for month in (whole / "events").iterdir():
        assert (store / "events" / month.name / "part.parquet").read_bytes() == (month / "part.parquet").read_bytes()
    _same(grown, build_documents(documents(arts)))


def test_a_new_article_on_a_stored_event_joins_its_happening(tmp_path):
    import datetime as dt

    from conflict_map.build import build_documents
    from reading.document import Document

    day = dt.date(2021, 6, 14)
    docs = [
        Document(id="wire.txt", title="Wire", published=day,
                 text="A drone strike hit a fuel depot in Marib on Sunday, killing three guards, officials said."),
        Document(id="other.txt", title="Elsewhere", published=day,
                 text="Hundreds of people protested in Aden on Saturday against power cuts."),
        Document(id="paper.txt", title="Paper", published=day,
                 text="Three guards died on Sunday when a drone struck the fuel depot of Marib, a local official said."),
    ]
    store, whole = tmp_path / "store", tmp_path / "whole"
    first = build_documents(docs[:2], store=store)
    assert first.events["happening"].tolist() == first.events["event_id"].tolist()
    grown = build_documents(docs, store=store)
    marib = grown.events[grown.events["location"].str.contains("rib")]
    assert sorted(marib["doc_id"]) == ["paper.txt", "wire.txt"] and marib["happening"].nunique() == 1
    _same(grown, build_documents(docs, store=whole))
    for month in (whole / "events").iterdir():
        assert (store / "events" / month.name / "part.parquet").read_bytes() == (month / "part.parquet").read_bytes()
