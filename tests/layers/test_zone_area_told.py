"""zon3: a zone's popup says what its area stands for: a town named is drawn as a circle around it (its limits are
not told), a region as the whole region. Each source keeps its article and sentence beside it."""
from __future__ import annotations

import datetime as dt
import json

from shapely.geometry import Point, box

from geo.location import Location
from layers.elements import ZoneLayer
from layers.zones import area_told, zone_timeline
from reading.document import ControlClaim, Evidence, FactDate


def _claim(cid: str, faction: str, loc: Location, sentence: str) -> ControlClaim:
    day = FactDate(dt.date(2024, 3, 2), dt.date(2024, 3, 2), "day")
    return ControlClaim(cid, "doc-a", faction, "took", loc, day, Evidence("doc-a", sentence, 0, 5, "A report", None))


def _timeline():
    town = Location("Dessie", Point(39.63, 11.13), 11.13, 39.63, 1)
    region = Location("eastern Chad", box(19.0, 10.0, 23.0, 16.0), 13.0, 21.0, 3, "part")
    return zone_timeline([_claim("c1", "Fano", town, "Fano fighters took Dessie."),
                          _claim("c2", "Rebels of the east", region, "The rebels took the east.")], [])


def test_each_source_tells_its_article_sentence_and_what_its_area_stands_for():
    rows = {r.faction: r.sources for r in _timeline().itertuples() if r.status == "held"}
    (town,), (region,) = rows["Fano"], rows["Rebels of the east"]
    assert (town["doc_id"], town["sentence"]) == ("doc-a", "Fano fighters took Dessie.")
    assert town["place"] == "Dessie: a town named; drawn as a circle around it (its real limits are not told)"
    assert region["place"] == "eastern Chad: a region named; drawn as the whole region"


def test_the_map_layer_carries_the_area_told_to_the_popup():
    data = json.loads(ZoneLayer(_timeline(), assets="inline").data_json)
    places = sorted(s["place"] for z in data["zones"] for s in z["sources"])
    assert places[0].startswith("Dessie: a town named") and places[1].startswith("eastern Chad: a region"), places


def test_an_unplaced_or_unknown_precision_tells_only_its_name():
    assert area_told(None) == ""
    assert area_told(Location("near Goma", Point(29.2, -1.7), -1.7, 29.2, 2, "near")).endswith("drawn approximately")
