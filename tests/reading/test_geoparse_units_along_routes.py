"""A name the gazetteer lacks, written on a route between two towns ("Gossi, on the road linking Gao and
Douentza"), is the second- or third-level unit of that name lying along that route (its centre within a
few tens of km of the shortest way between them), not one of the route's end towns and not left unplaced.
A unit of the name far off the route stays unread."""
from __future__ import annotations

from reading.geoparse import geoparse


def _rows(text: str, gaz):
    return {text[r["start"]:r["end"]]: r for r in geoparse(text, gazetteer=gaz)}


def test_a_commune_on_the_road_between_two_towns(gaz):
    rows = _rows("A convoy was ambushed near Gossi on the road linking Gao and Douentza, the army said.", gaz)
    gossi = rows["Gossi"]
    assert gossi["lat"] is not None and abs(gossi["lat"] - 15.8) < 0.3 and gossi["precision"] == 2
    assert abs(rows["Gao"]["lat"] - 16.27) < 0.05  # the route's ends stay the towns


def test_a_commune_between_two_towns(gaz):
    rows = _rows("Soldiers repelled an attack on Hombori, a town on the road from Douentza to Gao.", gaz)
    assert rows["Hombori"]["lat"] is not None and abs(rows["Hombori"]["lon"] + 1.67) < 0.3


def test_a_commune_of_the_name_far_off_the_route_is_not_taken(gaz):
    rows = _rows("Fighters took Tonka, on the road between Kayes and Bamako, on Monday.", gaz)
    assert rows["Tonka"]["lat"] is None


def test_an_event_at_a_commune_called_a_town_is_not_at_the_route_ends(nlp):
    from reading.corpus import read_text

    text = "Soldiers repelled an attack on Gossi, a town on the road linking Gao and Douentza, on Friday."
    doc = nlp(read_text(text, doc_id="t", published="2026-05-02"))
    (event,) = doc.events
    assert event.location.name == "Gossi" and event.location.precision == 2
