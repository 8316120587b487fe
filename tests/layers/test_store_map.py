"""layers.mapview.store_map / block_source / time_layer(data=...): one map for every block of a store."""
import base64
import datetime as dt
import json
import re

import pytest

from layers.elements import EVENT_TYPE_ORDER, PackedBlock, SetTime
from layers.mapview import block_source, store_map, store_sides, time_layer
from tests.layers.test_mapview import make_events, make_zones, render
from tests.layers.test_mapview import unpack as unpack_json

TYPES = [t for t in EVENT_TYPE_ORDER]


@pytest.fixture
def served(monkeypatch, tmp_path):
    import layers.assets as assets

    monkeypatch.setattr(assets, "DATA_DIR", tmp_path)
    return tmp_path


def _map(zones, **kw):
    events = make_events(60)
    sides = store_sides(sorted(set(events.side.where(events.side != "", events.actor1))), zones)
    counts = {t: 10 * (i + 1) for i, t in enumerate(TYPES)}
    args = dict(types=TYPES, sides=sides, counts=counts, background=3, bbox=(0.0, -2.0, 46.0, 19.0))
    args.update(kw)
    return store_map(zones, **args), sides


def _unpack_part(blob: bytes) -> dict:
    """One packed part, decoded as conflict-map.js does (``unpacked``): gunzip, magic, head, column bytes."""
    import gzip
    import struct

    raw = gzip.decompress(blob)
    assert raw[:4] == b"CMB1"
    size = struct.unpack_from("<I", raw, 4)[0]
    at = 8 + size + (-(8 + size) % 8)
    pack = lambda b: base64.b64encode(gzip.compress(b)).decode("ascii")  # noqa: E731
    return unpack_json(json.dumps({"gz": pack(raw[8:8 + size]), "bin": pack(raw[at:])}))


def unpack(block) -> dict:
    """A PackedBlock decoded and joined as conflict-map.js does (``laterText``): the whole data."""
    data, text = _unpack_part(block.core), _unpack_part(block.text)
    assert data.pop("text") is True and text["offset"] == len(data["strings"])
    data["strings"] = data["strings"] + text["strings"]
    data["columns"].update(text["columns"])
    return data


STRING_CODED = ("sub", "a1", "a2", "loc", "src", "url", "doc", "quote", "notes")


def _decoded(data: dict) -> dict:
    """The data with string codes replaced by their strings (the numbering of the table left out)."""
    out = {k: v for k, v in data.items() if k != "strings"}
    out["columns"] = {k: ([data["strings"][c] for c in v] if k in STRING_CODED else v)
                      for k, v in data["columns"].items()}
    return out


def _set_time(html: str) -> list:
    return re.findall(r"ConflictMap\.setTime\(([^;]*)\);", html)


def test_the_store_map_holds_no_events_and_labels_overlays_with_the_whole_stores_counts(served):
    m, _ = _map(make_zones())
    html = render(m)
    assert re.search(r"ConflictMap\.eventLayer\(.*?data: null", html, re.S)
    assert "Witnesses described" not in html  # no event data in the page
    labels = re.findall(r'"(Battles \(10\)|Riots \(50\)|Background history \(3\))"', html)
    assert sorted(set(labels)) == ["Background history (3)", "Battles (10)", "Riots (50)"]
    assert "ConflictMap.zoneLayer" in html  # the zones are the map's own


def test_the_store_map_is_the_same_page_for_the_same_store_and_filters(served):
    zones = make_zones()
    assert render(_map(zones)[0]) == render(_map(zones)[0])
    assert render(_map(zones, event_types=["Riots"])[0]) != render(_map(zones)[0])


def test_a_type_filter_keeps_overlays_for_those_types_only(served):
    html = render(_map(make_zones(), event_types=["Riots"])[0])
    assert "Riots (50)" in html and "Battles (10)" not in html and "Background history" not in html


def test_every_block_numbers_types_and_sides_as_the_map_does(served):
    zones = make_zones()
    events = make_events(60)
    _, sides = _map(zones)
    early = events[events.event_type.isin(["Riots", "Protests"])]
    late = events[events.event_type.isin(["Battles"])]
    a = unpack(block_source(early, sides=sides, types=TYPES))
    b = unpack(block_source(late, sides=sides, types=TYPES))
    assert [t["name"] for t in a["types"]] == [t["name"] for t in b["types"]] == TYPES
    assert a["factions"] == b["factions"] == sides.table
    assert {a["types"][k]["name"] for k in a["columns"]["type"]} == {"Riots", "Protests"}


def test_block_source_applies_the_type_and_actor_filters(served):
    events = make_events(60)
    _, sides = _map(make_zones())
    kept = ["Battles", "Explosions/Remote violence"]
    data = unpack(block_source(events, sides=sides, types=TYPES, event_types=kept, actors=["M23"]))
    want = events[events.event_type.isin(kept) & ((events.actor1 == "M23") | (events.side == "M23"))]
    assert len(data["columns"]["date"]) == len(want) > 0
    assert {data["types"][k]["name"] for k in data["columns"]["type"]} == {"Explosions/Remote violence"}


def test_the_date_layer_carries_the_blocks_data_as_a_served_file(served):
    events = make_events(60)
    _, sides = _map(make_zones())
    data = block_source(events, sides=sides, types=TYPES)
    m, _ = _map(make_zones())
    calls = _set_time(_render_group(m, time_layer(dt.date(2022, 3, 10), 7, data=data)))
    assert len(calls) == 1
    source = json.loads(calls[0].split(", ", 3)[3])
    assert source["packed"] is True and set(source) == {"url", "text", "packed"}
    for key, part in (("url", data.core), ("text", data.text)):
        assert source[key].startswith("/app/static/vendor/conflict-map/data/") and source[key].endswith(".gz")
        assert (served / source[key].rsplit("/", 1)[1]).read_bytes() == part
    # the same data keeps its address: the browser fetches only when the block changes
    again = _set_time(_render_group(_map(make_zones())[0], time_layer(dt.date(2022, 3, 11), 7, data=data)))
    assert json.loads(again[0].split(", ", 3)[3]) == source


def test_a_data_file_pruned_meanwhile_is_written_again(served):
    events = make_events(30)
    _, sides = _map(make_zones())
    data = block_source(events, sides=sides, types=TYPES)
    url = json.loads(SetTime(dt.date(2022, 3, 1), data=data).source)["url"]
    file = served / url.rsplit("/", 1)[1]
    file.unlink()
    assert json.loads(SetTime(dt.date(2022, 3, 2), data=data).source)["url"] == url and file.is_file()


def test_without_a_place_to_write_the_data_travels_inline_and_stays_script_safe(monkeypatch, tmp_path):
    import layers.assets as assets

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(assets, "DATA_DIR", blocker / "data")  # mkdir fails: OSError
    events = make_events(12, hostile=True)
    _, sides = _map(make_zones())
    data = block_source(events, sides=sides, types=TYPES)
    layer = SetTime(dt.date(2022, 3, 1), data=data)
    source = json.loads(layer.source)
    assert set(source) == {"key", "data"} and set(source["data"]) == {"packed", "text"}
    inline = PackedBlock(*(base64.b64decode(source["data"][k]) for k in ("packed", "text")))
    assert inline == data and unpack(inline)["strings"]
    assert "<script" not in layer.source and "</" not in layer.source


def test_the_seeds_date_layer_is_unchanged_without_data():
    html = SetTime(dt.date(2022, 3, 1), 7)
    assert html.source is None


def _render_group(m, group) -> str:
    """The date layer's script as st_folium renders it: added to the map, then rendered."""
    group.add_to(m)
    return render(m)


def test_a_packed_block_holds_the_same_data_as_the_json_payload():
    from layers.elements import events_packed, events_payload

    events = make_events(40, hostile=True)
    events.loc[3, "event_date"] = ""  # undated: null either way
    events.loc[4, "quote"] = "\u00abUn t\u00e9moin\u00bb \U0001f4a5 \u0634\u0627\u0647\u062f </script> ${alert(1)}"
    _, sides = _map(make_zones())
    packed = events_packed(events, sides=sides, types=TYPES)
    assert packed == events_packed(events, sides=sides, types=TYPES)  # deterministic bytes
    assert _decoded(unpack(packed)) == _decoded(unpack_json(events_payload(events, sides=sides, types=TYPES)))
    # the map's part holds no text but the places (tooltips): quotes and addresses come with the second
    core = _unpack_part(packed.core)
    assert not set(core["columns"]) & {"quote", "url", "src", "a1", "notes"}
    assert set(core["strings"]) == {""} | set(events.location)
    assert "Witnesses described" not in json.dumps(core) and "Witnesses described" in json.dumps(unpack(packed))
