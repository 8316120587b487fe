"""What must hold on the seeds, end to end: zones and events on the map, and in the exports."""
from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from shapely.geometry import Point, shape

from conflict_map.view import View, view_frames

BENGHAZI = Point(20.07, 32.12)
SABHA = Point(14.43, 27.04)
TRIPOLI = Point(13.19, 32.89)
SOUTH_OF_TRIPOLI = Point(13.19, 32.75)  # ~15 km south of the centre
APRIL_9 = dt.date(2019, 4, 9)


def _faction_ids(result, word):
    """Faction ids of the profile whose id or name mentions ``word`` (e.g. LNA, GNA)."""
    ids = {f.id for f in result.profile.factions if word.lower() in (f.id + " " + f.name).lower()}
    assert ids, f"no faction like {word} in the profile"
    return ids


def _holder_of(zones, point, factions):
    return [z for z in zones.itertuples() if z.faction in factions and z.geometry.contains(point)]


def test_seeds_use_the_libya_profile(seeds_build):
    assert seeds_build.profile is not None
    assert "LY" in seeds_build.profile.countries


@pytest.mark.parametrize("point", [BENGHAZI, SABHA], ids=["Benghazi", "Sabha"])
def test_lna_zone_contains_the_east_and_the_south_on_april_9(seeds_build, point):
    _, zones = view_frames(seeds_build, View(at=APRIL_9))
    assert _holder_of(zones, point, _faction_ids(seeds_build, "LNA"))


def test_gna_zone_contains_central_tripoli_on_april_9(seeds_build):
    _, zones = view_frames(seeds_build, View(at=APRIL_9))
    assert _holder_of(zones, TRIPOLI, _faction_ids(seeds_build, "GNA"))


def test_southern_suburbs_of_tripoli_are_contested_or_marked_by_clashes(seeds_build):
    events, zones = view_frames(seeds_build, View(at=APRIL_9))
    contested = [z for z in zones.itertuples() if z.status == "contested" and z.geometry.contains(SOUTH_OF_TRIPOLI)]
    clashes = [
        e for e in events.itertuples()
        if e.event_type == "Battles" and e.area and shape(json.loads(e.area)).contains(SOUTH_OF_TRIPOLI)
    ]
    assert contested or clashes


def test_clash_south_of_tripoli_is_an_area_not_a_pin(seeds_build):
    clashes = seeds_build.events[seeds_build.events.sub_event_type == "Armed clash"]
    near = [e for e in clashes.itertuples() if abs(e.latitude - 32.8) < 0.5 and abs(e.longitude - 13.2) < 0.5]
    assert near, "the clashes in the suburbs south of Tripoli are missing"
    assert all(e.geo_precision == 2 and e.area for e in near)
    assert all(e.latitude < 32.89 for e in near), "the clash area should lie south of Tripoli's centre"


def test_slider_before_april_4_hides_april_2019_events(seeds_build):
    before, _ = view_frames(seeds_build, View(at=dt.date(2019, 4, 3)))
    after, _ = view_frames(seeds_build, View(at=APRIL_9))
    april = lambda f: [d for d in f.event_date if d.startswith("2019-04")]  # noqa: E731
    assert not april(before)
    assert len(april(after)) >= 5


def test_background_history_keeps_its_years(seeds_build):
    years = {e.event_date[:4] for e in seeds_build.events.itertuples() if e.background}
    assert {"1969", "1987", "2011"} <= years


def test_exports_agree_with_the_view(seeds_build, seeds_out):
    events, zones = view_frames(seeds_build, View(at=APRIL_9))
    gj = json.loads((seeds_out / "events.geojson").read_text())
    ids_all = {f["properties"]["event_id"] for f in gj["features"]}
    assert set(events.event_id) <= ids_all
    with open(seeds_out / "events.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["event_id"] for r in rows} == ids_all
    zj = json.loads((seeds_out / "zones.geojson").read_text())
    assert len(zj["features"]) == len(seeds_build.zones)
    from layers.elements import script_json

    snap = (seeds_out / "snapshot-2019-04-09.html").read_text()
    for quote in events.quote:
        assert script_json(quote)[1:-1] in snap


def test_build_writes_every_output_and_a_complete_report(seeds_out, seeds_build):
    from conflict_map.build import OUTPUT_FILES

    for name in OUTPUT_FILES:
        assert (seeds_out / name).stat().st_size > 0, name
    report = json.loads((seeds_out / "report.json").read_text())
    assert {f["path"].split("/")[-1] for f in report["files"]} >= {"000_525c5d9150b2b19b.txt", "003_33d41b09b9eec8fe.txt"}
    n_mentions = sum(len(d.mentions) for d in seeds_build.documents)
    assert sum(len(d["mentions"]) for d in report["documents"]) == n_mentions
    fates = {m["fate"] for d in report["documents"] for m in d["mentions"]}
    assert fates <= {"placed", "actor", "unplaced"}


def test_html_exports_reference_no_network_script_and_no_local_path(seeds_out):
    import re

    for name in ("map.html", "snapshot-2019-04-09.html"):
        html = (seeds_out / name).read_text()
        assert not re.search(r"<script[^>]+src=[\"']https?:", html), name
        assert not re.search(r"<link[^>]+href=[\"']https?:", html), name
        assert str(seeds_out.parent) not in html and "/work/" not in html and "localhost" not in html, name


def test_same_corpus_gives_byte_identical_exports(tmp_path, seeds_dir):
    from conflict_map.build import build, write_outputs

    a, b = tmp_path / "a", tmp_path / "b"
    write_outputs(build(seeds_dir), a, at=APRIL_9)
    write_outputs(build(seeds_dir), b, at=APRIL_9)
    for f in sorted(a.iterdir()):
        assert f.read_bytes() == (b / f.name).read_bytes(), f.name


def test_report_gives_countries_acting_as_actors_the_fate_actor(seeds_out):
    report = json.loads((seeds_out / "report.json").read_text())
    actors = [m for d in report["documents"] for m in d["mentions"] if m["role"] == "actor"]
    assert actors, "the seeds name Egypt and the UAE as supporters"
    assert all(m["fate"] == "actor" for m in actors)
