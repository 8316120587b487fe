"""Every name before "counties"/"parishes" is a county, of the one state the list shares when the text
names none ("Harris and Montgomery counties": Texas's Montgomery, not Maryland's nor the town in
Alabama), read alike by plain geoparsing and the pipeline, even a name that is a common word ("Will")."""
from __future__ import annotations

import pytest

from reading.document import Document
from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, state_lat", [
    ("Schools closed in Fort Bend and Montgomery counties after the hurricane.", "Montgomery", (29.5, 31.0)),
    ("Deputies from Cobb and Douglas counties searched the river.", "Douglas", (33.0, 34.5)),  # Georgia
])
def test_list_of_counties_shares_one_state(gaz, text, name, state_lat):
    t = toponyms_by_name(text, gaz)[name]
    assert t["kind"] == "county"
    assert state_lat[0] < t["lat"] < state_lat[1]


def test_a_named_state_still_decides(gaz):
    text = "In Maryland, Montgomery and Frederick counties opened cooling centres."
    t = toponyms_by_name(text, gaz)["Montgomery"]
    assert t["kind"] == "county" and 38.5 < t["lat"] < 39.5


def test_common_word_county_is_read_by_the_pipeline_too(gaz, nlp):
    text = "Tornado sirens sounded across Grundy, Kendall and Will counties."
    assert toponyms_by_name(text, gaz)["Will"]["kind"] == "county"
    doc = nlp(Document(id="c", text=text))
    assert any(m.text.startswith("Will") and (m.place_id or "").startswith("us-county:") for m in doc.mentions)


def test_counties_of_another_country_are_its_units(gaz, nlp):
    text = "Health workers in Kakamega and Bungoma counties began a strike."
    t = toponyms_by_name(text, gaz)
    assert t["Kakamega"]["kind"] in ("region", "admin1") and t["Bungoma"]["kind"] in ("region", "admin1")
    doc = nlp(Document(id="k", text=text))
    ids = {m.text: m.place_id for m in doc.mentions}
    assert not ids["Kakamega"].startswith("gn:") and not ids["Bungoma"].startswith("gn:")  # not the towns


def test_towns_before_districts_have_a_districts_precision(gaz):
    t = toponyms_by_name("Ebola cases rose in the Kenema and Kailahun districts.", gaz)
    assert t["Kenema"]["precision"] == 2 and t["Kailahun"]["precision"] == 2
    t = toponyms_by_name("Ebola cases rose in Kenema and Kailahun last week.", gaz)
    assert t["Kenema"]["precision"] == 1 and t["Kailahun"]["precision"] == 1  # the towns
