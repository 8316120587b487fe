"""A compass word before a state's name is the state's part, even when a capital bears the name
elsewhere ("western Washington" is not the west of Washington, D.C.); a town listed among states
only is the state of its name when it lies outside that state."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name

pytestmark = pytest.mark.usefixtures("gaz")


@pytest.mark.parametrize("text", [
    "Snowfall closed mountain passes across eastern Washington overnight.",
    "Apple growers in central and northern Washington reported frost damage.",
    "Rain soaked western Washington for a fifth straight day.",
])
def test_compass_word_before_washington_is_the_state(gaz, text):
    t = toponyms_by_name(text, gaz)["Washington"]
    assert t["kind"] == "admin1" and t["lat"] > 45  # the state, not the capital at 38.9 N


def test_compass_word_before_a_capital_in_its_own_unit_is_still_the_town(gaz):
    t = toponyms_by_name("Shops reopened in east Baghdad on Thursday.", gaz)["Baghdad"]
    assert t["kind"] == "city"


def test_compass_part_in_the_pipeline_is_the_state(nlp):
    from reading.document import Document

    doc = nlp(Document(id="w", text="A magnitude 4 earthquake shook eastern Washington on Monday."))
    m = next(m for m in doc.mentions if m.name == "Washington")
    assert m.place_id.startswith("ne:USA-washington")


@pytest.mark.parametrize("text", [
    "Evacuation orders were issued in Idaho and Washington as fires spread.",
    "Salmon runs in Washington and Oregon were the lowest on record.",
])
def test_washington_listed_among_states_is_the_state(gaz, text):
    t = toponyms_by_name(text, gaz)["Washington"]
    assert t["kind"] == "admin1"


def test_a_town_listed_with_a_unit_it_lies_in_stays_a_town(gaz):
    t = toponyms_by_name("Gunmen struck in Kabul and Logar on Friday.", gaz)["Kabul"]
    assert t["kind"] == "city"


def test_washington_alone_is_still_the_capital(gaz):
    t = toponyms_by_name("Diplomats met in Washington on Tuesday.", gaz)["Washington"]
    assert t["kind"] == "city" and t["lat"] < 40
