"""The map's JavaScript and CSS, served from our own copies, never from a CDN.

folium pages load Leaflet from CDNs: offline they render nothing, and inside
Streamlit ``st_folium`` loads each ``default_js``/``default_css`` URL itself and
stops at the first failure. Every element in :mod:`layers.elements` therefore
takes its libraries from this registry, in one of two modes:

``"static"``
    URLs under ``/app/static/vendor/`` that Streamlit serves from the repo's
    ``static/`` folder (``server.enableStaticServing = true``). For the app.
``"inline"``
    ``data:`` URIs holding the files themselves (CSS with its ``url()`` images
    already inlined), so a rendered page works from disk. :func:`inline_html`
    then turns every such reference into an inline ``<script>``/``<style>``.

The files are in ``static/vendor/`` (see its README for versions and licences;
``scripts/vendor_assets.sh`` re-fetches them from npm).
"""
from __future__ import annotations

import base64
import hashlib
import mimetypes
import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

from reading.messages import Messages

__all__ = [
    "MODES",
    "STATIC_PREFIX",
    "VENDOR_DIR",
    "JS_FILES",
    "CSS_FILES",
    "js_urls",
    "css_urls",
    "asset_text",
    "inline_html",
    "remote_references",
    "DATA_DIR",
    "DATA_PREFIX",
    "publish_data",
    "publish_bytes",
]

#: Folder holding the vendored files.
VENDOR_DIR = Path(__file__).resolve().parent.parent / "static" / "vendor"
#: Where Streamlit serves ``static/vendor`` when static serving is on.
STATIC_PREFIX = "/app/static/vendor/"
#: Rendering modes: ``"static"`` for the app, ``"inline"`` for exports.
MODES = ("static", "inline")
#: Where the app's big map data goes, served like the scripts (see :func:`publish_data`).
DATA_DIR = VENDOR_DIR / "conflict-map" / "data"
DATA_PREFIX = STATIC_PREFIX + "conflict-map/data/"
#: Data files kept (newest first); older ones are deleted when a new one is written.
KEEP_DATA_FILES = 64

#: (name, path under VENDOR_DIR), in load order: Leaflet first.
JS_FILES: tuple[tuple[str, str], ...] = (
    ("leaflet", "leaflet/leaflet.js"),
    ("conflict_map", "conflict-map/conflict-map.js"),
)
#: leaflet.markercluster's stylesheets give our own clusters (conflict-map.js
#: groups markers per zoom over the view) their look; its script is not loaded.
CSS_FILES: tuple[tuple[str, str], ...] = (
    ("leaflet_css", "leaflet/leaflet.css"),
    ("markercluster_css", "leaflet.markercluster/MarkerCluster.css"),
    ("markercluster_default_css", "leaflet.markercluster/MarkerCluster.Default.css"),
    ("conflict_map_css", "conflict-map/conflict-map.css"),
)

_CSS_URL = re.compile(r"url\(\s*(['\"]?)([^'\")]+)\1\s*\)")
_SCRIPT_SRC = re.compile(
    r"<script\b[^>]*?\bsrc\s*=\s*([\"'])(?P<src>[^\"']*)\1[^>]*>\s*</script\s*>",
    re.IGNORECASE,
)
_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_HREF = re.compile(r"\bhref\s*=\s*([\"'])(?P<href>[^\"']*)\1", re.IGNORECASE)
_REMOTE = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)


def _check_mode(mode: str) -> None:
    if not isinstance(mode, str):
        raise TypeError(f"mode must be a str, got {type(mode).__name__}")
    if mode not in MODES:
        raise ValueError(Messages.E501.format(mode=mode, modes=", ".join(MODES)))


def _path(rel: str) -> Path:
    path = (VENDOR_DIR / rel).resolve()
    if VENDOR_DIR.resolve() not in path.parents or not path.is_file():
        raise FileNotFoundError(Messages.E502.format(name=rel))
    return path


@lru_cache(maxsize=None)
def asset_text(rel: str) -> str:
    """Text of a vendored file; CSS comes with its ``url()`` images as data: URIs.

    Parameters
    ----------
    rel : str
        Path under ``static/vendor/``, e.g. ``"leaflet/leaflet.css"``.
    """
    path = _path(rel)
    text = path.read_text(encoding="utf-8")
    if rel.endswith(".css"):
        text = _inline_css_urls(text, path.parent)
    return text


def _inline_css_urls(css: str, folder: Path) -> str:
    """Replace relative ``url()`` references with data: URIs (why: no files beside an export)."""

    def repl(m: re.Match) -> str:
        target = m.group(2).strip()
        if target.startswith(("data:", "#")) or _REMOTE.match(target):
            return m.group(0)
        file = (folder / unquote(target.split("?")[0].split("#")[0])).resolve()
        if not file.is_file():
            return m.group(0)
        mime = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        data = base64.b64encode(file.read_bytes()).decode("ascii")
        return f'url("data:{mime};base64,{data}")'

    return _CSS_URL.sub(repl, css)


@lru_cache(maxsize=None)
def _data_uri(rel: str) -> str:
    mime = "text/css" if rel.endswith(".css") else "text/javascript"
    data = base64.b64encode(asset_text(rel).encode("utf-8")).decode("ascii")
    return f"data:{mime};base64,{data}"


def _urls(files: tuple[tuple[str, str], ...], mode: str) -> list[tuple[str, str]]:
    _check_mode(mode)
    if mode == "static":
        return [(name, STATIC_PREFIX + rel) for name, rel in files]
    return [(name, _data_uri(rel)) for name, rel in files]


def js_urls(mode: str = "static") -> list[tuple[str, str]]:
    """``(name, url)`` pairs for the scripts, in load order, ready for ``default_js``.

    Examples
    --------
    >>> js_urls("static")[0]
    ('leaflet', '/app/static/vendor/leaflet/leaflet.js')
    >>> js_urls("inline")[0][1].startswith("data:text/javascript;base64,")
    True
    """
    return _urls(JS_FILES, mode)


def css_urls(mode: str = "static") -> list[tuple[str, str]]:
    """``(name, url)`` pairs for the stylesheets, ready for ``default_css``.

    Examples
    --------
    >>> css_urls("static")[0]
    ('leaflet_css', '/app/static/vendor/leaflet/leaflet.css')
    """
    return _urls(CSS_FILES, mode)


def _resolve(url: str) -> str | None:
    """Vendored path or decoded data: URI text for a reference, or None if unknown."""
    url = url.strip()
    if url.startswith("data:"):
        head, _, payload = url.partition(",")
        if ";base64" in head:
            return base64.b64decode(payload).decode("utf-8")
        return unquote(payload)
    for prefix in (STATIC_PREFIX, "static/vendor/", "./static/vendor/", "/static/vendor/"):
        if url.startswith(prefix):
            rel = url[len(prefix):]
            try:
                return asset_text(rel)
            except FileNotFoundError:
                return None
    return None


def _script_safe(js: str) -> str:
    # why: "</script" inside inline JS would end the element early.
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)


def _style_safe(css: str) -> str:
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)


def remote_references(html: str) -> list[str]:
    """Every script or stylesheet reference in ``html`` that is not inline.

    Tile URL templates inside JavaScript are not references and are ignored.

    Examples
    --------
    >>> remote_references('<script src="https://x.org/a.js"></script><p>x</p>')
    ['https://x.org/a.js']
    >>> remote_references("<script>var t = 'https://tile/{z}';</script>")
    []
    """
    out = [m.group("src") for m in _SCRIPT_SRC.finditer(html)]
    for tag in _LINK_TAG.findall(html):
        href = _HREF.search(tag)
        if href and "stylesheet" in tag.lower():
            out.append(href.group("href"))
    return out


def inline_html(html: str) -> str:
    """Turn a rendered folium page into a standalone one.

    Every ``<script src>`` and ``<link rel=stylesheet>`` pointing at a vendored
    asset (static URL or data: URI) becomes an inline ``<script>``/``<style>``.

    Raises
    ------
    ValueError
        When a script or stylesheet reference remains that is not vendored
        (e.g. a CDN URL), since the page would break offline.
    """
    if not isinstance(html, str):
        raise TypeError(f"html must be a str, got {type(html).__name__}")

    def script(m: re.Match) -> str:
        text = _resolve(m.group("src"))
        if text is None:
            return m.group(0)
        return "<script>" + _script_safe(text) + "</script>"

    def link(m: re.Match) -> str:
        tag = m.group(0)
        href = _HREF.search(tag)
        if not href or "stylesheet" not in tag.lower():
            return tag
        text = _resolve(href.group("href"))
        if text is None:
            return tag
        return "<style>" + _style_safe(text) + "</style>"

    out = _SCRIPT_SRC.sub(script, html)
    out = _LINK_TAG.sub(link, out)
    left = remote_references(out)
    if left:
        raise ValueError(Messages.E503.format(refs=", ".join(sorted(set(left))[:5])))
    return out


def publish_data(text: str, *, folder: Path | None = None, prefix: str = DATA_PREFIX) -> str | None:
    """Write a map's data (JSON text) as a file Streamlit serves; its URL, or None if it cannot be written.

    Why: ``st_folium`` sends the whole map script to the browser on every
    rerun, so megabytes of inline event data made each slider step slow. A map
    that loads its data from this URL stays a few kilobytes. The name is the
    content's hash (same data, same URL: deterministic, cacheable); only the
    newest :data:`KEEP_DATA_FILES` files are kept.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    return publish_bytes(text.encode("utf-8"), ".json", folder=folder, prefix=prefix)


def publish_bytes(raw: bytes, suffix: str, *, folder: Path | None = None, prefix: str = DATA_PREFIX) -> str | None:
    """Write ``raw`` as ``<content hash><suffix>`` in the served data folder; its URL, or None on failure.

    The newest :data:`KEEP_DATA_FILES` files with that suffix are kept. The
    suffix sets the type the server sends: ``.gz`` goes as ``application/gzip``,
    as it is (other types are compressed again on every request).
    """
    if not isinstance(raw, bytes):
        raise TypeError(f"raw must be bytes, got {type(raw).__name__}")
    folder = DATA_DIR if folder is None else Path(folder)
    name = hashlib.sha256(raw).hexdigest()[:24] + suffix
    path = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if path.is_file():
            os.utime(path)
        else:
            fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
            with os.fdopen(fd, "wb") as f:
                f.write(raw)
            os.replace(tmp, path)
        files = sorted(folder.glob("*" + suffix), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEEP_DATA_FILES:]:
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        return None
    return prefix + name
