"""The store map with a block's data (a PackedBlock) opened in headless Chromium, network cut:
the events drawn from the first part, every popup whole once the text part is in, article text inert."""
import datetime as dt

import pytest

from layers.html import timeline_html
from layers.mapview import block_source, store_map, store_sides, time_layer
from tests.layers.test_html_browser import CHROMIUM, browser, open_page, the_map  # noqa: F401 (fixture)
from tests.layers.test_mapview import make_events, make_zones
from tests.layers.test_store_map import TYPES

pytestmark = [pytest.mark.browser]

POPUPS = """m => { var t = []; m.eachLayer(l => { if (l instanceof ConflictMap.ShapeMarker && l.getPopup()) {
    l.openPopup(); t.push(l.getPopup().getElement().textContent); } }); m.closePopup(); return t.sort(); }"""


def test_a_block_travelling_inline_draws_its_events_with_whole_popups(browser, tmp_path, monkeypatch):  # noqa: F811
    import layers.assets as assets

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(assets, "DATA_DIR", blocker / "data")  # nowhere to write: both parts travel inline
    events = make_events(60, hostile=True)
    events.loc[5, "quote"] = "${alert(2)} `${alert(3)}` {{ 7*7 }} \u00e9t\u00e9 \U0001f4a5"
    zones = make_zones()
    sides = store_sides(sorted(set(events.side.where(events.side != "", events.actor1))), zones)
    m = store_map(zones, types=TYPES, sides=sides, bbox=(0.0, -2.0, 46.0, 19.0), assets="inline")
    last = dt.date.fromisoformat(max(events.event_date))
    time_layer(last, None, data=block_source(events, sides=sides, types=TYPES)).add_to(m)
    page = open_page(browser, m.get_root().render(), tmp_path, "store.html")
    page.wait_for_selector(".leaflet-cmEvents-pane path.leaflet-interactive")
    page.wait_for_function("() => { var m = Object.values(window).find(v => v instanceof L.Map);"
                           " var l = m._cmState.layers.find(x => x.setSource); return l && l.shownCount() > 0; }")
    page.wait_for_timeout(300)  # the text part, unpacked after the first draw
    popups = the_map(page, POPUPS)
    plain = open_page(browser, timeline_html(events, zones), tmp_path, "plain.html")
    assert popups == the_map(plain, POPUPS) and len(popups) > 5
    joined = "|".join(popups)
    assert "<script>alert(1)</script>" in joined and "${alert(2)} `${alert(3)}` {{ 7*7 }} \u00e9t\u00e9 \U0001f4a5" in joined
    assert "Loading the event" not in joined
    assert page.dialogs == [] and page.errors == []
    assert page.locator(".cm-popup script, .cm-popup img, svg[onload]").count() == 0


def test_a_block_draws_a_happening_once_with_every_report_in_its_popup(browser, tmp_path, monkeypatch):  # noqa: F811
    import layers.assets as assets
    from tests.layers.test_happenings import two_source_frame
    from tests.layers.test_mapview import empty_zones

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(assets, "DATA_DIR", blocker / "data")  # both parts travel inline
    events, zones = two_source_frame(), empty_zones()
    sides = store_sides(sorted(set(events.actor1)), zones)
    m = store_map(zones, types=TYPES, sides=sides, bbox=(36.0, 34.0, 37.0, 35.0), assets="inline")
    time_layer(dt.date(2016, 2, 21), None, data=block_source(events, sides=sides, types=TYPES)).add_to(m)
    page = open_page(browser, m.get_root().render(), tmp_path, "store.html")
    page.wait_for_function("() => { var m = Object.values(window).find(v => v instanceof L.Map);"
                           " var l = m._cmState.layers.find(x => x.setSource); return l && l.shownCount() > 0; }")
    page.wait_for_timeout(300)  # the text part, unpacked after the first draw
    popups = the_map(page, POPUPS)
    assert len(popups) == 1 and "Reported by 2 articles" in popups[0]
    assert "Wire: Homs market hit" in popups[0] and "<img src=x onerror=alert(9)> Homs Daily" in popups[0]
    assert page.dialogs == [] and page.errors == []
