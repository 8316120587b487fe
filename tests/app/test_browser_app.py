"""The Streamlit app used as a person would: in offline Chromium, one server per module.

Map drawing, date steps without an iframe reload, popups, downloads opened from
disk, hostile pasted text and session isolation. Screenshots go to
``test-artifacts/`` (app, popup, downloaded timeline, hostile article).
"""
from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.browser import browser, offline_page, require_chromium, screenshot, streamlit_server, wait_drawn, wait_still

pytestmark = pytest.mark.browser

FRAME_URL = re.compile(r"streamlit_folium")
IFRAME = "iframe[title='streamlit_folium.st_folium']"
HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "${alert(1)}",
    "{{7*7}}",
    "\"'><svg onload=alert(1)>",
)
HOSTILE_TEXT = (
    "Clashes erupted in Sirte on Monday between rival brigades, residents said "
    + " ".join(HOSTILE)
    + ". At least two fighters were killed near the port, a local official said."
)
HOSTILE_TITLE = "Sirte <script>alert(1)</script> {{7*7}} \"'><svg onload=alert(1)>"
#: Passes the app's http(s)-only address check, yet carries template and script bait.
HOSTILE_URL = "https://example.org/a?x=${alert(1)}&y={{7*7}}"


@pytest.fixture(scope="module")
def chromium():
    require_chromium()
    with browser() as b:
        yield b


@pytest.fixture(scope="module")
def app_url(chromium):
    with streamlit_server() as url:
        yield url


#: The only outside addresses a page may ask for: base-map tiles (blocked here, and optional).
TILE_HOSTS = re.compile(r"^https://([abc]\.basemaps\.cartocdn\.com|tile\.openstreetmap\.org|server\.arcgisonline\.com)/")


def watched_page(b, viewport=(1400, 1000)):
    """An offline page (new context: a new Streamlit session) recording dialogs, errors, blocked URLs."""
    blocked: list[str] = []
    page = offline_page(b, record=blocked, viewport=viewport)
    page.blocked = blocked
    page.dialogs, page.errors = [], []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    return page


def map_frame(page):
    """The st_folium iframe's frame, once its events are drawn (they may come after the page).

    Adding or re-dating articles gives a new map: its iframe is replaced, and a frame found just
    before may detach while it is waited on; it is then looked up again."""
    from playwright.sync_api import Error

    for attempt in range(4):
        try:
            frame = None
            for _ in range(200):
                frame = page.wait_for_selector(IFRAME, timeout=120_000).content_frame()
                if frame is not None and FRAME_URL.search(frame.url):
                    break
                page.wait_for_timeout(100)
            assert frame is not None, "the map iframe never loaded"
            frame.wait_for_function("() => window.ConflictMap && document.querySelector('.leaflet-container')",
                                    timeout=60_000)
            wait_drawn(frame)
            return frame
        except Error as err:
            if "detached" not in str(err) or attempt == 3:
                raise
            page.wait_for_timeout(300)


IDLE = ("() => !document.querySelector('[data-testid=stStatusWidget] button')"
        " && !document.querySelector('[data-testid=stSpinner]')")


def wait_idle(page, heading: str | None = None):
    """Wait until the app shows ``heading`` (if given) and no script run is in progress."""
    if heading is not None:
        page.get_by_role("heading", name=heading).wait_for(timeout=120_000)
    page.wait_for_function(IDLE, timeout=120_000)


def upload(page, paths):
    """Give the sidebar's uploader ``paths`` once the app is idle: a run in progress may still
    show the uploader it is replacing beside the new one."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stStatusWidget] button')"
        " && document.querySelectorAll('[data-testid=stSidebar] input[type=file]').length === 1",
        timeout=120_000)
    page.locator("[data-testid=stSidebar] input[type=file]").set_input_files([str(p) for p in paths])
    # A click on "Add to the map" before the files are sent would add none of them.
    page.wait_for_function(
        "(n) => document.querySelectorAll('[data-testid=stSidebar] [data-testid=stFileChip]').length === n"
        " && !document.querySelector('[data-testid=stSidebar] [data-testid=stFileChipIconSpinner]')",
        arg=len(paths), timeout=60_000)
    wait_idle(page)


def open_app(b, url, date: str, viewport=(1400, 1000)):
    page = watched_page(b, viewport)
    page.goto(f"{url}/?date={date}")
    wait_idle(page, f"Map as of {date}")
    return page, map_frame(page)


def drawn(frame) -> dict:
    """What the map draws: event markers, approximate areas, zone outlines."""
    return frame.evaluate("""() => ({
        markers: document.querySelectorAll('.leaflet-cmEvents-pane path.leaflet-interactive').length,
        areas: document.querySelectorAll('.leaflet-cmAreas-pane path.leaflet-interactive').length,
        zones: document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive').length })""")


def table_count(page) -> int:
    text = page.get_by_role("heading", name=re.compile(r"^Events \(\d+\)")).inner_text()
    return int(re.search(r"\((\d+)\)", text).group(1))


def table_text(page, *, scroll_right: bool = False) -> str:
    """The events table's cells as the grid exposes them (only the columns scrolled into view)."""
    if scroll_right:
        page.evaluate("() => document.querySelectorAll('.dvn-scroller').forEach(s => { s.scrollLeft = s.scrollWidth; })")
        page.wait_for_timeout(500)
    return page.evaluate("() => Array.from(document.querySelectorAll('[data-testid=stDataFrame] table'))"
                         ".map(t => t.innerText).join('\\n')")


def overlay_total(page) -> int:
    """Sum of the event counts in the layer control's labels ("Battles (3)", "Background history (2)")."""
    labels = page.evaluate(
        "() => Array.from(document.querySelectorAll('.leaflet-control-layers-overlays label'))"
        ".map(l => l.textContent.trim())")
    return sum(int(m.group(1)) for m in (re.search(r"\((\d+)\)$", t) for t in labels) if m)


def open_file(b, path):
    page = watched_page(b)
    page.goto(path.as_uri())
    page.wait_for_function("() => window.ConflictMap && document.querySelector('.leaflet-container')")
    wait_drawn(page)
    return page


def open_popup_with(frame_or_page, needle: str) -> str:
    """Open event popups one by one (the JS way a click would) until one contains ``needle``."""
    return frame_or_page.evaluate("""(needle) => {
        var m = Object.values(window).find(v => v instanceof L.Map), found = "";
        m.eachLayer(l => { if (found || !(l instanceof ConflictMap.ShapeMarker)) return;
            l.openPopup(); var c = l.getPopup().getElement();
            if (c && c.textContent.indexOf(needle) >= 0) found = c.textContent; });
        return found; }""", needle)


# --- the map in the app -------------------------------------------------------


def test_map_draws_zones_and_markers_offline(chromium, app_url):
    page, frame = open_app(chromium, app_url, "2019-04-09")
    now = drawn(frame)
    assert now["zones"] >= 1 and now["markers"] >= 1
    assert page.errors == [] and page.dialogs == []
    screenshot(page, "app-2019-04-09")


def test_the_legend_is_read_whole_in_the_apps_map(chromium, app_url):
    # Its last rows (how sure a place is, areas of control) were cut off under a scrollbar one cannot see.
    page, frame = open_app(chromium, app_url, "2019-04-09")
    shown, whole = frame.evaluate("() => { var l = document.querySelector('.cm-legend');"
                                  " return [l.clientHeight, l.scrollHeight]; }")
    assert whole <= shown, (shown, whole)
    assert frame.locator(".cm-legend").get_by_text("Areas of control").is_visible()


def test_a_popup_under_the_layer_control_pans_clear_of_it(chromium, app_url):
    """The layer control sits above popups: a marker moved under it opens a popup the map pans clear."""
    page, frame = open_app(chromium, app_url, "2019-04-09")
    frame.evaluate("""() => {
        var m = Object.values(window).find(v => v instanceof L.Map), marker = null;
        m.eachLayer(l => { if (!marker && l instanceof ConflictMap.ShapeMarker) marker = l; });
        var p = m.latLngToContainerPoint(marker.getLatLng()), size = m.getSize();
        m.panBy([p.x - (size.x - 30), p.y - 40], {animate: false});  // (the marker now under the control)
        marker.openPopup(); }""")
    wait_still(frame)  # (the pan clear is animated)
    popup, covering = frame.evaluate("""() => {
        function box(e) { var r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }
        var pop = box(document.querySelector('.leaflet-popup-content-wrapper'));
        var over = Array.from(document.querySelectorAll('.leaflet-top .leaflet-control')).map(box)
            .filter(b => pop[0] < b[2] && b[0] < pop[2] && pop[1] < b[3] && b[1] < pop[3]);
        return [pop, over]; }""")
    screenshot(page, "app-popup-top-right")
    assert covering == [], (popup, covering)


def test_app_asks_the_network_for_nothing_but_tiles(chromium, app_url):
    page, _ = open_app(chromium, app_url, "2019-04-09")
    assert [u for u in page.blocked if not TILE_HOSTS.match(u)] == []


def test_a_day_step_changes_the_map_without_reloading_the_iframe(chromium, app_url):
    page, frame = open_app(chromium, app_url, "2019-04-04")
    before = drawn(frame)
    iframe = page.query_selector(IFRAME)
    frame.evaluate("() => { window.__cmStayed = 'yes'; }")
    page.get_by_role("button", name="◀").click()
    wait_idle(page, "Map as of 2019-04-03")
    frame.wait_for_function(
        "(b) => document.querySelectorAll('.leaflet-cmEvents-pane path.leaflet-interactive').length !== b",
        arg=before["markers"], timeout=20_000)
    after = drawn(frame)
    assert after["markers"] < before["markers"]  # the April 4 events are hidden on April 3
    assert frame.evaluate("() => window.__cmStayed") == "yes"  # same document: no reload
    assert page.evaluate("([el, sel]) => el.isConnected && el === document.querySelector(sel)", [iframe, IFRAME])
    assert page.errors == []


def test_links_with_two_dates_show_different_maps(chromium, app_url):
    early_page, early = open_app(chromium, app_url, "2019-04-03")
    late_page, late = open_app(chromium, app_url, "2019-04-09")
    assert drawn(early)["markers"] < drawn(late)["markers"]
    assert table_count(early_page) < table_count(late_page)


def test_clicking_a_marker_shows_its_quoted_sentence(chromium, app_url, seeds_build):
    from conflict_map.view import View, view_frames

    page, frame = open_app(chromium, app_url, "2019-04-09")
    events, _ = view_frames(seeds_build, View(at=dt.date(2019, 4, 9)))
    quotes = {str(q) for q in events["quote"] if q}
    marker = frame.locator(".leaflet-cmEvents-pane path.leaflet-interactive").first
    marker.dispatch_event("click")
    quote = frame.locator(".cm-popup .cm-quote")
    quote.wait_for(timeout=10_000)
    shown = quote.inner_text().strip("\u201c\u201d")
    assert shown in quotes
    page.wait_for_timeout(400)  # let the popup fade in before the picture
    screenshot(page, "app-popup")


# --- downloads ----------------------------------------------------------------


def download(page, label: str, tmp_path):
    with page.expect_download(timeout=120_000) as dl:
        page.get_by_role("button", name=label).click()
    path = tmp_path / dl.value.suggested_filename
    dl.value.save_as(path)
    return path


def test_downloaded_snapshot_shows_the_events_of_the_apps_table(chromium, app_url, tmp_path):
    page, _ = open_app(chromium, app_url, "2019-04-09")
    path = download(page, "Snapshot (HTML)", tmp_path)
    assert path.name == "conflict-map-2019-04-09.html"
    snap = open_file(chromium, path)
    assert overlay_total(snap) == table_count(page) > 0
    assert snap.errors == [] and snap.locator("path.leaflet-interactive").count() > 0
    assert [u for u in snap.blocked if not TILE_HOSTS.match(u)] == []


def test_downloaded_timeline_slider_changes_the_markers(chromium, app_url, tmp_path):
    page, _ = open_app(chromium, app_url, "2019-04-09")
    path = download(page, "Timeline (HTML)", tmp_path)
    tl = open_file(chromium, path)
    located = re.search(r"(\d+) located events", page.get_by_text("located events").inner_text()).group(1)
    assert overlay_total(tl) == int(located)  # every event of the corpus is in the timeline
    assert [u for u in tl.blocked if not TILE_HOSTS.match(u)] == []
    label = tl.locator(".cm-time-label")
    last_day = label.inner_text()
    late = tl.locator(".leaflet-cmEvents-pane path.leaflet-interactive").count()
    slider = tl.get_by_label("Date")
    slider.focus()
    slider.press("Home")
    assert label.inner_text() < last_day
    early = tl.locator(".leaflet-cmEvents-pane path.leaflet-interactive").count()
    assert early < late
    slider.press("End")
    assert label.inner_text() == last_day
    assert tl.locator(".leaflet-cmEvents-pane path.leaflet-interactive").count() == late
    assert tl.errors == []
    screenshot(tl, "app-downloaded-timeline")


# --- hostile text and sessions ------------------------------------------------


@pytest.fixture(scope="module")
def hostile_page(chromium, app_url):
    """A session that pasted an article full of script and template bait."""
    page, frame = open_app(chromium, app_url, "2019-04-09")
    before = drawn(frame)["markers"]
    page.get_by_text("Add articles").click()
    sidebar = page.locator("[data-testid=stSidebar]")
    date_box = sidebar.locator("[data-testid=stDateInput] input")
    date_box.fill("2019-04-09")  # (the map moves to an added article's date: keep the one the tests look at)
    sidebar.get_by_label("Title (for pasted text)").fill(HOSTILE_TITLE)
    sidebar.get_by_label("Source address (optional)").fill(HOSTILE_URL)
    sidebar.get_by_label("…or paste an article").fill(HOSTILE_TEXT)
    wait_idle(page)  # (the date typed above reruns the app)
    sidebar.get_by_role("button", name="Add to the map").click()
    page.get_by_text("3 articles", exact=False).wait_for(timeout=120_000)
    wait_idle(page, "Map as of 2019-04-09")
    page.wait_for_function(
        "(b) => { var f = document.querySelector(\"%s\"); var d = f && f.contentDocument;"
        " return d && d.querySelectorAll('.leaflet-cmEvents-pane path.leaflet-interactive').length > b; }" % IFRAME,
        arg=before, timeout=60_000)
    screenshot(page, "app-hostile-added")
    return page


def test_hostile_article_is_added_and_placed(hostile_page):
    page = hostile_page
    assert page.get_by_text(re.compile(r"^Added pasted")).count() == 1
    frame = map_frame(page)
    text = open_popup_with(frame, "alert(1)")
    assert "<script>alert(1)</script>" in text
    page.wait_for_timeout(400)
    screenshot(page, "app-hostile-popup")


def test_hostile_text_runs_nothing_and_injects_nothing(hostile_page):
    page = hostile_page
    frame = map_frame(page)
    open_popup_with(frame, "alert(1)")
    page.wait_for_timeout(300)
    assert page.dialogs == []
    for where in (page, frame):
        assert where.locator("img[src=x], img[onerror], svg[onload]").count() == 0
        assert where.evaluate(
            "() => Array.from(document.scripts).filter(s => s.textContent.indexOf('alert(1)') >= 0"
            " && s.textContent.indexOf('ConflictMap') < 0).length") == 0
        assert where.evaluate("() => document.querySelectorAll('[onerror], [onload]').length") == 0


def test_hostile_text_shows_literally_in_popup_and_table(hostile_page):
    page = hostile_page
    frame = map_frame(page)
    popup = open_popup_with(frame, "alert(1)")
    assert "residents said " + " ".join(HOSTILE) in popup
    table = table_text(page, scroll_right=True)
    assert "Sirte" in table
    assert "residents said " + " ".join(HOSTILE) in table  # the quote, verbatim: no markup, no 49
    assert HOSTILE_TITLE in table  # the source column
    hrefs = frame.evaluate("() => Array.from(document.querySelectorAll('.cm-popup a')).map(a => a.href)")
    assert hrefs and all(h.startswith("https://example.org/") for h in hrefs)
    assert page.locator("a[href^='javascript:']").count() == 0
    assert frame.locator("a[href^='javascript:']").count() == 0


def test_an_article_added_in_one_session_is_not_seen_in_another(chromium, app_url, hostile_page):
    assert hostile_page.get_by_text("3 articles", exact=False).count() == 1
    other, frame = open_app(chromium, app_url, "2019-04-09")
    assert other.get_by_text("2 articles", exact=False).count() == 1
    assert open_popup_with(frame, "alert(1)") == ""
    table = table_text(other, scroll_right=True)
    assert "alert(1)" not in table and "Sirte" not in table


def test_adding_an_article_does_not_count_the_seed_events_twice(chromium, app_url, hostile_page, seeds_build):
    # Sessions share the seed documents; a rebuild must not read them a second time into the same objects.
    n = len(seeds_build.events)
    assert hostile_page.get_by_text(f"3 articles · {n + 1} located events", exact=False).count() == 1
    other, _ = open_app(chromium, app_url, "2019-04-09")
    assert other.get_by_text(f"2 articles · {n} located events", exact=False).count() == 1


def test_a_script_address_is_refused_with_a_message_not_a_crash(chromium, app_url):
    page, _ = open_app(chromium, app_url, "2019-04-09")
    page.get_by_text("Add articles").click()
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.get_by_label("Source address (optional)").fill("javascript:alert(1)")
    sidebar.get_by_label("…or paste an article").fill("Clashes erupted in Sirte on Monday, residents said.")
    page.wait_for_timeout(300)
    sidebar.get_by_role("button", name="Add to the map").click()
    sidebar.get_by_text(re.compile(r"^Not added: .*http")).wait_for(timeout=60_000)
    assert page.locator("[data-testid=stException]").count() == 0
    assert page.get_by_text("2 articles", exact=False).count() == 1
    assert drawn(map_frame(page))["markers"] > 0 and page.dialogs == []


def test_the_date_slider_moves_the_map_in_place(chromium, app_url):
    page, frame = open_app(chromium, app_url, "2019-04-03")
    before = drawn(frame)["markers"]
    frame.evaluate("() => { window.__cmStayed = 'yes'; }")
    thumb = page.get_by_role("slider")
    thumb.focus()
    thumb.press("ArrowRight")
    wait_idle(page, "Map as of 2019-04-04")
    frame.wait_for_function(
        "(b) => document.querySelectorAll('.leaflet-cmEvents-pane path.leaflet-interactive').length > b",
        arg=before, timeout=20_000)
    assert frame.evaluate("() => window.__cmStayed") == "yes"
    assert page.url.endswith("date=2019-04-04")  # the address follows, so the view can be shared


def test_at_phone_width_the_step_buttons_stay_beside_the_slider(chromium, app_url):
    page, _ = open_app(chromium, app_url, "2019-04-05", viewport=(390, 844))
    prev, thumb, nxt = (page.get_by_role("button", name="◀").bounding_box(), page.get_by_role("slider").bounding_box(),
                        page.get_by_role("button", name="▶").bounding_box())
    assert prev["x"] < thumb["x"] < nxt["x"], (prev, thumb, nxt)
    assert abs(prev["y"] - nxt["y"]) < 20 and abs(thumb["y"] + thumb["height"] / 2 - (prev["y"] + prev["height"] / 2)) < 40
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")  # no sideways scroll
    page.get_by_role("button", name="▶").click()
    wait_idle(page, "Map as of 2019-04-06")
    screenshot(page, "app-phone-width")
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.wait_for_timeout(1000)
    screenshot(page, "app-desktop-width")


def test_a_manifest_uploaded_with_its_articles_dates_each_and_shows_its_bad_cells_as_written(chromium, app_url, tmp_path):
    page, _ = open_app(chromium, app_url, "2019-04-09")
    (tmp_path / "misrata.txt").write_text("Heavy fighting broke out in Misrata on Sunday between rival brigades, "
                                          "residents said.")
    (tmp_path / "zawiya.txt").write_text("An air strike hit a fuel depot in Zawiya on Friday, a local official said.")
    (tmp_path / "dates.jsonl").write_text(
        '{"file": "misrata.txt", "published": "2019-04-08", "title": "Fighting in Misrata"}\n'
        '{"file": "zawiya.txt", "published": "[here](javascript:alert(1)) $x$"}\n')
    page.get_by_text("Add articles").click()
    sidebar = page.locator("[data-testid=stSidebar]")
    upload(page, [tmp_path / n for n in ("misrata.txt", "zawiya.txt", "dates.jsonl")])
    sidebar.get_by_role("button", name="Add to the map").click()
    page.get_by_text("4 articles", exact=False).wait_for(timeout=120_000)
    sidebar.get_by_text("Added misrata.txt, published 2019-04-08 (the manifest)").wait_for(timeout=30_000)
    warning = sidebar.get_by_text(re.compile(r"^Manifest: dates\.jsonl line 2")).inner_text()
    assert "'[here](javascript:alert(1)) $x$'" in warning  # the cell as written: no link, no formula
    assert page.locator("a[href^='javascript:']").count() == 0 and page.dialogs == []
    assert page.locator("[data-testid=stException]").count() == 0
    screenshot(page, "app-manifest-added")
    # The bad cell mended, the manifest alone re-dates the article already added (the uploader was
    # emptied by the first addition: nothing is added twice).
    (tmp_path / "fixed.jsonl").write_text('{"file": "zawiya.txt", "published": "2019-04-06"}\n')
    upload(page, [tmp_path / "fixed.jsonl"])
    sidebar.get_by_role("button", name="Add to the map").click()
    sidebar.get_by_text("Re-dated zawiya.txt: published 2019-04-06 (the manifest; was undated)").wait_for(timeout=120_000)
    wait_idle(page, "Map as of 2019-04-06")  # the map moves to the new date
    map_frame(page).wait_for_function(
        "() => document.querySelectorAll('.leaflet-cmEvents-pane path.leaflet-interactive').length > 0",
        timeout=60_000)
    assert page.get_by_text("4 articles", exact=False).count() >= 1
    assert sidebar.get_by_text(re.compile("repeats an article")).count() == 0
    screenshot(page, "app-manifest-redated")


def test_the_wheel_scrolls_the_page_over_the_map_until_the_map_is_clicked(chromium, app_url):
    page, frame = open_app(chromium, app_url, "2019-04-09")
    zoom = "() => Object.values(window).find(v => window.L && v instanceof window.L.Map).getZoom()"
    start = frame.evaluate(zoom)
    box = page.locator(IFRAME).bounding_box()
    x, y = box["x"] + box["width"] * 0.3, box["y"] + 60
    page.mouse.move(x, y)
    page.mouse.wheel(0, -400)
    frame.locator(".cm-wheel-hint").wait_for(state="visible", timeout=10_000)  # told how to zoom
    page.wait_for_timeout(600)  # (a zoom, were there one, would have begun)
    assert frame.evaluate(zoom) == start  # a reader scrolling down the page does not zoom the map away
    page.mouse.click(x, y)
    page.mouse.wheel(0, -400)
    frame.wait_for_function(f"() => ({zoom[6:]}) > {start}", timeout=20_000)
