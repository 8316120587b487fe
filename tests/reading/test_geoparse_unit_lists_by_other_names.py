"""Names before a plural unit word are those units also when the unit bears the name as another name (gold 27:
"the Kostanay and Akmola regions" had been read as the city of Kostanay and Astana, once called Akmola); and the
English names of units Natural Earth spells otherwise (Ingushetia, Samegrelo). Sentences of our own."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_regions_listed_under_their_english_names(gaz):
    text = "Wildfires spread across the Kostanay and Mangystau regions of Kazakhstan this week."
    got = toponyms_by_name(text, gaz)
    assert abs(got["Kostanay"]["lat"] - 51.6) < 0.6 and abs(got["Kostanay"]["lon"] - 64.1) < 1.0  # not the city
    assert abs(got["Mangystau"]["lat"] - 44.5) < 1.5


def test_a_city_named_alone_stays_the_city(gaz):
    got = toponyms_by_name("Students marched in Kostanay on Friday.", gaz)
    assert abs(got["Kostanay"]["lat"] - 53.21) < 0.1


def test_english_names_of_russian_and_georgian_units(gaz):
    text = "Border guards from Ingushetia met officials from Samegrelo near the Enguri bridge."
    got = toponyms_by_name(text, gaz)
    assert abs(got["Ingushetia"]["lat"] - 43.2) < 0.5
    assert abs(got["Samegrelo"]["lon"] - 42.2) < 0.7
