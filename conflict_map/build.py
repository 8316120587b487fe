"""The whole flow in one call: corpus → documents with facts → layers → files.

``build`` runs each stage once; ``write_outputs`` writes every export of a
build into a folder, all of them first into a hidden folder beside them and
then moved into place, so a failure never leaves a half written export, nor a
mix of new and earlier exports, behind. ``report`` accounts for every input file, every place
and date mention and every problem, so nothing is silently lost.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from layers.collector import gc_paused
from reading.document import Document, Event, Problem
from reading.records import date_mention_record, mention_record, problem_record

__all__ = ["BuildResult", "build", "build_documents", "report", "write_outputs", "OUTPUT_FILES"]

OUTPUT_FILES = ("events.geojson", "zones.geojson", "events.csv", "atlas.gpkg", "map.html", "report.json")


@dataclass
class BuildResult:
    """What one build produced.

    documents (Sequence[Document]): every article read, with its facts (those from a store
        are unpacked when first read: :class:`~conflict_map.store.StoredDocuments`).
    files (list): one record per input file (see :func:`reading.corpus.read_corpus`).
    problems (list[Problem]): corpus problems and every document's problems.
    events (GeoDataFrame): the events frame (located events).
    unlocated (list[Event]): events with no location, kept and reported.
    zones (GeoDataFrame): the control-zone timeline.
    profile: the conflict profile used, or None.
    """

    documents: list[Document]
    files: list[Any]
    problems: list[Problem]
    events: Any
    unlocated: list[Event]
    zones: Any
    profile: Any = None
    zone_problems: list[Problem] = field(default_factory=list)

    def held_for(self, hold_days: int | None) -> "BuildResult":
        """This build with its holds that no later report ends drawn ``hold_days`` after their last report (the
        build's setting, ``--hold-days``; None or :data:`layers.zones.OPEN_HOLD_DAYS`: this very result, drawn a
        year on). Its zones gain ``drawn_until`` (:func:`layers.zones.with_drawn_until`), which every map and
        export goes by; nothing else changes."""
        from layers.zones import OPEN_HOLD_DAYS, hold_days_value, with_drawn_until

        if hold_days is None or hold_days_value(hold_days) == OPEN_HOLD_DAYS:
            return self
        return dataclasses.replace(self, zones=with_drawn_until(self.zones, hold_days))

    @property
    def span(self) -> tuple[dt.date, dt.date] | None:
        from layers.events import date_span

        lo, hi = date_span(self.events, self.zones)
        return (lo, hi) if lo is not None else None


def _corpus_profile(facts: Iterable[Any], profile: Any) -> Any:
    """The profile that colours the map: the one asked for, else the one most articles use
    (``facts``: the :class:`~conflict_map.store.ArticleFacts` of the articles read, or their profile ids)."""
    from reading.profiles import load_profile, load_profiles

    if isinstance(profile, (str, Path)) and profile not in ("auto", "none"):
        return load_profile(str(profile))
    if profile not in (None, "auto", "none"):
        return profile
    if profile == "none":
        return None
    known = {p.id: p for p in load_profiles()}
    counts = Counter(pid for pid in (getattr(f, "profile", f) for f in facts) if pid in known)
    if not counts:
        return None
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return known[best]


def _fresh(doc: Document) -> Document:
    """A copy to read into: the pipeline fills in its document, and callers (the app's
    sessions share the seeds) may build the same documents again."""
    return dataclasses.replace(
        doc, sentences=[], mentions=[], dates=[], events=[], claims=[],
        problems=list(doc.problems), user_data=dict(doc.user_data),
    )


def _unique(problems: Iterable[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        key = (p.code, p.kind, p.doc_id, p.text, p.reason, p.start, p.end)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _read_all(
    documents: list[Document],
    *,
    profile: Any,
    engine: Any,
    scheduler: str | None,
    store: str | Path | None,
    progress: Callable[[int, int], None] | None,
    keys_out: list[str] | None = None,
    known: set[str] | None = None,
) -> tuple[Any, list[Any]]:
    """Read every document (from the store when already read), in corpus order:
    ``(documents, facts)``, a :class:`~conflict_map.store.StoredDocuments` and the
    :class:`~conflict_map.store.ArticleFacts` of each.

    Articles found in the store have their facts unpacked and the rest left
    packed until the documents are read; those whose key is in ``known`` (the
    caller has what it needs of their facts) are neither unpacked nor read from
    their batch files (their facts are None) until the documents are read. Each article read is added to the
    store as soon as it is read; batches are written whole, and the last one
    when anything stops the build (an error, Ctrl-C), so a rerun resumes where
    it stopped: no article is read twice into the result, none is lost.
    """
    from conflict_map.engines import make_engine
    from conflict_map.store import ArticleCache, ArticleFacts, Pending, StoredDocuments, article_key, profile_token

    fixed = profile not in (None, "auto", "none")
    fixed_profile = _corpus_profile([], profile) if fixed else None
    profiles = {fixed_profile.id: fixed_profile} if fixed_profile is not None and getattr(fixed_profile, "id", None) else {}
    # A profile given by name or file is identified by the file's bytes; an object by its pickle.
    token = profile_token(profile if fixed and isinstance(profile, (str, Path)) else fixed_profile)
    total = len(documents)
    done: list[Any] = [None] * total
    facts: list[Any] = [None] * total
    cache = keys = None
    if store is not None:
        cache = ArticleCache(store)
        keys = [article_key(d, token=token) for d in documents]  # what _fresh copies, unchanged
        if keys_out is not None:
            keys_out.extend(keys)
        skip = cache.stored([k for k in keys if k in known]) if known else set()
        found = cache.get_facts([k for k in keys if k not in skip])
        for i, k in enumerate(keys):
            if k in skip:
                done[i] = Pending(k)
            elif k in found:
                facts[i], done[i] = found[k]
    count = sum(d is not None for d in done)
    if progress is not None and count:
        progress(count, total)
    todo = [(i, _fresh(d)) for i, d in enumerate(documents) if done[i] is None]  # copied only to be read

    def on_result(i: int, doc: Document, packed: bytes | None) -> None:
        nonlocal count
        if done[i] is None:
            count += 1
        done[i] = doc
        facts[i] = ArticleFacts.of(doc)
        if cache is not None:
            cache.add(keys[i], doc, packed)
        if progress is not None:
            progress(count, total)

    runner = make_engine(engine, scheduler=scheduler)
    try:
        if todo:
            runner.run(todo, on_result, fixed_profile=fixed_profile, token=token, profiles=profiles)
    finally:
        try:
            if cache is not None:
                cache.flush()
        finally:
            if runner is not engine:
                runner.close()
    if cache is not None and len(cache.small_files()) > 16:
        cache.compact(keys)
    missing = [documents[i].id for i, d in enumerate(done) if d is None]
    if missing:  # an engine that skipped articles must not pass unnoticed
        raise RuntimeError(f"{len(missing)} articles were not read, e.g. {missing[0]!r}")
    return StoredDocuments(done, profiles, cache=cache), facts


def build_documents(
    documents: list[Document],
    *,
    corpus_problems: Iterable[Problem] = (),
    files: Iterable[Any] = (),
    profile: Any = "auto",
    progress: Callable[[int, int], None] | None = None,
    engine: Any = "local",
    scheduler: str | None = None,
    store: str | Path | None = None,
) -> BuildResult:
    """Read facts from already loaded documents and build the layers.

    Parameters
    ----------
    documents : list of Document
    corpus_problems : problems met while reading the files
    files : per-file records from the corpus reader
    profile : "auto" (detect from the articles), "none", a profile name/path, or a Profile
    progress : called as ``progress(done, total)`` after each document (once
        first with the count found in the store, when there is one)
    engine : "local" (this process), "dask", or an engine (:mod:`conflict_map.engines`)
    scheduler : with "dask", an existing scheduler's address (default: a LocalCluster)
    store : a store folder (:mod:`conflict_map.store`): articles already read
        there are not read again, new ones are added, and the built events and
        zones are written there for the app
    """
    from conflict_map.engines import make_engine

    runner = make_engine(engine, scheduler=scheduler)
    try:
        with gc_paused():
            return _build(documents, runner, corpus_problems=corpus_problems, files=files, profile=profile,
                          progress=progress, store=store)
    finally:
        if runner is not engine:
            runner.close()


def _build(documents: list[Document], runner: Any, *, corpus_problems: Iterable[Problem], files: Iterable[Any],
           profile: Any, progress: Callable[[int, int], None] | None, store: str | Path | None) -> BuildResult:
    """:func:`build_documents` with its engine made: reading, then the layers (the zone parts on the engine)."""
    from layers.events import events_frame, unlocated_events
    from layers.zones import zone_layers

    if store is not None:
        return _build_stored(documents, runner, corpus_problems=corpus_problems, files=files, profile=profile,
                             progress=progress, store=store)
    done, facts = _read_all(documents, profile=profile, engine=runner, scheduler=None, store=None,
                            progress=progress)
    chosen = _corpus_profile(facts, profile)
    events = [ev for f in facts for ev in f.events]
    claims = [c for f in facts for c in f.claims]
    frame = events_frame(events, profile=chosen)
    published = {f.id: f.published for f in facts}
    zones, zone_problems = zone_layers(claims, events, profile=chosen, published=published,
                                       map_parts=getattr(runner, "map", None))
    problems = _unique(list(corpus_problems) + [p for f in facts for p in f.problems] + list(zone_problems))
    return BuildResult(documents=done, files=list(files), problems=problems, events=frame,
                       unlocated=unlocated_events(events), zones=zones, profile=chosen,
                       zone_problems=list(zone_problems))


def _pack_frame(frame: Any) -> tuple:
    """An events frame to pickle: its ``area`` column (GeoJSON of a few shapes, repeated) as codes."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(frame["area"])
    return frame.drop(columns=["area"]), codes, np.asarray(uniques, dtype=object), frame["area"].dtype


def _unpack_frame(packed: tuple) -> Any:
    import pandas as pd

    from layers.events import EVENT_COLUMNS

    import pyarrow as pa

    frame, codes, uniques, dtype = packed
    frame = frame.copy()
    values: Any = uniques[codes] if len(codes) else []
    if getattr(dtype, "storage", None) == "pyarrow" and len(codes):  # decoded in Arrow, not string by string
        values = pa.DictionaryArray.from_arrays(pa.array(codes, type=pa.int64()),
                                                pa.array(list(uniques), type=pa.large_string())).cast(pa.large_string())
        values = dtype.construct_array_type()._from_sequence(values, dtype=dtype)
    frame.insert(list(EVENT_COLUMNS).index("area"), "area", pd.Series(values, index=frame.index, dtype=dtype))
    return frame


def _build_stored(documents: list[Document], runner: Any, *, corpus_problems: Iterable[Problem],
                  files: Iterable[Any], profile: Any, progress: Callable[[int, int], None] | None,
                  store: str | Path) -> BuildResult:
    """:func:`_build` with a store: the corpus-wide stage starts from what the last build took from
    each article (``layer_inputs.z``: its profile id, problems, unlocated events, event rows and
    zone ops, made with the corpus profile), so a rebuild unpacks and computes these only for its
    new articles, and merges them in the order a build from every article's facts gives (rows by
    date and id, ops by their order, ties in corpus order: the same frames, tested). The zone
    parts the new ops touch are replayed (:class:`~conflict_map.store.ZonePartCache`). Anything
    that makes the kept inputs doubtful (another profile, repeated article keys or ids, other
    code) computes them again from the articles' facts."""
    import numpy as np
    import pandas as pd

    from conflict_map.store import (ArticleCache, StoreError, ZonePartCache, _month, load_layer_inputs,
                                    profile_token, reuse_layers, save_layer_inputs, write_store)
    from conflict_map.store import layers_key as key_of
    from layers.events import events_frame, events_frame_rows, unlocated_problems
    from layers.happenings import happening_ids
    from layers.zones import ZoneOps, zone_inputs, zone_layers_of

    choice = profile if profile in ("auto", "none", None) else profile_token(profile)
    old = load_layer_inputs(store)  # under build_documents' GC pause: unpickling makes objects by the hundred thousand
    if old is not None and (old.get("choice") != choice or not old.get("unique")):
        old = None
    keys: list[str] = []
    done, facts = _read_all(documents, profile=profile, engine=runner, scheduler=None, store=store,
                            progress=progress, keys_out=keys, known=set(old["keys"]) if old is not None else None)
    where = {k: j for j, k in enumerate(old["keys"])} if old is not None else {}
    kept: list[int | None] = [where[k] if f is None else None for k, f in zip(keys, facts)]
    pids = [old["profiles"][j] if j is not None else f.profile for j, f in zip(kept, facts)]
    ids = [old["ids"][j] if j is not None else f.id for j, f in zip(kept, facts)]
    chosen = _corpus_profile(pids, profile)
    unique = len(set(keys)) == len(keys) and len(set(ids)) == len(ids)
    if any(j is not None for j in kept) and (not unique or getattr(chosen, "id", None) != old["profile"]):
        # The kept rows and ops were made for another corpus profile (or cannot be told apart):
        # from the facts, as for new articles.
        need = [k for k, j in zip(keys, kept) if j is not None]
        got = ArticleCache(store).get_facts(need)
        if len(got) < len(set(need)):
            raise StoreError("stored articles cannot be read back; build again without the store")
        facts = [got[k][0] if f is None else f for k, f in zip(keys, facts)]
        kept = [None] * len(keys)
    published = {i: (old["published"][j] if j is not None else f.published)
                 for i, j, f in zip(ids, kept, facts)}
    art_problems = [old["problems"][j] if j is not None else list(f.problems) for j, f in zip(kept, facts)]
    unlocated = [old["unlocated"].get(j, []) if j is not None else [ev for ev in f.events if ev.location is None]
                 for j, f in zip(kept, facts)]
    new = [i for i, j in enumerate(kept) if j is None]
    to_new = {j: i for i, j in enumerate(kept) if j is not None}  # old article -> its position now

    layers_key = key_of(keys, profile)
    built = reuse_layers(store, layers_key) if not new or old is None else None
    if built is not None:
        # The same articles, read and built by the same code: the stored layers are this build's.
        frame, zones, zone_problems = built
    else:
        # events: the kept articles' rows and the new ones', sorted as events_frame sorts all
        evs, ev_at = [], []
        for i in new:
            for q, ev in enumerate(facts[i].events):
                evs.append(ev)
                ev_at.append((i, q))
        fresh, order = events_frame_rows(evs, profile=chosen)
        frames = [fresh] if len(fresh) else []
        at = [np.asarray([ev_at[k] for k in order], dtype=np.int64).reshape(-1, 2)]
        same_months = None  # months whose rows are the last build's, in its order (not written again)
        if to_new and len(old["rows"]):
            rows = old["rows"]
            sel = np.flatnonzero(np.isin(rows[:, 0], np.fromiter(to_new, dtype=np.int64)))
            if len(sel):
                kept_frame = _unpack_frame(old["frame"])
                now = [to_new[j] for j in sorted(to_new)]
                if all(a < b for a, b in zip(now, now[1:])):  # kept articles in their order: ties too
                    dropped = np.setdiff1d(np.arange(len(rows)), sel)
                    touched = {_month(d) for d in fresh["event_date"].tolist()} if len(fresh) else set()
                    touched |= {_month(d) for d in kept_frame["event_date"].to_numpy()[dropped].tolist()}
                    same_months = {_month(d) for d in kept_frame["event_date"].tolist()} - touched
                frames.insert(0, kept_frame if len(sel) == len(rows) else kept_frame.take(sel))
                moved = rows[sel].copy()
                moved[:, 0] = [to_new[j] for j in moved[:, 0].tolist()]
                at.insert(0, moved)
        at_all = np.vstack(at) if at else np.empty((0, 2), dtype=np.int64)
        if not frames:
            frame = events_frame([], profile=chosen)
        else:
            frame = frames[0] if len(frames) == 1 else pd.concat(frames)
            key = pd.DataFrame({"d": frame["event_date"].to_numpy(), "e": frame["event_id"].to_numpy(),
                                "p": at_all[:, 0], "q": at_all[:, 1]})
            idx = key.sort_values(["d", "e", "p", "q"], kind="stable").index.to_numpy()
            # Rows before the first one that moves stay where they are (news arrives in date
            # order: the new rows mostly go at the end): only the rest is taken in order.
            moved = np.flatnonzero(idx != np.arange(len(idx)))
            head = int(moved[0]) if len(moved) else len(idx)
            if head < len(idx):
                frame = pd.concat([frame.iloc[:head], frame.take(idx[head:])]) if head else frame.take(idx)
            frame = frame.reset_index(drop=True)
            at_all = at_all[idx]
            # Happenings span articles: regrouped over every row (a new report can join a kept one).
            before = frame["happening"].to_numpy()
            frame["happening"] = pd.Series(happening_ids(frame), index=frame.index, dtype=frame["event_id"].dtype)
            if same_months:
                changed = np.flatnonzero(before != frame["happening"].to_numpy())
                same_months -= {_month(d) for d in frame["event_date"].to_numpy()[changed].tolist()}

        # zone ops and problems: (phase, position, seq) gives a build's order over all articles
        memo: dict = {}
        tables, op_at, zprobs = [], [], []
        if to_new:
            old_at = old["op_at"]
            sel = np.flatnonzero(np.isin(old_at[:, 0], np.fromiter(to_new, dtype=np.int64))) if len(old_at) else []
            if len(sel):
                tables.append(old["ops"].take(sel.tolist()))
                moved = old_at[sel].copy()
                moved[:, 0] = [to_new[j] for j in moved[:, 0].tolist()]
                op_at.append(moved)
            zprobs += [(ph, to_new[j], q, p) for j, ph, q, p in old["zone_problems"] if j in to_new]
        for i in new:
            f = facts[i]
            c_ops, c_probs, e_ops, e_probs = zone_inputs(f.claims, f.events, profile=chosen, published=published,
                                                         by_object=memo)
            for phase, ops in ((0, c_ops), (1, e_ops)):
                if len(ops):
                    tables.append(ops)
                    op_at.append(np.column_stack([np.full(len(ops), i), np.full(len(ops), phase),
                                                  np.arange(len(ops))]).astype(np.int64))
            zprobs += [(0, i, q, p) for q, p in enumerate(c_probs)] + [(1, i, q, p) for q, p in enumerate(e_probs)]
        table = ZoneOps.concat(tables)
        op_at_all = np.vstack(op_at) if op_at else np.empty((0, 3), dtype=np.int64)
        sort_keys = [(o, ph, i, q) for o, (i, ph, q) in zip(table.order, op_at_all.tolist())]
        idx = sorted(range(len(table)), key=sort_keys.__getitem__)
        table = table.take(idx)
        op_at_all = op_at_all[idx] if len(idx) else op_at_all
        zprobs.sort(key=lambda t: t[:3])
        zone_problems = [t[3] for t in zprobs]

        parts = ZonePartCache(store)  # a rebuild replays only the zone parts new articles touch
        zones = zone_layers_of(table, cache=parts, map_parts=getattr(runner, "map", None))
        parts.prune()
        save_layer_inputs(store, {
            "choice": choice, "profile": getattr(chosen, "id", None), "unique": unique, "keys": keys, "ids": ids,
            "profiles": pids, "published": [published[i] for i in ids] if unique else [None] * len(ids),
            "problems": art_problems, "unlocated": {i: u for i, u in enumerate(unlocated) if u},
            "frame": _pack_frame(frame), "rows": at_all, "ops": table, "op_at": op_at_all,
            "zone_problems": [(i, ph, q, p) for ph, i, q, p in zprobs], "layers_key": layers_key,
        })
    problems = _unique(list(corpus_problems) + [p for ps in art_problems for p in ps] + list(zone_problems))
    result = BuildResult(documents=done, files=list(files), problems=problems, events=frame,
                         unlocated=[ev for u in unlocated for ev in u], zones=zones, profile=chosen,
                         zone_problems=list(zone_problems))
    if built is None:  # reused layers are the store's own: nothing to write
        from conflict_map.view import article_ids, articles_concerned

        stored = problems + unlocated_problems(result.unlocated)
        # (the app on a store has no list of its articles: it says "articles concerned: 89 of 121" from these)
        concerned = articles_concerned([(p.code, p.kind, p.doc_id, p.text, p.reason) for p in stored],
                                       article_ids(result))
        write_store(store, frame, zones, profile=chosen,
                    extra={"articles": len(done), "events_unlocated": len(result.unlocated),
                           "problems": len(problems), "layers_key": layers_key, "concerned": list(concerned)},
                    problems=stored, zone_problems=zone_problems,
                    zones_rows=parts.table,
                    same_months=same_months, same_as=old.get("layers_key") if old is not None else None)
    return result


def build(
    corpus: str | Path,
    *,
    profile: Any = "auto",
    progress: Callable[[int, int], None] | None = None,
    engine: Any = "local",
    scheduler: str | None = None,
    store: str | Path | None = None,
) -> BuildResult:
    """Read a corpus folder and build everything (see :func:`build_documents`)."""
    from reading.corpus import read_corpus

    read = read_corpus(corpus)
    return build_documents(
        read.documents, corpus_problems=read.problems, files=read.files, profile=profile, progress=progress,
        engine=engine, scheduler=scheduler, store=store,
    )


def _file_record(f: Any) -> dict:
    if isinstance(f, dict):
        return f
    out = {}
    for key in ("path", "doc_id", "status", "message", "encoding", "bytes"):
        if hasattr(f, key):
            val = getattr(f, key)
            out[key] = str(val) if isinstance(val, Path) else val
    return out


def report(result: BuildResult) -> dict:
    """Account for every input file, mention, date and problem of a build (``events``: located
    reports; ``happenings``: the events they tell of, reports of several articles on one event
    counted once, :mod:`layers.happenings`)."""
    from layers.happenings import count_happenings

    docs = []
    for d in result.documents:
        docs.append(
            {
                "doc_id": d.id,
                "title": d.title,
                "published": d.published.isoformat() if d.published else None,
                "url": d.url,
                "focus_country": d.focus_country,
                "events": len(d.events),
                "control_claims": len(d.claims),
                "mentions": [mention_record(m) for m in d.mentions],
                "dates": [date_mention_record(x) for x in d.dates],
            }
        )
    mentions = Counter(m["fate"] for d in docs for m in d["mentions"])
    summary = {
        "files": len(result.files),
        "files_by_status": dict(sorted(Counter(_file_record(f).get("status", "read") for f in result.files).items())),
        "documents": len(result.documents),
        "events": int(len(result.events)),
        "happenings": count_happenings(result.events),
        "events_unlocated": len(result.unlocated),
        "zones": int(len(result.zones)),
        "mentions_by_fate": dict(sorted(mentions.items())),
        "problems": len(result.problems),
        "profile": getattr(result.profile, "id", None),
    }
    return {
        "summary": summary,
        "files": [_file_record(f) for f in result.files],
        "documents": docs,
        "unlocated_events": [
            {"id": e.id, "doc_id": e.doc_id, "event_type": e.event_type, "note": e.location_note,
             "sentence": e.evidence.sentence if e.evidence else ""}
            for e in result.unlocated
        ],
        "problems": [problem_record(p) for p in result.problems],
    }


def report_text(rep: dict) -> str:
    """``report.json``'s text: each key of the report on its own line, and each record of its
    lists (files, documents, problems...) on its own line, written compactly. As easy to read and
    grep as an indented file, and written by ``json``'s C encoder (``indent`` makes it use the
    pure-Python one: four times slower on the 34 MB report of 3,000 articles)."""
    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = []
    for k, (key, value) in enumerate(rep.items()):
        end = "," if k < len(rep) - 1 else ""
        if isinstance(value, list) and value:
            rows = ",\n  ".join(dump(v) for v in value)
            lines.append(f" {dump(key)}: [\n  {rows}\n ]{end}")
        else:
            lines.append(f" {dump(key)}: {dump(value)}{end}")
    return "{\n" + "\n".join(lines) + "\n}\n"


def _atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)  # (after a failure: no stray temporary file)


#: In an output folder: what its exports were written from (:func:`exports_key`) and each file's
#: size and SHA-256, written after them (removed before writing them again).
EXPORTS_STAMP = ".conflict-map-exports.json"


def exports_key(layers_key: str, *, at: dt.date | None = None, window_days: int | None = None,
                title: str = "conflict-map", merge: bool = True, hold_days: int | None = None) -> str:
    """What a build's exports depend on: its layers (the store's ``layers_key``: the articles, the
    reading and layers code), the options, the vendored map assets and the libraries that write
    the files."""
    import hashlib
    from importlib import metadata

    from layers.assets import VENDOR_DIR
    from layers.zones import OPEN_HOLD_DAYS

    h = hashlib.sha256(json.dumps([layers_key, at.isoformat() if at else None, window_days, title]
                                  + ([] if merge else ["separate reports"])
                                  + ([] if hold_days in (None, OPEN_HOLD_DAYS) else [f"hold {hold_days}"])).encode())
    for pkg in ("folium", "branca", "jinja2", "pyogrio", "pandas", "geopandas", "shapely", "pyarrow"):
        try:
            h.update(f"|{pkg}={metadata.version(pkg)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"|{pkg}=-".encode())
    for f in sorted(VENDOR_DIR.rglob("*")):
        if f.is_file() and "data" not in f.relative_to(VENDOR_DIR).parts:  # (the app's published data)
            h.update(f.relative_to(VENDOR_DIR).as_posix().encode())
            h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def _file_digest(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def current_outputs(out_dir: str | Path, key: str) -> list[Path] | None:
    """The exports in ``out_dir`` when they were written for ``key`` and are still as written
    (each file there, same size and SHA-256); else None (they are to be written again)."""
    out = Path(out_dir)
    try:
        stamp = json.loads((out / EXPORTS_STAMP).read_text(encoding="utf-8"))
        if stamp.get("key") != key or not stamp.get("files"):
            return None
        paths = []
        for name, size, digest in stamp["files"]:
            p = out / name
            if Path(name).name != name or p.stat().st_size != size or _file_digest(p) != digest:
                return None
            paths.append(p)
        return paths
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def write_outputs(
    result: BuildResult,
    out_dir: str | Path,
    *,
    at: dt.date | None = None,
    window_days: int | None = None,
    title: str = "conflict-map",
    key: str | None = None,
    merge: bool = True,
    hold_days: int | None = None,
) -> list[Path]:
    """Write every export of a build into ``out_dir``; return the paths written.

    With ``at``, also writes ``snapshot-YYYY-MM-DD.html``, the map as of that date. ``merge``:
    the maps draw one marker per happening (False: one per report; the data files keep one row
    per report with its ``happening`` either way). ``hold_days``: how long after its last report a
    hold no report ends is drawn (:meth:`BuildResult.held_for`; default a year). With ``key``
    (:func:`exports_key`), the folder remembers what its exports were written from, so that
    :func:`current_outputs` can tell the next run they need not be written again.
    """
    out = Path(out_dir)
    (out / EXPORTS_STAMP).unlink(missing_ok=True)  # stale from here on, until the new one is written
    result = result.held_for(hold_days)  # (checked before anything is written)
    with gc_paused():  # the exports make millions of objects too (features, the report's records)
        paths = _write_outputs(result, out_dir, at=at, window_days=window_days, title=title, merge=merge)
    if key is not None:
        files = [[p.name, p.stat().st_size, _file_digest(p)] for p in paths]
        _atomic_write_text(out / EXPORTS_STAMP, json.dumps({"key": key, "files": files}, indent=1) + "\n")
    return paths


def _write_outputs(result: BuildResult, out_dir: str | Path, *, at: dt.date | None, window_days: int | None,
                   title: str, merge: bool = True) -> list[Path]:
    """Every export written into a hidden folder inside ``out_dir``, then moved over the earlier
    ones: a failure while writing (a full disk, a crash in one export) leaves those as they were."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".conflict-map-new-", dir=out))
    try:
        staged = _write_exports(result, stage, at=at, window_days=window_days, title=title, merge=merge)
        for p in staged:
            if (out / p.name).is_dir():  # (checked before moving any: no mix of new and earlier files)
                raise IsADirectoryError(21, "Is a directory", str(out / p.name))
        for p in staged:
            os.replace(p, out / p.name)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return [out / p.name for p in staged]


def _write_exports(result: BuildResult, out: Path, *, at: dt.date | None, window_days: int | None,
                   title: str, merge: bool = True) -> list[Path]:
    from layers import files as lf
    from layers.html import snapshot_html, timeline_html

    written: list[Path] = []

    p = out / "events.geojson"
    lf.write_geojson(lf.events_geojson(result.events), p)
    written.append(p)
    p = out / "zones.geojson"
    lf.write_geojson(lf.zones_geojson(result.zones), p)
    written.append(p)
    p = out / "events.csv"
    lf.write_events_csv(result.events, p)
    written.append(p)
    p = out / "atlas.gpkg"
    lf.write_geopackage(result.events, result.zones, p)
    written.append(p)
    p = out / "map.html"
    _atomic_write_text(p, timeline_html(result.events, result.zones, profile=result.profile, title=title, merge=merge,
                                        articles=len(result.documents)))
    written.append(p)
    if at is not None:
        p = out / f"snapshot-{at.isoformat()}.html"
        _atomic_write_text(
            p,
            snapshot_html(result.events, result.zones, at=at, window_days=window_days, profile=result.profile,
                          title=title, merge=merge, articles=len(result.documents)),
        )
        written.append(p)
    p = out / "report.json"
    _atomic_write_text(p, report_text(report(result)))
    written.append(p)
    return written
