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
