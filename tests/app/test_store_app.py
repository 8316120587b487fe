"""The app opened on a built store: it loads only the dates near the slider, and stays usable."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from conflict_map.store import open_store, write_store
from conflict_map.store_view import BLOCK_DAYS, block_of, load_block, store_choices

APP = str(Path(__file__).resolve().parents[2] / "streamlit_app.py")


def _many_events(seeds_build, copies: int):
    """The seeds' located events repeated ``copies`` times, one copy a day from 2019-01-01."""
    base = seeds_build.events
    parts = []
    for k in range(copies):
        part = base.copy()
        day = (dt.date(2019, 1, 1) + dt.timedelta(days=k)).isoformat()
        part["event_id"] = [f"c{k:04d}-{e}" for e in base["event_id"]]
        part["happening"] = [f"c{k:04d}-{h}" for h in base["happening"]]
        part["event_date"] = day
        part["date_end"] = day
        part["background"] = False
        parts.append(part)
    frame = pd.concat(parts, ignore_index=True)
    return frame.sort_values(["event_date", "event_id"], kind="stable").reset_index(drop=True)


@pytest.fixture(scope="module")
def big_store(tmp_path_factory, seeds_build):
    root = tmp_path_factory.mktemp("store") / "store"
    events = _many_events(seeds_build, 300)
    write_store(root, events, seeds_build.zones, profile=seeds_build.profile, problems=seeds_build.problems)
    return root, events


def test_a_date_always_falls_in_the_same_block():
    span = (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    b = block_of(span, dt.date(2019, 1, 20), 7)
    assert b.first <= dt.date(2019, 1, 20) <= b.last
    assert (b.last - b.first).days == BLOCK_DAYS - 1
    assert all(block_of(span, b.first + dt.timedelta(days=i), 7) == b for i in range(BLOCK_DAYS))
    assert block_of(span, b.last + dt.timedelta(days=1), 7).first == b.last + dt.timedelta(days=1)
    assert b.load_from == b.first - dt.timedelta(days=6)
    assert block_of(span, dt.date(2019, 1, 20), None).load_from is None  # everything up to the date
    assert block_of(span, dt.date(2030, 1, 1), 7).last == span[1]  # clamped, never past the span


def test_a_block_holds_exactly_what_its_dates_can_show(big_store):
    root, events = big_store
    store = open_store(root)
    block = block_of(store.span, dt.date(2019, 3, 1), 7)
    got = load_block(store, block)
    dates = set(got.events["event_date"])
    assert min(dates) == block.load_from.isoformat() and max(dates) == block.last.isoformat()
    want = events[(events.event_date >= block.load_from.isoformat()) & (events.event_date <= block.last.isoformat())]
    assert list(got.events["event_id"]) == list(want["event_id"])
    assert len(got.events) < len(events) / 10  # not the whole store
    assert len(got.zones) == len(store.zones()) and got.problems  # zones and problems come along


def test_filter_choices_cover_the_whole_store(big_store):
    root, events = big_store
    types, actors = store_choices(open_store(root))
    assert types == sorted(set(events["event_type"]) - {""})
    assert set(actors) == ({a for c in ("actor1", "actor2") for a in events[c] if a})


@pytest.fixture
def store_app(big_store, monkeypatch):
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(big_store[0]))
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_app_opens_a_store_on_its_last_date(store_app, big_store):
    store = open_store(big_store[0])
    assert store_app.slider(key="at").value == store.span[1]
    caption = store_app.caption[0].value
    assert caption.startswith(f"Store {big_store[0]}") and "loaded" in caption
    assert "add_text" not in [w.key for w in store_app.text_area]  # a store is read, not edited, here


def test_the_store_timeline_download_keeps_a_short_label_and_says_its_dates_on_hover(store_app):
    buttons = {b.proto.label: b.proto.help for b in store_app.get("download_button")}
    assert "Timeline (HTML)" in buttons, buttons  # (a longer label was cut in its column)
    assert "dates loaded now" in buttons["Timeline (HTML)"] and "loaded)" in buttons["Timeline (HTML)"]


def test_stepping_through_a_store_shows_each_days_events(store_app):
    store_app.radio(key="mode").set_value("The last N days").run()
    store_app.number_input(key="window").set_value(1).run()
    store_app.slider(key="at").set_value(dt.date(2019, 2, 10)).run()
    assert set(store_app.dataframe[0].value["event_date"]) == {"2019-02-10"}
    store_app.button(key="next_day").click().run()
    assert not store_app.exception
    assert set(store_app.dataframe[0].value["event_date"]) == {"2019-02-11"}


def test_a_long_table_lists_the_newest_rows_and_says_so(store_app, big_store):
    store_app.radio(key="mode").set_value("Everything up to this date").run()
    assert not store_app.exception
    shown = store_app.dataframe[0].value
    assert len(shown) == 2000
    assert shown["event_date"].iloc[0] == open_store(big_store[0]).span[1].isoformat()  # the newest first
    assert shown["event_date"].is_monotonic_decreasing
    assert any("the newest 2,000 listed" in h.value for h in store_app.subheader)


def test_a_missing_store_is_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "nowhere"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert any("Cannot open the store" in e.value and "not a conflict-map store" in e.value for e in at.error)


def test_a_block_reuses_zones_and_problems_already_read(big_store):
    store = open_store(big_store[0])
    zones, problems = store.zones(), store.problems()
    block = block_of(store.span, dt.date(2019, 3, 1), 7)
    got = load_block(store, block, zones=zones, problems=problems)
    assert got.zones is zones and got.problems is problems
    assert list(got.events["event_id"]) == list(load_block(store, block).events["event_id"])


def _map_args(at) -> dict:
    """What the app hands st_folium: the map's script (its component key) and the date layer's."""
    import json

    (component,) = at.get("component_instance")
    return json.loads(component.proto.json_args)


def _served(url: str) -> dict:
    """The map's part of a served block (its dates and places; the text comes in a second file)."""
    from layers.assets import DATA_DIR
    from tests.layers.test_store_map import _unpack_part

    return _unpack_part((DATA_DIR / url.rsplit("/", 1)[1]).read_bytes())


def test_crossing_into_the_next_block_keeps_the_map_and_brings_that_blocks_events(store_app, big_store):
    import json
    import re

    store = open_store(big_store[0])
    store_app.radio(key="mode").set_value("The last N days").run()
    store_app.number_input(key="window").set_value(3).run()
    block = block_of(store.span, dt.date(2019, 3, 1), 3)
    store_app.slider(key="at").set_value(block.last).run()
    before = _map_args(store_app)
    url = json.loads(re.search(r"ConflictMap\.setTime\(map_div, \d+, 3, (\{.*?\})\);", before["feature_group"]).group(1))["url"]
    store_app.button(key="next_day").click().run()
    assert not store_app.exception
    after = _map_args(store_app)
    assert after["key"] == before["key"] and after["script"] == before["script"]  # the same map: no reload
    new_url = json.loads(re.search(r"ConflictMap\.setTime\(map_div, \d+, 3, (\{.*?\})\);", after["feature_group"]).group(1))["url"]
    assert new_url != url
    first = dt.date(1970, 1, 1)
    days = lambda data: {first + dt.timedelta(days=d) for d in data["columns"]["date"]}  # noqa: E731
    assert max(days(_served(url))) == block.last
    nxt = block_of(store.span, block.last + dt.timedelta(days=1), 3)
    assert min(days(_served(new_url))) == nxt.load_from and max(days(_served(new_url))) == nxt.last
    assert set(store_app.dataframe[0].value["event_date"]) == {
        (block.last + dt.timedelta(days=k)).isoformat() for k in (-1, 0, 1)}


def test_the_store_map_colours_and_overlays_come_from_the_whole_store(store_app, big_store):
    args = _map_args(store_app)
    events = big_store[1]
    types = sorted(set(events["event_type"]) - {""})
    for t in types:  # every type of the store has its switch, counted over the store
        count = int(((events.event_type == t) & ~events.background.astype(bool)).sum())
        if count:
            assert f"{t} ({count:,})" in args["script"]


@pytest.mark.browser
def test_in_the_browser_a_block_crossing_swaps_the_events_in_the_same_map(big_store):
    from tests.browser import FIND_MAP, browser, offline_page, require_chromium, streamlit_server

    require_chromium()
    store = open_store(big_store[0])
    block = block_of(store.span, dt.date(2019, 3, 1), None)
    layer_js = "() => { const m = " + FIND_MAP + ";" + """
        const l = m && m._cmState && m._cmState.layers.find(x => x.setSource);
        return l ? {source: l.source(), loaded: l.count(), shown: l.shownCount()} : null; }"""
    with browser() as b, streamlit_server(env={"CONFLICT_MAP_STORE": str(big_store[0])}, timeout=180) as url:
        page = offline_page(b)
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{url}/?date={block.last.isoformat()}")
        page.get_by_role("heading", name=f"Map as of {block.last.isoformat()}").wait_for(timeout=120_000)
        iframe = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=120_000)
        frame = iframe.content_frame()
        frame.wait_for_function(f"() => {{ const s = ({layer_js})(); return s && s.source && s.shown > 0; }}",
                                timeout=60_000)
        before = frame.evaluate(layer_js)
        frame.evaluate("() => { window.__cmStayed = 'yes'; }")
        page.get_by_role("button", name="▶").click()
        nxt = block.last + dt.timedelta(days=1)
        page.get_by_role("heading", name=f"Map as of {nxt.isoformat()}").wait_for(timeout=120_000)
        frame.wait_for_function(f"(b) => {{ const s = ({layer_js})(); return s && s.source !== b; }}",
                                arg=before["source"], timeout=60_000)
        after = frame.evaluate(layer_js)
        assert frame.evaluate("() => window.__cmStayed") == "yes"  # same document: the map was not reloaded
        assert page.evaluate("(el) => el.isConnected", iframe)
        # "everything up to the date": the new block brings its 14 days, and the next day is shown
        day = len(big_store[1]) // 300
        assert after["loaded"] - before["loaded"] == BLOCK_DAYS * day
        assert after["shown"] - before["shown"] == day
        assert errors == []


@pytest.mark.browser
def test_in_the_browser_a_popup_opened_before_the_text_comes_shows_its_event_once_it_does(big_store):
    """The map draws from a block's first file; a popup opened before the second (the text)
    has come says so, then shows the event: its quote, source and the rest."""
    import hashlib
    import re

    from conflict_map.store_view import StoreView
    from layers.assets import DATA_PREFIX
    from tests.browser import FIND_MAP, browser, offline_page, require_chromium, streamlit_server

    require_chromium()
    store = open_store(big_store[0])
    block = block_of(store.span, dt.date(2019, 3, 1), None)
    text_url = DATA_PREFIX + hashlib.sha256(StoreView(store).source(block).text).hexdigest()[:24] + ".gz"
    held = []
    open_js = "() => { const m = " + FIND_MAP + ";" + """
        const l = m && m._cmState && m._cmState.layers.find(x => x.setSource);
        if (!l || !l.shownCount()) { return "wait"; }
        if (document.querySelector('.leaflet-popup-content')) { return "open"; }
        let one = null, big = null;
        l.markers.eachLayer(x => { if (x._cmCluster) { if (!big || x._cmCluster.count > big._cmCluster.count) { big = x; } }
                                   else if (!one) { one = x; } });
        if (one) { one.openPopup(); return "marker"; }
        if (big) { big.fire('click'); return "cluster"; }
        return "wait"; }"""
    with browser() as b, streamlit_server(env={"CONFLICT_MAP_STORE": str(big_store[0])}, timeout=180) as url:
        page = offline_page(b)
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route(re.compile(re.escape(text_url) + "$"), lambda r: held.append(r))  # the text waits
        page.goto(f"{url}/?date={block.last.isoformat()}")
        iframe = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=120_000)
        frame = iframe.content_frame()
        for _ in range(40):  # zoom into clusters until one event's marker (or a list of a spot's events) opens
            if frame.evaluate(open_js) == "open":
                break
            page.wait_for_timeout(300)
        content = frame.wait_for_selector(".leaflet-popup-content", timeout=10_000)
        assert "Loading the event" in content.inner_text() and held
        held[0].continue_()
        frame.wait_for_function("() => /Source/.test(document.querySelector('.leaflet-popup-content').innerText)",
                                timeout=30_000)
        text = content.inner_text()
        assert "Loading the event" not in text and "Place" in text and "\u201c" in text  # the quote
        assert errors == []


def test_the_next_block_is_read_ahead_once_and_shared(big_store):
    from conflict_map.store_view import StoreView, neighbour

    store = open_store(big_store[0])
    reads = []
    events = store.events

    class Counting(type(store)):
        def events(self, *a, **kw):
            reads.append(a)
            return events(*a, **kw)

    sv = StoreView(Counting(store.path, store.index))
    block = block_of(store.span, dt.date(2019, 3, 1), 7)
    ahead = neighbour(store.span, block, 7)
    assert ahead.first == block.last + dt.timedelta(days=1)
    assert neighbour(store.span, block_of(store.span, store.span[1], 7), 7) is None  # nothing after the last
    sv.warm(ahead).result()
    assert sv.warm(ahead) is None  # ready: nothing more to do
    got = sv.block(ahead)
    assert got is sv.block(ahead) and len(reads) == 1  # read once, in the background
    assert list(got.events["event_id"]) == list(load_block(store, ahead).events["event_id"])
    assert sv.source(ahead) is sv.source(ahead)  # its map data made once too


def test_the_store_overview_counts_types_colours_and_bounds(big_store):
    from conflict_map.store_view import store_overview

    root, events = big_store
    o = store_overview(open_store(root))
    fg = events[~events.background.astype(bool)]
    assert o.type_counts == {t: int(n) for t, n in sorted(fg.event_type.replace("", "Unknown").value_counts().items())}
    assert o.background == int(events.background.astype(bool).sum())
    keys = events.side.where(events.side != "", events.actor1)
    assert o.keys == {k: int(n) for k, n in sorted(keys[keys != ""].value_counts().items())}  # (the legend's ranking)
    assert o.bbox[0] <= events.longitude.min() and o.bbox[3] >= events.latitude.max()


def test_a_store_caption_counts_its_undated_events_as_not_on_the_map(tmp_path, seeds_build, monkeypatch):
    """As the app's own caption and the exports: a store of 878 events, 100 of them undated, said "878 located
    events" over a map whose dates can never show those 100."""
    events = _many_events(seeds_build, 3)
    events.loc[events.index[:2], ["event_date", "date_end"]] = ""
    write_store(tmp_path / "store", events, seeds_build.zones, profile=seeds_build.profile, problems=[])
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "store"))
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert f"{len(events):,} located events (2 undated, not on the map) · " in at.caption[0].value, at.caption[0].value


def test_a_store_of_decades_opens_on_its_last_year_and_reaches_the_first(tmp_path, seeds_build, monkeypatch):
    """uxe: a store from 1998 to 2019 gave a slider of 7,000 days. Its year picker, counted from the store's index,
    opens on the last year; picking the first year shows its event's day, read from that year's block."""
    events = _many_events(seeds_build, 3)
    events.loc[events.index[:2], ["event_date", "date_end"]] = "1998-08-07"
    write_store(tmp_path / "store", events, seeds_build.zones, profile=seeds_build.profile, problems=[])
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "store"))
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    year = at.selectbox(key="year")
    assert year.value == 2019 and year.options == ["1998 (2 events)", f"2019 ({len(events) - 2:,} events)",
                                                   "all years (1998\u20132019)"], year.options
    year.set_value(1998).run()
    assert at.slider(key="at").value == dt.date(1998, 8, 7) and not at.exception
    assert "(2)" in at.caption[0].value, at.caption[0].value  # (the block of 1998's events, loaded)


def test_the_problems_panel_of_a_store_says_of_how_many_articles(tmp_path, monkeypatch):
    """uxf: the app on a store said "articles concerned: 89" with no "of 121" (it has no list of the store's
    articles); the build keeps the counts in the store's index, and the panel says them as the workspace does."""
    from conflict_map.build import build_documents
    from conflict_map.view import article_ids, articles_concerned, problem_rows
    from reading.document import Document

    docs = [Document(id="kidal.txt", text="Troops and rebels clashed in Kidal on Monday, residents said.",
                     published=dt.date(2024, 5, 14)),
            Document(id="zinder.txt", text="Gunmen attacked a police post in Qwertyvillex on Tuesday, killing two "
                                           "officers, near Zinder.", published=dt.date(2024, 5, 15)),
            Document(id="gao.txt", text="Soldiers clashed with fighters in Gao on Wednesday.",
                     published=dt.date(2024, 5, 16))]
    root = tmp_path / "store"
    result = build_documents(docs, store=root)
    want = articles_concerned(problem_rows(result), article_ids(result))
    assert want[0] >= 1 and want[1] == 3 and open_store(root).concerned == want
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(root))
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    panel = next(e for e in at.expander if e.label.startswith("Could not be read, placed or dated"))
    counts = panel.caption[0].value.replace("\\", "")
    assert f"(articles concerned: {want[0]} of 3)" in counts, counts


def test_a_store_ranks_and_colours_its_sides_as_the_timeline_of_the_same_events(tmp_path, seeds_build):
    """uxg: a store's colour table counted its undated events, a timeline (the CLI's map.html, the app's map of a
    build) only the dated ones it can draw: a side reported mostly undated ranked first, so took another colour,
    in the app on the store than in map.html. Both now rank by dated events."""
    from conflict_map.store_view import StoreView
    from layers.mapview import map_sides

    events = _many_events(seeds_build, 2)
    extra = events.iloc[[0] * 30].copy()  # thirty undated reports of a side the map never draws that often
    extra["event_id"] = [f"u{i:02d}" for i in range(30)]
    extra["happening"] = [f"u{i:02d}" for i in range(30)]
    extra["side"], extra["actor1"] = "", "Tuareg rebels"
    extra["doc_id"] = [f"undated{i}.txt" for i in range(30)]
    extra["event_date"] = extra["date_end"] = ""
    late = events.iloc[[1]].copy()  # and one dated report of it
    late["event_id"], late["happening"], late["side"], late["actor1"] = "d1", "d1", "", "Tuareg rebels"
    events = pd.concat([events, late, extra], ignore_index=True)
    write_store(tmp_path / "store", events, seeds_build.zones, profile=seeds_build.profile, problems=[])
    sv = StoreView(open_store(tmp_path / "store"))
    timeline = map_sides(events, seeds_build.zones, profile=seeds_build.profile)
    assert [(f["name"], f["color"]) for f in sv.sides.ranked()] == \
        [(f["name"], f["color"]) for f in timeline.ranked()]
    assert sv.sides.ranked()[0]["name"] != "Tuareg rebels"
