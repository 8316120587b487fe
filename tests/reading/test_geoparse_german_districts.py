"""German districts named after their towns ("Landkreis Passau", "Landshut district"): the district (a
Landkreis, which the source writes "Passau, Landkreis" beside the town's own unit), read after the German
unit word as after the English one; the town named alone stays the town."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_a_landkreis_named_after_its_town_is_the_district(gaz):
    for text, name in (("Storms cut power across Landkreis Passau on Friday.", "Passau"),
                       ("Police in Landshut district arrested two men, officials in Bavaria said.", "Landshut")):
        row = toponyms_by_name(text, gaz)[name]
        assert row["kind"] == "county" and "Landkreis" in row["name"], text


def test_the_town_alone_stays_the_town(gaz):
    row = toponyms_by_name("Police in Passau said the border was calm.", gaz)["Passau"]
    assert row["kind"] == "city" and abs(row["lat"] - 48.57) < 0.1
