"""Place-reading error classes: a town's namesakes abroad told apart by what its sentence or its
article says of the town's country (a nationality word, a neighbouring unit)."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_a_nationality_word_in_the_sentence_takes_its_countrys_bigger_namesake(gaz):
    # Geneva, New York, lies 60 km from Ithaca; the Swiss banks are in Geneva, Switzerland
    text = ("Swiss lenders based in Geneva have frozen the accounts, the filing said. The fund itself "
            "was run from an office in Ithaca, New York.")
    assert toponyms_by_name(text, gaz)["Geneva"]["lon"] > 5
    text = ("Italian museum staff in Florence packed the paintings for the loan. A gallery in Columbia, "
            "South Carolina, will show them in the spring.")
    assert toponyms_by_name(text, gaz)["Florence"]["lon"] > 10


def test_a_nationality_word_never_drags_a_city_to_a_smaller_namesake(gaz):
    # a visitor's nationality: London, Ontario, and Moscow, Idaho, are the smaller towns
    text = "A Canadian tourist was robbed in London on Friday, police said."
    assert toponyms_by_name(text, gaz)["London"]["lon"] > -1
    text = "An American student was detained in Moscow last week, his family said."
    assert toponyms_by_name(text, gaz)["Moscow"]["lon"] > 30


def _focus_and_places(text, gaz):
    from reading.toponyms import PlaceMentions

    found, focus = PlaceMentions(gaz).read(text)
    return focus, [(a.surface, a.place_id) for f in found for a in f.anchors]


def test_a_repeated_near_spelling_abroad_does_not_outvote_the_articles_own_names(gaz):
    # Kurla, a Mumbai suburb, is no GeoNames name; Korla, China, lists it as another spelling
    text = ("Blaze at Kurla depot injures four\nIndian fire officials said a blaze broke out at a depot in "
            "Kurla before dawn. The Kurla fire was put out by noon.")
    focus, places = _focus_and_places(text, gaz)
    assert focus == "IN"
    assert all(pid is None for name, pid in places if name == "Kurla")


def test_a_near_spelling_with_nothing_against_it_or_backed_by_its_country_keeps_its_vote(gaz):
    # a strike's nationality says whose jets, not where: Hodeida stays Yemen's
    focus, places = _focus_and_places("British jets hit a radar site near Hodeida on Tuesday, the ministry said.", gaz)
    assert focus == "YE" and dict(places)["Hodeida"] is not None


def test_a_town_listed_beside_a_foreign_unit_takes_that_countrys_unit_of_its_name(gaz):
    # Orkney, South Africa, is a city of 110,000; beside Shetland the Scottish islands are meant
    for text in ("A South African research vessel reported that gales had cut off Orkney and Shetland.",
                 "South African divers said ferries to Shetland and Orkney were cancelled on Monday."):
        got = toponyms_by_name(text, gaz)
        assert got["Orkney"]["lat"] > 58 and got["Orkney"]["lon"] < 0, text


def test_a_big_towns_name_as_a_speakers_surname_is_the_person(gaz):
    from tests.reading.places import surfaces

    # Lincoln, Nebraska, and Jackson, Mississippi, are towns of over 100,000
    text = ("Laura Lincoln, a spokeswoman for the utility, said the lines in Kansas were down. Lincoln said "
            "repairs would take days.")
    assert surfaces(text, gaz) == ["Kansas"]
    text = ("Daniel Jackson, an official at the port, described the damage. Jackson told reporters the "
            "cranes in Savannah were safe.")
    assert "Jackson" not in surfaces(text, gaz)


def test_the_town_written_as_a_place_stays_a_town_beside_a_namesake_person(gaz):
    text = "Officials in Lincoln said the roads were shut. Laura Lincoln, a spokeswoman, said crews were out."
    assert toponyms_by_name(text, gaz)["Lincoln"]["lat"] > 40
