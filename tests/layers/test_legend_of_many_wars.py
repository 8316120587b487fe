"""uxd: the legend of a corpus of several wars names each war's sides, side by side and in distinct colours.

A corpus of Sudan and Ukraine took the Sudan profile (most of its articles) and listed its factions first: in
the app's 620 px map, "Rapid Support Forces, Sudanese Armed Forces, United Nations, ... and 153 more", and
not one side of the war in Ukraine. The legend now lists the busiest side, then the side reported with it in
most articles (an international body is nobody's partner), then the next war's.
"""
import json
import re

import pandas as pd

from layers.elements import Sides, co_reported
from layers.mapview import build_map
from reading.profiles import load_profile
from tests.layers.test_mapview import GRID, empty_zones, make_events, make_zones, render


def _two_wars() -> pd.DataFrame:
    """Ukraine told in four articles (the busier war), Sudan in three; the UN speaks in the Sudan ones."""
    told = ([("ua1", "", "Russian forces")] * 6 + [("ua1", "", "Ukrainian forces")] * 2
            + [("ua2", "", "Russian forces")] * 5 + [("ua2", "", "Ukrainian forces")] * 2
            + [("ua3", "", "Russian forces")] * 3 + [("ua4", "", "Ukrainian forces")]
            + [("sd1", "RSF", "RSF")] * 5 + [("sd1", "SAF", "SAF")] * 2 + [("sd1", "UN", "UN")] * 3
            + [("sd2", "RSF", "RSF")] * 3 + [("sd2", "SAF", "SAF")] + [("sd2", "UN", "UN")] * 3
            + [("sd3", "UN", "UN")] * 2 + [("sd3", "", "protesters")] * 2)
    events = make_events(len(told))
    events["doc_id"] = [doc for doc, _, _ in told]
    events["side"] = [side for _, side, _ in told]
    events["actor1"] = [actor for _, _, actor in told]
    return events


def _legend(m) -> list[dict]:
    return json.loads(re.search(r"ConflictMap\.legend\([^,]+, (\{.*?\})\);", render(m)).group(1))["factions"]


def test_the_legend_of_two_wars_lists_each_wars_two_sides_first_in_distinct_colours():
    legend = _legend(build_map(_two_wars(), empty_zones(), profile=load_profile("sudan"), basemap=GRID))
    names = [f["name"] for f in legend]
    assert names[:4] == ["Russian forces", "Ukrainian forces", "Rapid Support Forces", "Sudanese Armed Forces"]
    assert names[4:] == ["United Nations"]  # (listed, after the sides that fight)
    assert len({f["color"].upper() for f in legend}) == len(legend)


def test_without_articles_shared_the_legend_lists_the_busiest_sides_first():
    sides = Sides({"Somali forces": 40, "al-Shabaab": 25, "0 Brigade": 1})
    assert [f["name"] for f in sides.ranked()] == ["Somali forces", "al-Shabaab", "0 Brigade"]


def test_a_side_is_listed_beside_the_side_reported_with_it_most():
    keys = pd.Series(["M23", "FARDC", "M23", "Wazalendo", "M23", "JNIM", "FAMa", "JNIM"])
    docs = pd.Series(["kivu1", "kivu1", "kivu2", "kivu2", "kivu3", "mali1", "mali1", "mali2"])
    together = co_reported(keys, docs)
    assert together["M23"] == {"FARDC": 1, "Wazalendo": 1} and together["JNIM"] == {"FAMa": 1}
    ranked = [f["name"] for f in Sides(keys.tolist(), together=together).ranked()]
    assert ranked == ["M23", "FARDC", "JNIM", "FAMa", "Wazalendo"]  # (a tie goes to the busier: FARDC, 1 each)


def test_the_sides_a_crowded_legend_names_get_the_first_colours():
    # 30 one-event militias of a third war would take the palette before the second war's quiet side.
    keys = {f"{i:02d} Village Guard": 1 for i in range(30)} | {"Russian forces": 50, "Ukrainian forces": 3}
    together = {"Russian forces": {"Ukrainian forces": 3}, "Ukrainian forces": {"Russian forces": 3}}
    sides = Sides(keys, together=together)
    listed = sides.ranked()[:2]
    assert [f["name"] for f in listed] == ["Russian forces", "Ukrainian forces"]
    others = {f["color"].upper() for f in sides.table if f["name"] not in ("Russian forces", "Ukrainian forces")}
    assert listed[0]["color"] != listed[1]["color"]
    assert len(others) > 1  # (the palette is shared out, not one colour for all the rest)


def test_co_reporting_of_a_big_frame_counts_every_kth_article_and_keeps_the_pairs():
    from layers import elements

    n = elements.CO_REPORTED_EVENTS + 10_000
    keys = pd.Series(["Houthis", "Saudi-led coalition"] * (n // 2))
    docs = pd.Series([f"a{i // 2}" for i in range(n)])  # each article: one event of each side
    together = co_reported(keys, docs)
    assert set(together) == {"Houthis", "Saudi-led coalition"}
    assert 0 < together["Houthis"]["Saudi-led coalition"] <= n // 2


def test_a_stores_legend_pairs_the_sides_of_one_war_as_the_map_of_its_events_does(tmp_path):
    from conflict_map.store import open_store, write_store
    from conflict_map.store_view import StoreView
    from layers.elements import _event_keys

    events = _two_wars()
    events["event_date"] = events["date_end"] = "2025-05-01"
    events["background"] = False
    write_store(tmp_path / "store", events, make_zones().iloc[:0], profile=load_profile("sudan"), problems=[])
    view = StoreView(open_store(tmp_path / "store"))
    assert view.overview.together == co_reported(_event_keys(events), events["doc_id"])
    names = [f["name"] for f in view.sides.ranked()]
    assert names[:4] == ["Russian forces", "Ukrainian forces", "Rapid Support Forces", "Sudanese Armed Forces"]
