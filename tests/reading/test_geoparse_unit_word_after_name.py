"""A unit word after a name says the unit: "Garissa county" (lower case) is the Kenyan county as
"Garissa County" is, not the town of Garissa; "Orange county" is the Californian county, not the
town of Orange. Where the gazetteer knows no district of the name, "Kenema District" or "Bo district"
is read at the namesake town (the district's seat) with a district's precision (2), not a town's (1)."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, kind", [
    ("Gunmen torched houses in Garissa county on Tuesday.", "Garissa", "region"),
    ("Herders fled from Tana River county after the raids.", "Tana River", "region"),
    ("Deputies in Orange county closed two beaches.", "Orange", "county"),
])
def test_a_lower_case_unit_word_reads_the_unit(gaz, text, name, kind):
    row = toponyms_by_name(text, gaz)[name]
    assert row["kind"] == kind and row["precision"] >= 2, row


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Health workers traced contacts across Kailahun District last week.", "Kailahun", 8.28, -10.57),
    ("Floods cut the road to Bo district overnight.", "Bo", 7.96, -11.74),
])
def test_a_district_with_no_unit_known_is_read_at_its_town_with_district_precision(gaz, text, name, lat, lon):
    row = toponyms_by_name(text, gaz)[name]
    assert row["precision"] == 2 and abs(row["lat"] - lat) < 0.2 and abs(row["lon"] - lon) < 0.2, row


def test_a_town_without_a_unit_word_keeps_town_precision(gaz):
    rows = toponyms_by_name("Traders in Bo and Kenema closed their shops.", gaz)
    assert rows["Bo"]["precision"] == 1 and rows["Kenema"]["precision"] == 1
