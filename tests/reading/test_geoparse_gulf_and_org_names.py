"""The Persian Gulf and "Gulf states" are water, not Papua New Guinea's Gulf province; a place that
opens an organisation's name ("the Gulf Cooperation Council", "the Kachin Independence Army") casts
only a weak vote for the article's country: it decides when nothing else votes, never against a
place of the story."""
from __future__ import annotations

import pytest

from reading.corpus import read_text
from reading.geoparse import WATER_REASON, geoparse
from tests.reading.places import unplaced_or_feature


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2024-05-02"))


@pytest.mark.parametrize("text, name", [
    ("Revolutionary Guard speedboats shadowed a container ship in the Persian Gulf on Friday.", "Persian Gulf"),
    ("A US destroyer escorted two tankers through the Arabian Gulf overnight.", "Arabian Gulf"),
])
def test_the_persian_gulf_is_water(nlp, gaz, text, name):
    doc = read(nlp, text)
    m = [x for x in doc.mentions if x.text == name]
    assert len(m) == 1 and m[0].location is None and m[0].reason == WATER_REASON, [(x.text, x.reason) for x in doc.mentions]
    assert doc.focus_country != "PG"
    rows = [r for r in geoparse(text, gazetteer=gaz) if text[r["start"]:r["end"]] == name]
    assert len(rows) == 1 and unplaced_or_feature(rows[0])


@pytest.mark.parametrize("text", [
    "Gulf states pledged reconstruction money after the ceasefire in Gaza.",
    "Qatar and other Gulf Arab countries condemned the drone attack on the refinery.",
    "Insurers said Gulf shipping faced higher premiums after the seizure.",
])
def test_gulf_states_are_no_province_of_papua_new_guinea(nlp, gaz, text):
    doc = read(nlp, text)
    assert doc.focus_country != "PG"
    assert all(getattr(m.location, "country", None) != "PG" for m in doc.mentions)
    gulf = [m for m in doc.mentions if m.text == "Gulf"]
    assert len(gulf) == 1 and gulf[0].reason == WATER_REASON  # listed, not lost
    assert [r["lat"] for r in geoparse(text, gazetteer=gaz) if text[r["start"]:r["end"]] == "Gulf"] == [None]


def test_an_organisation_named_after_a_place_casts_no_vote_for_it(nlp):
    doc = read(nlp, "Foreign ministers of the Gulf Cooperation Council gathered in Doha on Tuesday.")
    assert doc.focus_country == "QA"


def test_an_organisation_alone_still_hints_at_its_country(nlp):
    doc = read(nlp, "The Kachin Independence Army said its fighters had overrun an army outpost.")
    assert doc.focus_country == "MM"


def test_the_gulf_province_is_still_found(nlp):
    doc = read(nlp, "Floods cut the highway to Kerema in Gulf Province, Papua New Guinea.")
    assert doc.focus_country == "PG"
