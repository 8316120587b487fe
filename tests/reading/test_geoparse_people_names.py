"""Peoples named like their regions (Afar, Amhara, Chin, Kachin, Shan...): written for the people they
are no toponym; written for the region they stay one."""
from __future__ import annotations

from reading.geoparse import geoparse
from tests.reading.places import surfaces, toponyms_by_name


def test_people_nouns_after_the_name(gaz):
    text = "Kachin fighters and Shan villagers fled south; Mon leaders met in Mawlamyine."
    assert surfaces(text, gaz) == ["Mawlamyine"]
    assert surfaces("More than 9,000 Chin refugees crossed into Mizoram last month.", gaz) == ["Mizoram"]


def test_ethnic_article_and_subject_uses(gaz):
    text = "Elders said an Afar village was burned and ethnic Amhara farmers left. The Afar have long grazed near Gewane."
    got = toponyms_by_name(text, gaz)
    assert list(got) == ["Gewane"] and abs(got["Gewane"]["lat"] - 10.17) < 0.3  # Ethiopia, not elsewhere


def test_two_peoples_before_one_noun(gaz):
    got = toponyms_by_name("Clashes between Afar and Issa clans killed 12 near Gewane.", gaz)
    assert list(got) == ["Gewane"]  # Issa, a Somali clan, is no town in Russia


def test_region_uses_stay_places(gaz):
    text = ("Fighting spread in Afar and in the Afar region, forces from neighbouring Amhara moved in, "
            "and an Afar regional official visited a Shan state camp.")
    got = [(text[t["start"] : t["end"]], t["kind"]) for t in geoparse(text, gazetteer=gaz)]
    assert got == [("Afar", "admin1"), ("Afar", "admin1"), ("Amhara", "admin1"), ("Afar", "admin1"), ("Shan", "admin1")]


def test_a_given_name_shared_with_a_people_is_left_alone(gaz):
    assert surfaces("Karen Miller, who lives near Otley, said her windows shook.", gaz) == ["Otley"]


def test_east_african_peoples_named_like_their_counties_and_zones(gaz):
    """Kenya's Turkana and Samburu, Ethiopia's Borana and Guji, Uganda's Acholi: "Samburu herders" and
    "Acholi elders" are the peoples; "in Samburu" and "drought in Borana" the places."""
    text = "Samburu herders and Borana elders met near Isiolo, where Acholi traders also sell cattle."
    assert surfaces(text, gaz) == ["Isiolo"]
    text = "Drought in Samburu and in Borana has killed thousands of camels, officials in Moyale said."
    assert surfaces(text, gaz) == ["Samburu", "Borana", "Moyale"]
