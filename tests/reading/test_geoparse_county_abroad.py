"""A name written "X County" that the gazetteer only knows as a unit or town abroad (gold 5's first
run: "Alger County" in a Michigan story placed in Algeria, "Peterborough County" in an Ontario entry
at the English city), on other sentences: left unplaced, not placed in another country."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_a_county_is_not_a_foreign_unit_of_its_name(gaz):
    rows = toponyms_by_name("COBOURG, Ont. — Northumberland County council voted on Tuesday to close two landfills "
                 "near Cobourg and Port Hope, Ontario.", gaz)
    assert rows["Northumberland County"]["lat"] is None, rows["Northumberland County"]
    assert rows["Cobourg"]["lat"] is not None and abs(rows["Cobourg"]["lat"] - 43.96) < 0.3


def test_small_us_counties_are_placed_in_michigan_not_abroad(gaz):
    # No town of 15,000: once unplaced, now centred on their towns of 1,000+ (us_counties.csv)
    rows = toponyms_by_name("Snow closed roads in Alger County and Luce County on Wednesday, and schools in "
                 "Munising, Mich., stayed shut.", gaz)
    for name, lat, lon in (("Alger County", 46.41, -86.65), ("Luce County", 46.35, -85.5)):
        r = rows[name]
        assert r["lat"] is not None and abs(r["lat"] - lat) < 0.4 and abs(r["lon"] - lon) < 0.6, r


def test_a_county_the_gazetteer_holds_is_placed(gaz):
    rows = toponyms_by_name("Rain fell on Durham County, North Carolina, and on Raleigh.", gaz)
    assert rows["Durham County"]["lat"] is not None and abs(rows["Durham County"]["lat"] - 36.0) < 0.3
