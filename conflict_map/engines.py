"""Where the per-article reading runs: in this process, or on a Dask cluster.

Reading one article needs nothing but that article (and the gazetteer and
profiles every reader loads), so it is the part that scales out. Everything
that needs the whole corpus (the corpus profile, the events frame, the zone
timeline) runs once, centrally, after every article is read
(:mod:`conflict_map.build`): zones stay correct however the corpus is split.

An engine's :meth:`run` reads ``(index, document)`` pairs and calls
``on_result(index, document, packed)`` as each is read, in any order; the
build puts them back in corpus order, so both engines give byte-identical
exports. ``packed`` is the article as the store keeps it
(:func:`conflict_map.store.pack_document`) when the engine holds those bytes
already (a Dask worker sends them), else None: the store does not pack it twice.

- :class:`LocalEngine`: one process, one pipeline, corpus order.
- :class:`ProcessEngine`: batches of articles read by worker processes forked
  from this one once its pipeline is built, so that they start at once and
  share its gazetteer's pages (nothing loaded again, unlike a Dask worker);
  each sends back its articles packed, as a Dask worker does, in batch order.
- :class:`DaskEngine`: batches of articles sent to Dask workers (a
  ``LocalCluster`` sized to the machine, or an existing scheduler). Each worker
  process builds its pipeline once (loading the gazetteer from the on-disk
  cache) and sends back each article packed as the store keeps it (pickled
  without its profile object, re-attached by profile id on this side; shapes
  as WKB, one object per distinct shape on this side). Batches are small
  (at most 16 articles), so no worker waits idle at the end of a run for
  another's last big batch; at most four batches per worker are in flight, so
  a corpus of a million articles never sits at the scheduler at once, and what
  was read before an interruption is already in the store.

The engine's :meth:`DaskEngine.map` runs other independent jobs on the
workers: the build hands it the zone timeline's parts left to replay.

Where a LocalCluster's time goes (2 cores, 1,000 generated articles, quiet
machine; see ``tests/app/test_dask_engine.py`` for the equivalence): starting
the cluster ~0.6 s, then ~1.2 s until the first article comes back (each
worker imports the pipeline and loads the gazetteer), and each worker warms
its own caches of drawn shapes (the first few hundred articles of a process
cost about twice what later ones do). A cluster that has read before reads
the 1,000 articles in ~1.8 s, about 2.3x one process. The workers'
statistical profiler (a stack sample every 10 ms) is switched off: nobody
looks at a dashboard here, and it cost each worker ~2% of a core.
"""
from __future__ import annotations

import os
from typing import Any, Callable, Iterable

__all__ = ["LocalEngine", "ProcessEngine", "DaskEngine", "EngineError", "make_engine", "read_batch", "machine_workers", "ENGINES"]

#: Engine names accepted by :func:`make_engine` and ``conflict-map build --engine``.
ENGINES = ("local", "processes", "dask")

OnResult = Callable[[int, Any, "bytes | None"], None]


class EngineError(RuntimeError):
    """The engine itself failed (a worker that cannot import this project, a lost cluster).

    Not raised for a bad article: the pipeline turns those into problems.
    """

_PIPELINES: dict[str, Any] = {}


def machine_workers() -> int:
    """Cores this process may use (the CPU affinity mask, else ``os.cpu_count()``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _pipeline(fixed_profile: Any, token: str) -> Any:
    """The reading pipeline of this process for a profile choice (built once)."""
    nlp = _PIPELINES.get(token)
    if nlp is None:
        from geo.gazetteer import load_gazetteer
        from reading.pipeline import default_pipeline

        nlp = default_pipeline(gazetteer=load_gazetteer(), profile=fixed_profile)
        _PIPELINES[token] = nlp
    return nlp


def read_one(doc: Any, fixed_profile: Any = None, token: str = "detect") -> Any:
    """Read one (fresh) document with this process's pipeline."""
    return _pipeline(fixed_profile, token)(doc)


def read_batch(items: list[tuple[int, Any]], fixed_profile: Any = None, token: str = "detect") -> list[tuple[int, str, bytes]]:
    """Read a batch on a worker: ``[(index, doc_id, packed document)]`` (see :func:`conflict_map.store.pack_document`)."""
    return _read_packed(_pipeline(fixed_profile, token), items)


def _read_packed(nlp: Any, items: list[tuple[int, Any]]) -> list[tuple[int, str, bytes]]:
    """``[(index, doc_id, packed document)]`` of ``items`` read by ``nlp``, as a worker sends them back."""
    from conflict_map.store import pack_document

    return [(i, doc.id, pack_document(nlp(doc))) for i, doc in items]


def _map_chunk(fn: Callable[[Any], Any], items: list) -> list:
    """Run on a worker: ``[fn(item) for item in items]`` (one task of :meth:`DaskEngine.map`)."""
    return [fn(item) for item in items]


class LocalEngine:
    """Read every article here, in corpus order."""

    name = "local"

    def run(self, items: Iterable[tuple[int, Any]], on_result: OnResult, *, fixed_profile: Any = None,
            token: str = "detect", profiles: dict | None = None) -> None:
        from geo.gazetteer import load_gazetteer
        from reading.pipeline import default_pipeline

        # A pipeline per run, as before engines existed: a test or an app session
        # that swaps the gazetteer gets a pipeline that uses it.
        nlp = default_pipeline(gazetteer=load_gazetteer(), profile=fixed_profile)
        for i, doc in items:
            on_result(i, nlp(doc), None)

    def close(self) -> None:
        pass

    def __enter__(self) -> "LocalEngine":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


#: What a :class:`ProcessEngine` forks its workers with (set in the parent just before the fork):
#: the pipeline and the batches to read, or the function and the items to map. Workers inherit
#: them, so a task is only an index.
_FORKED: list = []


def _read_forked(k: int) -> list[tuple[int, str, bytes]]:
    """Read batch ``k`` in a forked worker with the pipeline it inherited (see :func:`read_batch`)."""
    nlp, batches = _FORKED
    return _read_packed(nlp, batches[k])


def _map_forked(at: range) -> list:
    """Run in a forked worker: ``fn`` of the inherited items at ``at`` (one task of :meth:`ProcessEngine.map`)."""
    fn, items = _FORKED
    return _map_chunk(fn, [items[k] for k in at])


class ProcessEngine:
    """Read batches of articles in worker processes forked from this one.

    The pipeline (and the gazetteer it holds) is built here first: forked
    workers inherit it, so they read from their first article on, and the
    gazetteer's frozen objects stay pages shared with this process. Batches
    come back in corpus order (packed as the store keeps them, shapes shared
    here as with :class:`DaskEngine`), so the exports are byte-identical to
    one process's. Where ``fork`` does not exist (Windows), or with one
    worker, it reads here as :class:`LocalEngine` does.

    Parameters
    ----------
    n_workers : int, optional
        Worker processes (default: the cores this process may use).
    batch_size : int, optional
        Articles per task (default: about 16 tasks per worker, 1..32 articles).
    pipeline : Pipeline, optional
        The pipeline the workers read with (default: one built per run, as
        :class:`LocalEngine` does; a caller that has one loaded saves the load).
    """

    name = "processes"

    def __init__(self, n_workers: int | None = None, *, batch_size: int | None = None, pipeline: Any = None) -> None:
        self.n_workers = n_workers
        self.batch_size = batch_size
        self.pipeline = pipeline

    def run(self, items: Iterable[tuple[int, Any]], on_result: OnResult, *, fixed_profile: Any = None,
            token: str = "detect", profiles: dict | None = None) -> None:
        import multiprocessing

        from conflict_map.store import unpack_document
        from geo.gazetteer import load_gazetteer
        from reading.pipeline import default_pipeline

        items = list(items)
        workers = min(self.n_workers or machine_workers(), len(items))
        if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
            if self.pipeline is None:
                LocalEngine().run(items, on_result, fixed_profile=fixed_profile, token=token, profiles=profiles)
            else:
                for i, doc in items:
                    on_result(i, self.pipeline(doc), None)
            return
        # Small batches (a task costs ~1 ms, an article ~10 ms): no worker idles long at the end.
        size = self.batch_size or max(1, min(32, len(items) // (workers * 16)))
        batches = [items[i:i + size] for i in range(0, len(items), size)]
        nlp = self.pipeline
        if nlp is None:
            nlp = default_pipeline(gazetteer=load_gazetteer(), profile=fixed_profile)
        _FORKED[:] = [nlp, batches]
        shapes: dict = {}  # WKB -> shape, over the run, as DaskEngine.run
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                results = pool.imap(_read_forked, range(len(batches)))  # (in batch order)
                while True:
                    try:
                        rows = next(results)
                    except StopIteration:
                        break
                    except Exception as exc:  # the worker, not an article: the pipeline never raises for one
                        first = str(exc).splitlines()[0] if str(exc) else ""
                        raise EngineError(f"a worker process failed: {type(exc).__name__}: {first}".rstrip(": ")) from exc
                    for i, _doc_id, payload in rows:
                        on_result(i, unpack_document(payload, profiles, shapes=shapes), payload)
        finally:
            _FORKED.clear()

    def map(self, fn: Callable[[Any], Any], items: list) -> list:
        """``[fn(item) for item in items]`` in forked workers, in order: independent pure jobs
        such as the zone parts left to replay (:func:`layers.zones.zone_layers`). The workers
        inherit the items; only the results travel. Items are dealt round-robin into a few
        tasks per worker, as :meth:`DaskEngine.map` does (callers put the biggest first)."""
        import multiprocessing

        workers = min(self.n_workers or machine_workers(), len(items))
        if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return [fn(item) for item in items]
        chunks = min(len(items), workers * 4)
        _FORKED[:] = [fn, items]
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                results = pool.map(_map_forked, [range(k, len(items), chunks) for k in range(chunks)], chunksize=1)
        except Exception as exc:  # noqa: BLE001 - a worker's failure, reported as the engine's
            raise EngineError(f"a worker process failed: {type(exc).__name__}: {exc}") from exc
        finally:
            _FORKED.clear()
        out: list = [None] * len(items)
        for k, got in enumerate(results):
            out[k::chunks] = got
        return out

    def close(self) -> None:
        pass

    def __enter__(self) -> "ProcessEngine":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class DaskEngine:
    """Read batches of articles on a Dask cluster.

    Parameters
    ----------
    scheduler : str, optional
        Address of an existing scheduler (``tcp://HOST:PORT``); its workers must
        be able to import this project. None starts a ``LocalCluster``.
    n_workers : int, optional
        LocalCluster worker processes (default: the cores of this machine), one
        thread each: reading is pure Python, so processes, not threads, scale it.
    batch_size : int, optional
        Articles per task (default: about 32 tasks per worker, 1..16 articles).
    client : distributed.Client, optional
        Use this client (not closed by :meth:`close`).
    """

    name = "dask"

    def __init__(self, scheduler: str | None = None, *, n_workers: int | None = None,
                 batch_size: int | None = None, client: Any = None) -> None:
        self.scheduler = scheduler
        self.n_workers = n_workers
        self.batch_size = batch_size
        self._client = client
        self._own_client = client is None
        self._cluster = None

    @property
    def client(self) -> Any:
        """The Dask client, connected (or the cluster started) on first use."""
        if self._client is None:
            import dask
            from distributed import Client, LocalCluster

            if self.scheduler:
                self._client = Client(self.scheduler, timeout="20s")
            else:
                import warnings

                with warnings.catch_warnings():
                    # No dashboard; the scheduler's small HTTP server (health routes) binds to
                    # localhost and moves to a free port when another cluster has 8787.
                    warnings.filterwarnings("ignore", message="Port .* is already in use")
                    # Each worker gets this configuration when it starts: no statistical profiler
                    # (it samples the reading thread's stack every 10 ms, for a dashboard nobody opens).
                    with dask.config.set({"distributed.worker.profile.enabled": False}):
                        self._cluster = LocalCluster(
                            n_workers=self.n_workers or machine_workers(), threads_per_worker=1, processes=True,
                            host="127.0.0.1", dashboard_address=None, silence_logs=40,
                        )
                self._client = Client(self._cluster)
        return self._client

    def _workers(self) -> int:
        info = self.client.scheduler_info(n_workers=-1) if _accepts_n_workers(self.client) else self.client.scheduler_info()
        return max(1, sum(w.get("nthreads", 1) for w in info.get("workers", {}).values()))

    def map(self, fn: Callable[[Any], Any], items: list) -> list:
        """``[fn(item) for item in items]`` on the workers, in order: independent
        pure jobs such as the zone parts left to replay (:func:`layers.zones.zone_layers`).

        Items go in a few tasks per worker, dealt round-robin (callers put the
        biggest first, so each task gets its share of them): a task per item
        costs the scheduler more than a small zone part takes to replay.
        """
        if not items:
            return []
        chunks = min(len(items), self._workers() * 4)
        try:
            futures = [self.client.submit(_map_chunk, fn, items[k::chunks], pure=False) for k in range(chunks)]
            results = self.client.gather(futures)
        except Exception as exc:  # noqa: BLE001 - a worker's failure, reported as the engine's
            raise EngineError(f"a Dask worker failed: {type(exc).__name__}: {exc}") from exc
        out: list = [None] * len(items)
        for k, got in enumerate(results):
            out[k::chunks] = got
        return out

    def run(self, items: Iterable[tuple[int, Any]], on_result: OnResult, *, fixed_profile: Any = None,
            token: str = "detect", profiles: dict | None = None) -> None:
        from distributed import as_completed

        from conflict_map.store import unpack_document

        items = list(items)
        if not items:
            return
        client = self.client
        slots = self._workers()
        # Small batches: a task's overhead is a few milliseconds, an article's reading ~10 ms, and
        # with big batches the last ones leave a worker idle while another finishes (64 articles,
        # ~0.6 s at 1,000 articles); about 32 tasks per worker, at most 16 articles each.
        size = self.batch_size or max(1, min(16, len(items) // (slots * 32)))
        batches = [items[i:i + size] for i in range(0, len(items), size)]
        profile_future = client.scatter(fixed_profile, broadcast=True) if fixed_profile is not None else None
        shapes: dict = {}  # WKB -> shape, over the run: articles naming one place share one shape
        # Four batches per worker in flight: a worker always has the next one queued while this
        # process handles results (and writes the store's batches).
        window = slots * 4
        pending = iter(batches)
        futures = []

        def submit(batch: list) -> Any:
            return client.submit(read_batch, batch, profile_future, token, pure=False)

        for batch in pending:
            futures.append(submit(batch))
            if len(futures) >= window:
                break
        queue = as_completed(futures)
        try:
            for fut in queue:
                try:
                    rows = fut.result()
                except Exception as exc:  # the worker, not an article: read_batch never raises for one
                    first = str(exc).splitlines()[0] if str(exc) else ""
                    raise EngineError(f"a Dask worker failed: {type(exc).__name__}: {first}".rstrip(": ")) from exc
                fut.release()
                nxt = next(pending, None)
                if nxt is not None:
                    queue.add(submit(nxt))
                for i, _doc_id, payload in rows:
                    on_result(i, unpack_document(payload, profiles, shapes=shapes), payload)
        finally:
            for fut in futures:
                fut.cancel()
            for fut in list(queue.futures):
                fut.cancel()

    def close(self) -> None:
        if self._own_client and self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> "DaskEngine":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _accepts_n_workers(client: Any) -> bool:
    import inspect

    try:
        return "n_workers" in inspect.signature(client.scheduler_info).parameters
    except (TypeError, ValueError):
        return False


def make_engine(engine: Any = "local", *, scheduler: str | None = None, n_workers: int | None = None) -> Any:
    """An engine from its name ("local", "processes", "dask") or an engine object as is."""
    if engine is None or engine == "local":
        if scheduler:
            raise ValueError("--scheduler needs --engine dask")
        return LocalEngine()
    if engine == "processes":
        if scheduler:
            raise ValueError("--scheduler needs --engine dask")
        return ProcessEngine(n_workers)
    if engine == "dask":
        return DaskEngine(scheduler, n_workers=n_workers)
    if hasattr(engine, "run"):
        return engine
    raise ValueError(f"engine must be one of {', '.join(ENGINES)}, got {engine!r}")
