"""uxg: how long a hold no later report ends stays drawn (a year after the last article telling it, uxf's rule) is a
setting of the build: ``conflict-map build --hold-days N``, the app's "Days a hold stays drawn after its last
report". Every map, filter and export of the build goes by it; the default draws what it drew."""
import datetime as dt

import pytest
from shapely.geometry import Point

from conflict_map.build import BuildResult, exports_key
from geo.location import Location
from layers.files import zones_geojson
from layers.html import snapshot_html, timeline_html
from layers.mapview import filter_zones
from layers.zones import OPEN_HOLD_DAYS, hold_days_value, shown_until, with_drawn_until, zone_timeline, zones_at
from reading.document import ControlClaim, Evidence, FactDate
from tests.layers.test_mapview import make_events


def _day(text):
    return FactDate(dt.date.fromisoformat(text), dt.date.fromisoformat(text), "day")


def _shusha_and_aden():
    """Azerbaijani forces taking Shusha in 2020 (told once), southern separatists holding Aden in 2019."""
    shusha = Location("Shusha", Point(46.75, 39.76), 39.76, 46.75, 1)
    aden = Location("Aden", Point(45.03, 12.78), 12.78, 45.03, 1)
    claims = [
        ControlClaim("c1", "shusha.txt", "Azerbaijani forces", "took", shusha, _day("2020-11-08"),
                     Evidence("shusha.txt", "Azerbaijani forces captured Shusha on Sunday.", 0, 44, "Shusha", None)),
        ControlClaim("c2", "aden.txt", "Southern Transitional Council", "took", aden, _day("2019-08-10"),
                     Evidence("aden.txt", "Separatists seized the palace in Aden on Saturday.", 0, 48, "Aden", None)),
    ]
    return zone_timeline(claims, [], published={"shusha.txt": dt.date(2020, 11, 9), "aden.txt": dt.date(2019, 8, 11)})


def _no_events():
    return make_events(0)


def test_a_shorter_hold_stops_drawing_an_area_sooner_on_every_map_and_export():
    zones = _shusha_and_aden()
    held = with_drawn_until(zones, 90)
    shusha = held[held.faction == "Azerbaijani forces"]
    assert shown_until(shusha) == ["2021-02-07"]  # 90 days after the article of 2020-11-09
    assert "Azerbaijani forces" in set(zones_at(held, "2021-02-06").faction)
    assert "Azerbaijani forces" not in set(zones_at(held, "2021-02-07").faction)
    assert "Azerbaijani forces" in set(zones_at(zones, "2021-02-07").faction)  # (the default: a year)
    assert list(filter_zones(held, dt.date(2021, 3, 1)).faction) == []
    features = {f["properties"]["faction"]: f["properties"] for f in zones_geojson(held)["features"]}
    assert features["Azerbaijani forces"]["drawn_until"] == "2021-02-07"
    assert features["Azerbaijani forces"]["end"] is None  # (the data keeps what was reported: no end)
    assert "captured Shusha" not in snapshot_html(_no_events(), held, at="2021-03-01")
    assert "captured Shusha" in snapshot_html(_no_events(), zones, at="2021-03-01")


def test_a_longer_hold_keeps_an_area_drawn_past_a_year():
    zones = _shusha_and_aden()
    held = with_drawn_until(zones, 3 * 365)
    assert "Southern Transitional Council" in set(zones_at(held, "2021-08-01").faction)
    assert "Southern Transitional Council" not in set(zones_at(zones, "2021-08-01").faction)


def test_the_default_setting_changes_nothing():
    zones = _shusha_and_aden()
    result = BuildResult(documents=[], files=[], problems=[], events=_no_events(), unlocated=[], zones=zones)
    assert result.held_for(None) is result and result.held_for(OPEN_HOLD_DAYS) is result
    assert shown_until(with_drawn_until(zones, OPEN_HOLD_DAYS)) == shown_until(zones)
    assert timeline_html(_no_events(), result.held_for(OPEN_HOLD_DAYS).zones) == timeline_html(_no_events(), zones)
    assert exports_key("k", hold_days=None) == exports_key("k", hold_days=OPEN_HOLD_DAYS) == exports_key("k")
    assert exports_key("k", hold_days=90) != exports_key("k")  # (exports of another setting are written again)


def test_a_setting_applied_twice_is_the_last_one():
    zones = _shusha_and_aden()
    assert shown_until(with_drawn_until(with_drawn_until(zones, 10), 90)) == shown_until(with_drawn_until(zones, 90))


@pytest.mark.parametrize("bad, error", [(0, ValueError), (-5, ValueError), (36_501, ValueError), ("soon", ValueError),
                                        (True, TypeError), (1.5, TypeError), (None, TypeError)])
def test_a_bad_number_of_days_is_a_clear_error(bad, error):
    with pytest.raises(error, match="hold_days must be a whole number of days"):
        hold_days_value(bad)
