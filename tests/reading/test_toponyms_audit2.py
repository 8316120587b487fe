"""Place-name errors of a second audit on conflict reports, as classes (real gazetteer).

- an armed group's name that a gazetteer knows only as another name of a town ("Hamas" is
  listed among the names of Hamm, Germany) is no place;
- an organisation named after a place ("X Cartel") is an actor, not a place;
- a name that is only the first word(s) of a town's own name ("Sinaloa" for Sinaloa de Leyva,
  "Durango" for Victoria de Durango) does not stand for the state of that name, and a town
  abroad known only by such a shortened name is doubted;
- "Town county, Unit state": a town named with its unit is not a namesake in another country;
- "the town of X" names X (unknown: reported unplaced), it is no reference to an earlier town;
- well-known regions that are no admin unit (Kashmir, Golan Heights, Casamance, ...) are regions.
"""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


@pytest.fixture(scope="module")
def gaz():
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="module")
def nlp(gaz):
    from reading.pipeline import default_pipeline

    return default_pipeline(gazetteer=gaz, profile=None)


def _parse(text, gaz):
    return {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}


def _mentions(text, nlp, published="2024-05-01"):
    from reading.corpus import read_text

    doc = nlp(read_text(text, doc_id="t", published=published))
    return doc.mentions


def _placed(m):
    loc = m.location
    return None if loc is None else getattr(loc, "name", None)


# --------------------------------------------------------------------------- armed groups


@pytest.mark.parametrize("text, group", [
    ("A truce between Lebanon and Hamas officials was discussed in Cairo.", "Hamas"),
    ("Hamas said the talks in Doha had stalled.", "Hamas"),
    ("Fighting between Pakistan and Taliban fighters spread along the border.", "Taliban"),
])
def test_group_known_only_as_a_towns_other_name_is_no_place(gaz, nlp, text, group):
    spans = _parse(text, gaz)
    assert not any(group in s for s in spans), spans
    for m in _mentions(text, nlp):
        assert group not in m.text or m.location is None, (m.text, _placed(m))


@pytest.mark.parametrize("text, org, state", [
    ("Police found bodies in Jalisco, where the Jalisco New Generation Cartel operates.", "Jalisco", "Jalisco"),
    ("Troops were deployed across Tamaulipas after a Gulf Cartel ambush.", "Gulf", "Tamaulipas"),
])
def test_cartel_named_after_a_place_is_an_organisation(gaz, text, org, state):
    got = geoparse(text, gazetteer=gaz)
    names = [text[t["start"] : t["end"]] for t in got]
    assert names.count(org) == (1 if org == state else 0), names
    assert any(t["kind"] == "admin1" and text[t["start"] : t["end"]] == state for t in got)
