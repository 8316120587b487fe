"""folium elements that draw events, control zones, a legend and a time slider from DATA.

One folium object per event does not scale (100,000 events) and puts article
text into JavaScript template strings. So each element here embeds its frame
once, as one compact JSON blob, and ``static/vendor/conflict-map/conflict-map.js``
builds markers, areas and popups in the browser with DOM APIs (``textContent``),
styled there by faction colour. Big blobs travel gzipped, their numbers as
int32 bytes (:class:`IntColumn`), so 100,000 events build in well under a second. Libraries come from :mod:`layers.assets` (never
a CDN), in ``"static"`` mode for the app or ``"inline"`` mode for exports.

Elements follow folium plugins: a ``_template`` naming itself and its parent,
options as one dict, chainable ``add_to``.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import math
import re
import secrets
import struct
import warnings
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Sequence

import folium
import numpy as np
import pandas as pd
import shapely
from branca.element import CssLink, Element, Figure, JavascriptLink, MacroElement
from folium.elements import ElementAddToElement, JSCSSMixin
from folium.map import Layer
from folium.template import Template

from layers.assets import css_urls, js_urls, publish_data
from layers.events import PALETTE, YEAR_PICK_DAYS, faction_color, is_crowd
from layers.happenings import lead_rows
from reading.messages import Messages

__all__ = [
    "EVENT_SHAPES",
    "EVENT_TYPE_COLORS",
    "EVENT_TYPE_ORDER",
    "script_json",
    "payload_json",
    "IntColumn",
    "StringColumn",
    "COMPRESS_OVER",
    "RawHTML",
    "day_number",
    "Sides",
    "co_reported",
    "co_reported_codes",
    "EventLayer",
    "BlockEventLayer",
    "events_payload",
    "events_packed",
    "PackedBlock",
    "publish_packed",
    "ZoneLayer",
    "TimeFilter",
    "SetTime",
    "Legend",
    "OfflineBasemap",
    "FullscreenButton",
]

#: ACLED event types in their usual order; others sort after, alphabetically.
EVENT_TYPE_ORDER = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)
#: Marker shape per event type (any other type: "hexagon").
EVENT_SHAPES = {
    "Battles": "circle",
    "Explosions/Remote violence": "star",
    "Violence against civilians": "triangle",
    "Protests": "square",
    "Riots": "cross",
    "Strategic developments": "diamond",
}
_OTHER_SHAPE = "hexagon"
#: Colour per event type: the segments of a cluster's ring (sides own the marker colours).
EVENT_TYPE_COLORS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#1f77b4",
    "Riots": "#8c564b",
    "Strategic developments": "#7f7f7f",
}
_OTHER_COLOR = "#17becf"
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
_EPOCH = dt.date(1970, 1, 1)
_JINJA_OPEN = re.compile(r"\{(?=[{%#])")
class RawJSON:
    """JSON text to write as it is (a shape GEOS wrote as GeoJSON: digits, brackets and keywords,
    never article text), for :func:`_encode`."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def _encode(obj: Any) -> str:
    """Compact JSON of ``obj`` (no NaN), with each :class:`RawJSON` written as its text. Each one is first
    written as a string holding a tag made for this call (a NUL, random hex, its number), then
    that string, quotes included, is replaced by the text: article text cannot hold the tag, and
    the output does not depend on it."""
    raws: list[str] = []
    tag = secrets.token_hex(8)

    def default(value: Any) -> Any:
        if type(value) is RawJSON:
            raws.append(value.text)
            return f"\0{tag}:{len(raws) - 1}\0"
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

    text = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=default).encode(obj)
    if not raws:
        return text
    return re.sub(rf'"\\u0000{tag}:(\d+)\\u0000"', lambda m: raws[int(m.group(1))], text)


def script_json(obj: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` element.

    Escapes ``<``, ``>``, ``&``, U+2028 and U+2029 so that article text can
    neither close the script element nor break the JavaScript parser.

    Examples
    --------
    >>> script_json({"q": "</script><b>"})
    '{"q":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = _encode(obj)
    # why: "{{", "{%" and "{#" open Jinja tags if a folium template ever
    # re-renders this text; structural JSON braces are never followed by them.
    text = _JINJA_OPEN.sub(r"\\u007b", text)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


#: Data blobs longer than this (characters of JSON, estimated) are embedded compressed.
COMPRESS_OVER = 2_000_000
#: Event data longer than this (characters) is published as a file when asked (the app).
PUBLISH_OVER = 100_000
#: zlib level for big blobs: 1 is ~2x faster than 3 and ~5x faster than 6, for
#: ~15 % (3) / ~30 % (6) more bytes of quotes; the numbers barely differ.
_ZLEVEL = 1


class IntColumn:
    """A column of integers (missing values allowed) for :func:`payload_json`.

    Why: 100,000 events have 1.6 million numbers; written as JSON they cost a
    second of ``json.dumps`` and most of the page. A small payload gets them as
    a JSON list (``None`` where missing, values divided by ``div``); a big one
    as little-endian int8/16/32 bytes (see :meth:`encode`) that conflict-map.js
    reads with a typed array.

    Parameters
    ----------
    values : array-like of int
    missing : array-like of bool, optional
        True where the value is missing (JSON ``null``).
    div : int, default 1
        Fixed point: the stored integer is the value times ``div`` (coordinates
        rounded to 1e-5 degrees use 100000).

    Examples
    --------
    >>> IntColumn([1, 2], missing=[False, True]).to_list()
    [1, None]
    >>> IntColumn([3288720], div=100000).to_list()
    [32.8872]
    """

    __slots__ = ("values", "missing", "div")

    def __init__(self, values: Any, *, missing: Any = None, div: int = 1):
        self.values = np.asarray(values, dtype=np.int64).reshape(-1)
        miss = None if missing is None else np.asarray(missing, dtype=bool).reshape(-1)
        self.missing = miss if miss is not None and miss.any() else None
        if self.missing is not None:
            self.values = np.where(self.missing, 0, self.values)
        _width(self.values)  # ValueError beyond int32
        self.div = int(div)

    def __len__(self) -> int:
        return len(self.values)

    def to_list(self) -> list:
        out = (self.values / self.div).tolist() if self.div != 1 else self.values.tolist()
        if self.missing is not None:
            for i in np.flatnonzero(self.missing).tolist():
                out[i] = None
        return out

    def encode(self) -> tuple[bytes, int, bool]:
        """(little-endian bytes, bytes per value, delta-coded) in the narrowest of int8/16/32.

        The smallest value of the width marks a missing one. Without missing
        values, a column that mostly grows by small steps (codes of unique
        quotes) is stored as differences from its first value when that is narrower.
        """
        v = self.values
        width = _width(v)
        delta = False
        if self.missing is None and len(v) > 1:
            d = np.diff(v, prepend=v[0])  # d[0] == 0: the first value travels as "base"
            if _width(d) < width:
                v, width, delta = d, _width(d), True
        if self.missing is not None:
            v = np.where(self.missing, -(2 ** (8 * width - 1)), v)
        return v.astype(f"<i{width}").tobytes(), width, delta


def _width(values: np.ndarray) -> int:
    """Bytes per value (1, 2 or 4) that hold ``values`` with the width's smallest value left free."""
    if not len(values):
        return 1
    lo, hi = int(values.min()), int(values.max())
    for width in (1, 2, 4):
        bound = 2 ** (8 * width - 1)
        if -bound < lo and hi < bound:
            return width
    raise ValueError("IntColumn values must fit in int32")


class StringColumn:
    """A list of strings for :func:`payload_json`: JSON when small, UTF-8 bytes when big.

    Why: JSON-encoding 200,000 quotes and addresses took a quarter of a 100k
    export. A big payload sends them as one UTF-8 text plus the UTF-16 end of
    each string, computed with Arrow without a Python loop; conflict-map.js
    decodes the text once and cuts it with ``substring``.

    Examples
    --------
    >>> StringColumn(["a", "\u00e9t\u00e9", "\U0001f600"]).ends().tolist()
    [1, 4, 6]
    """

    __slots__ = ("values",)

    def __init__(self, values: Any):
        self.values = values

    def __len__(self) -> int:
        return len(self.values)

    def to_list(self) -> list:
        v = self.values
        return v.to_numpy(dtype=object).tolist() if hasattr(v, "to_numpy") else [str(x) for x in v]

    def _arrow(self) -> Any:
        import pyarrow as pa

        v = self.values
        arr = pa.array(v.array if hasattr(v, "array") else list(v), type=pa.string(), from_pandas=True)
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks()
        if arr.null_count:
            raise ValueError("StringColumn holds a missing value")
        return arr

    def _parts(self) -> tuple[bytes, np.ndarray, Any]:
        arr = self._arrow()
        offsets = np.frombuffer(arr.buffers()[1], dtype=np.int32)[arr.offset: arr.offset + len(arr) + 1]
        data = np.frombuffer(arr.buffers()[2], dtype=np.uint8) if arr.buffers()[2] is not None else np.zeros(0, np.uint8)
        return data[offsets[0]: offsets[-1]].tobytes(), offsets - offsets[0], arr

    def ends(self, parts: tuple | None = None) -> np.ndarray:
        """UTF-16 offset where each string ends in the joined text (JavaScript counts UTF-16 units)."""
        import pyarrow.compute as pc

        raw, offsets, arr = parts if parts is not None else self._parts()
        units = pc.utf8_length(arr).to_numpy(zero_copy_only=False).astype(np.int64)
        # A character outside the BMP (a 4-byte UTF-8 sequence, lead byte >= 0xF0)
        # takes two UTF-16 units; such characters are rare, so count only their positions.
        astral = np.flatnonzero(np.frombuffer(raw, dtype=np.uint8) >= 0xF0)
        if len(astral):
            units += np.searchsorted(astral, offsets[1:]) - np.searchsorted(astral, offsets[:-1])
        return np.cumsum(units)

    def encode(self) -> tuple[bytes, IntColumn]:
        """(the strings' UTF-8 text joined, their UTF-16 end offsets)."""
        parts = self._parts()
        return parts[0], IntColumn(self.ends(parts))


def _plain(obj: Any) -> Any:
    """``obj`` with every :class:`IntColumn` and :class:`StringColumn` as a list (JSON-ready)."""
    if isinstance(obj, (IntColumn, StringColumn)):
        return obj.to_list()
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    return obj


def _split(obj: Any, blobs: list[bytes], at: list[int]) -> Any:
    """``obj`` with every :class:`IntColumn` replaced by a pointer into ``blobs``."""
    if isinstance(obj, IntColumn):
        blob, width, delta = obj.encode()
        ref = {"$int": [at[0], len(obj), width], "div": obj.div}
        if delta:
            ref["base"] = int(obj.values[0])
        blob += b"\0" * (-len(blob) % 4)  # typed arrays need aligned offsets
        blobs.append(blob)
        at[0] += len(blob)
        return ref
    if isinstance(obj, StringColumn):
        try:
            text, ends = obj.encode()
        except (ValueError, TypeError, ImportError, UnicodeError, OverflowError):
            return obj.to_list()  # e.g. a lone surrogate Arrow cannot hold: plain JSON still can
        ref = {"$utf8": [at[0], len(text)]}
        blobs.append(text + b"\0" * (-len(text) % 4))
        at[0] += len(blobs[-1])
        ref["ends"] = _split(ends, blobs, at)
        return ref
    if isinstance(obj, dict):
        return {k: _split(v, blobs, at) for k, v in obj.items()}
    return obj


def _columns_size(obj: Any) -> int:
    if isinstance(obj, IntColumn):
        return 8 * len(obj)
    if isinstance(obj, StringColumn):
        return 2 * len(obj)  # quotes and commas; the text itself is counted as bytes
    if isinstance(obj, dict):
        return sum(_columns_size(v) for v in obj.values())
    return 0


def _pack(raw: bytes) -> str:
    """base64 of gzip (``mtime=0``: stable bytes), for ``DecompressionStream("gzip")``."""
    z = zlib.compressobj(_ZLEVEL, zlib.DEFLATED, 31)  # 31: gzip container, header mtime 0
    return base64.b64encode(z.compress(raw) + z.flush()).decode("ascii")


def payload_json(obj: Any, *, compress_over: int | None = None) -> str:
    """Script-safe JSON for a layer's data; big blobs as ``{"gz": base64 gzip}``.

    Why: 100,000 events with their quotes come to ~20 MB of JSON; gzipped
    they take a fraction of that. The browser unpacks them with
    ``DecompressionStream`` (conflict-map.js). :class:`IntColumn` values of a
    big blob travel as bytes in ``"bin"`` (also gzipped), pointed at by
    ``{"$int": [byte offset, length, bytes per value], "div": d}``, plus
    ``"base"`` (the first value) when the bytes are differences;
    :class:`StringColumn` values as ``{"$utf8": [byte offset, bytes], "ends": {"$int": ...}}``.
    Same object, same bytes.
    """
    limit = COMPRESS_OVER if compress_over is None else compress_over
    blobs: list[bytes] = []
    head = _encode(_split(obj, blobs, [0]))
    if len(head) + sum(map(len, blobs)) + _columns_size(obj) <= limit:  # estimated JSON length
        return script_json(_plain(obj))
    # backslashreplace: a lone surrogate (only ever inside a JSON string) becomes its \uXXXX escape.
    out = {"gz": _pack(head.encode("utf-8", "backslashreplace"))}
    if blobs:
        out["bin"] = _pack(b"".join(blobs))
    return script_json(out)


def day_number(value: Any) -> int | None:
    """Days since 1970-01-01 for an ISO date string or date; None when empty or unreadable.

    Examples
    --------
    >>> day_number("1970-01-02"), day_number(""), day_number(None)
    (1, None, None)
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return (value - _EPOCH).days
    text = str(value).strip()[:10]
    if not text:
        return None
    try:
        return (dt.date.fromisoformat(text) - _EPOCH).days
    except ValueError:
        return None


def _day_array(series: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised :func:`day_number`: (days as int64, True where missing or unreadable).

    Each distinct value is parsed once (100,000 events fall on a few hundred days).
    """
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    text = pd.Series(np.asarray(uniques, dtype=object), dtype="string").str.slice(0, 10)
    ts = pd.to_datetime(text, errors="coerce", format="%Y-%m-%d")
    days = ((ts - pd.Timestamp("1970-01-01")) // pd.Timedelta(days=1)).to_numpy(dtype=float, na_value=0.0)
    # code -1 (a missing value) picks the appended "missing" entry
    table = np.append(days.astype(np.int64), 0)
    missing = np.append(ts.isna().to_numpy(), True)
    return table[codes], missing[codes]


def _days(series: pd.Series) -> list:
    """Vectorised :func:`day_number` over a column of ISO strings."""
    days, missing = _day_array(series)
    return IntColumn(days, missing=missing).to_list()


def _label(text: str) -> str:
    """Text for a layer-control label: Leaflet inserts it as HTML and folium renders
    it through Jinja, so escape HTML and braces."""
    return html.escape(text).replace("{", "&#123;").replace("}", "&#125;")


class Sides:
    """The factions (or, without a profile, actors) a map colours, with names and colours.

    Built once per map so events, zones and the legend agree. A key is a
    faction id (events' ``side``, zones' ``faction``) or, when an event has no
    side, its ``actor1``. Profile factions keep the profile's order, name and
    colour; other keys follow alphabetically. A key given several times (once
    per event or zone) weighs more; :meth:`ranked` is the order a legend lists
    them in (busiest first, each beside the side reported with it most), and
    the sides without a profile colour pick their palette colours in that
    order: each its stable colour unless a side listed before it has that
    colour (then the next free one); once the palette is spent, each further
    side gets a made colour as far as can be from those taken
    (:class:`_ExtraColours`). So every side of a map has its own colour: those
    drawn at one date never share one (sixteen colours had given "Russian
    forces" and "NATO" one purple at 1995).

    Parameters
    ----------
    keys : iterable of str
        Faction ids or actor names to colour ("" is ignored), repeated or not, or a dict
        of each key's count.
    profile : optional
        Object with ``.factions`` (each with ``.id``, ``.name``, ``.color``).
    together : dict, optional
        For a key, how many articles report it with each other key (:func:`co_reported`):
        what pairs the sides of one war in the legend.

    Examples
    --------
    >>> s = Sides(["B", "A", "A"])
    >>> [f["name"] for f in s.table]
    ['A', 'B']
    >>> s.index("B"), s.index("nobody")
    (1, -1)
    >>> [f["name"] for f in Sides({"SAF": 3, "RSF": 9, "Russian forces": 12, "Ukrainian forces": 4},
    ...       together={"Russian forces": {"Ukrainian forces": 2}, "RSF": {"SAF": 2}}).ranked()]
    ['Russian forces', 'Ukrainian forces', 'RSF', 'SAF']
    """

    def __init__(self, keys: Iterable[str], profile: Any = None, together: dict[str, dict[str, int]] | None = None):
        if isinstance(keys, dict):  # (already counted: a big map's keys counted by pandas)
            self.weights = Counter({str(k): int(n) for k, n in keys.items() if isinstance(k, str) and k.strip()})
        else:
            self.weights = Counter(str(k) for k in keys if isinstance(k, str) and k.strip())
        wanted = sorted(self.weights)
        # (an international body's statements share the articles of a war: it is nobody's partner in the legend)
        bodies = {str(f.id) for f in getattr(profile, "factions", None) or () if getattr(f, "kind", "") == "international"}
        self._order = _legend_order(self.weights, together or {}, bodies)
        table: list[dict] = []
        seen: set[str] = set()
        for faction in getattr(profile, "factions", None) or ():
            fid = str(getattr(faction, "id", ""))
            if fid in self.weights and fid not in seen:
                color = str(getattr(faction, "color", "") or "")
                table.append({
                    "id": fid,
                    "name": str(getattr(faction, "name", "") or fid),
                    "color": color if _HEX.match(color) else faction_color(fid),
                })
                seen.add(fid)
        used = {f["color"].upper() for f in table}
        colours: dict[str, str] = {f["id"]: f["color"] for f in table}
        extra = _ExtraColours(used)
        partners = _partners(together or {})
        # The sides a legend lists first pick their colours first: the palette's while it lasts, then colours made
        # to stand apart from those taken (uxf: every side of a map its own colour, so two drawn at one date never
        # share one; the map is the same for every date, so a side keeps its colour as the slider moves), first
        # from those of the sides reported with it (uxg: "Arakan Army" and "TNLA" of one Myanmar story wore two
        # greens a glance could not tell apart).
        for key in (k for k in self._order if k not in seen):
            near = [colours[p] for p in partners.get(key, ()) if p in colours]
            colours[key] = _free_colour(faction_color(key, profile), used, near) or extra.next(near)
            used.add(colours[key].upper())
            extra.take(colours[key])
        table += [{"id": key, "name": key, "color": colours[key]} for key in wanted if key in colours and key not in seen]
        self.table = table
        self._index = {f["id"]: i for i, f in enumerate(table)}

    def index(self, key: str) -> int:
        """Position of a key in :attr:`table`, -1 when unknown."""
        return self._index.get(key, -1)

    def ranked(self) -> list[dict]:
        """:attr:`table` in the order a legend lists it: the busiest side, then the side reported with it in
        most articles, then the busiest side left and its partner, and so on (why: a corpus of many wars has
        hundreds of actors; a legend cut at its first rows in alphabetical order showed "12 Jan" and "3R
        rebels", and one putting the corpus profile's factions first showed only Sudan's sides, and the UN,
        on a map of Sudan and Ukraine)."""
        return [self.table[self._index[key]] for key in self._order]


def _partners(together: dict[str, dict[str, int]]) -> dict[str, list[str]]:
    """For a key, the keys reported with it in some article (:func:`co_reported`, both ways), sorted.

    >>> _partners({"A": {"B": 2}, "C": {"A": 1}})
    {'A': ['B', 'C'], 'B': ['A'], 'C': ['A']}
    """
    out: dict[str, set[str]] = {}
    for a, row in together.items():
        for b, n in row.items():
            if n > 0 and a != b:
                out.setdefault(a, set()).add(b)
                out.setdefault(b, set()).add(a)
    return {k: sorted(v) for k, v in sorted(out.items())}


def _legend_order(weights: Counter, together: dict[str, dict[str, int]], bodies: set[str] = frozenset()) -> list[str]:
    """The keys of ``weights`` busiest first (ties by name), each followed by its partner: the key reported
    with it in most articles (``together``; ties: the busier; never one of ``bodies``, the UN or the AU of a
    profile), when that one is not listed yet."""
    order: list[str] = []
    listed: set[str] = set()
    for key in sorted(weights, key=lambda k: (-weights[k], k)):
        if key in listed:
            continue
        order.append(key)
        listed.add(key)
        partners = [(n, weights[k], k) for k, n in together.get(key, {}).items()
                    if k in weights and k != key and k not in bodies]
        if partners:
            partner = min(partners, key=lambda p: (-p[0], -p[1], p[2]))[2]
            if partner not in listed:
                order.append(partner)
                listed.add(partner)
    return order


#: How many of the busiest sides :func:`co_reported` pairs (a legend names at most 14).
CO_REPORTED_SIDES = 64
#: Above this many events, :func:`co_reported_codes` counts the articles of one code in k (a store of a
#: million events: a fifth of a second, not one).
CO_REPORTED_EVENTS = 200_000


def co_reported(keys: pd.Series, docs: pd.Series, limit: int = CO_REPORTED_SIDES) -> dict[str, dict[str, int]]:
    """For each of the ``limit`` (at most 64) busiest colour keys (one per event, :func:`_event_keys`), the
    number of articles (``docs``, the events' ``doc_id``) that report it with each other one of them: the
    sides of one war are told in the same articles (the events' ``actor2`` is mostly empty, so it cannot say
    who fights whom). "" is no key and no article.

    Examples
    --------
    >>> co_reported(pd.Series(["RSF", "SAF", "RSF", "Russian forces"]), pd.Series(["a", "a", "b", "c"]))
    {'RSF': {'SAF': 1}, 'SAF': {'RSF': 1}}
    >>> co_reported(pd.Series([], dtype=object), pd.Series([], dtype=object))
    {}
    """
    # (factorized as they come: a copy as Python strings would cost more than the rest)
    key_codes, key_names = pd.factorize(keys, use_na_sentinel=True)
    doc_codes, doc_names = pd.factorize(docs, use_na_sentinel=True)
    return co_reported_codes(key_codes, [str(k) for k in key_names], _blank_as_missing(doc_codes, doc_names), limit)


def _blank_as_missing(codes: np.ndarray, names: Any) -> np.ndarray:
    """``codes`` of a factorized column with the code of "" as -1 (missing)."""
    for blank in np.flatnonzero(pd.Series(names).to_numpy(dtype=object) == ""):
        codes = np.where(codes == blank, -1, codes)
    return codes


def co_reported_codes(key_codes: np.ndarray, key_names: Sequence[str], doc_codes: np.ndarray,
                      limit: int = CO_REPORTED_SIDES) -> dict[str, dict[str, int]]:
    """:func:`co_reported` of events given as codes: each event's key (an index into ``key_names``, -1
    for none) and article (a small integer, as factorized, -1 for none). Each article's keys are one
    64-bit mask; pairs are counted over the distinct masks."""
    key_codes, doc_codes = np.asarray(key_codes, dtype=np.int64), np.asarray(doc_codes, dtype=np.int64)
    limit = min(limit, 64)
    counts = np.bincount(key_codes[key_codes >= 0], minlength=len(key_names))
    counts[[i for i, name in enumerate(key_names) if name == ""]] = 0
    top = [int(i) for i in np.argsort(-counts, kind="stable")[:limit] if counts[i] > 0]
    if len(top) < 2:
        return {}
    bit = np.full(len(key_names), -1, dtype=np.int64)
    bit[top] = np.arange(len(top))
    kept = (key_codes >= 0) & (doc_codes >= 0)
    if len(key_codes) > CO_REPORTED_EVENTS:  # (every k-th article: a ranking needs no exact count)
        kept &= doc_codes % -(-len(key_codes) // CO_REPORTED_EVENTS) == 0
    kept[kept] = bit[key_codes[kept]] >= 0
    if not kept.any():
        return {}
    masks = np.zeros(int(doc_codes.max()) + 1, dtype=np.uint64)
    np.bitwise_or.at(masks, doc_codes[kept], np.left_shift(np.uint64(1), bit[key_codes[kept]].astype(np.uint64)))
    masks, n = np.unique(masks[(masks & (masks - np.uint64(1))) != 0], return_counts=True)  # (two keys or more)
    pairs = np.zeros((len(top), len(top)), dtype=np.int64)
    for start in range(0, len(masks), 16_384):  # (integer sums, not BLAS: its threads thrash on a busy machine)
        chunk = masks[start:start + 16_384].astype("<u8").view(np.uint8).reshape(-1, 8)
        bits = np.unpackbits(chunk, axis=1, bitorder="little")[:, :len(top)]
        weight = n[start:start + 16_384].astype(np.int64)
        for i in range(len(top)):
            has = bits[:, i].astype(bool)
            if has.any():
                pairs[i] += weight[has] @ bits[has].astype(np.int64)
    np.fill_diagonal(pairs, 0)
    out: dict[str, dict[str, int]] = {}
    for i, j in zip(*np.nonzero(pairs)):
        out.setdefault(key_names[top[i]], {})[key_names[top[j]]] = int(pairs[i, j])
    return {a: dict(sorted(row.items())) for a, row in sorted(out.items())}


def _free_colour(preferred: str, used: set[str], near: Sequence[str] = ()) -> str | None:
    """An actor's own palette colour (:func:`layers.events.faction_color`, stable across runs)
    unless another side of the map has it already, or it is less than :data:`GLANCE` from the colour of a
    side reported with it (``near``): then the next palette colour that is neither; None when none is
    left (the caller makes one, :class:`_ExtraColours`)."""
    if preferred not in PALETTE:
        return preferred  # (a profile's colour: the actor is of that faction)
    start = PALETTE.index(preferred)
    for k in range(len(PALETTE)):
        c = PALETTE[(start + k) % len(PALETTE)]
        if c.upper() not in used and all(_apart(c, other) >= GLANCE for other in near):
            return c
    return None


def _apart(a: str, b: str) -> float:
    """:func:`_distance` of two hex colours (0 when either is no "#RRGGBB").

    >>> round(_apart("#56B4E9", "#0072B2"), 2), _apart("#56B4E9", "red")
    (0.8, 0.0)
    """
    if not (_HEX.match(a) and _HEX.match(b)):
        return 0.0
    rgb = [np.array([int(c[i:i + 2], 16) / 255 for i in (1, 3, 5)]) for c in (a, b)]
    return float(_distance(rgb[0][None, :], rgb[1])[0])


def _hex(rgb: np.ndarray) -> str:
    return "#%02X%02X%02X" % tuple(int(round(float(v) * 255)) for v in rgb)


def _hls_grid() -> tuple[list[str], np.ndarray]:
    """The colours :class:`_ExtraColours` picks from: 36 hues at four lightnesses and two saturations, none pale
    (they are drawn on a light base map), as hex and as RGB in [0, 1]."""
    import colorsys

    names, rgbs = [], []
    for light in (0.30, 0.42, 0.54, 0.64):
        for sat in (0.75, 0.45):
            for hue in range(0, 360, 10):
                rgb = np.array(colorsys.hls_to_rgb(hue / 360, light, sat))
                name = _hex(rgb)
                if name not in names:
                    names.append(name)
                    rgbs.append(np.array([int(name[i:i + 2], 16) / 255 for i in (1, 3, 5)]))
    return names, np.array(rgbs)


_GRID_COLOURS = _hls_grid()


def _distance(rgbs: np.ndarray, rgb: np.ndarray) -> np.ndarray:
    """"Redmean" distance of each of ``rgbs`` to ``rgb`` (a cheap stand-in for perceived difference)."""
    mean_r = (rgbs[:, 0] + rgb[0]) / 2
    d = rgbs - rgb
    return np.sqrt((2 + mean_r) * d[:, 0] ** 2 + 4 * d[:, 1] ** 2 + (3 - mean_r) * d[:, 2] ** 2)


#: How far apart (:func:`_distance`, RGB in [0, 1]: black to white is 3) the colours of two sides reported together
#: are made, when there is such a colour: two hues a glance tells apart (two greens of one lightness, #67BE55 and
#: #9BBE55, are 0.32 apart; wine and brown of the palette, #882255 and #661100, 0.59; sky blue and blue, #56B4E9 and
#: #0072B2, 0.80).
GLANCE = 0.8


class _ExtraColours:
    """Colours for the sides of a map past the palette: each the colour of a fixed grid farthest from every colour
    taken so far (a deterministic farthest-point pick, ties to the grid's order), then, the grid spent, any colour
    not taken (a map of hundreds of sides: distinct, if alike).

    Examples
    --------
    >>> made = _ExtraColours(set(c.upper() for c in PALETTE))
    >>> a = made.next(); made.take(a); b = made.next()
    >>> a != b and a not in PALETTE and b not in PALETTE
    True
    """

    def __init__(self, used: set[str]):
        self.names, self.rgbs = _GRID_COLOURS
        self.used = {c.upper() for c in used}
        self.far = np.full(len(self.names), np.inf)
        for c in self.used:
            self._near(c)
        self.spare = 0

    def _near(self, colour: str) -> None:
        if _HEX.match(colour):
            self.far = np.minimum(self.far, _distance(self.rgbs, np.array([int(colour[i:i + 2], 16) / 255
                                                                          for i in (1, 3, 5)])))

    def take(self, colour: str) -> None:
        """Count ``colour`` as taken (a palette colour, or one :meth:`next` gave)."""
        if colour.upper() not in self.used:
            self.used.add(colour.upper())
            self._near(colour)

    def next(self, near: Sequence[str] = ()) -> str:
        """The next colour (not yet taken: call :meth:`take` with it). ``near``: the colours of the sides drawn with
        this one (reported in one article): the pick is at least :data:`GLANCE` from each of them, then as far
        as can be from every colour taken; when no colour of the grid is that far from them, the farthest from
        them."""
        if (self.far > 0).any():
            free = self.far > 0
            rgbs = [np.array([int(c[i:i + 2], 16) / 255 for i in (1, 3, 5)]) for c in near if _HEX.match(c)]
            if rgbs:
                apart = np.min([_distance(self.rgbs, rgb) for rgb in rgbs], axis=0)
                glance = free & (apart >= GLANCE)
                if glance.any():
                    return self.names[int(np.argmax(np.where(glance, self.far, -1.0)))]
                return self.names[int(np.argmax(np.where(free, apart, -1.0)))]
            return self.names[int(np.argmax(self.far))]
        while True:  # (past 288 sides: every colour an integer step apart, skipping those taken)
            self.spare += 1
            colour = "#%06X" % ((self.spare * 2654435761) % 0xFFFFFF)
            if colour not in self.used:
                return colour


def _event_keys(frame: pd.DataFrame) -> pd.Series:
    """Colour key per event: its side, else its first actor (why: no profile, still colours), not a crowd's common
    noun ("protesters", "residents": nobody in particular, no side of the legend)."""
    side = _col(frame, "side")
    actor = _col(frame, "actor1")
    crowds = [a for a in actor.unique() if is_crowd(a)]  # (a few hundred names, not a row each)
    if crowds:
        actor = actor.where(~actor.isin(crowds), "")
    return side.where(side != "", actor)


def _col(frame: pd.DataFrame, name: str, default: Any = "") -> pd.Series:
    if name in frame.columns:
        s = frame[name]
        if default == "":
            return s.fillna("").astype(str)
        return s
    return pd.Series([default] * len(frame), index=frame.index, dtype=object)


def _type_order(types: Iterable[str]) -> list[str]:
    known = {t: i for i, t in enumerate(EVENT_TYPE_ORDER)}
    return sorted(set(types), key=lambda t: (known.get(t, len(known)), t))


class RawHTML(Element):
    """Already-rendered HTML or JavaScript, put in the page verbatim.

    Why: branca wraps each rendered macro in ``Element(text)``, which compiles
    the text as a Jinja template: slow for megabytes of data, and article text
    holding ``{{ ... }}`` would be evaluated on the server.
    """

    def __init__(self, text: str):
        super().__init__()
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        self._name = "RawHTML"
        self._text = text

    def render(self, **kwargs: Any) -> str:
        return self._text


class _Vendored(JSCSSMixin):
    """Takes ``default_js``/``default_css`` from :mod:`layers.assets`; renders without re-templating."""

    def _use_assets(self, assets: str) -> None:
        self.default_js = js_urls(assets)
        self.default_css = css_urls(assets)

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError(f"{type(self).__name__} must be added to a map in a Figure before rendering")
        for name, url in self.default_js:
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in self.default_css:
            figure.header.add_child(CssLink(url), name=name)
        if isinstance(self, Layer) and self.show:
            # What folium's Layer.render does: put the layer on the map at start.
            self.add_child(
                ElementAddToElement(element_name=self.get_name(), element_parent_name=self._parent.get_name()),
                name=self.get_name() + "_add",
            )
        module = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = module.get(part)
            if macro is not None:
                getattr(figure, part).add_child(RawHTML(macro(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


def _codes(values: pd.Series, lookup: Any) -> np.ndarray:
    """``lookup(v)`` for every value, computed once per distinct value (int64 array)."""
    codes, uniques = pd.factorize(values, sort=False)
    table = np.array([lookup(u) for u in uniques.tolist()] + [-1], dtype=np.int64)
    return table[codes]


def _events_data(frame: pd.DataFrame, sides: Sides, types: Sequence[str] | None = None,
                 merge: bool = True) -> tuple[dict, list[str]]:
    """The compact payload for events (columns as :class:`IntColumn`), and the event types in display order.

    ``merge``: when reports of several articles share a happening (the frame's ``happening``
    column, :mod:`layers.happenings`), a ``hap`` column gives each row the row of its
    happening's first report, which the browser draws once for all of them (no column when
    nothing merges, or without ``merge``).

    ``types`` fixes the type table (and so each type's number) whatever the
    frame holds: a map that swaps in the data of another block of dates keeps
    its overlays (:class:`BlockEventLayer`); types it lacks are appended.
    Vectorised: no Python loop runs per event (why: 100,000 events in well under a second).
    """
    n = len(frame)
    lat = pd.to_numeric(_col(frame, "latitude", np.nan), errors="coerce").astype(float)
    lon = pd.to_numeric(_col(frame, "longitude", np.nan), errors="coerce").astype(float)
    ok = lat.between(-90, 90) & lon.between(-180, 180)
    if int((~ok).sum()):
        warnings.warn(Messages.W503.format(count=int((~ok).sum())), stacklevel=3)
        frame, lat, lon = frame[ok], lat[ok], lon[ok]
        n = len(frame)
    etype = _col(frame, "event_type").where(lambda s: s != "", "Unknown")
    found = _type_order(etype.unique().tolist())
    types = found if types is None else list(types) + [t for t in found if t not in set(types)]
    type_index = {t: i for i, t in enumerate(types)}

    # One string table for every text column: repeated names, titles and
    # quotes are stored once.
    text_cols = ["sub_event_type", "actor1", "actor2", "location", "source", "url", "doc_id", "quote", "notes"]
    stacked = pd.concat([pd.Series([""])] + [_col(frame, c) for c in text_cols], ignore_index=True)
    codes, strings = pd.factorize(stacked, sort=False)
    codes = codes[1:]
    cols = {c: IntColumn(codes[i * n:(i + 1) * n]) for i, c in enumerate(text_cols)}

    area_codes, area_strings = pd.factorize(_col(frame, "area").replace("", None), use_na_sentinel=True)
    areas = _geojson_texts(area_strings)

    planned = _col(frame, "planned", False).fillna(False).astype(bool).to_numpy()
    background = _col(frame, "background", False).fillna(False).astype(bool).to_numpy()
    flags = planned.astype(np.int64) | (background.astype(np.int64) << 1)

    fat = pd.to_numeric(_col(frame, "fatalities", None), errors="coerce")
    fat_missing = fat.isna().to_numpy()
    gp = pd.to_numeric(_col(frame, "geo_precision", 1), errors="coerce").fillna(1).astype(int).clip(1, 3)
    tp = pd.to_numeric(_col(frame, "time_precision", 1), errors="coerce").fillna(4).astype(int).clip(1, 4)
    start, start_missing = _day_array(_col(frame, "event_date"))
    end, end_missing = _day_array(_col(frame, "date_end"))
    keys = _event_keys(frame)
    lead = lead_rows(frame) if merge else None
    data = {
        "strings": StringColumn(strings),
        "types": [{"name": t, "shape": EVENT_SHAPES.get(t, _OTHER_SHAPE),
                   "color": EVENT_TYPE_COLORS.get(t, _OTHER_COLOR)} for t in types],
        "factions": sides.table,
        "areas": areas,
        "columns": {
            "date": IntColumn(start, missing=start_missing),
            # days after "date" (0 for one day): shorter than a second date
            "end": IntColumn(end - start, missing=start_missing | end_missing),
            "tp": IntColumn(tp.to_numpy()),
            "type": IntColumn(_codes(etype, type_index.__getitem__)),
            "sub": cols["sub_event_type"],
            "a1": cols["actor1"],
            "a2": cols["actor2"],
            "side": IntColumn(_codes(keys, sides.index)),
            "fat": IntColumn(fat.fillna(0).to_numpy(dtype=float, na_value=0.0), missing=fat_missing),
            "flags": IntColumn(flags),
            "loc": cols["location"],
            "lat": IntColumn(np.rint(lat.to_numpy() * 10 ** _ROUND), div=10 ** _ROUND),
            "lon": IntColumn(np.rint(lon.to_numpy() * 10 ** _ROUND), div=10 ** _ROUND),
            "gp": IntColumn(gp.to_numpy()),
            "area": IntColumn(area_codes),
            "src": cols["source"],
            "url": cols["url"],
            "doc": cols["doc_id"],
            "quote": cols["quote"],
            "notes": cols["notes"],
        },
    }
    if lead is not None and (lead != np.arange(n)).any():
        data["columns"]["hap"] = IntColumn(lead)
    return data, types


class EventLayer(_Vendored):
    """Events as data: one toggleable overlay per event type, plus background history.

    Markers: shape per event type, colour per side; solid at a named town
    (geo_precision 1); hollow with the ``area`` drawn dashed when approximate
    (2-3); dashed ring when planned. Background events (history recalled by an
    article) get their own overlay, off by default. Above ``cluster_threshold``
    events the browser groups what is shown into numbered clusters (a grid per
    zoom over the current view, so only drawn markers exist): the ring shows
    each event type's share, the tooltip counts per type, a click zooms in,
    and events sharing one spot open as a paged list of their popups.

    Parameters
    ----------
    events : DataFrame
        The events frame (see :func:`layers.events.events_frame`).
    sides : Sides, optional
        Shared colour table; built from the frame and ``profile`` when omitted.
    profile : optional
        Conflict profile giving faction names and colours.
    assets : {"static", "inline"}
        Where the libraries come from (see :mod:`layers.assets`).
    cluster : bool or "auto", default "auto"
    cluster_threshold : int, default 500
    show_background : bool, default False
    publish : bool, default False
        For the app (``assets="static"``): data over :data:`PUBLISH_OVER`
        characters goes to a served file (:func:`layers.assets.publish_data`)
        and the page holds only its URL, so ``st_folium`` reruns stay light.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = ConflictMap.eventLayer({{ this._parent.get_name() }}, {
                overlays: {
                {%- for key, layer in this.overlays %}
                    {{ key|tojson }}: {{ layer.get_name() }},
                {%- endfor %}
                },
                options: {{ this.options|tojson }},
                data: {{ this.data_json }}
            });
        {% endmacro %}
        """
    )

    def __init__(
        self,
        events: pd.DataFrame,
        *,
        sides: Sides | None = None,
        profile: Any = None,
        assets: str = "static",
        cluster: bool | str = "auto",
        cluster_threshold: int = 500,
        show_background: bool = False,
        publish: bool = False,
        merge: bool = True,
    ):
        super().__init__()
        if not isinstance(events, pd.DataFrame):
            raise TypeError(f"events must be a DataFrame, got {type(events).__name__}")
        if cluster not in (True, False, "auto"):
            raise ValueError(f"cluster must be True, False or 'auto', got {cluster!r}")
        if isinstance(cluster_threshold, bool) or not isinstance(cluster_threshold, int):
            raise TypeError(f"cluster_threshold must be int, got {type(cluster_threshold).__name__}")
        self._name = "EventLayer"
        self._use_assets(assets)
        self.sides = sides if sides is not None else Sides(_event_keys(events), profile)
        data, types = _events_data(events, self.sides, merge=merge)
        self.types = types
        self.data_json = payload_json(data)
        if publish and len(self.data_json) > PUBLISH_OVER:
            url = publish_data(self.data_json)
            if url is not None:
                self.data_json = script_json({"url": url})
        self.options = {"cluster": cluster, "clusterThreshold": cluster_threshold}
        cols = data["columns"]
        # Markers: one per happening (the rows that lead one, or every row).
        drawn = cols["hap"].values == np.arange(len(cols["hap"])) if "hap" in cols else slice(None)
        #: Markers (happenings) drawn at most, as counted in the overlay labels.
        self.markers = len(cols["lat"].values[drawn])
        #: Whether the browser groups markers into counted clusters.
        self.clusters = cluster is True or (cluster == "auto" and self.markers > cluster_threshold)
        is_bg = (cols["flags"].values[drawn] & 2) > 0
        bg = int(is_bg.sum())
        per_type = np.bincount(cols["type"].values[drawn][~is_bg], minlength=len(types))
        counts = {t: int(c) for t, c in zip(types, per_type.tolist())}
        self.overlays: list[tuple[str, folium.FeatureGroup]] = []
        for i, t in enumerate(types):
            if counts.get(t):
                name = f"{_label(t)} ({counts[t]})"
                self.overlays.append((str(i), folium.FeatureGroup(name=name, overlay=True, show=True)))
        if bg:
            self.overlays.append(
                ("background", folium.FeatureGroup(name=f"Background history ({bg})", overlay=True, show=show_background))
            )

    def add_to(self, parent: Any, name: str | None = None, index: int | None = None) -> "EventLayer":
        """Add the overlays to ``parent`` (a map, for the layer control), then this layer."""
        for _, layer in self.overlays:
            layer.add_to(parent)
        parent.add_child(self, name=name, index=index)
        return self



class BlockEventLayer(_Vendored):
    """An :class:`EventLayer` whose data comes later, and changes: the app's map of a big store.

    The map holds no events; each rerun's :class:`SetTime` brings the data of
    the block of dates the slider is in (``source``), and the browser swaps it
    in when it differs from what it has, keeping the map, its view and its
    zones. So the overlays, colours and legend cannot depend on a block: they
    come from the whole store (``types``, ``sides``, ``counts``), and every
    block's data must be made with the same ``sides`` and ``types``
    (:func:`layers.mapview.block_source`).

    Parameters
    ----------
    types : sequence of str
        Every event type of the store, in the order the data numbers them.
    shown_types : iterable of str, optional
        Types given an overlay (default: those with a count, or all).
    counts : dict, optional
        Events per type over the whole store, shown in the overlay labels.
    background : int, default 0
        Background events in the store (their overlay exists when > 0).
    sides : Sides
    cluster, cluster_threshold, show_background, assets
        As for :class:`EventLayer` (clusters are decided per block of data).
    """

    _template = EventLayer._template

    def __init__(
        self,
        types: Sequence[str],
        *,
        sides: Sides,
        shown_types: Iterable[str] | None = None,
        counts: dict[str, int] | None = None,
        background: int = 0,
        assets: str = "static",
        cluster: bool | str = "auto",
        cluster_threshold: int = 500,
        show_background: bool = False,
    ):
        super().__init__()
        if isinstance(types, str):
            raise TypeError("types must be a sequence of str, got a str")
        if cluster not in (True, False, "auto"):
            raise ValueError(f"cluster must be True, False or 'auto', got {cluster!r}")
        self._name = "EventLayer"
        self._use_assets(assets)
        self.sides = sides
        self.types = list(types)
        self.data_json = "null"
        self.options = {"cluster": cluster, "clusterThreshold": int(cluster_threshold)}
        total = sum((counts or {}).values()) + int(background)
        self.clusters = cluster is True or (cluster == "auto" and total > cluster_threshold)
        wanted = set(self.types if shown_types is None else shown_types)
        self.overlays: list[tuple[str, folium.FeatureGroup]] = []
        for i, t in enumerate(self.types):
            if t not in wanted or (counts is not None and not counts.get(t)):
                continue
            name = _label(t) if counts is None else f"{_label(t)} ({counts[t]:,})"
            self.overlays.append((str(i), folium.FeatureGroup(name=name, overlay=True, show=True)))
        if background:
            name = "Background history" if counts is None else f"Background history ({int(background):,})"
            self.overlays.append(("background", folium.FeatureGroup(name=name, overlay=True, show=show_background)))

    add_to = EventLayer.add_to


def events_payload(events: pd.DataFrame, *, sides: Sides, types: Sequence[str], merge: bool = True) -> str:
    """The script-safe data of ``events`` for a :class:`BlockEventLayer` (numbered by ``sides`` and ``types``)."""
    data, _ = _events_data(events, sides, types, merge=merge)
    return payload_json(data)


#: First bytes of a packed part (:func:`events_packed`), after gunzip.
PACKED_MAGIC = b"CMB1"
#: The text columns of the event data: only popups need them (see :class:`PackedBlock`).
TEXT_COLUMNS = ("sub", "a1", "a2", "src", "url", "doc", "quote", "notes")


@dataclass(frozen=True)
class PackedBlock:
    """A block's event data as two gzip files (:func:`events_packed`), served to the app.

    ``core``: what the map draws, filters and shows in tooltips (every column but
    :data:`TEXT_COLUMNS`, and only the strings the places use, numbered first);
    ``text``: ``{"offset": k, "strings": [...], "columns": {...}}``, the other
    strings (numbered from ``k``, after the core's ``k`` strings) and the text
    columns. Why two: the text (quotes, addresses, actors: ~9 MB for the 50,000
    events of a 20-day block) is ~90 % of the bytes to inflate and decode, and
    only a popup needs it; the browser draws from ``core`` and unpacks ``text``
    after (a popup opened before shows its event once the text is in).
    """

    core: bytes
    text: bytes


def _packed(obj: Any) -> bytes:
    """gzip (``mtime=0``: same data, same bytes) of ``b"CMB1"``, the byte length of the JSON head
    (uint32, little-endian), the head (UTF-8), zeros up to a multiple of 8, then the column bytes
    the head's ``{"$int": ...}``/``{"$utf8": ...}`` offsets point into (conflict-map.js ``unpacked``)."""
    blobs: list[bytes] = []
    # backslashreplace: a lone surrogate (only ever inside a JSON string) becomes its \uXXXX escape.
    head = _encode(_split(obj, blobs, [0])).encode("utf-8", "backslashreplace")
    raw = PACKED_MAGIC + struct.pack("<I", len(head)) + head + b"\0" * (-(8 + len(head)) % 8)
    z = zlib.compressobj(_ZLEVEL, zlib.DEFLATED, 31)  # 31: gzip container, header mtime 0
    return z.compress(raw) + z.compress(b"".join(blobs)) + z.flush()


def events_packed(events: pd.DataFrame, *, sides: Sides, types: Sequence[str], merge: bool = True) -> PackedBlock:
    """The data of ``events`` for a :class:`BlockEventLayer`, as a :class:`PackedBlock` (numbered
    by ``sides`` and ``types``): the same data as :func:`events_payload`, split in two.

    Why files of bytes: the JSON of base64 text that :func:`events_payload` gives
    was re-gzipped (level 9) by the server on each fetch, parsed as JSON, then
    decoded from base64 in a JavaScript loop; served as ``application/gzip``
    (:func:`publish_packed`) a file goes out as it is and the browser inflates
    it while it arrives.
    """
    data, _ = _events_data(events, sides, types, merge=merge)
    cols = data["columns"]
    strings = np.asarray(data["strings"].values, dtype=object)
    # Renumber the string table: "" (code 0) and the places first, then the rest.
    used = np.zeros(len(strings), dtype=bool)
    used[0] = True
    used[cols["loc"].values] = True
    order = np.concatenate([np.flatnonzero(used), np.flatnonzero(~used)])
    code = np.empty(len(order), dtype=np.int64)
    code[order] = np.arange(len(order))
    k = int(used.sum())
    renumbered = {c: IntColumn(code[cols[c].values]) for c in ("loc",) + TEXT_COLUMNS}
    core = dict(data, strings=StringColumn(strings[order[:k]].tolist()), text=True,
                columns={c: renumbered.get(c, v) for c, v in cols.items() if c not in TEXT_COLUMNS})
    text = {"offset": k, "strings": StringColumn(strings[order[k:]].tolist()),
            "columns": {c: renumbered[c] for c in TEXT_COLUMNS}}
    return PackedBlock(_packed(core), _packed(text))


def publish_packed(blob: bytes) -> str | None:
    """Write one part of a :class:`PackedBlock` as a ``.gz`` file Streamlit serves; its URL, or
    None if it cannot be written (:func:`layers.assets.publish_bytes`: named by the content's
    hash; ``.gz`` is served as ``application/gzip``, as it is)."""
    from layers import assets

    if not isinstance(blob, bytes):
        raise TypeError(f"blob must be bytes, got {type(blob).__name__}")
    return assets.publish_bytes(blob, ".gz")


#: Coordinates are rounded to 1e-5 degrees (about 1 m) and shapes simplified
#: within about 50 m: invisible on a map, and pages stay small.
_ROUND = 5
_SIMPLIFY_DEG = 0.0005


def _geojson_texts(geoms: list) -> list["RawJSON"]:
    """Each shape (a geometry or GeoJSON text) rounded to 1e-5 degrees and lightly simplified, as
    the GeoJSON text GEOS writes, in a few vectorised calls, each distinct shape once (a zone's
    shape lasts over many rows of the timeline: 7,000 shapes in 21,000 rows at 3,000 articles).
    Pages embed the text as it is (:class:`RawJSON`): parsing 900,000 coordinates only to write
    them again took most of a big map's time."""
    if len(geoms) == 0:
        return []
    arr = np.empty(len(geoms), dtype=object)
    arr[:] = [shapely.from_geojson(g) if isinstance(g, str) else g for g in geoms]
    first: dict[bytes, int] = {}
    which = [first.setdefault(w, len(first)) for w in shapely.to_wkb(arr).tolist()]
    if len(first) < len(arr):
        unique = np.empty(len(first), dtype=object)
        unique[which] = arr  # each distinct shape once (the last of its equals: the same shape)
        made = _geojson_texts_of(unique)
        return [made[k] for k in which]
    return _geojson_texts_of(arr)


def _geojson_texts_of(arr: np.ndarray) -> list["RawJSON"]:
    """:func:`_geojson_texts` of each shape of ``arr`` (changed in place)."""
    lines = np.isin(shapely.get_type_id(arr), (1, 3, 5, 6))  # (Multi)LineString, (Multi)Polygon
    if lines.any():
        simple = shapely.simplify(arr[lines], _SIMPLIFY_DEG, preserve_topology=True)
        arr[lines] = np.where(shapely.is_empty(simple), arr[lines], simple)
    arr = shapely.transform(arr, lambda xy: np.round(xy, _ROUND))
    return [RawJSON(t) for t in shapely.to_geojson(arr).tolist()]


def _zones_data(zones: pd.DataFrame, sides: Sides) -> dict:
    """Zones as the browser draws them: until :func:`layers.zones.shown_until` (a year after the last report
    telling a zone, when no report ends it sooner), its popup saying so (``told``: that last report's day;
    ``ended``: the day a later report ended it, when the drawing stopped before)."""
    from layers.zones import last_told, shown_until

    items = []
    if len(zones):
        faction = _col(zones, "faction")
        status = _col(zones, "status")
        starts = _days(_col(zones, "start"))
        real_ends = _days(_col(zones, "end"))
        ends = _days(pd.Series(shown_until(zones), index=zones.index, dtype=object).fillna(""))
        told = _days(pd.Series(last_told(zones), index=zones.index, dtype=object).fillna(""))
        sources = zones["sources"].tolist() if "sources" in zones.columns else [[]] * len(zones)
        geoms = zones.geometry.tolist() if hasattr(zones, "geometry") else [None] * len(zones)
        drawn = [g is not None and not g.is_empty for g in geoms]
        shapes = iter(_geojson_texts([g for g, ok in zip(geoms, drawn) if ok]))
        for f, st, s, e, real, last, src, ok in zip(faction.tolist(), status.tolist(), starts, ends, real_ends, told,
                                                    sources, drawn):
            if not ok:
                continue
            clean = []
            for item in src if isinstance(src, (list, tuple)) else []:
                if isinstance(item, dict):
                    clean.append({k: str(item.get(k) or "") for k in ("doc_id", "place", "sentence", "title", "url")})
            item = {
                "faction": sides.index(f),
                "status": "contested" if st == "contested" else "held",
                "start": s,
                "end": e,
                "sources": clean,
                "geometry": next(shapes),
            }
            if e is not None and (real is None or e < real):  # (drawn until a year after its last report)
                item["told"] = last
                if real is not None:
                    item["ended"] = real  # (the day a later report ended it, after the drawing stops)
            items.append(item)
    return {"factions": sides.table, "zones": [z for z in items if z["faction"] >= 0]}


class ZoneLayer(_Vendored, folium.FeatureGroup):
    """Control zones as data, coloured by faction; contested areas hatched with a dashed edge.

    Popups give the faction, the span ("since ...", "... until ..."), the status
    and the sources (title, link, quoted sentence).

    Parameters
    ----------
    zones : DataFrame
        Zones frame (see :func:`layers.zones.zone_timeline`).
    sides : Sides, optional
    profile : optional
    assets : {"static", "inline"}
    name : str, default "Areas of control"
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.featureGroup();
            ConflictMap.zoneLayer({{ this._parent.get_name() }}, {{ this.get_name() }}, {
                data: {{ this.data_json }}
            });
        {% endmacro %}
        """
    )

    def __init__(
        self,
        zones: pd.DataFrame,
        *,
        sides: Sides | None = None,
        profile: Any = None,
        assets: str = "static",
        name: str = "Areas of control",
        show: bool = True,
    ):
        if not isinstance(zones, pd.DataFrame):
            raise TypeError(f"zones must be a DataFrame, got {type(zones).__name__}")
        folium.FeatureGroup.__init__(self, name=_label(name), overlay=True, show=show)
        self._name = "ZoneLayer"
        self._use_assets(assets)
        self.sides = sides if sides is not None else Sides(_col(zones, "faction"), profile)
        self.data_json = payload_json(_zones_data(zones, self.sides))


class TimeFilter(_Vendored):
    """A time slider with play/step buttons and a date label: the map at each date.

    Shows zones valid on the date and events up to it (or within the last N
    days, chosen in the control). Filtering runs in the browser over the data
    embedded by :class:`EventLayer` and :class:`ZoneLayer`, whatever order they
    are added in.

    Parameters
    ----------
    dates : sequence of date or ISO str
        The slider's stops (deduplicated, sorted).
    start : date or str, optional
        Initial date (the last stop on or before it); default the last stop.
    window_days : int, optional
        Initial window; None shows all events up to the date.
    windows : sequence of int or None
        Windows offered in the control.
    interval_ms : int, default 700
        Delay between steps when playing.
    years : dict, optional
        Year -> (events, last day one starts) (:func:`layers.events.events_per_year`): over a span of more than
        ``YEAR_PICK_DAYS`` the control picks a year first (said with its events), its slider covering that
        year's stops, as the app's does.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = ConflictMap.timeControl({{ this._parent.get_name() }}, {{ this.spec_json }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        dates: Iterable[Any],
        *,
        start: Any = None,
        window_days: int | None = None,
        windows: Sequence[int | None] = (None, 1, 7, 30),
        interval_ms: int = 700,
        assets: str = "static",
        position: str = "bottomleft",
        years: dict[int, tuple[int, Any]] | None = None,
    ):
        super().__init__()
        if isinstance(dates, (str, bytes)):
            raise TypeError("dates must be a sequence of dates, got a string")
        self._name = "TimeFilter"
        self._use_assets(assets)
        days = sorted({d for d in (day_number(x) for x in dates) if d is not None})
        wins = list(dict.fromkeys(list(windows) + [window_days]))
        wins = [w for w in wins if w is None or (isinstance(w, int) and w > 0)]
        pos = len(days) - 1
        if start is not None and days:
            s = day_number(start)
            if s is not None:
                before = [i for i, d in enumerate(days) if d <= s]
                pos = before[-1] if before else 0
        self.days = days
        self.spec_json = script_json({
            "dates": days,
            "start": max(pos, 0),
            "windowDays": window_days,
            "windows": sorted(wins, key=lambda w: -1 if w is None else w),
            "intervalMs": int(interval_ms),
            "position": position,
            "years": [[int(y), int(n), day_number(last)] for y, (n, last) in sorted((years or {}).items())]
            if days and days[-1] - days[0] > YEAR_PICK_DAYS else None,
        })


class SetTime(MacroElement):
    """Moves a map that embeds every date to one date, from outside the map.

    The Streamlit app sends only this tiny element on a slider step (through
    ``st_folium``'s ``feature_group_to_add``), so the browser filters the data
    it already has instead of reloading the map.

    Parameters
    ----------
    at : date or ISO str
    window_days : int, optional
        Only events of the last N days (None: all up to ``at``).
    data : PackedBlock or str, optional
        Event data for the map's :class:`BlockEventLayer`, packed
        (:func:`events_packed`) or JSON (:func:`events_payload`, str):
        published as a served file (the element carries only its URL) and
        swapped in by the browser when it is not the data it already shows.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            ConflictMap.setTime({{ this._parent._parent.get_name() }}, {{ this.day }}, {{ this.window }}
                {%- if this.source %}, {{ this.source }}{% endif %});
        {% endmacro %}
        """
    )

    def __init__(self, at: Any, window_days: int | None = None, data: str | None = None):
        super().__init__()
        self._name = "SetTime"
        if data is not None and not isinstance(data, (str, PackedBlock)):
            raise TypeError(f"data must be a PackedBlock or a str of JSON, got {type(data).__name__}")
        day = day_number(at)
        if day is None:
            raise ValueError(f"at must be a date, got {at!r}")
        if window_days is not None and (isinstance(window_days, bool) or int(window_days) < 1):
            raise ValueError(f"window_days must be a positive int or None, got {window_days!r}")
        self.day = int(day)
        self.window = "null" if window_days is None else int(window_days)
        self.source = None
        if isinstance(data, PackedBlock):
            # The same data always gets the same URLs (their content's hash): the browser
            # fetches only when the block changes. Published on every rerun, so a file
            # pruned meanwhile (layers.assets.KEEP_DATA_FILES) is written again.
            url, text = publish_packed(data.core), publish_packed(data.text)
            if url is not None and text is not None:
                self.source = script_json({"url": url, "text": text, "packed": True})
            else:  # nowhere to write: the data travels inline (base64), named by its hash
                key = hashlib.sha256(data.core + data.text).hexdigest()[:24]
                self.source = script_json({"key": key, "data": {
                    "packed": base64.b64encode(data.core).decode("ascii"),
                    "text": base64.b64encode(data.text).decode("ascii")}})
        elif data is not None:
            url = publish_data(data)
            if url is not None:
                self.source = script_json({"url": url})
            else:  # nowhere to write: the data travels inline, named by its hash
                key = hashlib.sha256(data.encode("utf-8")).hexdigest()[:24]
                self.source = '{"key":"%s","data":%s}' % (key, data)


#: How many sides (the busiest) a legend can name: those of its rows the map draws at a date are listed; a side past
#: these, drawn, counts in the "... and N more" row.
LEGEND_SIDES = 256


class Legend(_Vendored):
    """Legend: sides with their colours, event-type shapes, precision symbols, zone styles.

    Our own HTML control (no branca colormap: it would pull d3 from a CDN).
    With ``clusters``, it also explains the numbered circles and the colour of
    each event type in their rings. Its sides are those drawn at the map's
    date (a timeline's, the app's slider's), not every side of the corpus.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = ConflictMap.legend({{ this._parent.get_name() }}, {{ this.spec_json }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        *,
        sides: Sides | None = None,
        event_types: Iterable[str] = (),
        precision: bool = True,
        zones: bool = False,
        clusters: bool = False,
        max_sides: int = 14,
        assets: str = "static",
        position: str = "bottomright",
    ):
        super().__init__()
        self._name = "Legend"
        self._use_assets(assets)
        # Ranked (the busiest first, each war's sides together), the browser lists those its layers draw at the
        # slider's date, at most max_sides rows, the last "... and N more" (the map's height may fold more in).
        table = sides.ranked() if sides is not None else []
        types = _type_order(event_types)
        self.spec_json = script_json({
            "factions": [{"name": f["name"], "color": f["color"], "index": sides.index(f["id"])}
                         for f in table[:LEGEND_SIDES]],
            "total": len(table),
            "max": max_sides,
            "types": [{"name": t, "shape": EVENT_SHAPES.get(t, _OTHER_SHAPE),
                       "color": EVENT_TYPE_COLORS.get(t, _OTHER_COLOR)} for t in types],
            "clusters": bool(clusters),
            "precision": bool(precision),
            "zones": bool(zones),
            "position": position,
        })


def _graticule(step: int = 15) -> dict:
    """A plain lat/lon grid: the fallback basemap when no borders are available."""
    lines = [[[lon, lat] for lat in range(-80, 81, 5)] for lon in range(-180, 181, step)]
    lines += [[[lon, lat] for lon in range(-180, 181, 5)] for lat in range(-75, 76, step)]
    return {"type": "Feature", "properties": {}, "geometry": {"type": "MultiLineString", "coordinates": lines}}


@lru_cache(maxsize=1)
def _basemap_json() -> str:
    """The shipped borders as script-safe JSON, computed once per process."""
    return script_json(_basemap_data())


def _basemap_data() -> dict:
    try:
        from geo.boundaries import basemap_geojson  # written by the geo engineer
    except ImportError as err:
        warnings.warn(Messages.W502.format(reason=f"no geo.boundaries.basemap_geojson: {err}"), stacklevel=3)
        return _graticule()
    try:
        data = basemap_geojson()
        if hasattr(data, "to_json"):
            data = data.to_json()
        if isinstance(data, (str, bytes)):
            data = json.loads(data)
        if not isinstance(data, dict):
            raise TypeError(f"expected GeoJSON, got {type(data).__name__}")
        # Only shapes are drawn: drop properties (why: smaller, and a NaN
        # property would make the JSON invalid).
        feats = data.get("features") if data.get("type") == "FeatureCollection" else [data]
        return {
            "type": "FeatureCollection",
            "features": [
                {"type": "Feature", "properties": {}, "geometry": f.get("geometry")}
                for f in feats or [] if isinstance(f, dict) and f.get("geometry")
            ],
        }
    except Exception as err:  # noqa: BLE001 - a missing basemap must not stop the map
        warnings.warn(Messages.W502.format(reason=str(err)[:120]), stacklevel=3)
        return _graticule()


class OfflineBasemap(_Vendored, folium.FeatureGroup):
    """Country borders and coastlines drawn under the tiles: the map stays readable offline.

    Sits in a pane below the tile layer, so it only shows where tiles fail to
    load. Uses ``geo.boundaries.basemap_geojson()``; falls back on a plain grid
    (with a W502 warning) when that is unavailable.

    Parameters
    ----------
    data : dict, optional
        GeoJSON to draw instead of the shipped borders.
    publish : bool, default False
        As for :class:`EventLayer`: the app loads big borders by URL.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.featureGroup();
            ConflictMap.basemap({{ this._parent.get_name() }}, {{ this.get_name() }}, {{ this.data_json }});
        {% endmacro %}
        """
    )

    def __init__(self, data: dict | None = None, *, assets: str = "static", publish: bool = False):
        folium.FeatureGroup.__init__(self, name="Borders (offline)", overlay=True, control=False, show=True)
        self._name = "OfflineBasemap"
        self._use_assets(assets)
        self.data_json = script_json(data) if data is not None else _basemap_json()
        if publish and len(self.data_json) > PUBLISH_OVER:
            url = publish_data(self.data_json)
            if url is not None:
                self.data_json = script_json({"url": url})


class FullscreenButton(_Vendored):
    """A small full-screen toggle (Fullscreen API), no plugin needed; and how the map shares its
    page: inside a page that scrolls (the app), the wheel scrolls the page until the map is clicked."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = ConflictMap.fullscreen({{ this._parent.get_name() }});
            ConflictMap.wheelAfterClick({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, *, assets: str = "static"):
        super().__init__()
        self._name = "FullscreenButton"
        self._use_assets(assets)
