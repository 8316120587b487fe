"""Local names that a bigger or accented namesake took: a country's name for a town of a local story's
state ("Jordan" between Minnesota towns), a shortened town name ("the Shoals" after "Muscle Shoals")
going to a far village of that short name, and an accented name qualified by a state whose namesake
drops the accent ("San José, Calif.")."""
from __future__ import annotations

from reading.geoparse import geoparse


def _at(text: str, gaz, name: str):
    return [(round(r["lat"], 2), round(r["lon"], 2)) for r in geoparse(text, gazetteer=gaz)
            if text[r["start"]:r["end"]] == name and r.get("lat") is not None]


def _near(point, lat: float, lon: float) -> bool:
    return abs(point[0] - lat) < 0.3 and abs(point[1] - lon) < 0.3


def test_a_country_name_among_towns_of_the_story_state_is_the_town(gaz):
    text = ("The fire spread from Olean to Cuba and Wellsville in Allegany County, New York, officials said. "
            "Cuba's mayor asked for help.")
    spots = _at(text, gaz, "Cuba")
    assert len(spots) == 2 and all(_near(p, 42.22, -78.28) for p in spots)  # Cuba, New York, not the island


def test_a_country_whose_town_the_story_places_stays_the_country(gaz):
    base = "The fire spread from Olean to Cuba, then to Wellsville and Salamanca, officials said."
    (town,) = _at(base, gaz, "Cuba")
    assert _near(town, 42.22, -78.28)
    (country,) = _at(base + " A radio station in Havana reported the fire.", gaz, "Cuba")
    assert _near(country, 21.62, -79.03)  # Havana named: the island


def test_a_country_named_beside_another_country_stays_the_country(gaz):
    text = ("SHAKOPEE, Minn. \u2014 A soldier from Shakopee who served in Jordan and Iraq was honoured in Belle "
            "Plaine and Prior Lake on Monday.")
    (spot,) = _at(text, gaz, "Jordan")
    assert _near(spot, 31.25, 36.77)


def test_a_shortened_town_name_is_the_town_named_whole(gaz):
    text = ("Flooding hit Florence, Muscle Shoals and Tuscumbia in Alabama on Monday. Shelters across the "
            "Shoals area were full by night.")
    full, short = _at(text, gaz, "Muscle Shoals")[0], _at(text, gaz, "Shoals")
    assert short == [full]  # not Shoals, Indiana (800 people, 440 km away)


def test_a_big_city_keeps_its_own_short_name(gaz):
    text = "Crowds gathered in New York and in York on Saturday."
    (spot,) = _at(text, gaz, "York")
    assert _near(spot, 53.96, -1.08)  # York, England: no shortening of New York


def test_an_accented_name_with_its_state_is_the_state_s_town(gaz):
    for text in ("Fans lined the streets of San Jos\u00e9, Calif., after the final.",
                 "Protesters marched through San Jos\u00e9, California, on Sunday."):
        (spot,) = _at(text, gaz, "San Jos\u00e9")
        assert _near(spot, 37.34, -121.89)


def test_an_accented_name_alone_is_not_the_unaccented_namesake(gaz):
    (spot,) = _at("Protesters marched through San Jos\u00e9 on Sunday.", gaz, "San Jos\u00e9")
    assert _near(spot, 9.93, -84.08)  # Costa Rica's capital


def test_a_named_state_does_not_pull_a_town_from_among_many_of_the_story_s_towns(gaz):
    text = ("In Preston the weavers have been idle since March. Blackburn, Chorley and Wigan are no better off, and "
            "Bolton and Burnley have asked for help. Money has come from Victoria, where churches in Ballarat and "
            "Bendigo held collections.")
    (spot,) = _at(text, gaz, "Preston")
    assert _near(spot, 53.76, -2.70)  # Lancashire, not the Melbourne suburb near Ballarat and Bendigo


def test_a_named_state_still_pulls_its_suburb_among_its_own_towns(gaz):
    text = ("Trams were halted in Preston and Reservoir after a crash, Victoria police said. Commuters from Coburg, "
            "Thornbury and Bendigo were also delayed, and a Manchester fan club cancelled its meeting.")
    (spot,) = _at(text, gaz, "Preston")
    assert _near(spot, -37.75, 145.02)


def test_a_short_name_among_the_story_s_towns_is_its_own_town(gaz):
    text = ("Ranchers from Alice, Kingsville and Falfurrias met in Corpus Christi on Monday. A cattle buyer from "
            "Alice Springs, Australia, attended.")
    (spot,) = _at(text, gaz, "Alice")
    assert _near(spot, 27.75, -98.07)  # Alice, Texas, beside Kingsville: no shortening of Alice Springs


def test_a_country_whose_own_town_a_local_story_places_is_the_country(gaz):
    local = ("Volunteers from Mexico, Fulton and Moberly packed boxes of food on Saturday, organisers in "
             "Columbia, Missouri, said.")
    (town,) = _at(local, gaz, "Mexico")
    assert _near(town, 39.17, -91.88)  # a purely local story: Mexico, Missouri
    abroad = local + " One of them had lived in Mexico for years, in a village outside Guadalajara."
    assert not _near(_at(abroad, gaz, "Mexico")[-1], 39.17, -91.88)  # Guadalajara placed: the country


def test_a_country_read_as_a_home_state_town_is_the_country_when_its_city_is_placed(gaz):
    text = ("Neighbours in Youngstown, Boardman and Canfield, Ohio, welcomed home a nurse who worked in Poland "
            "for two years, most of them at a clinic in Krakow.")
    (spot,) = _at(text, gaz, "Poland")
    assert not _near(spot, 41.02, -80.61)  # Krakow named: the country, not Poland, Ohio


def test_a_country_whose_state_its_sentence_names_is_the_country(gaz):
    local = "Farmers in Kokomo, Wabash and Logansport drove to a market in Peru on Tuesday, police said."
    (town,) = _at(local, gaz, "Peru")
    assert _near(town, 40.75, -86.07)  # Peru, Indiana
    (country,) = _at("Farmers in Kokomo, Wabash and Logansport said the Peruvian government had banned "
                     "their seed in Peru on Tuesday.", gaz, "Peru")
    assert not _near(country, 40.75, -86.07)


def test_a_nationality_word_alone_keeps_the_home_state_town(gaz):
    text = ("Diners from Augusta, Waterville and Vassalboro lined up at a new Chinese restaurant in China, "
            "Maine, on Friday. The owners say China has never had one.")
    spots = _at(text, gaz, "China")
    assert spots and all(_near(p, 44.48, -69.52) for p in spots)  # China, Maine, both times
