"""Exports opened from disk in headless Chromium with the network cut."""
import datetime as dt
import json
import os
import re
import time

import pytest

from layers.html import snapshot_html, timeline_html
from tests.browser import screenshot, wait_drawn, wait_still
from tests.layers.test_happenings import two_source_frame
from tests.layers.test_mapview import empty_zones, make_events, make_zones

CHROMIUM = "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="no /usr/bin/chromium"),
]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_page(browser, html, tmp_path, name="map.html", viewport=(1100, 750)):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    page.errors, page.dialogs = [], []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.route("**/*", lambda r: r.abort() if r.request.url.startswith("http") else r.continue_())
    page.goto(path.as_uri())
    page.wait_for_function("() => window.ConflictMap && document.querySelector('.leaflet-container')")
    wait_drawn(page)  # (a packed export unpacks its events after the page has loaded)
    page.wait_for_timeout(300)  # (clusters are added in chunks after the layer is drawn)
    return page


def the_map(page, expr):
    return page.evaluate(
        "() => { var m = Object.values(window).find(v => v instanceof L.Map); return (" + expr + ")(m); }"
    )


def test_snapshot_draws_markers_zones_and_legend_offline(browser, tmp_path):
    page = open_page(browser, snapshot_html(make_events(), make_zones(), at="2022-03-15"), tmp_path)
    assert page.errors == []
    assert page.locator(".cm-legend").count() == 1
    assert page.locator("path.leaflet-interactive").count() > 5
    assert page.locator(".cm-header h1").inner_text() == "Conflict map"


def test_hostile_text_does_not_run_or_inject(browser, tmp_path):
    page = open_page(browser, snapshot_html(make_events(hostile=True), make_zones(), at=None), tmp_path)
    opened = the_map(page, """m => { var n = 0; m.eachLayer(l => { if (l instanceof ConflictMap.ShapeMarker && l.getPopup() && !n) { l.openPopup(); n = 1; } }); return n; }""")
    assert opened == 1
    # open the hostile event's popup explicitly
    text = the_map(page, """m => { var t = ""; m.eachLayer(l => { if (l instanceof ConflictMap.ShapeMarker) { l.openPopup(); var c = document.querySelector('.cm-popup'); if (c && c.textContent.indexOf('alert') >= 0) t = c.textContent; } }); return t; }""")
    assert "<script>alert(1)</script>" in text
    assert page.dialogs == [] and page.errors == []
    assert page.locator("img[src=x], svg[onload], .cm-popup script").count() == 0
    hrefs = page.evaluate("() => Array.from(document.querySelectorAll('.cm-popup a')).map(a => a.href)")
    assert all(h.startswith("https://") for h in hrefs)


def test_legend_folds_away_while_a_popup_is_open(browser, tmp_path):
    """The legend (a control, drawn above popups) must not cover an open popup's text; it comes back
    when the popup closes, and stays folded if the reader had folded it."""
    page = open_page(browser, snapshot_html(make_events(), make_zones(), at=None), tmp_path)
    body = page.locator(".cm-legend-body")
    assert body.is_visible()
    open_one = "m => { var n = 0; m.eachLayer(l => { if (!n && l instanceof ConflictMap.ShapeMarker && l.getPopup()) { l.openPopup(); n = 1; } }); return n; }"
    assert the_map(page, open_one) == 1
    assert page.locator(".cm-popup").count() == 1 and not body.is_visible()
    the_map(page, "m => m.closePopup()")
    assert body.is_visible()
    arrow = "() => getComputedStyle(document.querySelector('.cm-legend-toggle'), '::after').content"
    assert "\u25be" in page.evaluate(arrow)  # open: the arrow points down
    page.locator(".cm-legend-toggle").click()
    assert not body.is_visible()
    assert "\u25b8" in page.evaluate(arrow)  # folded: it points right
    the_map(page, open_one)
    the_map(page, "m => m.closePopup()")
    assert not body.is_visible()
    assert page.errors == []


def test_timeline_slider_moves_the_map_through_time(browser, tmp_path):
    page = open_page(browser, timeline_html(make_events(), make_zones()), tmp_path)
    assert page.errors == []
    label = page.locator(".cm-time-label")
    assert label.inner_text() == "2022-03-19"  # the background event of 03-20 does not stretch the slider
    late = page.locator("path.leaflet-interactive").count()
    page.locator(".cm-time button[title='First date']").click()
    assert label.inner_text() == "2022-03-01"
    early = page.locator("path.leaflet-interactive").count()
    assert early < late
    page.locator(".cm-time button[title='Next date']").click()
    assert label.inner_text() == "2022-03-02"


def test_100k_events_open_in_the_browser(browser, tmp_path):
    html = snapshot_html(make_events(100_000), make_zones(), at=None)
    t0 = time.perf_counter()
    page = open_page(browser, html, tmp_path, "big.html")
    page.wait_for_selector(".marker-cluster", timeout=60_000)
    print(f"\n100,000 events in Chromium: first clusters after {time.perf_counter() - t0:.1f} s")
    assert page.errors == []


def toggle(page, prefix):
    """Click the layer-control checkbox whose label starts with ``prefix``; return the label."""
    return page.evaluate("""(prefix) => {
        var label = Array.from(document.querySelectorAll(".leaflet-control-layers-overlays label"))
            .find(l => l.textContent.trim().indexOf(prefix) === 0);
        label.querySelector("input").click();
        return label.textContent.trim(); }""", prefix)


def test_switching_an_event_type_off_hides_its_markers(browser, tmp_path):
    page = open_page(browser, snapshot_html(make_events(), make_zones(), at=None), tmp_path)
    before = page.locator("path.leaflet-interactive").count()
    removed = toggle(page, "Battles")
    after = page.locator("path.leaflet-interactive").count()
    assert removed.startswith("Battles (") and after < before
    assert page.errors == []


def test_background_overlay_starts_hidden_and_can_be_shown(browser, tmp_path):
    page = open_page(browser, snapshot_html(make_events(), make_zones(), at=None), tmp_path)
    before = page.locator("path.leaflet-interactive").count()
    assert toggle(page, "Background").startswith("Background history (")
    assert page.locator("path.leaflet-interactive").count() > before


def clusters(page):
    return page.evaluate("""() => Array.from(document.querySelectorAll('.marker-cluster')).map(e => ({
        n: parseInt(e.textContent, 10), ring: e.style.background, label: e.getAttribute('aria-label') || ''}))""")


def test_dense_views_group_events_into_clusters_counted_per_type(browser, tmp_path):
    ev = make_events(1200)
    page = open_page(browser, snapshot_html(ev, make_zones(), at=None), tmp_path, "dense.html")
    page.wait_for_selector(".marker-cluster")
    shown = int((~ev["background"]).sum())  # background history starts hidden
    found = clusters(page)
    singles = page.locator(".leaflet-cmEvents-pane path.leaflet-interactive").count()
    assert found and sum(c["n"] for c in found) + singles == shown
    for c in found:
        assert "conic-gradient" in c["ring"]
        per_type = [int(x) for x in re.findall(r"(\d+) [A-Z]", c["label"].split(":", 1)[1])]
        assert sum(per_type) == c["n"], c["label"]
    page.locator(".marker-cluster").first.hover()
    tip = page.locator(".cm-cluster-tip").first.inner_text()
    screenshot(page, "export-dense-clusters")
    assert re.search(r"\d+ Battles", tip) and " \u00b7 " in tip
    zoom = the_map(page, "m => m.getZoom()")
    page.locator(".marker-cluster").first.click()
    page.wait_for_function(f"() => Object.values(window).find(v => v instanceof L.Map).getZoom() > {zoom}",
                           timeout=20_000)  # drilling down
    assert page.errors == []


def test_events_sharing_one_spot_open_as_a_list_of_their_popups(browser, tmp_path):
    ev = make_events(700, hostile=True)
    ev["latitude"], ev["longitude"], ev["geo_precision"], ev["area"] = 12.79, 45.03, 1, ""
    shown = int((~ev["background"]).sum())
    page = open_page(browser, snapshot_html(ev, make_zones(), at=None), tmp_path, "spot.html")
    page.wait_for_selector(".marker-cluster")
    assert [c["n"] for c in clusters(page)] == [shown]
    page.locator(".marker-cluster").first.click()
    page.wait_for_selector(".cm-list")
    assert page.locator(".cm-list > .cm-title").inner_text() == f"{shown} events here (1\u20135)"
    assert page.locator(".cm-list .cm-popup").count() == 5
    assert "<script>alert(1)</script>" in page.locator(".cm-list .cm-popup").first.inner_text()
    page.locator(".cm-list button", has_text="next").click()
    assert page.locator(".cm-list > .cm-title").inner_text() == f"{shown} events here (6\u201310)"
    page.wait_for_timeout(400)
    assert page.locator(".cm-list").count() == 1  # paging keeps the popup open
    screenshot(page, "export-events-at-one-spot")
    assert page.locator(".cm-list script, .cm-list img, .cm-list svg[onload]").count() == 0
    assert page.dialogs == [] and page.errors == []


def test_numbers_sent_as_bytes_draw_the_same_map(browser, tmp_path, monkeypatch):
    import layers.elements as elements

    plain = open_page(browser, timeline_html(make_events(hostile=True), make_zones()), tmp_path, "plain.html")
    monkeypatch.setattr(elements, "COMPRESS_OVER", 10)
    html = timeline_html(make_events(hostile=True), make_zones())
    assert '"bin":' in html
    packed = open_page(browser, html, tmp_path, "packed.html")
    packed.wait_for_selector(".leaflet-cmEvents-pane path.leaflet-interactive")
    count = "() => document.querySelectorAll('.leaflet-cmEvents-pane path.leaflet-interactive').length"
    assert packed.evaluate(count) == plain.evaluate(count) > 5
    popup = """m => { var t = []; m.eachLayer(l => { if (l instanceof ConflictMap.ShapeMarker) {
        l.openPopup(); t.push(l.getPopup().getElement().textContent); } }); return t.sort().join("|"); }"""
    assert the_map(packed, popup) == the_map(plain, popup)
    assert packed.errors == [] and packed.dialogs == []


#: Script and template bait as it may stand in an article, its manifest row or a command line.
BAIT = ("${alert(1)}", "</script><script>alert(2)</script>", "<img src=x onerror=alert(3)>", "{{7*7}}",
        "`alert(4)`")


def test_bait_read_from_articles_shows_as_text_in_the_built_map(browser, tmp_path):
    """Through the whole build: bait in an article's text (its quotes, its actors' and places' names),
    in the manifest's title, url and source, with line and paragraph separators (U+2028, U+2029),
    and in the map's title. Nothing runs, nothing is injected, the words show as written."""
    from conflict_map.build import build_documents, write_outputs
    from reading.corpus import read_text

    text = ("Rebels seize Sirte\n\nThe </script><script>alert(2)</script> Brigade seized the town of Sirte on "
            "Monday, residents said. \u201cWe will hold `alert(4)` Sirte {{7*7}}\u2028forever,\u201d a commander "
            "said.\u2029 Clashes erupted in Misrata on Tuesday between the ${alert(1)} Front and government "
            "forces, killing four. Fighting spread to Xq<img src=x onerror=alert(3)>ville on Wednesday.")
    doc = read_text(text, doc_id="a.txt", published="2021-03-10",
                    title="Sirte <script>alert(5)</script> ${alert(6)} `x` \u2028 {{7*7}}",
                    url="https://example.org/a?q=%3C/script%3E${alert(7)}", source="<img src=x onerror=alert(8)>")
    result = build_documents([doc])
    assert len(result.events) >= 2
    write_outputs(result, tmp_path, title="Map </script><script>alert(9)</script> ${alert(10)}")
    page = open_page(browser, (tmp_path / "map.html").read_text(encoding="utf-8"), tmp_path, "built.html")
    assert page.locator(".cm-header h1").inner_text() == "Map </script><script>alert(9)</script> ${alert(10)}"
    popups = the_map(page, """m => { var out = []; m.eachLayer(l => { if (l.getPopup && l.getPopup()) {
        l.openPopup(); document.querySelectorAll('.leaflet-popup-content').forEach(c => out.push(c.innerText)); } });
        return out.join('\\n'); }""")
    assert "The </script><script>alert(2)</script> Brigade seized the town of Sirte" in popups
    assert "Sirte <script>alert(5)</script> ${alert(6)} `x`" in popups
    assert page.dialogs == [] and page.errors == []
    assert page.evaluate("() => document.querySelectorAll('img[src=x], [onerror], [onload], svg script').length") == 0
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert all(b not in html for b in ("<script>alert(", "<img src=x"))  # escaped wherever they stand
    hrefs = page.evaluate("() => Array.from(document.querySelectorAll('a')).map(a => a.href)")
    assert all(h.startswith(("https://", "http://", "file://")) or h == "" for h in hrefs)


def test_a_happening_reported_by_two_articles_is_one_marker_listing_both(browser, tmp_path):
    page = open_page(browser, timeline_html(two_source_frame(), empty_zones()), tmp_path)
    assert the_map(page, "m => { var n = 0; m.eachLayer(l => { if (l instanceof ConflictMap.ShapeMarker) n++; }); return n; }") == 1
    the_map(page, "m => { m.eachLayer(l => { if (l instanceof ConflictMap.ShapeMarker) l.openPopup(); }); }")
    popup = page.locator(".cm-popup")
    text = popup.inner_text()
    assert "Reported by 2 articles" in text and "12\u201315 (reports differ)" in text
    assert "Wire: Homs market hit" in text and "<img src=x onerror=alert(9)> Homs Daily" in text
    assert "<script>alert(7)</script> ${alert(8)} jets bombed the market" in text
    assert popup.locator(".cm-report").count() == 2 and popup.locator("script, img").count() == 0
    assert page.evaluate("() => Array.from(document.querySelectorAll('.cm-popup a')).map(a => a.href)") == [
        "https://news.example/local", "https://news.example/wire"]
    assert page.errors == [] and page.dialogs == []


def test_a_happening_shows_while_any_of_its_reports_does(browser, tmp_path):
    from layers.events import events_frame
    from tests.layers.test_happenings import report

    frame = events_frame([report("day", "wire", "2016-02-21"),
                          report("week", "weekly", "2016-02-20", end="2016-02-25", precision="week")])
    assert frame["happening"].nunique() == 1
    page = open_page(browser, timeline_html(frame, empty_zones()), tmp_path)
    shown = "(d, w) => { var m = Object.values(window).find(v => v instanceof L.Map); ConflictMap.setTime(m, d, w); " \
            "return m._cmState.layers.find(x => x.shownCount).shownCount(); }"
    day = (dt.date(2016, 2, 24) - dt.date(1970, 1, 1)).days
    assert page.evaluate(f"([d, w]) => ({shown})(d, w)", [day, 1]) == 1  # the weekly report still runs
    assert page.evaluate(f"([d, w]) => ({shown})(d, w)", [day + 5, 1]) == 0  # none does any more
    assert page.evaluate(f"([d, w]) => ({shown})(d, w)", [day - 10, None]) == 0  # before either
    assert page.errors == []


#: Page boxes (left, top, right, bottom) of what an export draws over its map's top edge.
TOP_OVERLAYS = """() => Array.from(document.querySelectorAll('.leaflet-top .leaflet-control, .cm-header'))
  .map(e => { var r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"""
#: Opens the popup of the marker nearest the map's top-right corner (under the title and layer control).
OPEN_TOP_RIGHT = """m => { var best = null, score = -1e9; m.eachLayer(l => {
  if (l instanceof ConflictMap.ShapeMarker && l.getPopup()) { var p = m.latLngToContainerPoint(l.getLatLng());
    if (p.x - p.y > score) { score = p.x - p.y; best = l; } } }); best.openPopup(); return !!best; }"""


def overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("make, viewport", [(snapshot_html, (1100, 750)), (timeline_html, (390, 844))])
def test_a_popup_opens_clear_of_the_title_and_the_corner_controls(browser, tmp_path, make, viewport):
    """Controls and the title box are drawn above popups: a popup opened under them pans clear."""
    html = make(make_events(), make_zones(), at="2022-03-15") if make is snapshot_html else make(make_events(), make_zones())
    page = open_page(browser, html, tmp_path, viewport=viewport)
    assert the_map(page, OPEN_TOP_RIGHT)
    page.wait_for_timeout(700)  # (the pan is animated: it starts once the popup is laid out)
    wait_still(page)
    popup = page.evaluate("() => { var r = document.querySelector('.leaflet-popup-content-wrapper').getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }")
    covering = [box for box in page.evaluate(TOP_OVERLAYS) if overlaps(popup, box)]
    assert covering == [], (popup, covering)
    assert page.errors == []


def test_a_phone_width_export_keeps_its_map_visible(browser, tmp_path):
    """At 390 px the title box fits between the corner controls in a few lines and the legend starts
    folded (open, it covered most of the map and the time control); one tap opens it."""
    page = open_page(browser, timeline_html(make_events(), make_zones()), tmp_path, viewport=(390, 844))
    screenshot(page, "export-phone-390")
    header = page.locator(".cm-header").bounding_box()
    assert header["height"] < 844 * 0.16
    head = [header["x"], header["y"], header["x"] + header["width"], header["y"] + header["height"]]
    assert not any(overlaps(head, box) for box in page.evaluate(TOP_OVERLAYS) if box != head)
    assert not page.locator(".cm-legend-body").is_visible()
    page.locator(".cm-legend-toggle").click()
    assert page.locator(".cm-legend-body").is_visible()
    assert page.errors == []


def test_at_phone_width_the_tiles_credit_leaves_the_scale_bar_readable(browser, tmp_path):
    page = open_page(browser, timeline_html(make_events(), make_zones()), tmp_path, viewport=(390, 844))
    scale = page.locator(".leaflet-control-scale").bounding_box()
    credit = page.locator(".leaflet-control-attribution").bounding_box()
    assert not overlaps([scale["x"], scale["y"], scale["x"] + scale["width"], scale["y"] + scale["height"]],
                        [credit["x"], credit["y"], credit["x"] + credit["width"], credit["y"] + credit["height"]])
    assert page.locator(".leaflet-control-attribution").inner_text().endswith("CARTO")  # still credited whole


def test_a_wide_export_opens_with_its_legend_unfolded(browser, tmp_path):
    page = open_page(browser, timeline_html(make_events(), make_zones()), tmp_path)
    assert page.locator(".cm-legend-body").is_visible()


def test_a_zone_popup_says_what_its_area_stands_for_as_text(browser, tmp_path):
    """zon3: under each quoted sentence, what the zone's area stands for ("a town named; drawn as a circle"), written
    as text: a hostile place name stays inert."""
    zones = make_zones()
    zones.at[0, "sources"] = [{"doc_id": "story1.txt", "place": "Bunagana<img src=x onerror=alert(1)>: a town named; "
                               "drawn as a circle around it (its real limits are not told)",
                               "sentence": "M23 holds Bunagana.", "title": "T1", "url": "https://example.org/1"}]
    page = open_page(browser, snapshot_html(make_events(), zones, at="2022-03-15"), tmp_path)
    text = the_map(page, """m => { var t = ""; m.eachLayer(l => { if (l.getPopup && l.getPopup() && !l.getLatLng) {
        l.openPopup(); var c = document.querySelector('.cm-popup .cm-place'); if (c) t = c.textContent; } }); return t; }""")
    assert text.startswith("Area: Bunagana<img src=x onerror=alert(1)>: a town named"), text
    assert page.locator(".cm-popup img, .cm-popup script").count() == 0 and page.dialogs == [] and page.errors == []


def test_a_zone_popup_of_one_long_source_shows_it_whole(browser, tmp_path):
    """uxc: a zone's one source, a long wire sentence, was cut under the list's 160 px cap ("Area: Srebrenica: a
    town named; drawn as a circle" and no more), with a scroll bar headless and touch screens do not show."""
    zones = make_zones()
    sentence = ("Serb tanks and infantry entered the town in the afternoon at the end of a five-day offensive, hours "
                "after two jets bombed armour on the southern approaches, the United Nations said, adding that "
                "thousands of people had fled towards the nearby base, where peacekeepers were overwhelmed.")
    zones.at[0, "sources"] = [{"doc_id": "story1.txt", "sentence": sentence, "title": "Town falls as air strike fails",
                               "place": "Bunagana: a town named; drawn as a circle around it (its real limits are not told)",
                               "url": "https://example.org/1"}]
    page = open_page(browser, snapshot_html(make_events(), zones, at="2022-03-15"), tmp_path, viewport=(1100, 620))
    cut = the_map(page, """m => { var out = null; m.eachLayer(l => { if (out === null && l.getPopup && l.getPopup()
        && !l.getLatLng) { l.openPopup(); var ul = document.querySelector('.cm-popup .cm-sources');
        if (ul) out = [ul.scrollHeight, ul.clientHeight]; } }); return out; }""")
    assert cut is not None and cut[0] <= cut[1] + 1, cut


@pytest.mark.parametrize("n_sides", [14, 40])
def test_a_legend_of_many_sides_in_a_short_map_folds_the_least_busy_into_its_last_row(browser, tmp_path, n_sides):
    """uxb: a corpus of many wars listed 13 sides and "... and 270 more"; in the app's 620 px map that pushed
    "How sure is the place?" and the areas of control under the legend's fold. The quietest sides listed join
    the last row instead, its count kept true (also when the map's own list had no such row)."""
    events = make_events(120)
    events["actor1"] = events["side"] = [f"Brigade {i % n_sides:02d}" for i in range(120)]
    html = snapshot_html(events, make_zones(), at=None)
    spec = json.loads(re.search(r"ConflictMap\.legend\([^,]+, (\{.*?\})\);", html).group(1))
    assert spec["total"] >= n_sides  # (the sides the export knows)
    # (those it draws: history recalled, its own layer, starts hidden; M23's zone lasts)
    total = len(set(events.side[~events.background.astype(bool)]) | {"M23"})
    page = open_page(browser, html, tmp_path, viewport=(1100, 560))
    shown, whole = page.evaluate("() => { var l = document.querySelector('.cm-legend'); return [l.clientHeight, l.scrollHeight]; }")
    assert whole <= shown + 1, (shown, whole)
    legend = page.locator(".cm-legend")
    assert legend.get_by_text("How sure is the place?").is_visible() and legend.get_by_text("contested").is_visible()
    rows = legend.locator(".cm-swatch + span").all_inner_texts()
    listed = [r for r in rows if not r.startswith("...") and r not in ("held", "contested")]  # (the sides)
    more = int(re.search(r"^\.\.\. and (\d+) more$", next(r for r in rows if r.startswith("..."))).group(1))
    assert 4 <= len(listed) < 13 and len(listed) + more == total, rows  # (uxd: two wars keep their two sides)
    assert listed[0] == spec["factions"][0]["name"]  # (the busiest stay listed)
    screenshot(page, f"export-legend-{n_sides}-sides-short-map")
    assert page.errors == []


def popup_rows(page):
    """The label: value rows of the open popup."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('.cm-popup .cm-row')).map(r =>
        r.querySelector('.cm-label').textContent + ': ' + r.querySelector('.cm-value').textContent)""")


def test_a_popup_says_who_acted_apart_from_whose_zone_it_is(browser, tmp_path):
    """uxe: "Actors: Russian forces" above "Side: Russian forces" read alike, and beside a zone's popup titled with a
    side a reader could not tell who did it from who holds the ground. The actor is "By", its side only when that is
    another name, the other party "Against"; a zone's popup says "Area held by"."""
    events = make_events(3)
    events.loc[0, ["actor1", "side", "actor2"]] = ["Wagner Group", "Russian forces", "Ukrainian forces"]
    page = open_page(browser, snapshot_html(events, make_zones(), at=None), tmp_path)
    open_at = """m => { var n = 0; m.eachLayer(l => { if (!n && l instanceof ConflictMap.ShapeMarker && l.getPopup()
        && Math.abs(l.getLatLng().lat - %s) < 1e-6 && Math.abs(l.getLatLng().lng - %s) < 1e-6) { l.openPopup(); n = 1; } });
        return n; }"""
    assert the_map(page, open_at % (events.latitude[0], events.longitude[0])) == 1
    rows = popup_rows(page)
    assert "By: Wagner Group (side: Russian forces)" in rows and "Against: Ukrainian forces" in rows, rows
    assert not any(r.startswith(("Actors:", "Side:")) for r in rows), rows
    the_map(page, "m => m.closePopup()")
    assert the_map(page, open_at % (events.latitude[1], events.longitude[1])) == 1
    rows = popup_rows(page)
    assert "By: M23" in rows and not any("side:" in r for r in rows), rows  # (its side is its own name: said once)
    the_map(page, "m => m.closePopup()")
    title = the_map(page, """m => { var t = null; m.eachLayer(l => { if (t === null && l.getPopup && l.getPopup() && !l.getLatLng) {
        l.openPopup(); var c = document.querySelector('.cm-popup .cm-title'); if (c) t = c.textContent; } }); return t; }""")
    assert title == "Area held by M23"
    assert page.errors == []


def test_a_timeline_legend_lists_the_sides_on_the_map_at_its_date(browser, tmp_path):
    """uxe: the legend listed the sides of every date; at a date of one war it named another war's sides. It lists
    those the map draws at the slider's date (markers and zones), its count of more kept true."""
    events = make_events(24)
    old = events.index < 6  # (a 1999 report of other sides, far from the 2022 ones)
    events.loc[old, "event_date"] = events.loc[old, "date_end"] = "1999-06-01"
    events.loc[old, "actor1"] = events.loc[old, "side"] = "Highland Rangers"
    events["background"] = False
    page = open_page(browser, timeline_html(events, make_zones()), tmp_path)

    def sides():
        return [r for r in page.locator(".cm-legend-sides .cm-swatch + span").all_inner_texts()]

    assert page.locator(".cm-time-label").inner_text() == "2022-03-20"
    assert set(sides()) == {"Highland Rangers", "FAMa", "M23", "Houthis"}, sides()  # (everything up to the date)
    window = page.locator(".cm-time select[aria-label='Events shown']")
    window.select_option(label="events of the last 7 days")
    assert "Highland Rangers" not in sides() and "M23" in sides()  # (M23's zone and events of the week)
    window.select_option(label="all events up to the date")
    page.locator(".cm-time button[title='First date']").click()
    assert page.locator(".cm-time-label").inner_text() == "1999-06-01"
    assert sides() == ["Highland Rangers"]
    assert page.errors == []


def test_a_timeline_of_decades_picks_a_year_then_a_date_as_the_app_does(browser, tmp_path):
    """uxe: a timeline from 1999 to 2022 (or 1904 to 2025) moved years per pixel of its slider. A year picker, naming
    each year's events, sets the slider to that year's dates; the buttons cross years and the picker follows."""
    events = make_events(24)
    old = events.index < 6
    events.loc[old, "event_date"] = events.loc[old, "date_end"] = "1999-06-01"
    events["background"] = False
    page = open_page(browser, timeline_html(events, make_zones()), tmp_path)
    assert "pick a year and move the slider" in page.locator(".cm-header").inner_text()
    year, label = page.locator(".cm-time select[aria-label='Year']"), page.locator(".cm-time-label")
    slider = page.locator(".cm-time input[type=range]")
    assert year.input_value() == "2022" and label.inner_text() == "2022-03-20"
    assert year.locator("option").all_inner_texts() == ["1999 (6 events)", "2022 (18 events)", "all years (1999\u20132022)"]
    stops_2022 = int(slider.get_attribute("max")) + 1
    year.select_option("1999")
    assert label.inner_text() == "1999-06-01" and slider.get_attribute("max") == "0"
    page.locator(".cm-time button[title='Next date']").click()
    assert label.inner_text() == "2022-03-01" and year.input_value() == "2022"
    year.select_option("all")
    assert int(slider.get_attribute("max")) == stops_2022  # (every stop: 1999's one and 2022's)
    assert label.inner_text() == "2022-03-01"
    screenshot(page, "export-timeline-year-picker")
    assert page.errors == []


def test_a_timeline_of_a_few_years_has_no_year_picker(browser, tmp_path):
    page = open_page(browser, timeline_html(make_events(24), make_zones()), tmp_path)
    assert page.locator(".cm-time select[aria-label='Year']").count() == 0
    assert "pick a year" not in page.locator(".cm-header").inner_text()


def test_the_popup_of_a_hold_with_no_end_says_when_it_was_last_reported_and_until_when_it_is_drawn(browser, tmp_path):
    """uxf: British forces on the Falklands from 1982 were still drawn in 2025, the popup saying only "since
    1982-06-14". A hold with no end is drawn until a year after the last article telling it, and says so."""
    zones = make_zones()
    zones.at[0, "sources"] = [{"doc_id": "story1.txt", "place": "Bunagana: a town named", "sentence": "M23 holds Bunagana.",
                               "title": "T1", "told": "2022-03-02", "url": "https://example.org/1"}]
    page = open_page(browser, snapshot_html(make_events(), zones, at="2022-03-15"), tmp_path)
    the_map(page, """m => { var done = false; m.eachLayer(l => { if (!done && l.getPopup && l.getPopup() && !l.getLatLng) {
        l.openPopup(); var t = document.querySelector('.cm-popup .cm-title');
        done = !!t && t.textContent.indexOf('Area held by') === 0; } }); return done; }""")
    rows = popup_rows(page)
    assert "When: since 2022-03-01 (no end reported)" in rows, rows
    assert ("Last reported: 2022-03-02; drawn until 2023-03-02 (a year on: no later report says whether it is still "
            "held)") in rows, rows
    assert page.errors == []
    later = snapshot_html(make_events(), zones, at="2023-06-01")
    assert "M23 holds Bunagana." not in later  # (not drawn fifteen months after its last report)


def test_the_popup_of_a_hold_says_how_long_the_build_draws_it(browser, tmp_path):
    """uxg: the days a hold stays drawn are a setting (--hold-days); the popup said "a year on" whatever it was."""
    from layers.zones import with_drawn_until

    zones = make_zones()
    zones.at[0, "sources"] = [{"doc_id": "story1.txt", "place": "Bunagana: a town named", "sentence": "M23 holds Bunagana.",
                               "title": "T1", "told": "2022-03-02", "url": "https://example.org/1"}]
    page = open_page(browser, snapshot_html(make_events(), with_drawn_until(zones, 90), at="2022-03-15"), tmp_path)
    the_map(page, """m => { var done = false; m.eachLayer(l => { if (!done && l.getPopup && l.getPopup() && !l.getLatLng) {
        l.openPopup(); var t = document.querySelector('.cm-popup .cm-title');
        done = !!t && t.textContent.indexOf('Area held by') === 0; } }); return done; }""")
    rows = popup_rows(page)
    assert ("Last reported: 2022-03-02; drawn until 2022-05-31 (90 days on: no later report says whether it is still "
            "held)") in rows, rows
    assert page.errors == []


def test_a_map_of_a_laptops_width_opens_with_its_legend_folded_one_click_from_open(browser, tmp_path):
    """uxg: the app's map on a 1280 x 720 screen is about 820 px wide; the open legend (250 x 520 px) covered a
    third of it and the markers under it. A map under 900 px wide opens with the legend folded."""
    page = open_page(browser, timeline_html(make_events(), make_zones()), tmp_path, viewport=(820, 620))
    assert not page.locator(".cm-legend-body").is_visible()
    page.locator(".cm-legend-toggle").click()
    assert page.locator(".cm-legend-body").is_visible()
    assert page.errors == []
