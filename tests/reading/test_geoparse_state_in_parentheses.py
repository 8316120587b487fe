"""A dotted state abbreviation in parentheses after a town, as sports pages and listings write it
(gold 21's first run: "Fulton (Ill.) beat Morrison" missed Fulton and its state), on other sentences:
the abbreviation is a mention of the state, narrows the town before it to that state, and makes a
surname-like town name a place. Undotted codes in parentheses are no states ("CLINTON, Iowa (AP)")."""
from __future__ import annotations

from reading.geoparse import geoparse


def _rows(text: str, gaz) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in geoparse(text, gazetteer=gaz):
        out.setdefault(text[r["start"]:r["end"]], []).append(r)
    return out


def test_a_state_in_parentheses_narrows_the_town(gaz):
    rows = _rows("The Tigers signed a guard from Columbia (Mo.) and a center from Lawrence (Kan.) on Wednesday.", gaz)
    assert abs(rows["Columbia"][0]["lat"] - 38.95) < 0.3, rows["Columbia"]
    assert abs(rows["Lawrence"][0]["lat"] - 38.97) < 0.3, rows["Lawrence"]
    assert rows["Mo."][0]["name"] == "Missouri" and rows["Kan."][0]["name"] == "Kansas"


def test_a_surname_like_town_before_its_state(gaz):
    rows = _rows("On Friday night, Fulton (Ill.) beat Rockford 28-14 in the sectional final.", gaz)
    assert "Fulton" in rows and abs(rows["Fulton"][0]["lat"] - 41.87) < 0.3, rows


def test_an_agency_code_in_parentheses_is_no_state(gaz):
    rows = _rows("DAVENPORT, Iowa (AP) - A barn burned near Eldridge on Sunday.", gaz)
    assert "AP" not in rows
