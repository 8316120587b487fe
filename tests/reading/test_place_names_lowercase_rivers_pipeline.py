"""The pipeline reads "the X river" as geoparse does: the water, unplaced, not the town or country
of the name ("the Kabul river" is not Kabul). Geoparse gives a river of ``geo/data/physical_features.csv``
its point (its mouth, kind "physical"); the pipeline leaves it unplaced."""
from __future__ import annotations

import pytest

from reading.document import Document
from tests.reading.places import toponyms_by_name


def water(row):
    """Geoparse's river row: unplaced, or at the river's own point (kind "physical"), never a town or country."""
    return row["lat"] is None or row["kind"] == "physical"


@pytest.mark.parametrize("text, name", [
    ("Militants were seen crossing the Kunar river at night.", "Kunar"),
    ("Children drowned in the Jordan river on Friday.", "Jordan"),
    ("Refugees waded across the Kabul river near the border.", "Kabul"),
])
def test_pipeline_and_geoparse_both_leave_the_river_unplaced(gaz, nlp, text, name):
    assert water(toponyms_by_name(text, gaz)[name])
    doc = nlp(Document(id="r", text=text))
    m = next(m for m in doc.mentions if m.text == name)
    assert m.place_id is None


def test_a_town_before_another_word_stays_placed(nlp):
    doc = nlp(Document(id="t", text="Shops reopened in Kabul on Friday near the river."))
    assert next(m for m in doc.mentions if m.text == "Kabul").place_id is not None


@pytest.mark.parametrize("text, names", [
    ("Barges stopped on the Ubangi and Congo rivers during the drought.", ["Congo"]),
    ("Levees failed where the Missouri and Kansas rivers meet.", ["Missouri", "Kansas"]),
])
def test_pipeline_reads_plural_rivers_as_geoparse_does(gaz, nlp, text, names):
    t = toponyms_by_name(text, gaz)
    doc = nlp(Document(id="p", text=text))
    for name in names:
        assert water(t[name])
        assert next(m for m in doc.mentions if m.text == name).place_id is None


@pytest.mark.parametrize("text, name", [
    ("Swollen by rain, the river Tigris flooded farms south of the dam.", "Tigris"),
    ("Christian pilgrims waded into the river Jordan near Jericho.", "Jordan"),
])
def test_the_river_before_its_name_is_the_water(gaz, nlp, text, name):
    assert water(toponyms_by_name(text, gaz)[name])  # not the country Jordan
    doc = nlp(Document(id="b", text=text))
    assert next(m for m in doc.mentions if m.text == name).place_id is None


def test_a_big_rivers_possessive_is_the_river(gaz, nlp):
    text = "Villages along the Nile's western bank were evacuated."
    t = toponyms_by_name(text, gaz)
    assert "Nile's" not in t and water(t["Nile"])  # not Niles, Illinois
    doc = nlp(Document(id="n", text=text))
    assert all(m.place_id is None for m in doc.mentions if m.text.startswith("Nile"))


def test_the_river_then_a_weekday_names_no_river(gaz):
    t = toponyms_by_name("Soldiers crossed the river Tuesday and entered Mosul.", gaz)
    assert t["Mosul"]["lat"] is not None and "Tuesday" not in t
