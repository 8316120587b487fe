"""A town's other name that names a stream ("X River", "X Creek") is the stream: GeoNames keeps former
settlement names such as "Platte River" for Platteville, Wisconsin, or "Palmers River" for Rehoboth,
Massachusetts, and "the Palmers River" was read as that town. A town named so under its own name
keeps it."""
from __future__ import annotations

from geo.gazetteer import _stream_alias
from tests.reading.places import toponyms_by_name


def test_a_river_a_town_was_once_called_is_no_town(gaz):
    t = toponyms_by_name("Heavy rain swelled the Palmers River on Sunday.", gaz)["Palmers River"]
    assert t["lat"] is None  # listed, not placed at Rehoboth, Massachusetts
    t = toponyms_by_name("Anglers waded into the Platte River below the bridge.", gaz)["Platte River"]
    assert t["lat"] is None


def test_a_town_named_after_its_river_keeps_its_name(gaz):
    t = toponyms_by_name("Police in Fall River arrested two men.", gaz)["Fall River"]
    assert t["lat"] is not None and abs(t["lat"] - 41.70) < 0.2


def test_which_aliases_name_streams():
    assert _stream_alias("Platte River", "Platteville") and _stream_alias("Indian River", "Antwerp")
    assert not _stream_alias("Little River", "Little River-Academy")  # its own name, shortened
    assert not _stream_alias("Riverside", "Riverton") and not _stream_alias("River", "Rio")
