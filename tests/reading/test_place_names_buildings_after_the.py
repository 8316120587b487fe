"""After "the", a name ending in a building's word ("the White House", "the Blue House") is a building,
not a town that bears the name as its own or in translation (Casablanca is "Dar al-Bayda", the white
house; White House is also a town in Tennessee): towns take no article. A curated seat of government is
that landmark ("the White House": the building in Washington, a toponym as GeoWebNews marks it). A town
written without the article keeps its reading."""
from __future__ import annotations

import pytest

from reading.document import Document
from tests.reading.places import surfaces, toponyms_by_name


@pytest.mark.parametrize("text", [
    "Protesters gathered in Washington outside the White House on Saturday.",
    "Hundreds of demonstrators marched to the White House to demand a ceasefire.",
])
def test_a_building_after_the_is_no_town(nlp, gaz, text):
    # plain geoparsing lists the seat of government at its building, as the golds mark the Kremlin (plc)
    row = toponyms_by_name(text, gaz)["White House"]
    assert row["kind"] == "landmark" and abs(row["lat"] - 38.9) < 0.1 and abs(row["lon"] + 77.04) < 0.1
    doc = nlp(Document(id="b", text=text))
    assert all(getattr(m.location, "country", "US") != "MA" for m in doc.mentions)
    assert doc.focus_country in (None, "US")


def test_the_city_beside_the_building_is_read(gaz, nlp):
    doc = nlp(Document(id="b", text="Protesters gathered in Washington outside the White House on Saturday."))
    m = next(m for m in doc.mentions if m.text == "Washington")
    assert m.location is not None and abs(m.location.lat - 38.9) < 0.5


def test_the_town_of_the_name_without_the_article(gaz):
    assert "White House" in surfaces("Police in White House, Tennessee, arrested two men on Friday.", gaz)
