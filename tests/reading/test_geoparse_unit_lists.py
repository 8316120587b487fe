"""Units named in lists, and a foreign unit against a village of the story's country (gold 6:
"Its provinces of Jujuy, Salta and Catamarca" read Salta and Catamarca as their capitals; "the
arrest of two cartel leaders in Texas" in a Mexican story read as Texas, Hidalgo, a village of
1,000). Tested on other sentences."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_the_states_of_a_list(gaz):
    text = "Drought hit the states of Sonora, Chihuahua and Durango, the agriculture ministry said."
    got = toponyms_by_name(text, gaz)
    assert {got[n]["kind"] for n in ("Sonora", "Chihuahua", "Durango")} == {"admin1"}


def test_a_list_before_provinces(gaz):
    text = ("Wheat farmers lost crops in the provinces of Mendoza, San Juan and Neuqu\u00e9n, and in Sindh "
            "and Balochistan provinces.")
    got = toponyms_by_name(text, gaz)
    for name in ("Mendoza", "San Juan", "Neuqu\u00e9n", "Sindh", "Balochistan"):
        assert got[name]["kind"] == "admin1", name
    assert got["San Juan"]["lat"] < -25  # Argentina's province, not San Juan, Puerto Rico


def test_a_town_outside_a_list_is_still_a_town(gaz):
    text = "The governor of Mendoza province flew to Mendoza, then to Salta and Catamarca."
    got = toponyms_by_name(text, gaz)
    assert got["Salta"]["kind"] == "city" and got["Catamarca"]["kind"] == "city"


def test_a_foreign_state_the_story_names_beats_a_far_village(gaz):
    text = ("MONTERREY, Mexico (Reuters) - Smugglers moved rifles bought in Texas across the border to "
            "Monterrey, officials in the United States said.")
    got = toponyms_by_name(text, gaz)
    assert got["Texas"]["kind"] == "admin1" and got["Texas"]["lat"] > 28


def test_a_village_qualified_by_its_state_stays(gaz):
    text = "A fire destroyed homes in Texas, Hidalgo, near Pachuca, officials in Mexico City and the United States said."
    got = toponyms_by_name(text, gaz)
    assert got["Texas"]["kind"] == "city" and abs(got["Texas"]["lat"] - 20.0) < 0.5


def test_a_foreign_unit_the_story_does_not_name_is_no_rival(gaz):
    text = "MONTPELIER, Vt. (AP) - Power was out in Barre and in neighboring Berlin on Sunday, and in Northfield."
    got = toponyms_by_name(text, gaz)
    assert got["Berlin"]["kind"] == "city" and got["Berlin"]["lon"] < -60


def test_a_foreign_compass_word_unit_abroad_is_unplaced(gaz):
    # Burkina Faso's Est region is in no source here; Cameroon's Est is no stand-in for it
    text = ("OUAGADOUGOU (Reuters) - Gunmen attacked a convoy in the Est region of Burkina Faso, near "
            "Fada N'Gourma, the army said.")
    got = toponyms_by_name(text, gaz)
    est = next(t for name, t in got.items() if name.startswith("Est"))
    assert est["lat"] is None


def test_a_compass_word_unit_of_the_story_country_stays(gaz):
    text = ("YAOUNDE (Reuters) - Separatists attacked a school in the Littoral region and in the Centre "
            "region of Cameroon, near Mbalmayo.")
    got = toponyms_by_name(text, gaz)
    assert got["Centre"]["kind"] == "admin1" and abs(got["Centre"]["lat"] - 4.7) < 1.0
