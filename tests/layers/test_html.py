"""layers.html: standalone, deterministic, safe HTML exports."""
import re

import pytest

from layers.assets import remote_references
from layers.html import provenance_note, snapshot_html, timeline_html
from tests.layers.test_mapview import empty_zones, make_events, make_zones

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"'><svg onload=alert(1)>",
]
CDNS = ["cdn.jsdelivr", "unpkg.com", "cdnjs", "code.jquery", "netdna", "fonts.googleapis", "bootstrapcdn", "d3js.org"]


@pytest.fixture(scope="module")
def snapshot():
    return snapshot_html(make_events(hostile=True), make_zones(), at="2022-03-15", title="Sahel & Great Lakes <test>")


@pytest.fixture(scope="module")
def timeline():
    return timeline_html(make_events(hostile=True), make_zones())


def test_snapshot_is_a_whole_page(snapshot):
    assert snapshot.startswith("<!DOCTYPE html>") and snapshot.rstrip().endswith("</html>")


def test_snapshot_contains_the_data(snapshot):
    assert "Witnesses described fighting in Goma." in snapshot
    assert "M23 holds Bunagana." in snapshot


@pytest.mark.parametrize("cdn", CDNS)
def test_exports_name_no_cdn(snapshot, timeline, cdn):
    assert cdn not in snapshot.lower() and cdn not in timeline.lower()


def test_exports_load_nothing_from_the_network(snapshot, timeline):
    assert remote_references(snapshot) == [] and remote_references(timeline) == []
    assert "<script src" not in snapshot and "<link rel=\"stylesheet\"" not in snapshot


def test_exports_name_no_local_path_or_server(snapshot, timeline):
    for page in (snapshot, timeline):
        assert "/work/" not in page and "file://" not in page and "/app/static" not in page
        assert "localhost" not in page and "127.0.0.1" not in page


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_only_appears_escaped(snapshot, timeline, text):
    for page in (snapshot, timeline):
        assert text not in page
        assert text.replace("<", "\\u003c").replace(">", "\\u003e") in page


def test_template_literal_text_stays_inside_json_strings(snapshot):
    # "${alert(1)}" is only ever a JSON string value, never in a JS template string.
    for m in re.finditer(r"\$\{alert\(1\)\}", snapshot):
        before = snapshot[max(0, m.start() - 200):m.start()]
        assert "`" not in before


def test_javascript_url_is_data_not_a_link(snapshot):
    assert 'href="javascript:' not in snapshot.lower()
    assert "safeUrl" in snapshot  # links are filtered in the browser


def test_title_is_escaped_and_shown(snapshot):
    assert "<h1>Sahel &amp; Great Lakes &lt;test&gt;</h1>" in snapshot
    assert "<title>Sahel &amp; Great Lakes &lt;test&gt;</title>" in snapshot


def test_snapshot_header_gives_date_and_provenance(snapshot):
    assert "Situation on 2022-03-15" in snapshot
    assert "Machine-read from 4 article(s)" in snapshot


def test_snapshot_is_deterministic():
    ev, zones = make_events(), make_zones()
    assert snapshot_html(ev, zones, at="2022-03-15") == snapshot_html(ev, zones, at="2022-03-15")


def test_timeline_is_deterministic():
    ev, zones = make_events(), make_zones()
    assert timeline_html(ev, zones) == timeline_html(ev, zones)


def test_timeline_contains_the_slider_and_span(timeline):
    assert "ConflictMap.timeControl(" in timeline
    # ev000019 (2022-03-20) is background history: it does not stretch the span
    assert "2022-03-01 to 2022-03-19" in timeline


def test_snapshot_has_no_slider(snapshot):
    assert "ConflictMap.timeControl(" not in snapshot


def test_empty_export_still_renders():
    page = snapshot_html(make_events(0), empty_zones(), at=None)
    assert "All events" in page and remote_references(page) == []


def test_snapshot_rejects_bad_title():
    with pytest.raises(TypeError, match="title"):
        snapshot_html(make_events(2), make_zones(), at=None, title=None)


def test_provenance_counts_zone_sources():
    note = provenance_note(make_events(0), make_zones())
    assert note.startswith("Machine-read from 1 article(s)")


def test_an_export_says_how_many_events_are_undated_and_off_its_map():
    events = make_events(4)
    events.loc[events.index[:2], "event_date"] = ""
    for page in (timeline_html(events, make_zones()), snapshot_html(events, make_zones(), at="2022-03-15")):
        assert "(2 undated, not on the map)" in page
    assert "undated" not in timeline_html(make_events(4), make_zones())
    assert "undated" not in snapshot_html(events, make_zones(), at=None)  # (every event shown, dated or not)


def test_a_snapshots_note_counts_the_events_and_zones_it_shows_of_those_read():
    """uxd: the command line's snapshot of 2025-06-01 said "662 event(s), 41 zone span(s)" over a map of 518."""
    events, zones = make_events(24), make_zones()  # (events from 2022-03-01 to 03-20; zones of 03-01 on and 03-05 to 03-12)
    early = snapshot_html(events, zones, at="2022-03-03")
    assert f"this map shows {(events.event_date <= '2022-03-03').sum()} of 24 event(s), 1 of 2 zone span(s)." in early
    some = snapshot_html(events, zones, at="2022-03-20", actors=["M23"])
    assert f"this map shows {(events.actor1 == 'M23').sum()} of 24 event(s), 1 of 2 zone span(s)." in some
    # (every event, and the zones still lasting)
    assert "Machine-read from 4 article(s): 24 event(s), 1 of 2 zone span(s)." in snapshot_html(events, zones, at=None)


def test_an_export_counts_the_articles_read_not_only_those_with_events():
    """uxd: a map of 240 articles said "Machine-read from 182 article(s)": 58 told of no event nor zone."""
    events, zones = make_events(24), make_zones()  # (4 articles)
    assert "Machine-read from 6 article(s), 4 with events or zones: 24 event(s)" in timeline_html(events, zones, articles=6)
    assert "Machine-read from 6 article(s), 4 with events or zones: this map shows" in \
        snapshot_html(events, zones, at="2022-03-03", articles=6)
    assert "Machine-read from 4 article(s): 24 event(s)" in timeline_html(events, zones, articles=4)


def test_100k_events_render_as_data_and_small(monkeypatch):
    """100,000 events go into the page as one data block styled in JavaScript: no folium object
    per event (what makes plain folium take a minute and 100 MB; speed is measured in bench/)."""
    import folium
    import folium.map
    import folium.vector_layers

    def per_event(*args, **kwargs):
        raise AssertionError("a folium object was built for one event")

    for module in (folium, folium.map, folium.vector_layers):
        for name in ("Marker", "CircleMarker", "Circle", "Popup", "Tooltip"):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, per_event)
    ev = make_events(100_000)
    page = snapshot_html(ev, empty_zones(), at=None)
    mb = len(page.encode("utf-8")) / 1e6
    print(f"\n100,000 events: {mb:.2f} MB")
    assert mb < 10
    assert page.count("<script") < 100  # the events are data, not one script each


def test_template_syntax_in_article_text_is_not_evaluated():
    ev = make_events(3)
    ev.loc[0, "quote"] = "Rebels wrote {{ 7*7 }} and {% raw %} on walls"
    ev.loc[1, "event_type"] = "{{ 6*7 }}"
    page = snapshot_html(ev, make_zones(), at=None, title="{{ 5*5 }}")
    assert "\\u007b{ 7*7 }} and \\u007b% raw %} on walls" in page
    assert "\\u0026#123;\\u0026#123; 6*7" in page  # layer-control label
    assert "&#123;&#123; 5*5 &#125;&#125;" in page
    assert "49" not in page.split("Rebels wrote")[0][-5:] and ">25<" not in page and "42 (" not in page
