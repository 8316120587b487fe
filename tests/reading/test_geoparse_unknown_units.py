"""Names the gazetteer lacks before "township", "commune", "tehsil", "upazila", "crossing", or after
"the island of", are listed unplaced like those before "district" (gold 6: "Sagaing's Depayin
township", "the Tabanovce crossing", "the island of Nosy Be" were lost). Tested on other sentences."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_township_commune_and_crossing(gaz):
    text = ("Troops burned houses in Kyunhla township and in Hlaingbwe township, and refugees waited at the "
            "Nabang crossing, while farmers in Phu Lac commune lost their rice.")
    got = toponyms_by_name(text, gaz)
    for name in ("Kyunhla", "Hlaingbwe", "Nabang", "Phu Lac"):
        assert name in got, name


def test_the_island_of(gaz):
    text = "Ferries to the island of Ukerewe were suspended after the storm, officials in Mwanza said."
    got = toponyms_by_name(text, gaz)
    assert "Ukerewe" in got


def test_ordinary_crossings_name_nothing(gaz):
    text = "The state crossing guard said a border crossing was closed. The crossing took hours."
    assert toponyms_by_name(text, gaz) == {}


def test_unknown_names_listed_before_a_known_town(gaz):
    text = ("Shelling hit villages including Yaroun, Rmeish and Bint Jbeil overnight, and troops moved "
            "near Houla and Mais al-Jabal.")
    got = toponyms_by_name(text, gaz)
    assert "Yaroun" in got and "Rmeish" in got


def test_organisations_listed_before_a_country_are_no_places(gaz):
    text = "Leaders of Hezbollah, Hamas and Iran met on Monday. Hamas and Gaza officials spoke."
    got = toponyms_by_name(text, gaz)
    assert "Hezbollah" not in got and "Hamas" not in got
