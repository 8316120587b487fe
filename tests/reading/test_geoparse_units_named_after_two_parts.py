"""A first-level unit named after its two parts, written with Persian "va" ("and") or a hyphen instead of
"and" (gold 32's first run: "Sistan va Baluchestan" read as Sistan, unplaced, and Pakistan's Balochistan;
"Sistan-Baluchestan" unplaced), on other sentences and units."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_persian_va_joins_a_provinces_two_parts(gaz):
    rows = toponyms_by_name("Drought hit Chahar Mahall va Bakhtiari and Kohgiluyeh va Buyer Ahmad this summer.", gaz)
    assert rows["Chahar Mahall va Bakhtiari"]["kind"] == "admin1"
    assert abs(rows["Chahar Mahall va Bakhtiari"]["lat"] - 32.0) < 1.0
    assert abs(rows["Kohgiluyeh va Buyer Ahmad"]["lon"] - 50.7) < 1.0


def test_the_province_in_va_is_not_a_namesake_across_the_border(gaz):
    rows = toponyms_by_name("Protests spread in Sistan va Baluchestan province on Friday.", gaz)
    assert list(rows) == ["Sistan va Baluchestan"]
    assert abs(rows["Sistan va Baluchestan"]["lon"] - 60.7) < 1.5  # Iran's province, not Pakistan's Balochistan


def test_a_hyphen_for_and_in_a_units_name(gaz):
    rows = toponyms_by_name("Curfews were imposed across Jammu-Kashmir after the attack in Pahalgam.", gaz)
    assert rows["Jammu-Kashmir"]["kind"] == "admin1" and abs(rows["Jammu-Kashmir"]["lat"] - 33.8) < 1.0
    rows = toponyms_by_name("Fuel prices rose in Sistan-Baluchestan after the border closed.", gaz)
    assert rows["Sistan-Baluchestan"]["kind"] == "admin1"
