"""Helpers for tests that drive a real headless Chromium (Debian's, via Playwright).

Never ``playwright install``: we launch ``/usr/bin/chromium`` with flags that keep
it off the network. Tests using these skip (with the reason) when it is absent;
``scripts/test.sh`` installs it when it can.
"""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"

# The page's Leaflet map, as a JS expression; undefined (not a ReferenceError) while Leaflet
# itself has not loaded yet, so a polled predicate keeps waiting instead of failing.
FIND_MAP = "Object.values(window).find(v => window.L && v instanceof window.L.Map)"
# True once the map's events are drawn: its event layer exists (made when its data came, which
# may be fetched or unpacked after the page loaded) and awaits no block of events. Counts of
# markers read before this are counts of a map still loading.
EVENTS_DRAWN = ("() => { const m = " + FIND_MAP + ", s = m && m._cmState;"
                " return !!(s && !s.awaiting && s.layers.some(l => l.setSource)); }")


def wait_drawn(frame_or_page, timeout: float = 60_000) -> None:
    """Wait until the map in ``frame_or_page`` has drawn its events (see ``EVENTS_DRAWN``)."""
    frame_or_page.wait_for_function(EVENTS_DRAWN, timeout=timeout)


def wait_still(frame_or_page, timeout: float = 20_000) -> None:
    """Wait until the map has ended an animated pan or zoom (a popup's pan into view, a cluster's
    zoom): a loaded machine takes longer than the animation's quarter second."""
    frame_or_page.wait_for_function(
        "() => { const m = " + FIND_MAP + "; return !!m && !(m._panAnim && m._panAnim._inProgress)"
        " && !m._animatingZoom; }", timeout=timeout)


def require_chromium() -> None:
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (bash scripts/test.sh installs it as root)")
    try:
        import playwright  # noqa: F401
    except ImportError:  # pragma: no cover
        pytest.skip("playwright (python) is not installed")


@contextlib.contextmanager
def browser():
    """A Chromium browser, offline: every request not to localhost/file/data is aborted."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def offline_page(b, *, record: list | None = None, viewport=(1400, 1000)):
    """A new page whose network is cut: only localhost, file: and data: URLs load.

    ``record`` (list), when given, collects the URLs that were blocked.
    """
    ctx = b.new_context(viewport={"width": viewport[0], "height": viewport[1]}, accept_downloads=True)
    page = ctx.new_page()

    def route(r):
        url = r.request.url
        if url.startswith(("http://127.0.0.1", "http://localhost", "ws://127.0.0.1", "ws://localhost", "file:", "data:", "blob:")):
            return r.continue_()
        if record is not None:
            record.append(url)
        return r.abort()

    page.route("**/*", route)
    return page


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(script: str = "streamlit_app.py", *, env: dict | None = None, timeout: float = 90.0):
    """Start ``streamlit run`` on a free local port; yield its base URL; stop it after."""
    port = free_port()
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / script),
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]
    ARTIFACTS.mkdir(exist_ok=True)
    log = open(ARTIFACTS / f"streamlit-{port}.log", "w")
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited early with code {proc.returncode}")
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            raise RuntimeError("streamlit did not start in time")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover
            proc.kill()
        log.close()


def screenshot(page, name: str) -> Path:
    """Save a screenshot under test-artifacts/ (kept for people to look at)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path
